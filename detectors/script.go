package detectors

import (
	"strings"
	"unicode/utf8"
)

// script is the writing system a rune belongs to, as far as the name and
// address detectors care.
type script uint8

const (
	scriptOther    script = iota
	scriptHangul          // Hangul syllables (가-힣)
	scriptHiragana        // ひらがな
	scriptKatakana        // カタカナ, incl. the prolonged sound mark and half-width forms
	scriptHan             // CJK ideographs, incl. 々 and 〆
	scriptLatin           // Latin letters, ASCII and accented
	scriptDigit           // ASCII and full-width digits
	scriptSpace           // ASCII white space and the ideographic space
)

// isHangulSyllable reports whether r is a precomposed Hangul syllable.
func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// isHiragana reports whether r is a hiragana letter or iteration mark.
func isHiragana(r rune) bool { return r >= 0x3041 && r <= 0x309F }

// isKatakana reports whether r is a katakana letter (full or half width),
// the prolonged sound mark ー or the middle dot ・ used in foreign names.
func isKatakana(r rune) bool {
	return (r >= 0x30A0 && r <= 0x30FF) || (r >= 0x31F0 && r <= 0x31FF) || (r >= 0xFF66 && r <= 0xFF9F)
}

// isKana reports whether r is hiragana or katakana.
func isKana(r rune) bool { return isHiragana(r) || isKatakana(r) }

// isHan reports whether r is a CJK ideograph (unified, extension A-G,
// compatibility) or the iteration marks 々 and 〆 that occur inside names.
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x3134F:
		return true
	case r == 0x3005 || r == 0x3006:
		return true
	}
	return false
}

// isLatinLetter reports whether r is a letter of the Latin script: ASCII,
// Latin-1 Supplement, Latin Extended-A/B (é, ñ, ł, ...) and Latin Extended
// Additional (ễ, ạ: Vietnamese).
func isLatinLetter(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return true
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	return false
}

// isASCIIUpper reports whether b is an ASCII capital letter.
func isASCIIUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// isASCIIDigit reports whether b is an ASCII digit.
func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitValue returns the value of an ASCII or full-width digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// isDigitRune reports whether r is an ASCII or full-width digit.
func isDigitRune(r rune) bool { return digitValue(r) >= 0 }

// isKanjiNumeral reports whether r is a Chinese/Japanese numeral used in
// addresses (一丁目, 五段, 十二樓).
func isKanjiNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '零', '兩', '两':
		return true
	}
	return false
}

// isDash reports whether r is one of the hyphen-like characters used between
// the numbers of an address (1-2-3, １－２－３, 1‐2−3).
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−', '－', '―':
		return true
	}
	return false
}

// isSpaceRune reports whether r is white space inside a line or the
// ideographic space.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == 0x3000 || r == 0xA0
}

// scriptOf classifies r.
func scriptOf(r rune) script {
	switch {
	case r < utf8.RuneSelf:
		b := byte(r)
		switch {
		case isASCIILetter(b):
			return scriptLatin
		case isASCIIDigit(b):
			return scriptDigit
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			return scriptSpace
		}
		return scriptOther
	case isHangulSyllable(r):
		return scriptHangul
	case isHiragana(r):
		return scriptHiragana
	case isKatakana(r):
		return scriptKatakana
	case isHan(r):
		return scriptHan
	case isDigitRune(r):
		return scriptDigit
	case isLatinLetter(r):
		return scriptLatin
	case r == 0x3000 || r == 0xA0:
		return scriptSpace
	}
	return scriptOther
}

// runeAt decodes the rune starting at byte i of s (utf8.RuneError, 0 at
// the end). ASCII and three-byte sequences (Hangul, kana, CJK) take a fast
// path.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xE1 && c <= 0xEC && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte i of s (utf8.RuneError, 0 at the start).
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i >= 3 && c&0xC0 == 0x80 && s[i-2]&0xC0 == 0x80 {
		if c0 := s[i-3]; c0 >= 0xE1 && c0 <= 0xEC {
			return rune(c0&0x0F)<<12 | rune(s[i-2]&0x3F)<<6 | rune(c&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// digitWithin reports whether an ASCII or full-width digit occurs in the
// n bytes after i: every address has a number, so an anchor without one
// nearby is rejected before any parsing.
func digitWithin(s string, i, n int) bool {
	end := min(len(s), i+n)
	for j := i; j < end; j++ {
		c := s[j]
		if c >= '0' && c <= '9' {
			return true
		}
		if c == 0xEF && j+2 < len(s) && s[j+1] == 0xBC && s[j+2] >= 0x90 && s[j+2] <= 0x99 {
			return true
		}
	}
	return false
}

// runEnd returns the end of the run of runes satisfying f that starts at i.
func runEnd(s string, i int, f func(rune) bool) int {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !f(r) {
			break
		}
		i += n
	}
	return i
}

// runStart returns the start of the run of runes satisfying f that ends at i.
func runStart(s string, i int, f func(rune) bool) int {
	for i > 0 {
		r, n := runeBefore(s, i)
		if !f(r) {
			break
		}
		i -= n
	}
	return i
}

// skipSpaces returns the index of the first non-space rune at or after i
// (spaces within a line only: a line break ends a name or an address).
func skipSpaces(s string, i int) int {
	// runEnd(s, i, isSpaceRune) without a call per rune: the only spaces
	// outside ASCII are U+00A0 (C2 A0) and U+3000 (E3 80 80).
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80:
			i += 3
		default:
			return i
		}
	}
	return i
}

// skipSpacesBack returns the start of the run of in-line spaces ending at i.
func skipSpacesBack(s string, i int) int { return runStart(s, i, isSpaceRune) }

// runeCount returns the number of runes in s.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// isCJKNameRune reports whether r can be part of an East Asian name.
func isCJKNameRune(r rune) bool { return isHan(r) || isKana(r) || isHangulSyllable(r) }

// nfcStable reports whether r is unchanged by NFC in any context: ASCII,
// precomposed Hangul, CJK ideographs, kana without combining marks, CJK
// punctuation and full-width forms.
func nfcStable(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r >= 0xAC00 && r <= 0xD7A3, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF:
		return true
	case r >= 0x3000 && r <= 0x3096, r >= 0x309B && r <= 0x30FF, r >= 0xFF01 && r <= 0xFF9F:
		return true
	}
	return false
}

// normalizeValue is NormalizeText with a fast path for the common case of
// a value that is already normal (NFC-stable runes, single inner spaces).
// The result never shares memory with v.
func normalizeValue(v string) string {
	prevSpace := true
	for _, r := range v {
		if !nfcStable(r) || (r < 0x80 && r != ' ' && r <= 0x20) || r == 0x3000 {
			return NormalizeText(v)
		}
		if r == ' ' {
			if prevSpace {
				return NormalizeText(v)
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if prevSpace {
		return NormalizeText(v)
	}
	return strings.Clone(v)
}

// hangulSet is a set of precomposed Hangul syllables, one bit each.
type hangulSet [(0xD7A3-0xAC00)/64 + 1]uint64

func (h *hangulSet) add(r rune) {
	if isHangulSyllable(r) {
		i := r - 0xAC00
		h[i/64] |= 1 << (i % 64)
	}
}

func (h *hangulSet) has(r rune) bool {
	if !isHangulSyllable(r) {
		return false
	}
	i := r - 0xAC00
	return h[i/64]&(1<<(i%64)) != 0
}

// hangulRunEnd is runEnd(s, i, isHangulSyllable) without the call per rune.
func hangulRunEnd(s string, i int) int {
	for i+2 < len(s) {
		c, c1, c2 := s[i], s[i+1], s[i+2]
		if c < 0xEA || c > 0xED || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			break
		}
		if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i += 3
	}
	return i
}

// hangulRunStart is runStart(s, i, isHangulSyllable) without the call per
// rune.
func hangulRunStart(s string, i int) int {
	for i >= 3 {
		c, c1, c2 := s[i-3], s[i-2], s[i-1]
		if c < 0xEA || c > 0xED || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			break
		}
		if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i -= 3
	}
	return i
}

// hanRunEnd is runEnd(s, i, isHan) without the indirect call.
func hanRunEnd(s string, i int) int {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isHan(r) {
			break
		}
		i += n
	}
	return i
}

// hanRunStart is runStart(s, i, isHan) without the indirect call.
func hanRunStart(s string, i int) int {
	for i > 0 {
		r, n := runeBefore(s, i)
		if !isHan(r) {
			break
		}
		i -= n
	}
	return i
}
