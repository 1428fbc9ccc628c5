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

// checkNoNumberRun checks noNumberRun and skipShortRuns against parse and
// evalRun at every ASCII digit of s: where they say a run cannot hold a
// number, evalRun must find none and the scan must resume where it would
// after parse.
func checkNoNumberRun(t *testing.T, s string) {
	p := NewPhone()
	in := &Input{Row: -1, Text: s}
	for i := 0; i < len(s); i++ {
		if s[i]-'0' >= 10 {
			continue
		}
		if j := skipShortRuns(s, i); j != i {
			// Every run skipped is one shortDigits rejects, and the scan
			// resumes where it would after them.
			q := i
			for q < j {
				end, ok := shortDigits(s, q)
				if !ok {
					t.Fatalf("skipShortRuns(%q, %d) = %d skips %d, which shortDigits does not", s, i, j, q)
				}
				q = indexDigitish(s, end)
			}
			if q != j {
				t.Fatalf("skipShortRuns(%q, %d) = %d, the scan resumes at %d", s, i, j, q)
			}
		}
		end, ok := noNumberRun(s, i)
		if !ok {
			continue
		}
		p.run.parse(s, i)
		if p.run.end != end {
			t.Fatalf("noNumberRun(%q, %d) = %d, true; parse ends at %d", s, i, end, p.run.end)
		}
		if p.run.nd < 9 && p.run.plus < 0 {
			continue
		}
		n := 0
		p.evalRun(in, 0, func(Match) { n++ })
		if n > 0 {
			t.Fatalf("noNumberRun(%q, %d) = %d, true; evalRun found %d numbers", s, i, end, n)
		}
	}
}

func TestNoNumberRun(t *testing.T) {
	for _, c := range []struct {
		s  string
		no bool
	}{
		{"10.49.62.222", true}, {"192.168.100.200", true}, {"20230210-0620760", true}, {"010-1234-5678", false},
		{"02.123.4567", false}, {"1-415-555-2671", false}, {"415-555-2671", false}, {"415 555 2671", false},
		{"+1234567890", false}, {"(1234567890", false}, {"12345678901", false}, {"123456789012", true},
		{"0101234567", false}, {"10.7.91.193", true}, {"dur=594ms", true}, {"415.555.2671", false},
		{"2023-02-10T00:48:18.055Z", true}, {"(12-34-567x", false}, {"+12-34-567 x", false}, {"12(34-5678x", true},
		{"1-2-3-4-5-6-7-8-9x", true}, {"12 - 34 - 56x", true}, {"12)(34-5678x", true}, {"12    34x", true},
	} {
		t.Run(c.s, func(t *testing.T) {
			i := 0
			for i < len(c.s) && c.s[i]-'0' >= 10 {
				i++
			}
			if _, ok := noNumberRun(c.s, i); ok != c.no {
				t.Errorf("noNumberRun(%q, %d) = %v, want %v", c.s, i, ok, c.no)
			}
			checkNoNumberRun(t, c.s)
		})
	}
}

func FuzzNoNumberRun(f *testing.F) {
	f.Add("ts=2024-09-30T01:11:52.434Z +82 10 1234 5678 (02)1234567 ０１０ ip=10.49.62.222 order=20230210-0620760")
	f.Add("tel 415.555.2671, 1-800-555-0100 x 12 345 678 901 (0)2-1234-5678")
	f.Fuzz(checkNoNumberRun)
}
