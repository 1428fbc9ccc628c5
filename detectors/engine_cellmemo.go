package detectors

import (
	"hash/maphash"
	"slices"
	"unsafe"

	"github.com/exposure-dev/exposure/internal/owned"
)

// Columns of structured data repeat their values: a service or host name
// in every row of a metrics export, a category, a currency, a status, a
// courier; a customer's name, phone and address in each of their orders. A
// cell that is not inert still costs the keyword pass and four detectors
// (60 ns to 1 µs) every time it comes back. The detectors of this package
// are functions of the text, the field facts and the column kind (for a
// cell, the row only tells that it is one; their own state is caches and
// scratch), so a cell gives the same matches every time. cellMemo
// remembers cells per Engine, and Detect answers from it when one comes
// back. TestCellMemoSameMatches and FuzzCellMemo check the claim.
//
// A cell without matches is remembered at once. A cell with matches is
// first only marked as seen, and its matches are kept at its second
// occurrence: most personal data of a large estate does not come back
// within the memo's reach, and copies of its matches would be wasted (a
// memo that kept every cell's matches made the mixed 200 MB estate up to
// 10% dearer).
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
	cellMemoLen  = 46   // longest cell of the short table, in bytes (an entry is 64 bytes)

	// Longer cells, up to cellMemoLongLen bytes, go to a second table of
	// 128-byte entries, made at the first such cell: postal addresses
	// (55% of the generated estate's are 47 to 94 bytes long, none longer,
	// and a customer's comes back in each order), delivery notes, product
	// titles, user agents. They cost the most to detect (an address about
	// 1 µs).
	cellMemoLongSets = 1024 // a power of two; 2 ways of 128 bytes: 256 KiB
	cellMemoLongLen  = 110

	// A field's look-ups are counted in windows of cellMemoWindow; a
	// window with fewer than one hit in cellMemoMinRate turns the memo off
	// for the field's next cellMemoPause cells. A hit saves 5 to 15 times
	// what a miss costs, so only a field of all but unique values pauses.
	cellMemoWindow  = 1024
	cellMemoMinRate = 64
	cellMemoPause   = 64 << 10
)

// cellEntry is a cell the memo knows: one without matches, one with
// matches seen once (their copies would be wasted on a value that does not
// come back, as most of a large estate's personal data does not), or one
// with matches seen twice or more, which keeps them.
type cellEntry struct {
	cellHead
	n    uint8 // len of the text
	seen bool  // the cell held matches (kept once pos is set)
	text [cellMemoLen]byte
}

// longCellEntry is a cellEntry of the table of long cells.
type longCellEntry struct {
	cellHead
	n    uint8
	seen bool
	text [cellMemoLongLen]byte
}

// cellHead is the part of an entry that lookup hands out and keep fills.
type cellHead struct {
	facts *fieldFacts // nil: the entry is empty
	pos   *cellMatches
}

// An entry is one or two 64-byte cache lines.
var (
	_ [64 - unsafe.Sizeof(cellEntry{})]byte
	_ [unsafe.Sizeof(cellEntry{}) - 64]byte
	_ [128 - unsafe.Sizeof(longCellEntry{})]byte
	_ [unsafe.Sizeof(longCellEntry{}) - 128]byte
)

// cellMatches are the matches of a cell (see keep).
type cellMatches struct{ ms []Match }

// cellFound is what a look-up found.
type cellFound uint8

const (
	cellMiss    cellFound = iota
	cellNone              // the cell holds no match
	cellMatched           // the cell's matches are known
	cellSeen              // the cell held matches once: detect them and keep them
)

// cellStats is a field's use of the memo.
type cellStats struct {
	tries, hits uint32
	pause       uint32 // cells left before the field uses the memo again
}

type cellMemo struct {
	// sets comes first: the memo is one allocation of over 256 KiB, which
	// starts on a page, so that every entry starts on a cache line.
	sets    [cellMemoSets][2]cellEntry
	long    *[cellMemoLongSets][2]longCellEntry // nil until a long cell comes
	seed    maphash.Seed
	hits    int // cells found, for tests
	matched int // of which cells with matches
}

func newCellMemo() *cellMemo { return &cellMemo{seed: maphash.MakeSeed()} }

// hash picks the set of (facts, text) in either table.
func (m *cellMemo) hash(f *fieldFacts, text string) uint64 {
	return maphash.String(m.seed, text) ^ uint64(uintptr(unsafe.Pointer(f)))*0x9e3779b97f4a7c15
}

// set returns the set of (facts, text) in the table of short cells.
func (m *cellMemo) set(f *fieldFacts, text string) *[2]cellEntry {
	return &m.sets[m.hash(f, text)&(cellMemoSets-1)]
}

// longSet returns the set of (facts, text) in the table of long cells,
// made if need be.
func (m *cellMemo) longSet(f *fieldFacts, text string) *[2]longCellEntry {
	if m.long == nil {
		m.long = new([cellMemoLongSets][2]longCellEntry)
	}
	return &m.long[m.hash(f, text)&(cellMemoLongSets-1)]
}

func (e *cellEntry) is(f *fieldFacts, text string) bool {
	return e.facts == f && int(e.n) == len(text) && string(e.text[:e.n]) == text
}

func (e *longCellEntry) is(f *fieldFacts, text string) bool {
	return e.facts == f && int(e.n) == len(text) && string(e.text[:e.n]) == text
}

// lookup looks text of the field with facts f up. For cellMatched it
// returns the matches; for cellSeen the entry, to hand to keep. text must
// be 1 to cellMemoLongLen bytes long.
func (m *cellMemo) lookup(f *fieldFacts, text string) (cellFound, *cellHead) {
	var e *cellHead
	var seen bool
	if len(text) <= cellMemoLen {
		s := m.set(f, text)
		if !s[0].is(f, text) {
			if !s[1].is(f, text) {
				return cellMiss, nil
			}
			s[0], s[1] = s[1], s[0]
		}
		e, seen = &s[0].cellHead, s[0].seen
	} else {
		s := m.longSet(f, text)
		if !s[0].is(f, text) {
			if !s[1].is(f, text) {
				return cellMiss, nil
			}
			s[0], s[1] = s[1], s[0]
		}
		e, seen = &s[0].cellHead, s[0].seen
	}
	switch {
	case e.pos != nil:
		m.hits++
		m.matched++
		return cellMatched, e
	case seen:
		return cellSeen, e
	}
	m.hits++
	return cellNone, e
}

// add remembers text of the field with facts f, a cell with matches or
// without.
func (m *cellMemo) add(f *fieldFacts, text string, matched bool) {
	h := cellHead{facts: f}
	if len(text) <= cellMemoLen {
		s := m.set(f, text)
		s[1] = s[0]
		s[0] = cellEntry{cellHead: h, n: uint8(len(text)), seen: matched}
		copy(s[0].text[:], text)
		return
	}
	s := m.longSet(f, text)
	s[1] = s[0]
	s[0] = longCellEntry{cellHead: h, n: uint8(len(text)), seen: matched}
	copy(s[0].text[:], text)
}

// keep stores in e, which lookup returned with cellSeen, the matches ms
// of text. The detectors build their strings anew, but one that points
// into text is copied: the scanner reuses the buffers its cells point into.
func (e *cellHead) keep(ms []Match, text string) {
	p := &cellMatches{ms: slices.Clone(ms)}
	for i := range p.ms {
		m := &p.ms[i]
		m.Normalized, m.Masked = owned.String(m.Normalized, text), owned.String(m.Masked, text)
	}
	e.pos = p
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

// found counts the outcome of a look-up (hit: the memo knew the cell) and
// closes the window of look-ups when it is full.
func (c *cellStats) found(hit bool) {
	if hit {
		c.hits++
	}
	if c.tries < cellMemoWindow {
		return
	}
	if c.hits*cellMemoMinRate < c.tries {
		c.pause = cellMemoPause
	}
	c.tries, c.hits = 0, 0
}
