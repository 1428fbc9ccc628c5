package detectors

import (
	"bytes"
	"strings"
)

// phoneLikeAt reports whether a phone number starts at p: an optional +
// or parenthesis, then at least nine digits (ASCII or full-width) within
// the next twenty characters, with only the usual separators between them
// (a year range such as 1592–1596 has eight).
func phoneLikeAt(s string, p int) bool {
	digits := 0
	for k := 0; k < 20 && p < len(s); k++ {
		r, n := runeAt(s, p)
		switch {
		case isDigitRune(r):
			digits++
		case r == '+' || r == '＋' || r == '(' || r == ')' || r == '（' || r == '）' || r == ' ' ||
			r == 0x3000 || r == '.' || isDash(r):
			if digits == 0 && k > 2 {
				return false
			}
		default:
			return digits >= 9
		}
		p += n
	}
	return digits >= 9
}

// phoneLabels are the words that may stand between a name and its phone
// number ("Mary Jones, phone (773) 555-0100"); nameCues has a cue for each.
var phoneLabels = []string{"phone", "tel", "mobile", "cell"}

// phoneLabelLen returns the length of the phone label that s starts with
// ("phone ", "Tel: ", "mobile: "), its colon and spaces included, or 0.
func phoneLabelLen(s string) int {
	for _, w := range phoneLabels {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			n := len(w)
			if s[n] == '.' || s[n] == ':' {
				n++
			}
			if n == len(s) || s[n] != ' ' {
				return 0
			}
			for n < len(s) && s[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

// beforePhone reads a name that stands right before the phone number that
// starts in the cue hit h: "김민준 010-1234-5678", "王志明 0956-351-488",
// "村上 拓也, ０８０ ...", "Judith Grant, (312) 806-0157".
func (d *Name) beforePhone(s string, h Hit) (nameCand, bool) {
	ps := h.Start
	for ps < h.End {
		r, n := runeAt(s, ps)
		if r != ' ' && r != ',' && r != '/' && r != 0x3000 {
			break
		}
		ps += n
	}
	if n := phoneLabelLen(s[ps:]); n > 0 {
		ps += n
	}
	if !phoneLikeAt(s, ps) {
		return nameCand{}, false
	}
	q := h.Start
	for k := 0; k < 3; k++ {
		r, n := runeBefore(s, q)
		if r != ' ' && r != ',' && r != '/' && r != '、' && r != '，' && r != 0x3000 {
			break
		}
		q -= n
	}
	r, _ := runeBefore(s, q)
	var c nameCand
	ok := false
	// A name set off by punctuation (/ 이하은 / 010...) stands alone; one
	// followed by a space only may end a phrase (부재시 010-...).
	punct := strings.ContainsAny(s[q:ps], ",/(（、，")
	switch {
	case isHangulSyllable(r):
		c, ok = d.krEndingAt(s, q, punct)
	case isHan(r):
		st := hanRunStart(s, q)
		if runeCount(s[st:q]) > 6 {
			return nameCand{}, false
		}
		sl := d.jpSurnamePrefix(s[st:q])
		jp := sl > 0 && (runeCount(s[st:st+sl]) >= 2 || kanaNear(s, st, q))
		if r, n := runeBefore(s, st); r == ' ' || r == 0x3000 {
			// 村上 拓也: a given name after a spaced surname.
			hs := hanRunStart(s, st-n)
			jp = jp || (hs < st-n && d.jpSurnamePrefix(s[hs:st-n]) == st-n-hs)
		}
		if jp {
			c, ok = d.jpBackward(s, st, q)
			if ok && c.start > st {
				ok = false // the whole run must be the name
			}
		}
		if !ok {
			c, ok = d.zhBackward(s, st, q)
			if ok && c.start != st {
				ok = false
			}
		}
		if ok && (c.end-c.start == c.surname || runeCount(strings.TrimSpace(s[c.start:c.end])) < 3) {
			ok = false // a surname alone, or two characters (元龟 (1570...), is too little
		}
	case isKana(r):
		// 村上さくら（03...）: a kana given name after a kanji surname.
		ks := runStart(s, q, isKana)
		if g := runeCount(s[ks:q]); g >= 2 && g <= 5 {
			hq := ks
			if r, n := runeBefore(s, hq); r == ' ' || r == 0x3000 {
				hq -= n
			}
			if hs := hanRunStart(s, hq); hs < hq && d.jpSurnamePrefix(s[hs:hq]) == hq-hs {
				c, ok = nameCand{start: hs, end: q, lang: langJP, surname: hq - hs, conf: 0.75}, true
			}
		}
	case isASCIILetter(byte(r)) && r < 0x80:
		c, ok = d.latinEndingAt(s, q)
	}
	if !ok {
		return nameCand{}, false
	}
	c.conf = min(c.conf, 0.8)
	return c, true
}

// krEndingAt reads a Korean name that is exactly the Hangul run ending at
// q, or a surname and given name written apart (박 정우). closed says
// punctuation sets it off from the phone number after it.
func (d *Name) krEndingAt(s string, q int, closed bool) (nameCand, bool) {
	st := hangulRunStart(s, q)
	run := s[st:q]
	if len(run) >= 6 && len(run) <= 15 {
		if n, sl, c, ok := d.krSplit(run, true, false, closed); ok && n == len(run) {
			return nameCand{start: st, end: q, lang: langKR, surname: sl, conf: c}, true
		}
	}
	return d.krSpaced(s, st, q)
}

// krSpaced reads "박 정우": the given name [st, q) of one or two syllables
// after a surname and one space.
func (d *Name) krSpaced(s string, st, q int) (nameCand, bool) {
	if g := (q - st) / 3; g != 2 {
		// Two given syllables: a surname and one syllable apart are
		// mostly two words (가 아님, 이 아님, 도 아님).
		return nameCand{}, false
	}
	r, n := runeBefore(s, st)
	if r != ' ' {
		return nameCand{}, false
	}
	ss := hangulRunStart(s, st-n)
	sur := s[ss : st-n]
	if (len(sur) != 3 && len(sur) != 6) || !d.t.krSurname.has(sur) {
		return nameCand{}, false
	}
	for _, r := range s[st:q] {
		if !d.t.krGiven.has(r) {
			return nameCand{}, false
		}
	}
	if d.t.krStop.has(sur + s[st:q]) {
		return nameCand{}, false
	}
	return nameCand{start: ss, end: q, lang: langKR, surname: len(sur), conf: 0.75}, true
}

// latinEndingAt reads a Latin name (two or three capitalised words) that
// ends at q.
func (d *Name) latinEndingAt(s string, q int) (nameCand, bool) {
	var starts [4]int
	n := 0
	e := q
	for n < len(starts) {
		b := e
		for b > 0 && (isASCIILetter(s[b-1]) || s[b-1] == '\'' || s[b-1] == '-' || s[b-1] == '.') {
			b--
		}
		if b == e || !isASCIIUpper(s[b]) {
			break
		}
		starts[n] = b
		n++
		if b == 0 || s[b-1] != ' ' {
			break
		}
		e = b - 1
	}
	for k := 2; k <= min(n, 3); k++ {
		c, ok := d.latinForward(s, starts[k-1], cueBefore, false)
		if ok && c.end == q {
			return c, true
		}
	}
	return nameCand{}, false
}

// structuredCell checks a cell of structured data without any name
// evidence (an opaque column c1..c8): it is a name only if the whole cell
// is a name the tables know well.
func (d *Name) structuredCell(s string) (nameCand, bool) {
	start, end := trimCell(s)
	if end-start < 4 || end-start > 40 {
		return nameCand{}, false
	}
	c, ok := d.wholeCell(s, false, false)
	if !ok {
		return nameCand{}, false
	}
	v := s[c.start:c.end]
	switch c.lang {
	case langKR:
		// Surname plus table syllables, or a spaced name.
		if c.conf < 0.8 && !strings.Contains(v, " ") || runeCount(v) < 3 {
			return nameCand{}, false
		}
	case langJP:
		if c.surname == 0 || c.surname == len(v) {
			return nameCand{}, false
		}
	case langZH:
		if runeCount(v) < 3 {
			return nameCand{}, false
		}
	case langEN:
		if !d.latinKnownPair(v) {
			return nameCand{}, false
		}
	}
	c.conf = min(c.conf, 0.7)
	return c, true
}

// latinKnownPair reports whether v is a given name and a surname that are
// both in the tables ("Ralph Singh"), with an optional middle initial.
func (d *Name) latinKnownPair(v string) bool {
	f := strings.Fields(v)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	if len(f) > 2 && isSuffixWord(f[len(f)-1]) { // Jessica West Jr.
		f = f[:len(f)-1]
	}
	first, last := f[0], f[len(f)-1]
	if strings.HasSuffix(first, ",") { // Schneider, Alexander
		first, last = f[len(f)-1], strings.TrimSuffix(f[0], ",")
	}
	if !d.knownGiven(first) || !d.knownSurname(last) {
		return false
	}
	return !latinNotPerson[strings.ToLower(v)]
}

// knownGiven and knownSurname look a Latin word up in the tables, case
// and accent folded (José, Jose), with and without its hyphen (Hye-jin,
// Hyejin).
func (d *Name) knownGiven(w string) bool { return d.latinKnown(w, d.t.usGiven) }

func (d *Name) knownSurname(w string) bool { return d.latinKnown(w, d.t.usSurname) }

func (d *Name) latinKnown(w string, t set) bool {
	var buf [24]byte
	k := foldKey(&buf, w)
	if t.hasKey(k) {
		return true
	}
	var b2 [24]byte
	if i := bytes.IndexByte(k, '\''); i > 0 { // O'Brien
		n := copy(b2[:], k[:i])
		n += copy(b2[n:], k[i+1:])
		return t.hasKey(b2[:n])
	}
	if i := bytes.IndexByte(k, '-'); i > 0 {
		n := copy(b2[:], k[:i])
		n += copy(b2[n:], k[i+1:])
		if t.hasKey(b2[:n]) {
			return true // Hye-jin, Hyejin
		}
		// Mary-Jane, Smith-Jones: every part known.
		for rest := k; len(rest) > 0; {
			part := rest
			if j := bytes.IndexByte(rest, '-'); j >= 0 {
				part, rest = rest[:j], rest[j+1:]
			} else {
				rest = nil
			}
			if !t.hasKey(part) {
				return false
			}
		}
		return true
	}
	return false
}

// latinNotPerson are places and firms that read as a given name and a
// surname.
var latinNotPerson = map[string]bool{
	"lincoln park": true, "morgan stanley": true, "jackson heights": true, "wells fargo": true,
	"lane bryant": true, "austin powers": true, "marshall field": true,
}
