package detectors

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold maps the accented Latin letters of Latin-1 Supplement, Latin
// Extended-A/B and Latin Extended Additional to the lower-case ASCII they
// are written without (José → jose, Nguyễn → nguyen, Müller → muller), so
// that names written with their accents are found in the name tables,
// which are plain ASCII as most US records store them. The table is made
// from the Unicode decompositions; the letters that have none (ß, æ, ø, ł,
// đ) are listed by hand.
var latinFold = func() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
		'ı': "i", '’': "'",
	}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if _, ok := m[r]; ok || !unicode.IsLetter(r) {
				continue
			}
			d := norm.NFD.String(string(r))
			base := d[0]
			if base >= 'A' && base <= 'Z' {
				base += 'a' - 'A'
			}
			if base < 'a' || base > 'z' {
				continue
			}
			ok := true
			for _, c := range d[1:] {
				if !unicode.Is(unicode.Mn, c) {
					ok = false
				}
			}
			if ok {
				m[r] = string(rune(base))
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	return m
}()

// foldKey writes w lower-cased, with its accents removed (latinFold), into
// buf for a look-up in the name tables. It returns nil when w is too long
// for buf or holds a letter latinFold does not know.
func foldKey(buf *[24]byte, w string) []byte {
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if n == len(buf) {
				return nil
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		f, ok := latinFold[r]
		if !ok || n+len(f) > len(buf) {
			return nil
		}
		n += copy(buf[n:], f)
		i += size
	}
	return buf[:n]
}
