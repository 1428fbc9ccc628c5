package detectors

import "testing"

func TestEASyllables(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int
	}{
		{"ji", 1}, {"hoon", 1}, {"jihoon", 2}, {"seoyeon", 2}, {"haneul", 2}, {"taro", 2},
		{"hanako", 3}, {"xiaoming", 2}, {"chih", 1}, {"hsiao", 1}, {"eun", 1},
		{"support", 0}, {"place", 0}, {"smith", 0}, {"", 0},
	} {
		if got := eaSyllables(c.w); got != c.want {
			t.Errorf("eaSyllables(%q) = %d, want %d", c.w, got, c.want)
		}
	}
}
