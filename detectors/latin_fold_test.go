package detectors

import "testing"

func TestFoldKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"José", "jose"},
		{"HERNÁNDEZ", "hernandez"},
		{"Nguyễn", "nguyen"},
		{"Müller", "muller"},
		{"Straße", "strasse"},
		{"Łukasz", "lukasz"},
		{"Søren", "soren"},
		{"O’Brien", "o'brien"},
		{"Smith", "smith"},
	} {
		var buf [24]byte
		if got := string(foldKey(&buf, c.in)); got != c.want {
			t.Errorf("foldKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, in := range []string{"Jo☃", "김민준", "Abcdefghijklmnopqrstuvwxyz"} {
		var buf [24]byte
		if got := foldKey(&buf, in); got != nil {
			t.Errorf("foldKey(%q) = %q, want nil", in, got)
		}
	}
}
