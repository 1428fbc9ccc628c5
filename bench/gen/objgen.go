package gen

// objGen builds one object. Writers append the stored bytes to out and
// report every personal value they write to lab.
type objGen struct {
	o    *object
	r    *rng
	pool *pool
	lab  *labeler
	d    day
	pf   int    // the object's usual phone format
	out  []byte // the object's bytes (reused across objects by a worker)
	cell []byte // scratch for one cell or value
	line []byte // scratch for one line
}

// customer draws the person an order, chat or record is about: any
// country, weighted as the pool is.
func (g *objGen) customer() *Person { return g.pool.any(g.r) }

// phoneFormat is the format of the next phone: usually the object's own
// (an export is consistent), sometimes another (people type phones freely).
func (g *objGen) phoneFormat() int {
	if g.r.chance(0.85) {
		return g.pf
	}
	return g.r.intn(numPhoneFormats)
}

// spelling returns the slot of a value a customer types: usually as the
// firm's system writes it, sometimes their own way (variant).
func (g *objGen) spelling(slot, variant int) int {
	if g.r.chance(0.3) {
		return variant
	}
	return slot
}

// appendValue appends the value of p's slot, a phone in format pf.
func appendValue(b []byte, p *Person, slot, pf int) []byte {
	switch slot {
	case slotName:
		return append(b, p.Name...)
	case slotPhone:
		return appendPhone(b, &p.Phone, pf)
	case slotAddr:
		return append(b, p.Addr...)
	case slotAddrFull:
		return append(b, p.Full...)
	case slotNameVar:
		return append(b, p.NameVar...)
	case slotAddrVar:
		return append(b, p.AddrVar...)
	case slotAddrFullVar:
		return append(b, p.FullVar...)
	default:
		return append(b, p.Code...)
	}
}

// val appends p's slot value to b and adds a pending label for it, at its
// offset from b[origin]. An empty value (a person without a code) writes
// nothing and labels nothing.
func (g *objGen) val(b []byte, origin int, field string, row int64, p *Person, slot, pf int) []byte {
	if slot == slotCode && p.Code == "" {
		return b
	}
	start := len(b)
	b = appendValue(b, p, slot, pf)
	g.lab.add(field, row, start-origin, len(b)-start, p, slot)
	return b
}

// csvSpecial marks the bytes that make a CSV field need quotes.
var csvSpecial = [256]bool{',': true, '"': true, '\n': true, '\r': true}

// needsQuote reports whether cell must be quoted in CSV.
func needsQuote(cell []byte) bool {
	for _, c := range cell {
		if csvSpecial[c] {
			return true
		}
	}
	return false
}

// appendCSVCell appends cell as one CSV field, quoted when it needs to be.
func appendCSVCell(b, cell []byte) []byte {
	if !needsQuote(cell) {
		return append(b, cell...)
	}
	b = append(b, '"')
	for _, c := range cell {
		if c == '"' {
			b = append(b, '"')
		}
		b = append(b, c)
	}
	return append(b, '"')
}
