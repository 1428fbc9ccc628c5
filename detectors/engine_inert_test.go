package detectors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// inertFields are field names the fast path applies to (no kind of ours)
// and some it must not (a whole cell may then be a code or a postal code).
var inertFields = []string{"", "requests", "p99_ms", "cpu_pct", "qty", "price", "ts", "order_id", "$[3].stock",
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
				cells = append(cells, b.String())
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
		{"qty", "", "1234567"}, {"qty", "", "12a"}, {"qty", "", "#1234"}, {"qty", "", "+82"},
	} {
		if inertCell(c.text, c.column, fast.facts.get(c.field, c.column, fieldFactsOf)) {
			t.Errorf("field %q column %q text %q: fast path taken", c.field, c.column, c.text)
		}
	}
}

func FuzzInertCells(f *testing.F) {
	for _, s := range inertSamples {
		f.Add("qty", s)
	}
	f.Add("", "12:34")
	slow, fast := slowEngine(), NewEngine(All())
	f.Fuzz(func(t *testing.T, field, text string) {
		for _, column := range append([]Kind{""}, Kinds...) {
			checkInert(t, slow, fast, field, column, text)
		}
	})
}
