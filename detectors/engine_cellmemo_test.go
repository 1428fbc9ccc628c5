package detectors_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/google/go-cmp/cmp"
)

// detectAll returns the matches of one Detect call.
func detectAll(e *detectors.Engine, c benchCell) []detectors.Match {
	var ms []detectors.Match
	e.Detect(c.field, c.row, c.text, c.col, func(m detectors.Match) { ms = append(ms, m) })
	return ms
}

// TestCellMemoSameMatches runs the cells of the labelled corpus, the
// hold-out set and a small estate through an Engine with its cell memo and
// one without, each cell four times in a seeded order: three times as it is
// (a cell with matches is kept at its second occurrence) and once under the
// field of another cell (a text that is nothing in one column can be a door
// code or a name in another). Every call must give the same matches.
func TestCellMemoSameMatches(t *testing.T) {
	cells := benchInputs().cells
	if testing.Short() && len(cells) > 50000 {
		cells = cells[:50000] // -race is slow
	}
	rng := rand.New(rand.NewPCG(5, 8))
	seq := make([]benchCell, 0, 4*len(cells))
	for _, c := range cells {
		o := cells[rng.IntN(len(cells))]
		seq = append(seq, c, c, c, benchCell{field: o.field, row: c.row, text: c.text, col: o.col})
	}
	rng.Shuffle(len(seq), func(i, j int) { seq[i], seq[j] = seq[j], seq[i] })
	slow, fast := detectors.SlowEngine(), detectors.NewEngine(detectors.All())
	diffs := 0
	for i, c := range seq {
		want, got := detectAll(slow, c), detectAll(fast, c)
		if d := cmp.Diff(want, got); d != "" {
			diffs++
			if diffs <= 5 {
				t.Errorf("cell %d (field %q, column %q, %d bytes): matches differ (-slow +memo):\n%s", i, c.field, c.col, len(c.text), d)
			}
		}
	}
	if diffs > 5 {
		t.Errorf("%d cells in all differ", diffs)
	}
	// The comparison is vacuous unless many cells came from the memo, with
	// matches and without.
	hits, matched := fast.CellMemoHits()
	if hits < len(seq)/20 || matched < len(seq)/200 {
		t.Errorf("only %d of %d cells found in the memo, %d of them with matches", hits, len(seq), matched)
	}
	t.Logf("%d of %d cells found in the memo, %d of them with matches", hits, len(seq), matched)
}

// TestCellMemoCopiesText checks that the memo keeps a copy of a cell, not
// its string: the scanner reuses the buffer a cell's string points into.
// One buffer holds by turns a reference that finds nothing (remembered) and
// a phone number of the same length, which must be found every time. Then
// a field of unique values must stop using the memo.
func TestCellMemoCopiesText(t *testing.T) {
	e := detectors.NewEngine(detectors.All())
	rng := rand.New(rand.NewPCG(3, 9))
	buf := make([]byte, 11)
	cell := benchCell{field: "ref", row: 1, text: unsafe.String(&buf[0], len(buf))}
	for i := range 1000 {
		for j := range buf {
			buf[j] = 'a' + byte(rng.IntN(26))
		}
		if ms := detectAll(e, cell); len(ms) != 0 {
			t.Fatalf("round %d: %d matches in a reference", i, len(ms))
		}
		copy(buf, fmt.Sprintf("010%c%07d", "2346789"[rng.IntN(7)], rng.IntN(1e7)))
		if ms := detectAll(e, cell); len(ms) != 1 || ms[0].Kind != detectors.KindPhone {
			t.Fatalf("round %d: a phone number (%s) in a reused buffer gave %d matches", i, buf, len(ms))
		}
	}
	// A reference twice: the second comes from the memo.
	copy(buf, "abcdefghijk")
	cell.field = "ref2"
	detectAll(e, cell)
	detectAll(e, cell)
	if hits, _ := e.CellMemoHits(); hits != 1 {
		t.Fatalf("%d hits in the memo, want 1", hits)
	}
	// A field of unique values pauses its use of the memo.
	cell.field = "ref3"
	for i := range 1100 {
		copy(buf, fmt.Sprintf("id%09d", i))
		detectAll(e, cell)
	}
	detectAll(e, cell) // the last one again: neither remembered nor looked up
	if hits, _ := e.CellMemoHits(); hits != 1 {
		t.Fatalf("%d hits in the memo after a field of unique values, want 1", hits)
	}
}

// TestCellMemoCopiesLongText is TestCellMemoCopiesText for cells longer
// than the table of short cells takes: one 80-byte buffer holds by turns a
// note of letters and a delivery note with a phone number, a door code and
// an address, each checked against an Engine without the memo.
func TestCellMemoCopiesLongText(t *testing.T) {
	slow, e := detectors.SlowEngine(), detectors.NewEngine(detectors.All())
	rng := rand.New(rand.NewPCG(4, 7))
	note := func(i int) string {
		return fmt.Sprintf("연락처 010-%04d-%04d 공동현관 #%04d* 서울시 강남구 테헤란로 %d", rng.IntN(1e4), rng.IntN(1e4), rng.IntN(1e4), 100+i%900)
	}
	n := len(note(0))
	if n <= 46 || n > 110 {
		t.Fatalf("the note is %d bytes, want a long cell (47 to 110)", n)
	}
	buf := make([]byte, n)
	cell := benchCell{field: "배송메모", row: 1, text: unsafe.String(&buf[0], n)}
	kinds := map[detectors.Kind]bool{}
	for i := range 300 {
		for j := range buf {
			buf[j] = 'a' + byte(rng.IntN(26))
		}
		for range 3 {
			if d := cmp.Diff(detectAll(slow, cell), detectAll(e, cell)); d != "" {
				t.Fatalf("round %d, letters: (-slow +memo):\n%s", i, d)
			}
		}
		// The same note three times: seen, kept, then from the memo.
		text := note(i)
		for range 3 {
			copy(buf, text)
			want := detectAll(slow, cell)
			for _, m := range want {
				kinds[m.Kind] = true
			}
			if d := cmp.Diff(want, detectAll(e, cell)); d != "" {
				t.Fatalf("round %d, %q: (-slow +memo):\n%s", i, text, d)
			}
		}
	}
	if !kinds[detectors.KindPhone] || !kinds[detectors.KindAccessCode] {
		t.Fatalf("the notes gave matches of kinds %v, want a phone and a door code at least", kinds)
	}
	if hits, matched := e.CellMemoHits(); matched < 300 {
		t.Fatalf("%d hits in the memo, %d with matches: the long notes were not remembered", hits, matched)
	}
}

// FuzzCellMemo compares an Engine with its cell memo against one without,
// each cell twice, on one pair of engines for the whole run (the memo
// fills up and evicts as it would in a scan).
func FuzzCellMemo(f *testing.F) {
	f.Add("ref", "abcdefghij", uint8(0))
	f.Add("door_code", "1234", uint8(0))
	f.Add("qty", "1234", uint8(4))
	f.Add("name", "김민준", uint8(1))
	f.Add("note", "공동현관 #1234*", uint8(0))
	f.Add("$[3].tel", "010-2345-6789", uint8(0))
	f.Add("배송메모", "연락처 010-2345-6789 공동현관 #1234* 서울시 강남구 테헤란로 152", uint8(0))
	f.Add("address", "서울특별시 강남구 테헤란로 152 강남파이낸스센터 12층", uint8(3))
	slow, fast := detectors.SlowEngine(), detectors.NewEngine(detectors.All())
	kinds := append([]detectors.Kind{""}, detectors.Kinds...)
	f.Fuzz(func(t *testing.T, field, text string, col uint8) {
		c := benchCell{field: field, row: 1, text: text, col: kinds[int(col)%len(kinds)]}
		want := detectAll(slow, c)
		for range 2 {
			if d := cmp.Diff(want, detectAll(fast, c)); d != "" {
				t.Fatalf("field %q column %q text %q: (-slow +memo):\n%s", c.field, c.col, c.text, d)
			}
		}
	})
}

// TestCellMemoKeepsCopies checks that a cell's matches come from the memo
// at its third occurrence (the first is remembered as seen, the second
// keeps the matches), equal to the detectors' though the buffer of the
// cell they were found in has changed since.
func TestCellMemoKeepsCopies(t *testing.T) {
	want := detectAll(detectors.SlowEngine(), benchCell{field: "name", row: 1, text: "김민준"})
	if len(want) != 1 {
		t.Fatalf("%d matches in a name column, want 1", len(want))
	}
	e := detectors.NewEngine(detectors.All())
	buf := []byte("김민준")
	cell := benchCell{field: "name", row: 1, text: unsafe.String(&buf[0], len(buf))}
	for range 2 { // seen once, then kept
		if d := cmp.Diff(want, detectAll(e, cell)); d != "" {
			t.Fatalf("(-want +got):\n%s", d)
		}
	}
	copy(buf, "이서연") // same length
	again := []byte("김민준")
	cell.text = unsafe.String(&again[0], len(again))
	if d := cmp.Diff(want, detectAll(e, cell)); d != "" {
		t.Fatalf("after the first buffer changed (-want +got):\n%s", d)
	}
	if hits, matched := e.CellMemoHits(); hits != 1 || matched != 1 {
		t.Fatalf("%d hits in the memo, %d with matches, want 1 and 1", hits, matched)
	}
}
