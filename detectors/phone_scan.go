package detectors

import "unicode/utf8"

// Candidate extraction for the phone detector: a run of digit groups joined
// by the separators people type, split into tokens at plain spaces.

const (
	phoneMaxGroups = 16 // digit groups kept per run
	phoneMaxDigits = 64 // digits kept per run
)

// Separator flags: what stood between a group and the one before it.
const (
	sepHyphen uint8 = 1 << iota
	sepDot
	sepSpace
	sepOpen
	sepClose
)

// phoneGroup is one maximal run of digits inside a candidate run.
type phoneGroup struct {
	start, end int   // byte span of the digits in the text
	d0, nd     int   // offset of its digits in phoneRun.digits, and count
	sep        uint8 // separator flags between the previous group and this one
	tokStart   bool  // first group of a token (run start, or after plain spaces)
}

// phoneRun is a run of digit groups: "+82 (0)10-1234-5678", "02)123-4567",
// "010 1234 5678". Groups joined by anything but plain spaces form one token;
// a candidate number must start and end on token boundaries.
type phoneRun struct {
	groups  [phoneMaxGroups]phoneGroup
	ng      int
	digits  [phoneMaxDigits]byte
	nd      int
	plus    int  // byte offset of a '+' right before the first group, or -1
	open    int  // byte offset of a '(' right before the first group (or the '+'), or -1
	badTail bool // the last token went on past the limits: it may not be used
	end     int  // byte offset just past the run
}

// spaceOnly reports whether separator flags are plain white space.
func spaceOnly(f uint8) bool { return f == sepSpace }

// parse reads the run whose first digit is at s[p].
func (r *phoneRun) parse(s string, p int) {
	r.ng, r.nd, r.badTail, r.plus, r.open = 0, 0, false, -1, -1
	i := p
	sep := uint8(0)
	overflow := false // limits exceeded: the current token is not kept
	prevEnd := p
	for {
		// s[i] is a digit; sep is what stood before it.
		newTok := r.ng == 0 || spaceOnly(sep)
		if newTok && (overflow || r.ng == phoneMaxGroups) {
			// Stop before a new token; the caller resumes there.
			r.end = prevEnd
			r.badTail = overflow
			r.lookBehind(s, p)
			return
		}
		if r.ng == phoneMaxGroups {
			overflow = true
		}
		gStart, gD0 := i, r.nd
		for i < len(s) {
			v, w := s[i]-'0', 1
			if v >= 10 {
				if s[i] != 0xEF {
					break
				}
				var tok numTok
				if tok, v, w = numTokenWide(s, i); tok != ntDigit {
					break
				}
			}
			if !overflow && r.nd < phoneMaxDigits {
				r.digits[r.nd] = '0' + v
				r.nd++
			} else {
				overflow = true
			}
			i += w
		}
		if !overflow {
			g := &r.groups[r.ng]
			g.start, g.end, g.d0, g.nd, g.sep, g.tokStart = gStart, i, gD0, r.nd-gD0, sep, newTok
			r.ng++
		}
		prevEnd = i
		// Separator: at most one hyphen or dot, two spaces, one of each
		// parenthesis, three runes in all.
		j := i
		sep = 0
		spaces := 0
		ok := true
	sepLoop:
		for n := 0; n < 3 && ok; n++ {
			tok, _, w := numTokenAt(s, j)
			held, isSep := addSep(tok, &sep, &spaces)
			if !isSep {
				break sepLoop
			}
			ok = held
			j += w
		}
		if tok, _, _ := numTokenAt(s, j); !ok || sep == 0 || tok != ntDigit {
			break
		}
		i = j
	}
	r.end = prevEnd
	r.badTail = overflow
	r.lookBehind(s, p)
}

// addSep adds the separator token tok between two digit groups to sep
// (and to spaces) and reports whether the separator still holds: at most
// one hyphen or dot, two spaces, one of each parenthesis, a closing one
// not after an opening one. isSep is false, and nothing changes, when tok
// is no separator.
func addSep(tok numTok, sep *uint8, spaces *int) (ok, isSep bool) {
	switch tok {
	case ntHyphen, ntDot:
		ok = *sep&(sepHyphen|sepDot) == 0
		if tok == ntHyphen {
			*sep |= sepHyphen
		} else {
			*sep |= sepDot
		}
	case ntSpace:
		*spaces++
		ok = *spaces <= 2
		*sep |= sepSpace
	case ntOpen:
		ok = *sep&sepOpen == 0
		*sep |= sepOpen
	case ntClose:
		ok = *sep&(sepClose|sepOpen) == 0
		*sep |= sepClose
	default:
		return false, false
	}
	return ok, true
}

// lookBehind records a "(" and a "+" right before the first digit at p
// ("+82", "(02)", "+(82)"), for runs long enough to be a number.
func (r *phoneRun) lookBehind(s string, p int) {
	if r.nd < 7 {
		return
	}
	q := p
	if tok, w := numTokBefore(s, q); tok == ntOpen {
		q -= w
		r.open = q
	}
	if tok, w := numTokBefore(s, q); tok == ntPlus {
		q -= w
		r.plus = q
	}
}

// numTokBefore classifies the rune that ends at s[:i].
func numTokBefore(s string, i int) (numTok, int) {
	if i <= 0 {
		return ntOther, 0
	}
	if s[i-1] < utf8.RuneSelf {
		tok, _, _ := numTokenAt(s, i-1)
		return tok, 1
	}
	_, w := lastRuneBefore(s, i)
	if w == 0 {
		return ntOther, 0
	}
	tok, _, _ := numTokenAt(s, i-w)
	return tok, w
}

// lastTokenStart returns the index of the first group of the run's last token.
func (r *phoneRun) lastTokenStart() int {
	for g := r.ng - 1; g > 0; g-- {
		if r.groups[g].tokStart {
			return g
		}
	}
	return 0
}
