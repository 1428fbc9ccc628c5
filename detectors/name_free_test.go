package detectors

import "testing"

func TestIndexTitle(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"ERROR GET Karen", 0, 10},
		{"abc Xy", 0, 4},
		{"XYZ", 0, 3},
		{"x Ab", 0, 2},
		{"Ab", 1, 2},
		{"ABCDEFGHIJKLMNOPQRSTUVWXYZ Zed", 0, 27},
		{"é Ña Ab", 0, 7},
		{"0123456789@[`{Ab", 0, 14},
	} {
		if got := indexTitle(c.s, c.i); got != c.want {
			t.Errorf("indexTitle(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
	// Every position agrees with the byte-at-a-time rule.
	s := "Hello WORLD, Karen Walker met ALICE and Bob at NASA. xY Zz @Aa [Bb `Cc {Dd"
	for i := range len(s) + 1 {
		want := len(s)
		for k := i; k+1 < len(s); k++ {
			if s[k] >= 'A' && s[k] <= 'Z' && s[k+1] >= 'a' && s[k+1] <= 'z' {
				want = k
				break
			}
		}
		if got := indexTitle(s, i); got != want {
			t.Errorf("indexTitle(s, %d) = %d, want %d", i, got, want)
		}
	}
}
