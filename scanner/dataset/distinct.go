package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
)

// DefaultDistinctBudget is how many values the exact distinct sets may hold
// together (about 50 bytes each) before the largest switch to sketches.
const DefaultDistinctBudget = 8 << 20

// counter counts distinct 16-byte value hashes: exactly while the budget
// allows, then with a HyperLogLog sketch.
type counter struct {
	exact map[[16]byte]struct{}
	hll   *HLL
}

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
func hash64(h [16]byte) uint64 {
	x := binary.BigEndian.Uint64(h[:8]) ^ bits.RotateLeft64(binary.BigEndian.Uint64(h[8:]), 29)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// counters is a set of named distinct counters sharing one memory budget.
type counters struct {
	budget, total int
	m             map[string]*counter
}

func newCounters(budget int) *counters {
	if budget <= 0 {
		budget = DefaultDistinctBudget
	}
	return &counters{budget: budget, m: map[string]*counter{}}
}

func (cs *counters) add(name string, h [16]byte) {
	c := cs.m[name]
	if c == nil {
		c = &counter{exact: map[[16]byte]struct{}{}}
		cs.m[name] = c
	}
	if c.exact == nil {
		c.hll.Add(hash64(h))
		return
	}
	if _, ok := c.exact[h]; ok {
		return
	}
	c.exact[h] = struct{}{}
	cs.total++
	for cs.total > cs.budget {
		cs.degradeLargest()
	}
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
	for h := range big.exact {
		big.hll.Add(hash64(h))
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
	for v := range c.exact {
		h.Add(hash64(v))
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
	s := sha256.New()
	s.Write(a[:])
	s.Write(b[:])
	var out [16]byte
	copy(out[:], s.Sum(nil))
	return out
}

// recordGroups collects, per structured record of one object, the names,
// phones and addresses found in it, to count name+phone and name+address
// pairs: the record-level people estimate.
type recordGroups struct {
	object  string
	records map[int64]*record
}

type record struct{ names, phones, addrs [][16]byte }

const maxRecordsPerObject = 1 << 20

func (g *recordGroups) add(object string, row int64, kind string, h [16]byte, cs *counters) {
	if object != g.object {
		g.flush(cs)
		g.object = object
	}
	if row < 0 || (kind != "name" && kind != "phone" && kind != "address") {
		return
	}
	if g.records == nil {
		g.records = map[int64]*record{}
	}
	r := g.records[row]
	if r == nil {
		if len(g.records) >= maxRecordsPerObject {
			g.flush(cs)
			g.records = map[int64]*record{}
		}
		r = &record{}
		g.records[row] = r
	}
	switch kind {
	case "name":
		r.names = append(r.names, h)
	case "phone":
		r.phones = append(r.phones, h)
	default:
		r.addrs = append(r.addrs, h)
	}
}

func (g *recordGroups) flush(cs *counters) {
	for _, r := range g.records {
		for _, n := range r.names {
			for _, p := range r.phones {
				cs.add("people|name_phone", pairHash(n, p))
			}
			for _, a := range r.addrs {
				cs.add("people|name_address", pairHash(n, a))
			}
		}
	}
	g.records = nil
}
