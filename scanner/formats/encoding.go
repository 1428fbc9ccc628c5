package formats

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names reported in Info.Encoding.
const (
	encUTF8     = "utf-8"
	encUTF16LE  = "utf-16le"
	encUTF16BE  = "utf-16be"
	encEUCKR    = "euc-kr" // decoded as CP949 (Unified Hangul Code), a superset
	encShiftJIS = "shift_jis"
	encBig5     = "big5"
	encCP1252   = "windows-1252"
)

// encodingSample is how much of the head the heuristics look at.
const encodingSample = 16 << 10

// textEncoding is what detectEncoding found.
type textEncoding struct {
	name   string // one of the enc* names; "" when binary
	bom    int    // bytes of byte-order mark to drop
	binary string // reason the data is not text, when name == ""
}

// detectEncoding guesses the text encoding from the head of a stream:
// byte-order marks, then NUL patterns (UTF-16 without BOM, binary data),
// then UTF-8 validity, then CJK legacy encodings scored by the share of
// valid and common characters, then windows-1252 for stray high bytes.
// atEOF says head is the whole stream.
func detectEncoding(head []byte, atEOF bool) textEncoding {
	switch {
	case len(head) >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF:
		return textEncoding{name: encUTF8, bom: 3}
	case len(head) >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0:
		return textEncoding{binary: "utf-32 text (not supported)"}
	case len(head) >= 2 && head[0] == 0xFF && head[1] == 0xFE:
		return textEncoding{name: encUTF16LE, bom: 2}
	case len(head) >= 2 && head[0] == 0xFE && head[1] == 0xFF:
		return textEncoding{name: encUTF16BE, bom: 2}
	}
	s := head
	if len(s) > encodingSample {
		s = s[:encodingSample]
		atEOF = false
	}
	if name := utf16ByNULs(s); name != "" {
		return textEncoding{name: name}
	}
	var nul, ctl, high int
	for _, c := range s {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b && c != '\b':
			ctl++
		case c == 0x7f:
			ctl++
		case c >= 0x80:
			high++
		}
	}
	if nul*100 > len(s) {
		return textEncoding{binary: "binary data (NUL bytes)"}
	}
	if (nul+ctl)*10 > len(s) {
		return textEncoding{binary: "binary data (control bytes)"}
	}
	body := s
	if !atEOF {
		body = s[:len(s)-incompleteTail(s)]
	}
	if high == 0 || utf8.Valid(body) {
		return textEncoding{name: encUTF8}
	}
	// Mostly valid UTF-8 with some damage stays UTF-8 (repaired).
	bad, good := utf8Damage(body)
	if bad*10 < high {
		return textEncoding{name: encUTF8}
	}
	best, bestScore := "", 0.0
	for _, c := range []struct {
		name  string
		score func([]byte) float64
	}{{encEUCKR, scoreEUCKR}, {encShiftJIS, scoreShiftJIS}, {encBig5, scoreBig5}} {
		if sc := c.score(body); sc > bestScore {
			best, bestScore = c.name, sc
		}
	}
	if bestScore >= 0.5 {
		return textEncoding{name: best}
	}
	// Legacy CJK bytes seldom form valid UTF-8 sequences; damaged UTF-8 does.
	if good > 0 && good >= bad {
		return textEncoding{name: encUTF8}
	}
	// Sparse high bytes in otherwise ASCII text: a Western single-byte code page.
	if high*4 < len(s) {
		return textEncoding{name: encCP1252}
	}
	return textEncoding{binary: "binary data (undecodable text)"}
}

// utf16ByNULs recognises BOM-less UTF-16 by the NUL bytes that ASCII
// characters leave in every other position.
func utf16ByNULs(s []byte) string {
	if len(s) < 8 {
		return ""
	}
	var even, odd int
	n := len(s) &^ 1
	for i := 0; i < n; i += 2 {
		if s[i] == 0 {
			even++
		}
		if s[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	le := false
	switch {
	case odd*10 >= half*3 && even*20 < half:
		le = true
	case even*10 >= half*3 && odd*20 < half:
	default:
		return ""
	}
	// Binary arrays of 16-bit numbers have the same NUL pattern: insist on
	// mostly printable characters and paired surrogates.
	bad := 0
	for i := 0; i < n; i += 2 {
		u := uint16(s[i])<<8 | uint16(s[i+1])
		if le {
			u = uint16(s[i+1])<<8 | uint16(s[i])
		}
		switch {
		case u < 0x20 && u != '\t' && u != '\n' && u != '\r':
			bad++
		case u >= 0xD800 && u < 0xE000:
			bad++ // counted loosely: a valid pair costs two, still rare in text
		case u == 0xFFFE || u == 0xFFFF:
			bad++
		}
	}
	if bad*10 > half {
		return ""
	}
	if le {
		return encUTF16LE
	}
	return encUTF16BE
}

// utf8Damage counts the bytes that are not part of a valid UTF-8 encoding
// and the valid multi-byte characters.
func utf8Damage(b []byte) (bad, good int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return bad, good
}

// The CJK scorers walk the bytes as the encoding would and return the
// weighted share of common characters among the non-ASCII ones (invalid
// sequences count -1), so the right decoder scores near 1 and a wrong one
// low. They read bytes rather than decoder output to see the code rows.

// scoreEUCKR scores EUC-KR / CP949: KS X 1001 Hangul (rows B0-C8) is
// common; other KS X 1001 rows (symbols, Hanja) are plausible; the CP949
// extension (rare syllables) is nearly never what a Korean text is made of.
func scoreEUCKR(b []byte) float64 {
	var sum float64
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		n++
		if i+1 >= len(b) {
			break
		}
		t := b[i+1]
		switch {
		case c >= 0xB0 && c <= 0xC8 && t >= 0xA1 && t <= 0xFE:
			sum++
		case c >= 0xA1 && c <= 0xFE && t >= 0xA1 && t <= 0xFE:
			sum += 0.4
		case c >= 0x81 && c <= 0xC6 && (t >= 0x41 && t <= 0x5A || t >= 0x61 && t <= 0x7A || t >= 0x81 && t <= 0xFE):
			sum += 0.05
		default:
			sum--
			i++
			continue
		}
		i += 2
	}
	return share(sum, n)
}

// scoreShiftJIS scores Shift_JIS: punctuation, kana and level-1 kanji are
// common; level-2 kanji plausible; half-width kana and vendor rows rare.
func scoreShiftJIS(b []byte) float64 {
	var sum float64
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		n++
		if c >= 0xA1 && c <= 0xDF { // half-width katakana
			sum += 0.1
			i++
			continue
		}
		if i+1 >= len(b) {
			break
		}
		t := b[i+1]
		if !(c >= 0x81 && c <= 0x9F || c >= 0xE0 && c <= 0xFC) || !(t >= 0x40 && t <= 0x7E || t >= 0x80 && t <= 0xFC) {
			sum--
			i++
			continue
		}
		switch {
		case c == 0x81, c == 0x82, c == 0x83 && t <= 0x96:
			sum++
		case c >= 0x88 && c <= 0x97, c == 0x98 && t <= 0x72:
			sum++
		case c >= 0x98 && c <= 0x9F, c >= 0xE0 && c <= 0xEA:
			sum += 0.5
		default:
			sum += 0.1
		}
		i += 2
	}
	return share(sum, n)
}

// scoreBig5 scores Big5: punctuation and frequent hanzi (rows A4-C6) are
// common, less frequent hanzi plausible, HKSCS rows rare. Since Korean
// EUC-KR bytes also fall in Big5's frequent rows, a text whose trail bytes
// never use Big5's low range (0x40-0x7E, about 40% of real Big5 text) is
// marked down.
func scoreBig5(b []byte) float64 {
	var sum float64
	n, pairs, low := 0, 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		n++
		if i+1 >= len(b) {
			break
		}
		t := b[i+1]
		if !(c >= 0x81 && c <= 0xFE) || !(t >= 0x40 && t <= 0x7E || t >= 0xA1 && t <= 0xFE) {
			sum--
			i++
			continue
		}
		pairs++
		if t < 0x80 {
			low++
		}
		switch {
		case c >= 0xA1 && c <= 0xA3, c >= 0xA4 && c <= 0xC6:
			sum++
		case c >= 0xC9 && c <= 0xF9:
			sum += 0.5
		default:
			sum += 0.1
		}
		i += 2
	}
	sc := share(sum, n)
	if pairs >= 8 && low*20 < pairs {
		sc *= 0.7
	}
	return sc
}

func share(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// decoderFor returns a reader of valid UTF-8 for r in the named encoding.
func decoderFor(name string, r io.Reader) io.Reader {
	var e encoding.Encoding
	switch name {
	case encUTF16LE:
		e = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case encUTF16BE:
		e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case encEUCKR:
		e = korean.EUCKR
	case encShiftJIS:
		e = japanese.ShiftJIS
	case encBig5:
		e = traditionalchinese.Big5
	case encCP1252:
		e = charmap.Windows1252
	default:
		return &utf8Fixer{r: r}
	}
	// x/text decoders emit U+FFFD for invalid input, but a final pass keeps
	// the "always valid UTF-8" promise independent of their corner cases.
	return &utf8Fixer{r: transform.NewReader(r, e.NewDecoder())}
}
