package detectors

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// Latin names without a cue. "Spoke with Karen Walker about the refund"
// names a person in running text with no label or title before it. The
// tables make that safe enough: a capitalised given name the tables know,
// which is not also an everyday word or place (Grace, Chase, Austin), then
// a capitalised surname they know, and no further capitalised word (Wells
// Fargo Bank, Lincoln Park Zoo). Confidence is lower than with a cue.

// latinWordLike are given names of the tables that are also English words,
// places or brands; without a cue they start no name (Rose Gold, Grace
// Hopper biography, Austin Texas).
var latinWordLike = newSet([]string{
	"ace", "amber", "angel", "april", "archer", "asia", "august", "austin", "autumn", "bill",
	"blair", "brooklyn", "brooks", "buddy", "camden", "carol", "chase", "chelsea", "cheyenne",
	"cliff", "clay", "cooper", "crystal", "daisy", "dakota", "dale", "dallas", "dawn", "dean",
	"destiny", "dixie", "don", "drew", "earl", "faith", "flora", "florence", "forrest", "frank",
	"gage", "genesis", "geneva", "georgia", "ginger", "glen", "grace", "grant", "hal", "hank",
	"harmony", "hazel", "heath", "hope", "hunter", "iris", "ivy", "jack", "jade", "jay", "jean",
	"jo", "joy", "jude", "june", "kim", "kingston", "knox", "lacy", "lance", "lee", "les",
	"lily", "lincoln", "lou", "luna", "mack", "mae", "mark", "marshall", "mason", "max",
	"melody", "mercedes", "miles", "misty", "molly", "nova", "olive", "opal", "orlando",
	"parker", "pat", "pearl", "penny", "piper", "preston", "ray", "rex", "rich", "rick", "robin",
	"rose", "ruby", "sandy", "savannah", "sawyer", "serenity", "sierra", "summer", "sydney",
	"tanner", "trinity", "tucker", "violet", "virginia", "wade", "willow", "young",
}, false)

// latinBrands are brands named for a person. Without a cue they are the
// brand (Calvin Klein jeans); after one (Name: Ann Taylor) a person.
var latinBrands = map[string]bool{
	"calvin klein": true, "anne klein": true, "kenneth cole": true, "steve madden": true,
	"vera wang": true, "harley davidson": true, "michael kors": true, "tory burch": true,
	"ralph lauren": true, "marc jacobs": true, "tommy hilfiger": true, "kate spade": true,
	"betsey johnson": true, "hugo boss": true, "john deere": true, "jimmy choo": true,
	"estee lauder": true, "bobbi brown": true, "sam edelman": true, "vince camuto": true,
	"tom ford": true, "ted baker": true, "karl lagerfeld": true, "donna karan": true,
	"john varvatos": true, "paul mitchell": true, "tommy bahama": true, "eddie bauer": true,
	"ann taylor": true, "jack daniels": true, "jim beam": true, "johnnie walker": true,
	"charles schwab": true, "edward jones": true, "papa john": true, "jackson hewitt": true,
	"maxwell house": true,
}

// upperBits sets the high bit of every byte of x that is an ASCII capital
// letter (0x41-0x5A) and clears every other bit (see digitBits).
func upperBits(x uint64) uint64 {
	t := x & (swarLo * 0x7F)
	return (swarLo*(0x7F+0x5B) - t) & ^x & (t + swarLo*(0x7F-0x40)) & swarHi
}

// lowerBits sets the high bit of every byte of x that is an ASCII small
// letter (0x61-0x7A) and clears every other bit (see digitBits).
func lowerBits(x uint64) uint64 {
	t := x & (swarLo * 0x7F)
	return (swarLo*(0x7F+0x7B) - t) & ^x & (t + swarLo*(0x7F-0x60)) & swarHi
}

// indexTitle returns the index of the first ASCII capital letter at or
// after i that a small letter follows (the K of Karen, not the E of
// ERROR), or len(s), eight bytes at a time.
func indexTitle(s string, i int) int {
	for ; i+9 <= len(s); i += 8 {
		if m := upperBits(load8(s, i)) & lowerBits(load8(s, i+1)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i+1 < len(s); i++ {
		if isASCIIUpper(s[i]) && s[i+1]-'a' < 26 {
			return i
		}
	}
	return len(s)
}

// freeWordStart reports whether a Latin word may start a name at i: the
// text starts there or a space, a line break, an opening quote or bracket,
// or punctuation stands before it (not a letter, digit or the . - _ / @ of
// an identifier, a file name or an address).
func freeWordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '\r', '"', '(', '[', '{', '<', '>', ',', ';', ':', '=', '|', '*':
		return true
	}
	return false
}

// freeName reads a name from the run of capitalised words toks: a given
// name, an optional middle name or initial, a surname and an optional
// suffix (Karen Walker, Mary Ann Smith, Karen J. Walker Jr.), and nothing
// more. It returns the name's end.
func (d *Name) freeName(s string, toks []latinTok) (int, bool) {
	n := len(toks)
	if n > 1 && isSuffixWord(s[toks[n-1].start:toks[n-1].end]) {
		n--
	}
	words := 0 // the name's words, not counting particles (Ana de la Cruz)
	for _, t := range toks[:n] {
		if t.label {
			return 0, false
		}
		if t.particle {
			continue
		}
		words++
		if words == 2 && n > 2 && !t.initial && !t.given && !t.surname {
			return 0, false // Mary Xyz Smith: an unknown middle word
		}
	}
	last := toks[n-1]
	end := toks[len(toks)-1].end
	after := end // where the words after the name start
	if n == len(toks) && !last.surname {
		// Karen Walker's husband: the name without its possessive.
		for _, ps := range [...]string{"'s", "’s"} {
			if w := s[last.start:last.end]; strings.HasSuffix(w, ps) && d.knownSurname(w[:len(w)-len(ps)]) {
				last.surname = true
				last.end -= len(ps)
				end = last.end
				break
			}
		}
	}
	if words < 2 || words > 3 || last.initial || !last.surname {
		return 0, false // one word, or a longer title-case phrase
	}
	if end < len(s) && s[end] == '.' && len(toks) > n {
		end++ // Jr.
		after = end
	}
	if after < len(s) {
		switch s[after] {
		case '@', '\'', '-', '_', '/':
			return 0, false // an address, a possessive, an identifier
		case ' ':
			// The word after: a capital continues a title-case phrase
			// (Martin Luther King Jr. Blvd); a firm's word makes the
			// words a firm's name (Lee Myers store).
			if r, _ := runeAt(s, after+1); unicode.IsUpper(r) {
				return 0, false
			}
			var buf [24]byte
			if e := latinWord(s, after+1); e > after+1 && isOrgWord(lowerKey(&buf, s[after+1:e])) {
				return 0, false
			}
		}
	}
	if k := strings.ToLower(s[toks[0].start:toks[0].end] + " " + s[last.start:last.end]); latinNotPerson[k] || latinBrands[k] {
		return 0, false // Morgan Stanley, Calvin Klein
	}
	return end, true
}

// latinFree finds the names of running text that no cue introduces.
func (d *Name) latinFree(s string, emit func(Match)) {
	found := d.cueFound()
	var toks [6]latinTok
	for i := indexTitle(s, 0); i < len(s); i = indexTitle(s, i) {
		j := i
		i++
		if !freeWordStart(s, j) {
			continue // McDonald's, getName: inside a word
		}
		e := latinWord(s, j)
		i = e
		if e-j > 12 || !d.knownGiven(s[j:e]) {
			continue
		}
		var buf [24]byte
		if latinWordLike.hasKey(foldKey(&buf, s[j:e])) {
			continue
		}
		n := d.latinTokens(s, j, toks[:], false)
		i = toks[n-1].end // a rejected run of capitalised words is passed whole
		end, ok := d.freeName(s, toks[:n])
		if !ok {
			continue
		}
		if found.overlaps(j, end) {
			continue
		}
		d.put(s, nameCand{start: j, end: end, lang: langEN, conf: 0.6}, emit)
	}
}

func cmpSpan(a, b [2]int) int { return a[0] - b[0] }

// spanWalk walks the spans of the names emitted so far for the input, in
// order of start, for a pass that finds names without a cue: a name found
// both ways is emitted once, with the cue's confidence.
type spanWalk struct {
	spans [][2]int
	next  int // the first span that may still overlap a candidate
}

// cueFound returns a walk over the spans emitted so far. It returns a
// value, not a pointer: the function is too big to inline, and a pointer
// result would put a walk on the heap for every cell (a quarter of the
// bytes a scan allocated).
func (d *Name) cueFound() spanWalk {
	if !slices.IsSortedFunc(d.emitted, cmpSpan) {
		slices.SortFunc(d.emitted, cmpSpan)
	}
	return spanWalk{spans: d.emitted}
}

// overlaps reports whether [start, end) overlaps a span of the walk; the
// candidates come in text order (start never decreases).
func (w *spanWalk) overlaps(start, end int) bool {
	for w.next < len(w.spans) && w.spans[w.next][1] <= start {
		w.next++
	}
	return w.next < len(w.spans) && w.spans[w.next][0] < end
}
