package detectors

import "unicode"

// latinTok is one word of a Latin-script name.
type latinTok struct {
	start, end int
	initial    bool // a single capital with a period: the J. of John J. Smith
	capital    bool // starts with a capital letter
	given      bool // in the given-name table
	surname    bool // in the surname table
	label      bool // followed by ':' (the next label, not a name word)
	particle   bool // a lower-case particle inside the name: de, van, von
}

// latinParticles are the lower-case words a surname may begin with (Ana de
// la Cruz, Vincent van Gogh); one counts only between capitalised words.
var latinParticles = []string{
	"de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "los", "las",
	"van", "von", "der", "den", "ter", "ten", "bin", "ibn",
}

// isParticleAt reports whether the word s[p:e] is a name particle followed
// by a space and a capitalised word (or another particle and then one).
func isParticleAt(s string, p, e int) bool {
	w := s[p:e]
	found := false
	for _, x := range latinParticles {
		if w == x {
			found = true
			break
		}
	}
	if !found || e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	q := e + 1
	r, _ := runeAt(s, q)
	if unicode.IsUpper(r) {
		return true
	}
	if qe := latinWord(s, q); qe > q && qe-p < 12 {
		return isParticleAt(s, q, qe)
	}
	return false
}

// latinSuffixes may end a name (John Smith Jr.).
var latinSuffixes = []string{"jr", "sr", "ii", "iii", "iv"}

// latinOrgWords mark an organisation, not a person.
var latinOrgWords = []string{
	"inc", "llc", "ltd", "corp", "co", "company", "corporation", "gmbh", "group", "store", "shop",
	"bank", "university", "hospital", "service", "services", "team", "support", "department",
	"customer", "customers", "user", "admin", "test", "unknown", "none", "null", "n/a",
}

// lowerKey lower-cases an ASCII word into buf (names in the tables are
// lower case); it returns nil for words too long for buf. Look the result
// up with set.hasKey or m[string(k)], which do not allocate.
func lowerKey(buf *[24]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// latinWord returns the end of the Latin word starting at p: letters with
// inner apostrophes and hyphens (O'Brien, Mary-Jane).
func latinWord(s string, p int) int {
	i := p
	for i < len(s) {
		r, n := runeAt(s, i)
		if isLatinLetter(r) {
			i += n
			continue
		}
		if (r == '\'' || r == '-' || r == '’') && i > p {
			if r2, _ := runeAt(s, i+n); isLatinLetter(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// latinTokens reads up to len(out) name words starting at p, separated by
// single spaces, and returns how many it read.
func (d *Name) latinTokens(s string, p int, out []latinTok, field bool) int {
	k := 0
	for k < len(out) {
		e := latinWord(s, p)
		if e == p {
			break
		}
		r0, n0 := runeAt(s, p)
		t := latinTok{start: p, end: e, capital: unicode.IsUpper(r0)}
		if e == p+n0 && e < len(s) && s[e] == '.' && t.capital {
			t.initial = true
			t.end = e + 1
		}
		t.given = d.knownGiven(s[p:e])
		t.surname = d.knownSurname(s[p:e])
		if !t.capital && k > 0 && out[0].capital && isParticleAt(s, p, e) {
			t.particle, t.given, t.surname = true, false, false
		} else if !t.capital && (!field || (k > 0 && out[0].capital)) {
			break // a lower-case word ends a capitalised name
		}
		q := t.end
		if q < len(s) && (s[q] == ':' || s[q] == '=') {
			t.label = true
		}
		out[k] = t
		k++
		if t.label {
			break
		}
		if q+1 < len(s) && s[q] == ' ' && isLatinStart(s, q+1) {
			p = q + 1
			continue
		}
		break
	}
	return k
}

func isLatinStart(s string, p int) bool {
	r, _ := runeAt(s, p)
	return isLatinLetter(r)
}

// latinForward reads a Latin name starting at p after a cue (Name:, Mr.).
func (d *Name) latinForward(s string, p int, role nameCueRole, field bool) (nameCand, bool) {
	if r, _ := runeBefore(s, p); isLatinLetter(r) {
		return nameCand{}, false
	}
	var toks [5]latinTok
	n := d.latinTokens(s, p, toks[:], field)
	for n > 0 && toks[n-1].label {
		n--
	}
	if n == 0 {
		return nameCand{}, false
	}
	var buf [24]byte
	if isOrgWord(lowerKey(&buf, s[toks[0].start:toks[0].end])) {
		return nameCand{}, false
	}
	// "Lopez, Sophia": surname, comma, given name.
	if t := toks[0]; n == 1 && t.surname && t.end+2 < len(s) && s[t.end] == ',' && s[t.end+1] == ' ' {
		var g [2]latinTok
		if m := d.latinTokens(s, t.end+2, g[:], false); m > 0 && g[0].given && !g[0].label {
			return nameCand{start: p, end: g[0].end, lang: langEN, conf: 0.8}, true
		}
	}
	k := 0
	conf := 0.0
	for j := n; j >= 2; j-- {
		if t := toks[j-1]; t.surname && !t.initial {
			k = j
			conf = 0.75
			if toks[0].given {
				conf = 0.9
			}
			break
		}
	}
	if k == 0 && toks[0].given && n >= 2 && !toks[1].label && !toks[1].particle {
		k = 2
		if toks[1].initial && n >= 3 {
			k = 3
		}
		if !toks[k-1].initial {
			conf = 0.75
		} else {
			k = 0
		}
	}
	if k == 0 && role == cueTitle && (toks[0].surname || toks[0].given) && !toks[0].initial {
		k, conf = 1, 0.6
	}
	// After a label in free text ("name": "IBM Code Page 037", display_name:
	// "Library Branch") the first word must be a known given name, and a
	// bare capital is no word of a name ("Oscar W").
	if k >= 2 && role == cueBefore && !field && !toks[0].given {
		k = 0
	}
	if k >= 2 && toks[k-1].end-toks[k-1].start == 1 {
		k = 0
	}
	if k == 0 && (role == cueBefore || field) {
		// Park Ji-hoon, Taro Tanaka: an East Asian name in Latin letters.
		if k = d.eaName(s, toks[:n]); k > 0 {
			conf = 0.8
		}
	}
	if k == 0 {
		return nameCand{}, false
	}
	// A generational suffix right after the name belongs to it.
	end := toks[k-1].end
	if k < n && isSuffixWord(s[toks[k].start:toks[k].end]) {
		end = toks[k].end
		if end < len(s) && s[end] == '.' {
			end++
		}
	}
	return nameCand{start: p, end: end, lang: langEN, conf: conf}, true
}

func isSuffixWord(w string) bool {
	var buf [24]byte
	k := lowerKey(&buf, w)
	if len(k) > 0 && k[len(k)-1] == '.' {
		k = k[:len(k)-1]
	}
	for _, x := range latinSuffixes {
		if string(k) == x {
			return true
		}
	}
	return false
}

func isOrgWord(k []byte) bool {
	for _, x := range latinOrgWords {
		if string(k) == x {
			return true
		}
	}
	return false
}

// latinWhole checks a whole name-column cell in Latin letters: "John Smith",
// "SMITH, John A.", "john", "Mary-Jane O'Brien". With part set the column
// holds one part of a name (first_name, last_name) and any capitalised word
// will do; with person the column is named for people (full_name,
// recipient), and two or three capitalised words will do.
func (d *Name) latinWhole(s string, start, end int, part, person bool) (nameCand, bool) {
	v := s[start:end]
	words, known, capital, lower := 0, 0, 0, 0
	var buf [24]byte
	for i := 0; i < len(v); {
		r, n := runeAt(v, i)
		if r == ' ' || r == ',' || r == '.' {
			i += n
			continue
		}
		e := latinWord(v, i)
		if e == i {
			return nameCand{}, false
		}
		w := v[i:e]
		key := lowerKey(&buf, w)
		if isOrgWord(key) || (len(key) > 2 && string(key[len(key)-2:]) == "'s") {
			return nameCand{}, false // Victoria's Secret
		}
		words++
		if d.knownGiven(w) || d.knownSurname(w) {
			known++
		}
		if r0, _ := runeAt(w, 0); unicode.IsUpper(r0) {
			capital++
		} else if words > 1 && isParticleAt(v, i, e) {
			words-- // Ana de la Cruz: four words, two of the name's
		} else {
			lower++
		}
		i = e
	}
	switch {
	case words == 0 || words > 4:
		return nameCand{}, false
	case capital > 0 && lower > 0:
		return nameCand{}, false // Hope Diamond replica pendant, Rose Gold iPhone Case
	case known >= 2 || (known == 1 && words == 1):
		return nameCand{start: start, end: end, lang: langEN, conf: 0.9}, true
	case known == 1:
		return nameCand{start: start, end: end, lang: langEN, conf: 0.8}, true
	case part && words == 1 && capital == 1:
		return nameCand{start: start, end: end, lang: langEN, conf: 0.7}, true
	case person && words >= 2 && words <= 3 && capital == words:
		return nameCand{start: start, end: end, lang: langEN, conf: 0.6}, true
	}
	return nameCand{}, false
}
