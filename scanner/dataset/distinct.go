package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
	"sync"
)

// DefaultDistinctBudget is how many values the exact distinct sets may hold
// together before the largest switch to sketches. A value costs 20–40 bytes
// in a set (Go map entry, load factor, growth), so the sets stay under about
// 80 MB: on the 10 GB estate 8M values took 205 MB of live heap at the end of
// the scan, when memory must not grow with the estate.
const DefaultDistinctBudget = 2 << 20

// counter counts distinct value hashes: exactly while the budget allows,
// then with a HyperLogLog sketch. The exact set is keyed by a 64-bit fold
// of the 16-byte hash (a map with a 64-bit key is about twice as fast as one
// with a 16-byte key) and keeps the low half as the element, from which the
// whole hash comes back for the sketch. value_hash is an HMAC, so two
// different values fold alike with probability 2^-64: for n values in one
// set the chance that any two are counted as one is below n²/2^65, about
// 10^-7 at the 2M-value budget.
type counter struct {
	exact map[uint64]uint64
	hll   *HLL
}

// vhash is a 16-byte value hash as two big-endian halves.
type vhash struct{ hi, lo uint64 }

func split(h [16]byte) vhash {
	return vhash{binary.BigEndian.Uint64(h[:8]), binary.BigEndian.Uint64(h[8:])}
}

// foldMul is odd, so the fold is a bijection of hi for a given lo: the hash
// is recovered from (fold, lo), and hashes that differ in one half only
// never fold alike.
const foldMul = 0x9e3779b97f4a7c15

func (h vhash) fold() uint64 { return h.hi ^ h.lo*foldMul }

func unfold(key, lo uint64) vhash { return vhash{key ^ lo*foldMul, lo} }

func (c *counter) approx() bool { return c.hll != nil && c.exact == nil }

func (c *counter) count() int64 {
	if c.exact != nil {
		return int64(len(c.exact))
	}
	return int64(c.hll.Estimate() + 0.5)
}

// hash64 folds a value hash to 64 well-mixed bits for the sketches
// (value_hash is already an HMAC, but mixing keeps the sketch sound for any
// input, and costs nothing).
func hash64(h vhash) uint64 {
	x := h.hi ^ bits.RotateLeft64(h.lo, 29)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// counters is a set of named distinct counters sharing one memory budget.
// Tallies running side by side share one counters: get and apply lock it;
// addTo is for a caller that holds mu (or owns cs alone).
type counters struct {
	mu            sync.Mutex
	budget, total int
	m             map[string]*counter
}

func newCounters(budget int) *counters {
	if budget <= 0 {
		budget = DefaultDistinctBudget
	}
	return &counters{budget: budget, m: map[string]*counter{}}
}

// get returns the counter of that name, made empty if need be.
func (cs *counters) get(name string) *counter {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	c := cs.m[name]
	if c == nil {
		c = &counter{exact: map[uint64]uint64{}}
		cs.m[name] = c
	}
	return c
}

// pendingAdd is one value for counter c and, if c had not seen it, for
// then too (a (kind, country) counter first, its kind's counter second).
type pendingAdd struct {
	c, then *counter
	h       vhash
}

// apply adds a batch of values under one lock, in order.
func (cs *counters) apply(adds []pendingAdd) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, a := range adds {
		if cs.addTo(a.c, a.h) && a.then != nil {
			cs.addTo(a.then, a.h)
		}
	}
}

// addBatch holds one tally's values for a counters until it has
// addBatchSize of them: tallies that share a counters take its lock once
// per batch, not once per value. The values reach the counters in the order
// they were added, so one tally alone counts exactly as without a batch.
type addBatch struct {
	cs  *counters
	buf []pendingAdd
}

const addBatchSize = 4096

func (b *addBatch) add(c, then *counter, h vhash) {
	b.buf = append(b.buf, pendingAdd{c: c, then: then, h: h})
	if len(b.buf) >= addBatchSize {
		b.flush()
	}
}

func (b *addBatch) flush() {
	if len(b.buf) > 0 {
		b.cs.apply(b.buf)
		b.buf = b.buf[:0]
	}
}

// addTo adds h to c, one of cs's counters. It reports whether c had not seen
// h before (always true once c is a sketch).
func (cs *counters) addTo(c *counter, h vhash) bool {
	if c.exact == nil {
		c.hll.Add(hash64(h))
		return true
	}
	k := h.fold()
	if _, ok := c.exact[k]; ok {
		return false
	}
	c.exact[k] = h.lo
	cs.total++
	for cs.total > cs.budget {
		cs.degradeLargest()
	}
	return true
}

// degradeLargest turns the largest exact set into a sketch.
func (cs *counters) degradeLargest() {
	var big *counter
	for _, c := range cs.m {
		if c.exact != nil && (big == nil || len(c.exact) > len(big.exact)) {
			big = c
		}
	}
	if big == nil {
		cs.total = 0
		return
	}
	big.hll = NewHLL()
	for k, lo := range big.exact {
		big.hll.Add(hash64(unfold(k, lo)))
	}
	cs.total -= len(big.exact)
	big.exact = nil
}

// sketch returns an HLL of the counter (built from the exact set if need be).
func (c *counter) sketch() *HLL {
	if c.hll != nil && c.exact == nil {
		return c.hll
	}
	h := NewHLL()
	for k, lo := range c.exact {
		h.Add(hash64(unfold(k, lo)))
	}
	return h
}

func decodeHashBytes(s []byte) ([16]byte, bool) {
	var h [16]byte
	n, err := hex.Decode(h[:], s)
	return h, err == nil && n == 16
}

func decodeHash(s string) ([16]byte, bool) {
	var h [16]byte
	n, err := hex.Decode(h[:], []byte(s))
	return h, err == nil && n == 16
}

// pairHash combines two value hashes into the hash of the pair.
func pairHash(a, b [16]byte) [16]byte {
	var in [32]byte
	copy(in[:16], a[:])
	copy(in[16:], b[:])
	sum := sha256.Sum256(in[:])
	return [16]byte(sum[:16])
}
