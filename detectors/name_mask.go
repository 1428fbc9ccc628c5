package detectors

import "strings"

// maskCJKName keeps the surname (the first surnameLen bytes, or the first
// rune) and masks the given name; a two-syllable given name after a
// one-syllable surname keeps its last syllable (김*준, 陳*明), as is usual.
func maskCJKName(v string, surnameLen int, keepLast bool) string {
	v = strings.ReplaceAll(v, " ", "")
	rs := []rune(v)
	sl := runeCount(v[:min(max(surnameLen, 0), len(v))])
	if sl == 0 {
		sl = 1
	}
	if sl >= len(rs) {
		return string(rs[:1]) + strings.Repeat("*", len(rs)-1)
	}
	var b strings.Builder
	b.Grow(len(v))
	for _, r := range rs[:sl] {
		b.WriteRune(r)
	}
	given := len(rs) - sl
	if keepLast && sl == 1 && given == 2 {
		b.WriteByte('*')
		b.WriteRune(rs[len(rs)-1])
		return b.String()
	}
	for range given {
		b.WriteByte('*')
	}
	return b.String()
}

// maskJPName keeps the surname and masks the given name: 佐藤 **.
func maskJPName(v string, surnameLen int) string {
	rs := []rune(strings.ReplaceAll(strings.ReplaceAll(v, " ", ""), "\u3000", ""))
	sl := 0
	if surnameLen > 0 && surnameLen <= len(v) {
		sl = runeCount(strings.TrimSpace(v[:surnameLen]))
	}
	if sl == 0 || sl >= len(rs) {
		return string(rs[:1]) + strings.Repeat("*", len(rs)-1)
	}
	return string(rs[:sl]) + " " + strings.Repeat("*", len(rs)-sl)
}

// maskLatinName keeps the first letter of every word: J*** S****.
func maskLatinName(v string) string {
	var b strings.Builder
	first := true
	for _, r := range v {
		switch {
		case isSpaceRune(r) || r == ',':
			b.WriteRune(r)
			first = true
		case first:
			b.WriteRune(r)
			first = false
		default:
			b.WriteByte('*')
		}
	}
	return b.String()
}
