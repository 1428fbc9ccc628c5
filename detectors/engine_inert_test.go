package detectors

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// inertFields are field names the fast path applies to (no kind of ours)
// and some it must not (a whole cell may then be a code or a postal code).
var inertFields = []string{"", "requests", "p99_ms", "cpu_pct", "qty", "price", "ts", "order_id", "$[3].stock",
	"revenue_krw", "order_no", "tracking_no", "amount", "$.items[0].sku",
	"note", "memo", "door_code", "gate", "zip", "postal_code", "address", "phone", "tel", "name", "공동현관", "オートロック"}

// slowEngine is an Engine without the inert-cell fast path.
func slowEngine() *Engine {
	e := NewEngine(All())
	e.inert = false
	return e
}

// checkInert fails if the fast path would skip text in field although the
// detectors match something in it.
func checkInert(t *testing.T, slow, fast *Engine, field string, column Kind, text string) bool {
	t.Helper()
	if !inertCell(text, column, fast.facts.get(field, column, fieldFactsOf)) {
		return false
	}
	slow.Detect(field, 1, text, column, func(m Match) {
		t.Errorf("field %q column %q: inert cell %q has a %s match %q", field, column, text, m.Kind, text[m.Start:m.End])
	})
	return true
}

// inertSamples are the shapes of short numbers in exports, and some
// near-misses of phone numbers and codes.
var inertSamples = []string{
	"", "0", "93082", "66.7", "1,234", "12/31", "00:05", "2023-07", "123-45", "010-1234", "02-123",
	"1234", "4321", "12 34 56", "0-0-0-0", "1.2.3.4", "10:20:30", "999999", "06-12",
	// Phone numbers: never inert (a check that the test can fail).
	"010-1234-5678", "02-2345-6789", "090-1234-5678", "0912 345 678",
}

func TestInertCellsHaveNoMatches(t *testing.T) {
	slow, fast := slowEngine(), NewEngine(All())
	if !fast.inert {
		t.Fatal("the fast path is off for the package's own detectors")
	}
	r := rand.New(rand.NewPCG(7, 11))
	const alphabet = "0123456789.,:-/ "
	inert := 0
	for _, field := range inertFields {
		for _, column := range append([]Kind{""}, Kinds...) {
			cells := append([]string(nil), inertSamples...)
			for range 300 {
				var b strings.Builder
				for n := r.IntN(25); n > 0; n-- {
					b.WriteByte(alphabet[r.IntN(len(alphabet))])
				}
				cells = append(cells, b.String(), randTimestamp(r), randIPv4(r))
			}
			for _, text := range cells {
				if checkInert(t, slow, fast, field, column, text) {
					inert++
				}
			}
		}
	}
	// The check above is vacuous unless the fast path applies to many cells.
	if inert < 1000 {
		t.Fatalf("only %d cells took the fast path", inert)
	}
	// And it must not apply where a whole cell counts.
	for _, c := range []struct {
		field  string
		column Kind
		text   string
	}{
		{"door_code", "", "1234"}, {"note", KindAccessCode, "1234"}, {"address", "", "06236"}, {"phone", "", "1234"},
		{"memo", "", "1234567"}, {"qty", "", "12a"}, {"qty", "", "1234567#"}, {"qty", KindPhone, "1234567"}, {"qty", "", "#1234"}, {"qty", "", "+82"},
		{"ts", "", "2023-13-03"}, {"ts", "", "1899-07-03"}, {"ts", "", "2023-07-03 24:00"}, {"ts", "", "2023-07-03 00:00 "},
		{"ts", "", "2023-07-03T00:00:00+9:00"}, {"ts", "", "2023-07/03"}, {"ts", "", "2023-07-03 010-1234-5678"},
		{"ip", "", "010.201.11.1"}, {"ip", "", "0.201.111.11"}, {"ip", "", "10.201.111"}, {"ip", "", "10.201.1.256"}, {"ip", "", "10.201.111.1."},
		{"ip", "", "1.312.806.0157"}, {"ts", KindPhone, "2023-07-03"}, {"door_code", "", "10.20.1.1"},
	} {
		if inertCell(c.text, c.column, fast.facts.get(c.field, c.column, fieldFactsOf)) {
			t.Errorf("field %q column %q text %q: fast path taken", c.field, c.column, c.text)
		}
	}
}

// TestInertNumbers checks that long numbers skip the detectors in columns
// of other numbers, and only there.
func TestInertNumbers(t *testing.T) {
	e := NewEngine(All())
	for _, c := range []struct {
		field, text string
		inert       bool
	}{
		{"revenue_krw", "35667457807", true}, {"order_no", "20230314-0257336", true},
		{"tracking_no", "8145-3010-8542", true}, {"amount", "1,234,567.89", true},
		{"order_no", "010-1234-5678", true}, // a phone number where order numbers are: the detector takes none
		{"memo", "35667457807", false}, {"customer_phone", "01030280009", false},
		{"order_no", "ORD-20230314", false}, {"amount", "₩1,234,567", false},
		{"order_no", strings.Repeat("1", 48), false},
	} {
		if got := inertCell(c.text, "", e.facts.get(c.field, "", fieldFactsOf)); got != c.inert {
			t.Errorf("field %q text %q: inert %v, want %v", c.field, c.text, got, c.inert)
		}
	}
}

func TestInertShapes(t *testing.T) {
	for _, s := range []string{"2023-07-03", "2023/07/03", "2023.07.03", "2023-07-03 00:00", "2023-07-03T23:59:60",
		"2023-07-03T00:00:00Z", "2023-07-03 00:00:00.123456789", "2023-07-03T00:00:00.5+09:00", "2023-07-03T00:00:00-05:00"} {
		if !inertTimestamp(s) {
			t.Errorf("inertTimestamp(%q) = false", s)
		}
	}
	for _, s := range []string{"10.20.113.177", "1.0.0.0", "255.255.255.255", "192.168.0.1"} {
		if !inertIPv4(s) {
			t.Errorf("inertIPv4(%q) = false", s)
		}
	}
}

// randTimestamp returns a timestamp-like cell, valid or a near miss.
func randTimestamp(r *rand.Rand) string {
	seps := "-/.-"
	sep := seps[r.IntN(len(seps))]
	s := fmt.Sprintf("%04d%c%02d%c%02d", 1890+r.IntN(220), sep, r.IntN(14), sep, r.IntN(33))
	if r.IntN(4) > 0 {
		s += fmt.Sprintf("%c%02d:%02d", " T"[r.IntN(2)], r.IntN(25), r.IntN(61))
		if r.IntN(2) > 0 {
			s += fmt.Sprintf(":%02d", r.IntN(61))
			if r.IntN(2) > 0 {
				s += "." + strconv.Itoa(r.IntN(1_000_000_000))
			}
		}
		switch r.IntN(4) {
		case 1:
			s += "Z"
		case 2:
			s += fmt.Sprintf("%c%02d:%02d", "+-"[r.IntN(2)], r.IntN(15), r.IntN(60))
		}
	}
	return s
}

// randIPv4 returns an IPv4-like cell, valid or a near miss.
func randIPv4(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d.%d", r.IntN(300), r.IntN(300), r.IntN(300), r.IntN(300))
}

func FuzzInertCells(f *testing.F) {
	for _, s := range inertSamples {
		f.Add("qty", s)
	}
	f.Add("", "12:34")
	f.Add("ts", "2023-07-03T00:00:00.5+09:00")
	f.Add("ip", "10.20.113.177")
	slow, fast := slowEngine(), NewEngine(All())
	f.Fuzz(func(t *testing.T, field, text string) {
		for _, column := range append([]Kind{""}, Kinds...) {
			checkInert(t, slow, fast, field, column, text)
		}
	})
}
