package dataset

import "math/bits"

// seenTable maps a value's 64-bit fold to a set of counter bits: tally.seen.
// It is an open-addressing table with linear probing, kept at a load of at
// most one half (it doubles up to twice its limit of values), so that a
// look-up is mostly one cache line: on the 10 GB estate the summary looks up every
// finding's value, and a Go map of a quarter million entries cost about
// 165 ns a look-up (a directory, a group and the key, each a cache miss).
//
// It remembers at most limit values; once full, put ignores new ones (the
// tally then adds their values to the counters again, which count each
// value once anyway). The fold 0 is kept aside, as the empty slot's key.
type seenTable struct {
	slots []seenSlot
	shift uint // 64 - log2(len(slots))
	n     int  // values held, zero's included
	limit int
	zero  uint64 // bits of the fold 0
	hasZ  bool
}

type seenSlot struct{ key, bits uint64 }

// seenMinSlots is the size of a new table, unless its limit is smaller.
const seenMinSlots = 1 << 10

// newSeenTable returns a table for up to limit values.
func newSeenTable(limit int) *seenTable {
	t := &seenTable{limit: max(limit, 1)}
	t.resize(min(seenMinSlots, 1<<bits.Len(uint(2*t.limit-1))))
	return t
}

// resize moves the values into a table of size slots, a power of two.
func (t *seenTable) resize(size int) {
	old := t.slots
	t.slots = make([]seenSlot, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for _, s := range old {
		if s.key != 0 {
			t.slots[t.slot(s.key)] = s
		}
	}
}

// slot returns the index of key's slot, or of the empty slot where it
// would go.
func (t *seenTable) slot(key uint64) int {
	mask := len(t.slots) - 1
	i := int((key * foldMul) >> t.shift)
	for {
		s := &t.slots[i]
		if s.key == key || s.key == 0 {
			return i
		}
		i = (i + 1) & mask
	}
}

// get returns the bits of key and whether the table holds it.
func (t *seenTable) get(key uint64) (uint64, bool) {
	if key == 0 {
		return t.zero, t.hasZ
	}
	s := t.slots[t.slot(key)]
	return s.bits, s.key != 0
}

// put sets the bits of key, if the table holds it or has room for it.
func (t *seenTable) put(key, b uint64) {
	if key == 0 {
		if t.hasZ || t.n < t.limit {
			if !t.hasZ {
				t.n++
			}
			t.zero, t.hasZ = b, true
		}
		return
	}
	i := t.slot(key)
	if t.slots[i].key == 0 {
		if t.n >= t.limit {
			return
		}
		if 2*(t.n+1) > len(t.slots) {
			t.resize(2 * len(t.slots))
			i = t.slot(key)
		}
		t.slots[i].key = key
		t.n++
	}
	t.slots[i].bits = b
}
