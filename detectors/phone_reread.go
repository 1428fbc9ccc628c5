package detectors

// Reread returns m read as a number of country, one of m.Alt: the same
// national number under that country's code, with its type as the subtype
// (+827012345678, kr_voip, read as JP, is +817012345678, jp_mobile). Masked,
// the span and the confidence stay; Alt then lists the other readings,
// m.Country among them. ok is false when country is not in m.Alt.
func (m Match) Reread(country string) (Match, bool) {
	if m.Kind != KindPhone || len(country) != 2 || m.Country == "" {
		return m, false
	}
	i := altIndex(m.Alt, country)
	if i < 0 {
		return m, false
	}
	from, to := rulesFor(m.Country), rulesFor(country)
	if from == nil || to == nil || len(m.Normalized) <= len(from.plusCC) || m.Normalized[:len(from.plusCC)] != from.plusCC {
		return m, false
	}
	nsn := m.Normalized[len(from.plusCC):]
	sub, ok := phoneSubtype(to, to.typeOf([]byte(nsn)))
	if !ok {
		return m, false
	}
	m.Alt = m.Alt[:i] + m.Alt[i+2:] + m.Country
	m.Country, m.Subtype, m.Normalized = country, sub, to.plusCC+nsn
	return m, true
}

// altIndex is the byte index of country in alt (two letters a country), or -1.
func altIndex(alt, country string) int {
	for i := 0; i+2 <= len(alt); i += 2 {
		if alt[i:i+2] == country {
			return i
		}
	}
	return -1
}

// RecordVotes collects the countries of the addresses and names of one
// record (a CSV row, a JSON document, a Parquet row), the evidence by which
// a caller chooses among a phone's readings (Match.Alt) in that record. It
// is one byte, so that a caller can keep one for each row of a file read
// column by column: the address's country in the low four bits, the name's
// in the high four, each 0 when none was added and recordMixed when two
// disagree. The zero value is an empty record.
type RecordVotes uint8

// recordCountries are the countries a RecordVotes tells apart, from 1.
var recordCountries = [...]string{"", "KR", "JP", "TW", "US"}

const recordMixed = 15

// Add returns v with m counted, if m is an address or a name with a country.
func (v RecordVotes) Add(m Match) RecordVotes {
	shift := 0
	switch m.Kind {
	case KindAddress:
	case KindName:
		shift = 4
	default:
		return v
	}
	if m.Country == "" {
		return v
	}
	c := RecordVotes(recordMixed) // a country not told apart decides nothing
	for i, rc := range recordCountries[1:] {
		if rc == m.Country {
			c = RecordVotes(i + 1)
		}
	}
	switch old := v >> shift & 15; old {
	case 0:
		return v | c<<shift
	case c:
		return v
	}
	return v | recordMixed<<shift
}

// Country is the country of the record: that of its addresses when they
// all agree (where the customer lives is where the number is dialled;
// kanji names can be Japanese or Taiwanese), else that of its names when
// there is no address and they agree; "" otherwise.
func (v RecordVotes) Country() string {
	if v.HasAddress() {
		return v.AddressCountry()
	}
	return recordCountry(v >> 4)
}

// HasAddress reports whether an address with a country was added.
func (v RecordVotes) HasAddress() bool { return v&15 != 0 }

// AddressCountry is the country every address added is of, "" when there
// is none or they disagree.
func (v RecordVotes) AddressCountry() string { return recordCountry(v & 15) }

// recordCountry is the country of four bits of a RecordVotes, "" for none
// or mixed.
func recordCountry(c RecordVotes) string {
	if int(c) < len(recordCountries) {
		return recordCountries[c]
	}
	return ""
}

// RecordDecides reports whether the record m was found in may change m
// (see RecordVotes.Resolve): a phone with other readings, or an access code
// whose text left its country unknown (a door_code column).
func (m Match) RecordDecides() bool {
	return m.Alt != "" || (m.Kind == KindAccessCode && m.Country == "")
}

// Resolve returns m as its record says: a phone with other readings reread
// in the record's country when it has a reading there (see Reread); an
// access code without a country given that of the record's address, where
// the door is. Any other m comes back unchanged.
func (v RecordVotes) Resolve(m Match) Match {
	switch {
	case m.Alt != "":
		if c := v.Country(); c != "" && c != m.Country {
			if r, ok := m.Reread(c); ok {
				return r
			}
		}
	case m.Kind == KindAccessCode && m.Country == "":
		m.Country = v.AddressCountry()
	}
	return m
}
