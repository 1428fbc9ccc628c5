package detectors

import "strings"

// usWords maps the long and short forms of US street suffixes, directions
// and unit designators, in lower case, to the USPS abbreviations; every
// unit designator becomes Apt.
var usWords = map[string]string{
	"street": "St", "avenue": "Ave", "av": "Ave", "road": "Rd", "boulevard": "Blvd",
	"drive": "Dr", "lane": "Ln", "court": "Ct", "place": "Pl", "terrace": "Ter",
	"parkway": "Pkwy", "highway": "Hwy", "circle": "Cir", "square": "Sq", "trail": "Trl",
	"north": "N", "south": "S", "east": "E", "west": "W",
	"northeast": "NE", "northwest": "NW", "southeast": "SE", "southwest": "SW",
	"n": "N", "s": "S", "e": "E", "w": "W", "ne": "NE", "nw": "NW", "se": "SE", "sw": "SW",
	"apartment": "Apt", "apt": "Apt", "unit": "Apt", "suite": "Apt", "ste": "Apt",
}

// usAddress writes a US address as USPS does, in title case: 123 Main St
// Apt 4B, Springfield, IL 62701. Words are capitalised, long forms
// abbreviated (usWords), every unit designator written Apt (#4B, Unit 4B,
// Suite 4B), a state's name as its code (only after a comma, so that
// Washington St stays a street), a ZIP+4 as its ZIP, no trailing USA; the
// parts between commas are kept, but a unit is part of its street.
func usAddress(v string) string {
	var parts [][]string
	for _, part := range strings.Split(foldWidth(v), ",") {
		fields := strings.Fields(part)
		// After a comma that ends a part, a state is a state; a unit after
		// a comma belongs to the part before it.
		unit := len(fields) > 0 && (strings.HasPrefix(fields[0], "#") || usWords[strings.ToLower(strings.Trim(fields[0], "."))] == "Apt")
		later := len(parts) > 0 && !unit
		var words []string
		for _, w := range fields {
			w = strings.Trim(w, ".")
			if strings.HasPrefix(w, "#") {
				words = append(words, "Apt")
				w = w[1:]
			}
			lw := strings.ToLower(w)
			if a, ok := usWords[lw]; ok {
				w = a
			} else if a, ok := loadAddressData().usState[lw]; ok && later {
				w = a
			} else {
				w = usCase(w, later && len(w) == 2)
			}
			if len(w) == 10 && w[5] == '-' && allDigits(w[:5]) && allDigits(w[6:]) {
				w = w[:5]
			}
			if w != "" && !(w == "Apt" && len(words) > 0 && words[len(words)-1] == "Apt") {
				words = append(words, w)
			}
		}
		switch {
		case len(words) == 0:
		case unit && len(parts) > 0:
			parts[len(parts)-1] = append(parts[len(parts)-1], words...)
		default:
			parts = append(parts, words)
		}
	}
	if n := len(parts); n > 1 && len(parts[n-1]) == 1 && (parts[n-1][0] == "Usa" || parts[n-1][0] == "Us") {
		parts = parts[:n-1]
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = strings.Join(p, " ")
	}
	return strings.Join(out, ", ")
}

// usCase capitalises a word: Main, 4B, 5th; a two-letter word after a
// comma (a state code) in capitals.
func usCase(w string, state bool) string {
	b := []byte(w)
	digit := len(b) > 0 && isASCIIDigit(b[0])
	ordinal := false
	if digit && len(b) > 2 && allDigits(w[:len(w)-2]) {
		switch strings.ToLower(w[len(w)-2:]) {
		case "st", "nd", "rd", "th":
			ordinal = true
		}
	}
	for i, c := range b {
		switch {
		case state || digit && !ordinal || i == 0:
			b[i] = upperASCII(c)
		default:
			b[i] = lowerASCII(c)
		}
	}
	return string(b)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
