package detectors

import (
	"testing"
	"unsafe"
)

// TestCellEntryKeepOwnsStrings checks that keep copies a match's strings
// that point into the cell's text, which the scanner reuses.
func TestCellEntryKeepOwnsStrings(t *testing.T) {
	buf := []byte("010-2345-6789")
	text := unsafe.String(&buf[0], len(buf))
	ms := []Match{{Start: 0, End: len(text), Kind: KindPhone, Normalized: text[4:8], Masked: "010-****-6789"}}
	var e cellEntry
	e.keep(ms, text)
	copy(buf, "xxxxxxxxxxxxx")
	if got := e.pos.ms[0].Normalized; got != "2345" {
		t.Fatalf("kept Normalized = %q after the buffer changed, want %q", got, "2345")
	}
	if got := e.pos.ms[0].Masked; got != "010-****-6789" {
		t.Fatalf("kept Masked = %q", got)
	}
	ms[0].Start = 99 // the caller's slice is scratch
	if e.pos.ms[0].Start != 0 {
		t.Fatal("keep shares the caller's slice")
	}
}

// TestCellMemoAligned checks that the memo's entries start on 64-byte
// cache lines, as the layout of cellMemo intends.
func TestCellMemoAligned(t *testing.T) {
	m := newCellMemo()
	if p := uintptr(unsafe.Pointer(&m.sets[0][0])); p%64 != 0 {
		t.Fatalf("the short table starts at %#x, not on a cache line", p)
	}
	m.longSet(nil, "x")
	if p := uintptr(unsafe.Pointer(&m.long[0][0])); p%64 != 0 {
		t.Fatalf("the long table starts at %#x, not on a cache line", p)
	}
}
