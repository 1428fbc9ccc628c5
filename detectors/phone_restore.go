package detectors

// Spreadsheets drop what they take for a number's insignificant parts: a
// phone column exported through Excel holds 1012345678 for 010-1234-5678,
// 212345678 for 02-1234-5678 and 821012345678 for +82 10-1234-5678. In a
// cell of a phone column, digits that read as no number are read again
// with the trunk 0 or the + put back; a number found so is reported over
// the cell's digits, with lower confidence.

// lostPrefixCell reports whether the cell s is one bare run of ASCII digits
// that may have lost its leading 0 (eight to ten digits, the first not 0)
// or its + (eleven to thirteen digits after a country code of the four
// countries but the US, whose 1 is read without a +), and returns the run
// and the prefix to put back.
func lostPrefixCell(s string) (a, b int, prefix string, ok bool) {
	a, b = trimCell(s)
	if b-a < 8 || b-a > 13 {
		return 0, 0, "", false
	}
	for i := a; i < b; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0, "", false
		}
	}
	d := s[a:b]
	switch {
	case d[0] == '0':
		return 0, 0, "", false
	case len(d) <= 10:
		return a, b, "0", true
	case d[:2] == "82" || d[:2] == "81" || d[:3] == "886":
		return a, b, "+", true
	}
	return 0, 0, "", false
}

// detectRestored reads the digits s[a:b] of in.Text with prefix put back,
// and reports a number that takes all of them over s[a:b].
func (p *Phone) detectRestored(in *Input, a, b int, prefix string, emit func(Match)) {
	alt := *in
	alt.Text = prefix + in.Text[a:b]
	alt.Hits = nil
	p.detect(&alt, indexDigitish(alt.Text, 0), func(m Match) {
		if m.Start != 0 || m.End != len(alt.Text) {
			return
		}
		m.Start, m.End = a, b
		m.Confidence = min(m.Confidence, 0.6)
		emit(m)
	})
}
