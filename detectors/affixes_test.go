package detectors

import (
	"strings"
	"testing"
)

func TestAffixes(t *testing.T) {
	words := []string{"은행", "마트", "예", "a", "센터"}
	a := newAffixes(words)
	for _, c := range []struct {
		s              string
		prefix, suffix bool
	}{
		{"", false, false},
		{"국민은행", false, true},
		{"은행원", true, false},
		{"예", true, true},
		{"이마트 센터", false, true},
		{"bank", false, false},
		{"abc", true, false},
		{"\xe9", false, false},
		{"행", false, false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if got := a.hasPrefix(c.s); got != c.prefix {
				t.Errorf("hasPrefix(%q) = %v, want %v", c.s, got, c.prefix)
			}
			if got := a.hasSuffix(c.s); got != c.suffix {
				t.Errorf("hasSuffix(%q) = %v, want %v", c.s, got, c.suffix)
			}
		})
	}
	// Empty and invalid words make every text a candidate.
	b := newAffixes([]string{"\xff", ""})
	if !b.hasSuffix("x") || !b.hasPrefix("x") {
		t.Error("the empty word is a prefix and a suffix of everything")
	}
}

func FuzzAffixes(f *testing.F) {
	valid := append(append(append([]string{"x"}, colonNotPerson...), krTitles...), krNotNameEnds...)
	odd := append(append([]string{}, valid...), "\xe3", "𠀀")
	f.Add("고객님 회사")
	f.Add("상호\xe3")
	f.Fuzz(func(t *testing.T, s string) {
		for _, words := range [][]string{valid, odd} {
			a := newAffixes(words)
			var pre, suf bool
			for _, w := range words {
				pre = pre || strings.HasPrefix(s, w)
				suf = suf || strings.HasSuffix(s, w)
			}
			if a.hasPrefix(s) != pre || a.hasSuffix(s) != suf {
				t.Fatalf("%q: prefix %v suffix %v, want %v %v", s, a.hasPrefix(s), a.hasSuffix(s), pre, suf)
			}
		}
	})
}
