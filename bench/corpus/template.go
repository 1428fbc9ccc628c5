package corpus

import (
	"strings"
	"time"
)

// fill appends tmpl to t, replacing its slots by generated values:
//
//	{name} {fullname} {rname} {phone} {addr} {addrlines} {door} {code}
//	                      labelled values (rname: a romanised Korean name;
//	                      fullname: every name form, "Smith, John" included;
//	                      door: a cue word and a labelled code)
//	{zip}                 the postal code of the last address drawn
//	{zipaddr}             an address with its postal code before it (the
//	                      code a hard negative, outside the label)
//	{clock}               a timestamp a few seconds to minutes after the last
//	                      (see gen.startClock), a hard negative
//	{-category}           a generated hard negative of that category
//	{=category:text}      text, recorded as a hard negative of that category
//	{slot@CC}             the slot for country CC instead of country
//
// Everything else is copied as is.
func (g *gen) fill(t *text, tmpl, country string) {
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			t.lit(tmpl)
			return
		}
		t.lit(tmpl[:i])
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			panic("corpus: unclosed slot in template " + tmpl)
		}
		g.slot(t, tmpl[i+1:i+j], country)
		tmpl = tmpl[i+j+1:]
	}
}

func (g *gen) slot(t *text, s, country string) {
	if strings.HasPrefix(s, "=") {
		cat, lit, ok := strings.Cut(s[1:], ":")
		if !ok {
			panic("corpus: bad literal negative {" + s + "}")
		}
		t.neg(cat, lit)
		return
	}
	c := country
	if k, cc, ok := strings.Cut(s, "@"); ok {
		s, c = k, cc
	}
	if strings.HasPrefix(s, "-") {
		t.neg(s[1:], g.negative(s[1:], c))
		return
	}
	switch s {
	case "clock":
		g.clock = g.clock.Add(time.Duration(g.r.between(4, 300)) * time.Second)
		t.neg(negTimestamp, g.clock.Format(g.layout))
	case "name":
		t.pos(Name, c, g.simpleName(c))
	case "fullname":
		t.pos(Name, c, g.name(c))
	case "rname":
		t.pos(Name, "KR", g.krRomanName())
	case "phone":
		t.pos(Phone, c, g.phone(c))
	case "addr":
		t.pos(Address, c, g.address(c))
	case "addrlines":
		t.pos(Address, c, g.usAddressLines())
	case "zip":
		t.neg(negPostal, g.zip)
	case "zipaddr":
		a := g.address(c)
		switch c {
		case "KR":
			t.lit("(").neg(negPostal, g.zip).lit(") ")
		case "JP":
			t.lit("〒").neg(negPostal, g.zip).lit(pick(g.r, []string{"\n", " ", "　"}))
		case "TW":
			t.neg(negPostal, g.zip).lit(pick(g.r, []string{"", " "}))
		}
		t.pos(Address, c, a)
	case "door":
		g.door(t, c)
	case "code":
		t.pos(AccessCode, c, g.code(c))
	default:
		panic("corpus: unknown slot {" + s + "}")
	}
}

// fillText returns a new text from tmpl.
func (g *gen) fillText(tmpl, country string) *text {
	t := new(text)
	g.fill(t, tmpl, country)
	return t
}

var zones = map[string]*time.Location{
	"KR": time.FixedZone("KST", 9*3600), "JP": time.FixedZone("JST", 9*3600),
	"TW": time.FixedZone("CST", 8*3600), "US": time.FixedZone("EST", -5*3600),
}

// startClock sets the {clock} slot to a random moment of 2024 in country's
// zone, printed with layout (a time.Format layout; "" picks one at random).
func (g *gen) startClock(country, layout string) {
	g.clock = time.Date(2024, 1, 1, 8, 0, 0, 0, zones[country]).Add(time.Duration(g.r.intn(365*24*3600)) * time.Second)
	if layout == "" {
		layout = pick(g.r, []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05-07:00", "2006-01-02T15:04:05.000Z07:00", "2006/01/02 15:04"})
	}
	g.layout = layout
}
