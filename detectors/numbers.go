package detectors

import (
	"math/bits"
	"unicode/utf8"
)

// Shared helpers for detectors that look at runs of digits (phone numbers,
// access codes): a fast search for the next digit, and a tokenizer that reads
// digits (ASCII or full-width) and the separators people type between digit
// groups (ASCII and full-width hyphens, dots, spaces, parentheses, plus).

const (
	swarLo = 0x0101010101010101
	swarHi = 0x8080808080808080
)

// indexDigitish returns the index of the first byte at or after i that is an
// ASCII digit or 0xEF (the lead byte of the full-width forms block, where the
// full-width digits ０-９ live), or len(s) if there is none. It tests eight
// bytes at a time, so text without digits is skipped at memory speed.
func indexDigitish(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		// Bytes equal to 0xEF: the lowest flag is exact (borrows only go up).
		v := x ^ (swarLo * 0xEF)
		ef := (v - swarLo) & ^v & swarHi
		if m := digitBits(x) | ef; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c-'0' < 10 || c == 0xEF {
			return i
		}
	}
	return len(s)
}

// load8 returns the eight bytes s[i:i+8] as a little-endian word (one load).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// digitBits sets the high bit of every byte of x that is an ASCII digit and
// clears every other bit. Bytes strictly between 0x2F and 0x3A: the
// per-byte arithmetic never carries or borrows, so every flag is exact.
func digitBits(x uint64) uint64 {
	t := x & (swarLo * 0x7F)
	return (swarLo*(0x7F+0x3A) - t) & ^x & (t + swarLo*(0x7F-0x2F)) & swarHi
}

// asciiDigitsEnd returns the end of the run of ASCII digits that starts at s[i]
// (i itself when s[i] is no digit), eight bytes at a time.
func asciiDigitsEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := ^digitBits(load8(s, i)) & swarHi; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && s[i]-'0' < 10 {
		i++
	}
	return i
}

// numTok is the class of one rune in a digit sequence.
type numTok uint8

const (
	ntOther  numTok = iota
	ntDigit         // 0-9 or ０-９
	ntHyphen        // - ‐ ‑ ‒ – − － ー ｰ
	ntDot           // . ．
	ntSpace         // space, no-break space, ideographic space
	ntOpen          // ( （
	ntClose         // ) ）
	ntPlus          // + ＋
)

// numTokenAt classifies the rune at s[i]. It returns the class, the digit
// value for ntDigit, and the rune's byte width (0 at the end of s).
func numTokenAt(s string, i int) (numTok, byte, int) {
	if uint(i) < uint(len(s)) {
		if t := byteNumTok[s[i]]; t != ntWide {
			return t, s[i] - '0', 1
		}
	}
	return numTokenWide(s, i)
}

// ntWide marks, in byteNumTok, the bytes of multi-byte runes.
const ntWide numTok = 255

// byteNumTok classifies single bytes for numTokenAt.
var byteNumTok = func() (t [256]numTok) {
	for c := '0'; c <= '9'; c++ {
		t[c] = ntDigit
	}
	t['-'], t['.'], t[' '], t['('], t[')'], t['+'] = ntHyphen, ntDot, ntSpace, ntOpen, ntClose, ntPlus
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = ntWide
	}
	return t
}()

// numTokenWide is numTokenAt for the end of s and multi-byte runes.
func numTokenWide(s string, i int) (numTok, byte, int) {
	if i >= len(s) {
		return ntOther, 0, 0
	}
	c := s[i]
	// Multi-byte: only a few lead bytes can start a digit or separator, so
	// most runes (Hangul, kana, Han) are classified without decoding.
	w := 2
	switch {
	case c >= 0xF0:
		w = 4
	case c >= 0xE0:
		w = 3
	}
	if i+w > len(s) {
		return ntOther, 0, len(s) - i
	}
	switch c {
	case 0xC2: // U+00A0 no-break space
		if s[i+1] == 0xA0 {
			return ntSpace, 0, w
		}
	case 0xE2:
		switch {
		case s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0x93: // U+2010-U+2013
			return ntHyphen, 0, w
		case s[i+1] == 0x88 && s[i+2] == 0x92: // U+2212 minus
			return ntHyphen, 0, w
		}
	case 0xE3:
		switch {
		case s[i+1] == 0x80 && s[i+2] == 0x80: // U+3000 ideographic space
			return ntSpace, 0, w
		case s[i+1] == 0x83 && s[i+2] == 0xBC: // U+30FC ー
			return ntHyphen, 0, w
		}
	case 0xEF:
		if s[i+1] == 0xBC {
			c2 := s[i+2]
			switch {
			case c2 >= 0x90 && c2 <= 0x99: // ０-９
				return ntDigit, c2 - 0x90, w
			case c2 == 0x8D: // －
				return ntHyphen, 0, w
			case c2 == 0x8E: // ．
				return ntDot, 0, w
			case c2 == 0x88: // （
				return ntOpen, 0, w
			case c2 == 0x89: // ）
				return ntClose, 0, w
			case c2 == 0x8B: // ＋
				return ntPlus, 0, w
			}
		} else if s[i+1] == 0xBD && s[i+2] == 0xB0 { // U+FF70 ｰ
			return ntHyphen, 0, w
		}
	}
	return ntOther, 0, w
}

// lastRuneBefore returns the rune ending at s[:i] and its width (0 at the start).
func lastRuneBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	if s[i-1] < utf8.RuneSelf {
		return rune(s[i-1]), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// firstRuneAt returns the rune starting at s[i] and its width (0 at the end).
func firstRuneAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isAlnumASCII reports whether r is an ASCII letter or digit.
func isAlnumASCII(r rune) bool {
	return (r >= '0' && r <= '9') || (r|0x20 >= 'a' && r|0x20 <= 'z')
}

// isDigitOrFullWidth reports whether r is an ASCII or full-width digit.
func isDigitOrFullWidth(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// isWordRuneASCII reports whether r continues an ASCII word or number token
// (letter, digit, underscore) or is a full-width digit or letter.
func isWordRuneASCII(r rune) bool {
	return isAlnumASCII(r) || r == '_' || isDigitOrFullWidth(r) ||
		(r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ')
}

// sameLine reports whether s[a:b] holds no line break.
func sameLine(s string, a, b int) bool {
	if a < 0 {
		a = 0
	}
	if b > len(s) {
		b = len(s)
	}
	for i := a; i < b; i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return false
		}
	}
	return true
}

// scriptVotes counts, in s, the runes that point to a country: Hangul (KR),
// kana (JP), and Han characters that only Japanese or only Traditional
// Chinese use. Plain Han characters shared by both count as han.
type scriptVotes struct {
	hangul, kana, han, jpHan, twHan, latin int
}

// jpOnlyHan are common kanji (shinjitai) whose Traditional Chinese form
// differs, or that are characteristic of Japanese addresses and forms.
const jpOnlyHan = "区県号様駅丁円番携帯伝渋沢浜辺広関栄払込届"

// twOnlyHan are common Traditional Chinese characters whose Japanese form
// differs (區 vs 区, 號 vs 号, ...).
const twOnlyHan = "區縣號臺灣台樓巷弄聯碼們這與點說鄉"

// The same as bit sets, for count.
var (
	jpOnlyHanBits = runeBitsOf(jpOnlyHan)
	twOnlyHanBits = runeBitsOf(twOnlyHan)
)

// count adds the votes of s to v.
func (v *scriptVotes) count(s string) {
	for _, r := range s {
		switch {
		case r < 0x80:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				v.latin++
			}
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x3131 && r <= 0x318E:
			v.hangul++
		case r >= 0x3041 && r <= 0x30FF && r != 0x30FC && r != 0x30FB, r >= 0xFF66 && r <= 0xFF9D:
			v.kana++
		case r >= 0x4E00 && r <= 0x9FFF:
			switch {
			case jpOnlyHanBits.has(r):
				v.jpHan++
			case twOnlyHanBits.has(r):
				v.twHan++
			default:
				v.han++
			}
		}
	}
}

// region returns the country the votes point to: JP when kana or
// Japanese-only kanji are at least as many as Traditional-only characters,
// TW when those are present, KR for Hangul, "" when nothing decides (Latin
// text, or Han characters shared by Japanese and Chinese).
func (v scriptVotes) region() string {
	jp := v.kana + v.jpHan
	switch {
	case v.hangul > 0 && v.hangul >= jp && v.hangul >= v.twHan:
		return "KR"
	case jp > 0 && jp >= v.twHan:
		return "JP"
	case v.twHan > 0:
		return "TW"
	}
	return ""
}
