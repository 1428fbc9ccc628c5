package corpus

import "strings"

// usCity is a real city with some of its real streets.
type usCity struct {
	city, state, zip string // zip: first three digits
	streets          []string
}

var usCities = []usCity{
	{"San Francisco", "CA", "941", []string{"Market St", "Mission St", "Valencia St", "Geary Blvd", "Divisadero St", "Irving St"}},
	{"New York", "NY", "100", []string{"Broadway", "W 72nd St", "E 14th St", "Lexington Ave", "Amsterdam Ave"}},
	{"Brooklyn", "NY", "112", []string{"Atlantic Ave", "Flatbush Ave", "Bedford Ave", "Court St"}},
	{"Chicago", "IL", "606", []string{"N Michigan Ave", "W Belmont Ave", "N Clark St", "S Halsted St"}},
	{"Los Angeles", "CA", "900", []string{"Sunset Blvd", "Wilshire Blvd", "S Figueroa St", "Melrose Ave"}},
	{"Seattle", "WA", "981", []string{"Pike St", "Pine St", "15th Ave E", "Rainier Ave S"}},
	{"Austin", "TX", "787", []string{"Congress Ave", "S Lamar Blvd", "E 6th St", "Guadalupe St"}},
	{"Boston", "MA", "021", []string{"Newbury St", "Boylston St", "Commonwealth Ave", "Tremont St"}},
	{"Atlanta", "GA", "303", []string{"Peachtree St NE", "Ponce de Leon Ave", "Piedmont Ave NE"}},
	{"Denver", "CO", "802", []string{"E Colfax Ave", "Larimer St", "S Broadway"}},
	{"Portland", "OR", "972", []string{"NW 23rd Ave", "SE Hawthorne Blvd", "N Mississippi Ave"}},
	{"Springfield", "IL", "627", []string{"S 6th St", "W Washington St", "Wabash Ave"}},
	{"Honolulu", "HI", "968", []string{"Kalakaua Ave", "Kapiolani Blvd", "Waialae Ave"}},
	{"Fort Lee", "NJ", "070", []string{"Main St", "Lemoine Ave", "Palisade Ave"}},
	{"Flushing", "NY", "113", []string{"Main St", "Northern Blvd", "Roosevelt Ave"}},
	{"Irvine", "CA", "926", []string{"Jamboree Rd", "Culver Dr", "Alton Pkwy"}},
	{"Annandale", "VA", "220", []string{"Little River Tpke", "Columbia Pike"}},
	{"Houston", "TX", "770", []string{"Westheimer Rd", "Bellaire Blvd", "Montrose Blvd"}},
	{"Madison", "WI", "537", []string{"Maple Ave", "Oak St", "Elm St", "Cedar Ln"}},
	{"Columbus", "OH", "432", []string{"High St", "Pine Ridge Dr", "Willow Way"}},
}

var longStreet = strings.NewReplacer(" St", " Street", " Ave", " Avenue", " Blvd", " Boulevard", " Rd", " Road", " Dr", " Drive", " Ln", " Lane")

// usStreet is a street line: number, street and maybe a unit.
func (g *gen) usStreet(c usCity) string {
	st := pick(g.r, c.streets)
	if g.r.chance(20) {
		st = longStreet.Replace(st)
	}
	s := itoa(g.r.between(10, 9899)) + " " + st
	switch n := g.r.intn(100); {
	case n < 18:
		s += " Apt " + itoa(g.r.between(1, 30)) + string(rune('A'+g.r.intn(6)))
	case n < 26:
		s += " #" + itoa(g.r.between(100, 2400))
	case n < 32:
		s += ", Apt. " + itoa(g.r.between(1, 40))
	case n < 36:
		s += " Unit " + itoa(g.r.between(1, 300))
	}
	return s
}

func (g *gen) usZip(c usCity) string {
	z := c.zip + g.r.digits(2, '0')
	if g.r.chance(10) {
		z += "-" + g.r.digits(4, '0')
	}
	g.zip = z
	return z
}

// usAddress is a one-line (sometimes two-line) US postal address.
func (g *gen) usAddress() string {
	c := pick(g.r, usCities)
	street := g.usStreet(c)
	switch n := g.r.intn(100); {
	case n < 8:
		return strings.ToUpper(street + " " + c.city + " " + c.state + " " + g.usZip(c))
	case n < 12:
		return "PO Box " + itoa(g.r.between(100, 9999)) + ", " + c.city + ", " + c.state + " " + g.usZip(c)
	case n < 20:
		return street + ", " + c.city + " " + c.state + " " + g.usZip(c)
	default:
		return street + ", " + c.city + ", " + c.state + " " + g.usZip(c)
	}
}

// usAddressLines is a street line, a newline and a city line, as in a letter.
func (g *gen) usAddressLines() string {
	c := pick(g.r, usCities)
	return g.usStreet(c) + "\n" + c.city + ", " + c.state + " " + g.usZip(c)
}

// address returns an address typical of country.
func (g *gen) address(country string) string {
	switch country {
	case "KR":
		return g.krAddress()
	case "JP":
		return g.jpAddress()
	case "TW":
		return g.twAddress()
	default:
		return g.usAddress()
	}
}
