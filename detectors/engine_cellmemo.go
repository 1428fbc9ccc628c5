package detectors

import (
	"hash/maphash"
	"unsafe"
)

// Columns of structured data repeat their values: a service or host name
// in every row of a metrics export, a category, a currency, a status, a
// "true" in a catalogue. A cell that is not inert still costs the keyword
// pass and four detectors (60 to 270 ns) every time it comes back. The
// detectors of this package are functions of the text, the field facts
// and the column kind (for a cell, the row only tells that it is one; their
// own state is caches and scratch), so a cell they found nothing in once
// yields nothing the next time. cellMemo remembers such cells, per Engine,
// and Detect returns at once for them. TestCellMemoSameMatches checks the
// claim over the labelled corpus with every cell repeated.
//
// A memo entry is the field's facts (one pointer per field name and column
// kind, kept alive by the entry, so never reused for another field) and a
// copy of the text: the scanner's cell strings point into buffers it
// reuses. Two ways per set, the most recent first, so that a value of a
// column of unique values (order ids, prices) evicts at most the older of
// two. A field whose cells keep missing (unique values) stops using the
// memo for a while: its look-ups and copies would cost without return.

const (
	cellMemoSets = 2048 // a power of two; 2 ways of 64 bytes: 256 KiB
	cellMemoLen  = 55   // longest cell remembered, in bytes (an entry is 64 bytes)

	// A field's look-ups are counted in windows of cellMemoWindow; a
	// window with fewer than one hit in cellMemoMinRate turns the memo off
	// for the field's next cellMemoPause cells. A hit saves 5 to 15 times
	// what a miss costs, so only a field of all but unique values pauses.
	cellMemoWindow  = 1024
	cellMemoMinRate = 64
	cellMemoPause   = 64 << 10
)

type cellEntry struct {
	facts *fieldFacts
	n     uint8 // len of the text; 0: the entry is empty
	text  [cellMemoLen]byte
}

// cellStats is a field's use of the memo.
type cellStats struct {
	tries, hits uint32
	pause       uint32 // cells left before the field uses the memo again
}

type cellMemo struct {
	seed maphash.Seed
	sets [cellMemoSets][2]cellEntry
	hits int // cells found, for tests
}

func newCellMemo() *cellMemo { return &cellMemo{seed: maphash.MakeSeed()} }

// set returns the set of (facts, text).
func (m *cellMemo) set(f *fieldFacts, text string) *[2]cellEntry {
	h := maphash.String(m.seed, text) ^ uint64(uintptr(unsafe.Pointer(f)))*0x9e3779b97f4a7c15
	return &m.sets[h&(cellMemoSets-1)]
}

func (e *cellEntry) is(f *fieldFacts, text string) bool {
	return e.facts == f && int(e.n) == len(text) && string(e.text[:e.n]) == text
}

// lookup reports whether text of the field with facts f is known to hold
// no match. text must be 1 to cellMemoLen bytes long.
func (m *cellMemo) lookup(f *fieldFacts, text string) bool {
	s := m.set(f, text)
	if s[0].is(f, text) {
		m.hits++
		return true
	}
	if s[1].is(f, text) {
		s[0], s[1] = s[1], s[0]
		m.hits++
		return true
	}
	return false
}

// add remembers that text of the field with facts f holds no match.
func (m *cellMemo) add(f *fieldFacts, text string) {
	s := m.set(f, text)
	s[1] = s[0]
	s[0].facts = f
	s[0].n = uint8(copy(s[0].text[:], text))
}

// use reports whether the field's next cell is to go through the memo, and
// counts it.
func (c *cellStats) use() bool {
	if c.pause > 0 {
		c.pause--
		return false
	}
	c.tries++
	return true
}

// hit counts a cell found in the memo.
func (c *cellStats) hit() { c.hits++ }

// endWindow closes a window of look-ups when one is full.
func (c *cellStats) endWindow() {
	if c.tries < cellMemoWindow {
		return
	}
	if c.hits*cellMemoMinRate < c.tries {
		c.pause = cellMemoPause
	}
	c.tries, c.hits = 0, 0
}
