package detectors

import (
	"strings"
	"unicode/utf8"
)

// Most addresses are written the usual way and are their own canonical
// form. The checks below say so without allocating: the scanner meets a
// value the hash cache does not hold about once per address finding in a
// large estate, and building the canonical form to compare costs a few
// allocations each time. A check may answer false for a canonical value
// (the slow path then finds it unchanged); it never answers true for one
// that is not (FuzzCanonical checks this).

// hasDashAfterDigit reports whether v holds a block dash other than '-'
// right after an ASCII digit: one that foldDashes would rewrite.
func hasDashAfterDigit(v string) bool {
	var prev rune
	for _, r := range v {
		if r != '-' && r >= 0x80 && isBlockDash(r) && (prev >= '0' && prev <= '9' || prev == '-') {
			return true
		}
		prev = r
	}
	return false
}

// krIsCanonical reports whether krAddress(v) is certainly v.
func krIsCanonical(v string) bool {
	if v == "" || v[0] == ' ' || v[len(v)-1] == ' ' || strings.Contains(v, "  ") || strings.Contains(v, "번지") {
		return false
	}
	// Hangul and its digits never need the lead bytes E2 (dashes), E3
	// (、, ー) or EF (full width): with any of them, compute.
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == 0xE2 || c == 0xE3 || c == 0xEF {
			return false
		}
	}
	prev, placed, n := "", false, 0
	for rest := v; rest != ""; n++ {
		tok, after, more := strings.Cut(rest, " ")
		rest = after
		comma := strings.HasSuffix(tok, ",")
		tok = strings.TrimSuffix(tok, ",")
		if tok == "" || strings.IndexByte(tok, ',') >= 0 || krUnitSplit(tok) > 0 {
			return false
		}
		if n == 0 {
			if _, ok := krProvince(tok); ok || tok == "대한민국" {
				return false
			}
		}
		want := false
		if !placed && n >= 1 && more && isBuildingNumber(tok) && krEndsPlace(prev) {
			want, placed = true, true
		}
		if comma != want {
			return false
		}
		prev = tok
	}
	return true
}

// jpIsCanonical reports whether jpAddress(v) is certainly v: no width,
// dash or block word to fold, no postal code or 日本 before it, and no
// white space or comma but one space after the block numbers.
func jpIsCanonical(v string) bool {
	if v == "" || hasWide(v) || hasDashAfterDigit(v) || strings.ContainsAny(v, ",、，〒丁") ||
		strings.HasPrefix(v, "日本") || isASCIIDigit(v[0]) {
		return false
	}
	state := 0 // as in jpAddress
	var prev rune
	for i, r := range v {
		num := r >= '0' && r <= '9' || r == '-'
		switch {
		case r == ' ':
			if state != 1 || i+1 == len(v) || isASCIIDigit(v[i+1]) || v[i+1] == '-' {
				return false
			}
			state = 2
		case state == 0 && num:
			state = 1
		case state == 1 && !num:
			return false // a building glued to the numbers
		}
		if prev >= '0' && prev <= '9' {
			switch r {
			case '丁', '番', 'の':
				return false
			case '号':
				if !strings.HasPrefix(v[i+len("号"):], "室") {
					return false
				}
			}
		}
		prev = r
	}
	return true
}

// twIsCanonical reports whether twAddress(v) is certainly v.
func twIsCanonical(v string) bool {
	if hasWide(v) || hasDashAfterDigit(v) || strings.ContainsAny(v, "台Ff ,，、") {
		return false
	}
	for i := strings.Index(v, "段"); i >= 0; {
		if i > 0 && isASCIIDigit(v[i-1]) {
			return false
		}
		j := strings.Index(v[i+len("段"):], "段")
		if j < 0 {
			break
		}
		i += len("段") + j
	}
	return utf8.ValidString(v)
}
