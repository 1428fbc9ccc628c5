package corpus

import (
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// gen draws the values of the corpus from one random stream.
type gen struct {
	r *rng
	// zip is the postal code of the last address drawn, so that a zip
	// column agrees with the address beside it.
	zip string
	// clock and layout make the {clock} slot: timestamps that move forward
	// within a chat session or a log, in one layout.
	clock  time.Time
	layout string
}

var (
	krAreaCodes = strings.Fields(`031 031 031 032 032 051 051 053 062 042 052 044 033 041 043 054 055 061 063 064`)
	jpAreas     = []struct{ code, sub string }{ // area code and subscriber shape ("4-4" or "3-4" or "2-4")
		{"03", "4-4"}, {"03", "4-4"}, {"06", "4-4"}, {"045", "3-4"}, {"052", "3-4"}, {"092", "3-4"},
		{"075", "3-4"}, {"078", "3-4"}, {"022", "3-4"}, {"082", "3-4"}, {"0422", "2-4"}, {"0466", "2-4"},
	}
	twAreas = []struct{ code, sub, first string }{ // first: digits a subscriber number starts with
		{"02", "4-4", "2345678"}, {"02", "4-4", "2345678"}, {"02", "4-4", "2345678"}, {"04", "4-4", "23"},
		{"07", "3-4", "2345678"}, {"06", "3-4", "2567"}, {"03", "3-4", "3456789"},
	}
	usAreaCodes = strings.Fields(`
212 646 718 917 347 415 650 408 510 310 213 323 818 312 773 206 512 617 404 305 202
303 702 214 713 602 503 808 201 703 571 949 714 619 858 267 215 412 919 704`)
)

// group returns n random digits, the first in 2..9.
func (g *gen) group(n int) string { return g.r.digits(n, '2') }

// krPhone is a Korean number: mostly mobile, some land lines and 070.
func (g *gen) krPhone() string { return valid("KR", g.krPhoneDraw) }

func (g *gen) krPhoneDraw() string {
	n := g.r.intn(100)
	switch {
	case n < 68:
		return g.krMobile()
	case n < 74:
		return g.fmt3("070", g.group(4), g.r.digits(4, '0'), "+82", "KR")
	case n < 84:
		sub := g.group(3 + g.r.intn(2))
		return g.fmt3("02", sub, g.r.digits(4, '0'), "+82", "KR")
	default:
		sub := g.group(3 + g.r.intn(2))
		return g.fmt3(pick(g.r, krAreaCodes), sub, g.r.digits(4, '0'), "+82", "KR")
	}
}

// krMobile is a Korean mobile number in one of the ways people write it.
func (g *gen) krMobile() string { return valid("KR", g.krMobileDraw) }

func (g *gen) krMobileDraw() string {
	if g.r.chance(6) { // the old 01X numbers with a three-digit middle
		return g.fmt3(pick(g.r, []string{"011", "016", "017", "019"}), g.group(3), g.r.digits(4, '0'), "+82", "KR")
	}
	return g.fmt3("010", g.group(4), g.r.digits(4, '0'), "+82", "KR")
}

// fmt3 writes a national number trunk-prefix-area, middle, last in one of
// the local or international formats.
func (g *gen) fmt3(area, mid, last, cc, country string) string {
	intl := area[1:] // without the trunk 0
	switch n := g.r.intn(100); {
	case n < 45:
		return area + "-" + mid + "-" + last
	case n < 60:
		return area + mid + last
	case n < 67:
		return area + " " + mid + " " + last
	case n < 71:
		return area + "." + mid + "." + last
	case n < 79:
		return cc + " " + intl + "-" + mid + "-" + last
	case n < 84:
		return cc + "-" + intl + "-" + mid + "-" + last
	case n < 88:
		return cc + intl + mid + last
	case n < 92:
		return cc + " " + intl + " " + mid + " " + last
	case n < 96:
		if country == "TW" {
			return "(" + area + ")" + mid + "-" + last
		}
		return "(" + area + ") " + mid + "-" + last
	default:
		if country == "JP" {
			return area + "(" + mid + ")" + last
		}
		return area + ")" + mid + "-" + last
	}
}

// jpPhone is a Japanese number, mobile or fixed; one in ten in full-width digits.
func (g *gen) jpPhone() string { return valid("JP", g.jpPhoneDraw) }

func (g *gen) jpPhoneDraw() string {
	var s string
	if g.r.chance(60) {
		s = g.fmt3(pick(g.r, []string{"090", "090", "080", "070"}), g.r.digits(4, '1'), g.r.digits(4, '0'), "+81", "JP")
	} else {
		a := pick(g.r, jpAreas)
		var mid string
		switch a.sub {
		case "4-4":
			mid = g.group(4)
		case "3-4":
			mid = g.group(3)
		default:
			mid = g.group(2)
		}
		s = g.fmt3(a.code, mid, g.r.digits(4, '0'), "+81", "JP")
	}
	if g.r.chance(10) && !strings.HasPrefix(s, "+") {
		return fullWidth(s)
	}
	return s
}

// twPhone is a Taiwanese number: mobile 09XX-XXX-XXX or a land line.
func (g *gen) twPhone() string { return valid("TW", g.twPhoneDraw) }

func (g *gen) twPhoneDraw() string {
	if g.r.chance(62) {
		pre := "09" + g.r.digits(2, '0')
		mid, last := g.r.digits(3, '0'), g.r.digits(3, '0')
		switch n := g.r.intn(100); {
		case n < 40:
			return pre + "-" + mid + "-" + last
		case n < 62:
			return pre + mid + last
		case n < 72:
			return pre + " " + mid + " " + last
		case n < 78:
			return pre + "-" + mid + last
		case n < 88:
			return "+886 " + pre[1:] + " " + mid + " " + last
		case n < 94:
			return "+886-" + pre[1:] + "-" + mid + "-" + last
		default:
			return "+886" + pre[1:] + mid + last
		}
	}
	a := pick(g.r, twAreas)
	n := 4
	if a.sub == "3-4" {
		n = 3
	}
	mid := string(a.first[g.r.intn(len(a.first))]) + g.r.digits(n-1, '0')
	return g.fmt3(a.code, mid, g.r.digits(4, '0'), "+886", "TW")
}

// usPhone is a North American number; one in five uses the fictional 555-01XX.
func (g *gen) usPhone() string { return valid("US", g.usPhoneDraw) }

func (g *gen) usPhoneDraw() string {
	area := pick(g.r, usAreaCodes)
	ex, line := g.group(3), g.r.digits(4, '0')
	if ex[1:] == "11" {
		ex = ex[:1] + "21"
	}
	if g.r.chance(20) {
		ex, line = "555", "01"+g.r.digits(2, '0')
	}
	switch n := g.r.intn(100); {
	case n < 35:
		return "(" + area + ") " + ex + "-" + line
	case n < 55:
		return area + "-" + ex + "-" + line
	case n < 63:
		return area + "." + ex + "." + line
	case n < 71:
		return area + ex + line
	case n < 79:
		return "+1 " + area + " " + ex + " " + line
	case n < 85:
		return "+1-" + area + "-" + ex + "-" + line
	case n < 90:
		return "1-" + area + "-" + ex + "-" + line
	case n < 94:
		return "(" + area + ")" + ex + "-" + line
	case n < 97:
		return "+1" + area + ex + line
	default:
		return area + " " + ex + " " + line
	}
}

// phone returns a number typical of country.
func (g *gen) phone(country string) string {
	switch country {
	case "KR":
		return g.krPhone()
	case "JP":
		return g.jpPhone()
	case "TW":
		return g.twPhone()
	default:
		return g.usPhone()
	}
}

// valid draws numbers with draw until libphonenumber accepts one as a valid
// number of country: a detector that validates numbers must be able to find
// every phone label.
func valid(country string, draw func() string) string {
	for {
		s := draw()
		n, err := phonenumbers.Parse(s, country)
		if err == nil && phonenumbers.IsValidNumberForRegion(n, country) {
			return s
		}
	}
}

// fullWidth turns ASCII digits, hyphens, spaces and parentheses into their
// full-width forms, as Japanese forms often store them.
func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			r += '０' - '0'
		case r == '-':
			r = '－'
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		case r == ' ':
			r = '\u3000'
		}
		b.WriteRune(r)
	}
	return b.String()
}
