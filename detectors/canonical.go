package detectors

import (
	"strings"

	"golang.org/x/text/width"
)

// Canonical returns the canonical form of v, the Normalized value of a
// Match of kind k in country: the key under which the spellings of one
// value count once. value_hash is of the normalised value, as CONTRACT.md
// fixes, so 서울특별시 and 서울, 1丁目2番3号 and 1-2-3, 臺北市 and 台北市,
// Street and St, 佐藤 健太 and 佐藤健太 are different values there; their
// canonical forms are equal. The canonical form is the usual spelling
// (서울특별시, 1-2-3, 臺北市, St, 佐藤健太).
//
// Canonical returns v itself (no copy) for phones (already E.164) and
// access codes: 1234 and #1234* may be one code or two buildings' codes
// that share digits, and a code's spelling is the keypad's, so codes keep
// theirs. It returns v itself, too, for the usual spellings of names and
// addresses (see canonicalAddress), so that their findings need no
// canonical_hash.
//
// The folding is deliberately conservative: it merges spellings of one
// value and never two values a reader would tell apart, so a canonical
// count is a lower bound on spellings and an upper bound on places only in
// so far as an estate spells one place in ways this does not know (a
// prefecture left out, a building named in English).
func Canonical(k Kind, country, v string) string {
	switch k {
	case KindName:
		return canonicalName(v)
	case KindAddress:
		return canonicalAddress(country, v)
	}
	return v
}

// hasWide reports whether s holds a full-width or half-width form
// (U+FF00..U+FFEF: EF BC..BF in UTF-8).
func hasWide(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xEF && s[i+1] >= 0xBC && s[i+1] <= 0xBF {
			return true
		}
	}
	return false
}

// foldWidth maps full-width ASCII to ASCII and half-width katakana to
// full-width (x/text/width.Fold), only when s has any.
func foldWidth(s string) string {
	if hasWide(s) {
		return width.Fold.String(s)
	}
	return s
}

// canonicalName folds a name: Latin names without periods, hyphens or
// apostrophes, each word capitalised, "Last, First" turned round (John
// Smith, JOHN SMITH and "Smith, John" are one name; so are Kim Min-jun and
// KIM MINJUN); CJK names without the space between surname and given name.
// The usual spellings (김민준, John Smith) are their own canonical form.
func canonicalName(v string) string {
	latin := false
	for i := 0; i < len(v); i++ {
		if isASCIILetter(v[i]) {
			latin = true
			break
		}
	}
	if !latin {
		if !strings.ContainsRune(v, ' ') && !hasWide(v) && !strings.ContainsRune(v, '・') {
			return v
		}
		return nameSeps.Replace(foldWidth(v))
	}
	v = foldWidth(v)
	if last, first, ok := strings.Cut(v, ","); ok {
		v = first + " " + last
	}
	var b strings.Builder
	b.Grow(len(v))
	start := true
	for _, r := range v {
		switch {
		case r == '.' || r == '-' || r == '\'' || r == '’':
			continue
		case r == ',' || r == ' ':
			if !start {
				b.WriteByte(' ')
			}
			start = true
			continue
		case r < 0x80 && start:
			r = rune(upperASCII(byte(r)))
		case r < 0x80:
			r = rune(lowerASCII(byte(r)))
		}
		start = false
		b.WriteRune(r)
	}
	c := strings.TrimSuffix(b.String(), " ")
	if c == v {
		return v
	}
	return c
}

// nameSeps removes the separators of CJK names.
var nameSeps = strings.NewReplacer(" ", "", "・", "", "·", "")

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
