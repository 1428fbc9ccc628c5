package detectors

import "testing"

// checkShortDigits checks shortDigits against parse at every ASCII digit of
// s: where it says a run is too short, parse must agree and end there.
func checkShortDigits(t *testing.T, s string) {
	var r phoneRun
	for i := 0; i < len(s); i++ {
		if s[i]-'0' >= 10 {
			continue
		}
		end, ok := shortDigits(s, i)
		if !ok {
			continue
		}
		r.parse(s, i)
		if r.nd >= 9 || r.plus >= 0 || r.end != end {
			t.Fatalf("shortDigits(%q, %d) = %d, true; parse: %d digits, plus at %d, end %d", s, i, end, r.nd, r.plus, r.end)
		}
	}
}

func TestShortDigits(t *testing.T) {
	for _, c := range []struct {
		s     string
		short bool
	}{
		{"304", true}, {"dur=594ms", true}, {"12345678", true}, {"+1234567", false}, {"(1234567", false},
		{"+123456", true}, {"123456789", false}, {"010-1234", true}, {"2024.01", true}, {"12 34", true},
		{"1234０", false}, {"12ー34", false}, {"123동", true}, {"1\u30001", false}, {"010-1234-5678", false},
		{"10.49.62.222", false}, {"10.7.91.193", true}, {"2024-09-30T01", true}, {"+1234-567", false},
		{"(02)123-4567", false}, {"12--34", true}, {"12 - 34", true}, {"12)(34", true}, {"12-34동", true},
		{"12-３4", false}, {"12  34 56", true}, {"1 2 3 4 5 6 7 8 9", false},
	} {
		t.Run(c.s, func(t *testing.T) {
			i := 0
			for i < len(c.s) && c.s[i]-'0' >= 10 {
				i++
			}
			if _, ok := shortDigits(c.s, i); ok != c.short {
				t.Errorf("shortDigits(%q, %d) = %v, want %v", c.s, i, ok, c.short)
			}
			checkShortDigits(t, c.s)
		})
	}
}

func FuzzShortDigits(f *testing.F) {
	f.Add("ts=2024-09-30T01:11:52.434Z +82 10 1234 5678 (02)1234567 ０１０")
	f.Fuzz(checkShortDigits)
}
