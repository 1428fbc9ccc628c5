package detectors

import "strings"

// usCoreSuffix are the street suffixes that make "number + name + suffix"
// an address even without a city; the others (Park, View, Run ...) are
// ordinary words too and need the city, state or ZIP.
var usCoreSuffix = map[string]bool{
	"st": true, "street": true, "ave": true, "avenue": true, "blvd": true, "boulevard": true,
	"rd": true, "road": true, "dr": true, "drive": true, "ln": true, "lane": true, "ct": true,
	"court": true, "pl": true, "ter": true, "terrace": true, "pkwy": true, "parkway": true,
	"hwy": true, "highway": true, "cir": true, "circle": true, "way": true, "broadway": true,
}

// usDirections are the directionals written before or after a street name.
var usDirections = map[string]bool{
	"n": true, "s": true, "e": true, "w": true, "ne": true, "nw": true, "se": true, "sw": true,
	"north": true, "south": true, "east": true, "west": true,
}

// usLinkWords are lower-case words inside street and city names.
var usLinkWords = map[string]bool{"de": true, "la": true, "del": true, "of": true, "the": true, "los": true, "las": true, "el": true}

// asciiWordEnd returns the end of the run of ASCII letters at i.
func asciiWordEnd(s string, i int) int {
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

// usStreetWord reports whether w can be a word of a street name: a
// capitalised word, an ordinal (5th, 42nd) or a linking word (de, of).
func usStreetWord(w string) bool {
	if w == "" {
		return false
	}
	if isASCIIUpper(w[0]) {
		return asciiWordEnd(w, 0) == len(w) || (w[len(w)-1] == '.' && asciiWordEnd(w, 0) == len(w)-1)
	}
	if isASCIIDigit(w[0]) { // ordinals: 5th, 42nd, 1st, 23rd
		e := digitsEnd(w, 0)
		sfx := strings.ToLower(w[e:])
		return sfx == "st" || sfx == "nd" || sfx == "rd" || sfx == "th"
	}
	return usLinkWords[w]
}

// usHouseNumber reports whether w is a house number: 123, 123A, 12-34, 1/2.
func usHouseNumber(w string) bool {
	e := digitsEnd(w, 0)
	if e == 0 || e > 6 {
		return false
	}
	switch rest := w[e:]; {
	case rest == "":
		return true
	case len(rest) == 1 && isASCIILetter(rest[0]):
		return true
	case rest[0] == '-' && digitsEnd(rest, 1) == len(rest) && len(rest) > 1:
		return true
	}
	return false
}

// usWordStop reports whether c ends the word before it when walking back
// from a street suffix: white space, and the quote or bracket that opens a
// value (addr="6532 Sunset Blvd, …" in a log line).
func usWordStop(c byte) bool {
	switch c {
	case ' ', '\n', '\t', '"', '\'', '(', '[', '{', '=', '>':
		return true
	}
	return false
}

// usFromSuffix reads a US address around the street suffix of hit h (the
// hit includes the space before the suffix word).
func (a *Address) usFromSuffix(s string, h Hit, last int, field bool) (addrCand, bool) {
	ws := h.Start + 1
	we := h.End
	if we < len(s) && isASCIILetter(s[we]) || !isASCIIUpper(s[ws]) {
		return addrCand{}, false
	}
	broadway := strings.EqualFold(s[ws:we], "broadway")
	// Walk back over the street name to the house number.
	j := h.Start
	words := 0
	numStart := -1
	for k := 0; k < 7; k++ {
		ts := j
		for ts > 0 && !usWordStop(s[ts-1]) && ts > j-12 {
			ts--
		}
		w := s[ts:j]
		if usHouseNumber(w) && (words > 0 || broadway) {
			numStart = ts
			break
		}
		if ts == 0 || s[ts-1] != ' ' || !usStreetWord(w) {
			return addrCand{}, false
		}
		words++
		j = ts - 1
	}
	if numStart < 0 || numStart < last {
		return addrCand{}, false
	}
	if r, _ := runeBefore(s, numStart); isLatinLetter(r) || isDigitRune(r) || r == '-' || r == '.' || r == '/' || r == '$' || r == '#' || r == ':' {
		return addrCand{}, false
	}
	return a.usRest(s, numStart, ws, we, field)
}

// usFromNumber reads a US address starting with its house number at p (an
// address column, or after "Address:").
func (a *Address) usFromNumber(s string, p int, field bool) (addrCand, bool) {
	e := p
	for e < len(s) && s[e] != ' ' && e-p < 8 {
		e++
	}
	if !usHouseNumber(s[p:e]) {
		return addrCand{}, false
	}
	// Read the street words; a suffix word may also be part of the name
	// (Pine Ridge Dr, Ocean Park Blvd), so the last suffix that completes an
	// address wins.
	var sufs [6][2]int
	n := 0
	var buf [24]byte
	i := e
	for k := 0; k < 6 && i < len(s) && s[i] == ' '; k++ {
		ws := i + 1
		we := ws
		for we < len(s) && s[we] != ' ' && s[we] != ',' && s[we] != '\n' && we-ws < 20 {
			we++
		}
		if we == ws {
			break
		}
		w := strings.TrimSuffix(s[ws:we], ".")
		if (k > 0 || strings.EqualFold(w, "broadway")) && isASCIIUpper(s[ws]) && a.t.usSuffix.hasKey(lowerKey(&buf, w)) {
			sufs[n] = [2]int{ws, ws + len(w)}
			n++
		}
		if !usStreetWord(s[ws:we]) {
			break
		}
		i = we
	}
	for j := n - 1; j >= 0; j-- {
		if c, ok := a.usRest(s, p, sufs[j][0], sufs[j][1], field); ok {
			return c, true
		}
	}
	return addrCand{}, false
}

// usRest finishes a US address whose house number starts at numStart and
// whose street suffix is s[ws:we]: directional, unit, city, state and ZIP.
func (a *Address) usRest(s string, numStart, ws, we int, field bool) (addrCand, bool) {
	var buf [24]byte
	core := usCoreSuffix[string(lowerKey(&buf, s[ws:we]))]
	i := we
	if i < len(s) && s[i] == '.' {
		i++
	}
	// A directional after the suffix: Peachtree St NE, 15th Ave E.
	if i+1 < len(s) && s[i] == ' ' {
		e := asciiWordEnd(s, i+1)
		if e > i+1 && usDirections[string(lowerKey(&buf, s[i+1:e]))] && isASCIIUpper(s[i+1]) && (e == len(s) || !isASCIIDigit(s[e])) {
			i = e
		}
	}
	streetEnd := i
	i = a.usUnit(s, i)
	unit := i > streetEnd
	tailEnd, city, state, zip := a.usTail(s, i)
	if tailEnd == i && !unit && !field && !core {
		return addrCand{}, false
	}
	conf := 0.75
	switch {
	case state != "":
		conf = 0.95
	case field:
		conf = 0.85
	}
	streetStart := numStart + strings.IndexByte(s[numStart:], ' ') + 1
	var m strings.Builder
	m.Grow(len("**** ") + max(streetEnd-streetStart, 0) + len(", ") + len(city) + len(", ") + len(state) + len(" ****"))
	m.WriteString("**** ")
	m.WriteString(s[streetStart:streetEnd])
	if city != "" {
		m.WriteString(", ")
		m.WriteString(city)
	}
	if state != "" {
		m.WriteString(", ")
		m.WriteString(state)
	}
	if zip {
		m.WriteString(" ****")
	}
	return addrCand{start: numStart, end: tailEnd, subtype: "us_address", country: "US", conf: conf, masked: m.String()}, true
}

// usUnit extends an address over a unit at i: Apt 4B, Apt. 12, #1203,
// Suite 200, Unit 5, Fl 3 (after a space or a comma).
func (a *Address) usUnit(s string, i int) int {
	q := i
	if q < len(s) && s[q] == ',' {
		q++
	}
	if q >= len(s) || s[q] != ' ' {
		return i
	}
	q++
	if q < len(s) && s[q] == '#' {
		e := q + 1
		for e < len(s) && (isASCIIDigit(s[e]) || isASCIILetter(s[e]) || s[e] == '-') && e-q < 8 {
			e++
		}
		if e > q+1 && isASCIIDigit(s[q+1]) {
			return e
		}
		return i
	}
	e := asciiWordEnd(s, q)
	var buf [24]byte
	if e == q || !a.t.usUnit.hasKey(lowerKey(&buf, s[q:e])) || !isASCIIUpper(s[q]) {
		return i
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e < len(s) && s[e] == ' ' {
		e++
	}
	if e < len(s) && s[e] == '#' {
		e++
	}
	v := e
	for v < len(s) && (isASCIIDigit(s[v]) || isASCIIUpper(s[v]) || s[v] == '-') && v-e < 8 {
		v++
	}
	if v == e || strings.IndexFunc(s[e:v], func(r rune) bool { return r >= '0' && r <= '9' }) < 0 && v-e > 1 {
		return i
	}
	return v
}

// usTail reads ", City, ST 12345" (or "City ST 12345", or on the next
// line) at i. It returns the end (i when there is no state) and the parts.
func (a *Address) usTail(s string, i int) (end int, city, state string, zip bool) {
	q := i
	if q < len(s) && s[q] == ',' {
		q++
	}
	switch {
	case q < len(s) && s[q] == ' ':
		q = skipSpaces(s, q)
	case q < len(s) && s[q] == '\n':
		q++
	case q+1 < len(s) && s[q] == '\r' && s[q+1] == '\n':
		q += 2
	default:
		return i, "", "", false
	}
	cityStart := q
	var buf [24]byte
	for words := 0; words < 4; words++ {
		e := asciiWordEnd(s, q)
		if e == q || !(isASCIIUpper(s[q]) || (words > 0 && usLinkWords[s[q:e]])) {
			return i, "", "", false
		}
		if e < len(s) && s[e] == '.' {
			e++ // St. Louis, Ft. Lee
		}
		cityEnd := e
		r := e
		if r < len(s) && s[r] == ',' {
			r++
		}
		if r >= len(s) || s[r] != ' ' {
			return i, "", "", false
		}
		r++
		// The state: a USPS code or a full name of up to three words.
		st, se := "", r
		if r+2 <= len(s) && isASCIIUpper(s[r]) && isASCIIUpper(s[r+1]) && (r+2 == len(s) || !isASCIILetter(s[r+2])) {
			if code, ok := a.t.usState[s[r:r+2]]; ok {
				st, se = code, r+2
			}
		}
		if st == "" {
			we := r
			for n := 0; n < a.t.usMaxName; n++ {
				e := asciiWordEnd(s, we)
				if e == we {
					break
				}
				if _, ok := a.t.usState[string(lowerKey(&buf, s[r:e]))]; ok && len(s[r:e]) <= len(buf) {
					st, se = s[r:e], e
				}
				if e >= len(s) || s[e] != ' ' {
					break
				}
				we = e + 1
			}
		}
		if st != "" {
			end = se
			if z := se + 1; z+5 <= len(s) && s[se] == ' ' && digitsEnd(s, z) == z+5 {
				end, zip = z+5, true
				if z+10 <= len(s) && s[z+5] == '-' && digitsEnd(s, z+6) == z+10 {
					end = z + 10
				}
				if end < len(s) && isASCIIDigit(s[end]) {
					return i, "", "", false
				}
			}
			return end, s[cityStart:cityEnd], st, zip
		}
		if s[e-1] == '.' || (e < len(s) && s[e] == ',') {
			return i, "", "", false
		}
		q = e + 1
	}
	return i, "", "", false
}

// usPOBox reads "PO Box 1234, City, ST 12345" at hit h.
func (a *Address) usPOBox(s string, h Hit) (addrCand, bool) {
	if r, _ := runeBefore(s, h.Start); isLatinLetter(r) || !isASCIIUpper(s[h.Start]) {
		return addrCand{}, false
	}
	q := skipSpaces(s, h.End)
	e := digitsEnd(s, q)
	if e == q || q == h.End {
		return addrCand{}, false
	}
	end, city, state, zip := a.usTail(s, e)
	if state == "" {
		return addrCand{}, false
	}
	m := "PO Box ****, " + city + ", " + state
	if zip {
		m += " ****"
	}
	return addrCand{start: h.Start, end: end, subtype: "us_address", country: "US", conf: 0.9, masked: m}, true
}
