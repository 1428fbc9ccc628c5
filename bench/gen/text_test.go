package gen

import (
	"fmt"
	"regexp"
	"testing"
)

func TestAppendPad(t *testing.T) {
	for _, tc := range []struct{ v, w int }{{0, 0}, {0, 1}, {0, 4}, {7, 2}, {42, 1}, {42, 5}, {123456789, 3}, {2024, 4}, {1 << 40, 20}} {
		if got, want := string(appendPad([]byte("x"), tc.v, tc.w)), "x"+fmt.Sprintf("%0*d", tc.w, tc.v); got != want {
			t.Errorf("appendPad(%d, %d) = %q, want %q", tc.v, tc.w, got, want)
		}
	}
}

func TestAppendPrice(t *testing.T) {
	for v, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 39900: "39,900", 1234567: "1,234,567", 100001: "100,001"} {
		if got := string(appendPrice(nil, v)); got != want {
			t.Errorf("appendPrice(%d) = %q, want %q", v, got, want)
		}
	}
}

// TestHardNegativeShapes: the non-personal numbers keep their shapes.
func TestHardNegativeShapes(t *testing.T) {
	r := newRNG(1)
	d := dayOf(70)
	for i := 0; i < 1000; i++ {
		for _, tc := range []struct {
			name, re string
			b        []byte
		}{
			{"order", `^20230312-\d{7}$`, appendOrderNo(nil, d, r.intn(3000000))},
			{"tracking", `^\d{12}$`, appendTracking(nil, r, false)},
			{"tracking dashed", `^\d{4}-\d{4}-\d{4}$`, appendTracking(nil, r, true)},
			{"brn", `^\d{3}-\d{2}-\d{5}$`, appendBRN(nil, r)},
			{"ip", `^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$`, appendIP(nil, r)},
			{"cs", `^1[56][0-9]{2}-\d{4}$`, appendCSNumber(nil, r)},
			{"clock", `^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$`, appendClock(nil, r.intn(86400))},
		} {
			if !regexp.MustCompile(tc.re).Match(tc.b) {
				t.Fatalf("%s: %q", tc.name, tc.b)
			}
		}
	}
}
