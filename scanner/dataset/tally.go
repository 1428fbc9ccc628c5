package dataset

import (
	"bytes"
	"encoding/binary"
	"slices"

	"github.com/parquet-go/parquet-go"
)

// tally accumulates the findings side of a summary, one findings row at a
// time, with few map operations per row: the counts and distinct counters of
// a (kind, country) pair are found with one lookup, those of a prefix once
// per object, and a value already counted for its (kind, country) is not
// looked up again for its kind.
type tally struct {
	cs    *counters
	kinds []string // kind id -> kind
	cells map[string]*kindCountry
	pfxs  map[string]*prefixCell
	cur   struct {
		bucket, key, container []byte
		member                 string
		pfx                    *prefixCell
	}
	scratch []byte
	groups  recordGroups
	per     perObject
	started bool
	// seen maps a value (its fold, as in the exact sets) to the counters it
	// was added to, one bit per counter for the first 64 (kind, country)
	// and (prefix, kind) counters, so that a value seen again costs one
	// lookup instead of one per counter. At most maxSeen values.
	seen  *seenTable
	nbits int
	adds  addBatch // values on their way to cs
	// canon holds the canonical distinct counter of each kind id.
	canon []*canonicalCell
}

// maxSeen is how many values the tallies of one summary remember together
// in tally.seen (16 MB: 16 bytes a slot, two slots a value).
const maxSeen = 1 << 19

// kindCountry is the tally of one (kind, country) pair.
type kindCountry struct {
	kind, country     string
	kid               int
	role              int // recordGroups role
	findings          int64
	byKind, byCountry *counter       // made at the first valid hash
	bit               uint64         // of byCountry in tally.seen, 0 if none
	canon             *canonicalCell // the kind's, shared by its countries
}

// prefixCell is the tally of one top-level prefix, by kind id.
type prefixCell struct {
	prefix   string
	findings []int64
	distinct []*counter
	bits     []uint64 // of distinct[kid] in tally.seen, 0 if none
}

// newTally returns a tally into cs that remembers up to maxSeen values in
// tally.seen; tallies running side by side may share cs.
func newTally(cs *counters, maxSeen int) *tally {
	t := &tally{cs: cs, cells: map[string]*kindCountry{}, pfxs: map[string]*prefixCell{}, seen: newSeenTable(maxSeen)}
	t.adds.cs = cs
	t.groups.adds = &t.adds
	return t
}

// add counts row r of the findingColumns cols.
func (t *tally) add(cols [][]parquet.Value, r int) {
	bucket, key, container := cols[0][r].ByteArray(), cols[1][r].ByteArray(), cols[2][r].ByteArray()
	if !t.started || !bytes.Equal(key, t.cur.key) || !bytes.Equal(bucket, t.cur.bucket) {
		if t.started {
			t.per.flush(t.kinds)
		}
		t.started = true
		t.cur.bucket = append(t.cur.bucket[:0], bucket...)
		t.cur.key = append(t.cur.key[:0], key...)
		t.cur.container = append(t.cur.container[:0], container...)
		t.newMember()
		t.cur.pfx = t.prefix(TopPrefix(string(bucket), string(key)))
	} else if !bytes.Equal(container, t.cur.container) {
		t.cur.container = append(t.cur.container[:0], container...)
		t.newMember()
	}
	c := t.cell(cols[4][r].ByteArray(), cols[5][r].ByteArray())
	c.findings++
	t.per.add(c.kid)
	p := t.cur.pfx
	for len(p.findings) <= c.kid {
		p.findings = append(p.findings, 0)
		p.distinct = append(p.distinct, nil)
		p.bits = append(p.bits, 0)
	}
	p.findings[c.kid]++
	h, ok := decodeHashBytes(cols[6][r].ByteArray())
	if !ok {
		return
	}
	vh := split(h)
	if c.byCountry == nil {
		c.byKind = t.cs.get("kind|" + c.kind)
		c.byCountry = t.cs.get("country|" + c.kind + "|" + c.country)
		c.bit = t.bit()
		c.canon = t.canonical(c)
	}
	if p.distinct[c.kid] == nil {
		p.distinct[c.kid] = t.cs.get("prefix|" + p.prefix + "|" + c.kind)
		p.bits[c.kid] = t.bit()
	}
	cn := c.canon
	// The canonical key is the value's own hash unless canonical_hash is
	// set; then it is counted under its own key in tally.seen.
	ch, own := decodeHashBytes(cols[7][r].ByteArray())
	cbit := cn.bit
	if own {
		cbit = 0
	}
	k, pbit := vh.fold(), p.bits[c.kid]
	if seen, ok := t.seen.get(k); !ok || seen&c.bit == 0 || seen&pbit == 0 || !own && seen&cbit == 0 {
		// Every value added for (kind, country) was added for kind as well.
		if seen&c.bit == 0 {
			t.adds.add(c.byCountry, c.byKind, vh)
		}
		if seen&pbit == 0 {
			t.adds.add(p.distinct[c.kid], nil, vh)
		}
		if !own && seen&cbit == 0 {
			t.adds.add(cn.c, nil, vh)
		}
		t.seen.put(k, seen|c.bit|pbit|cbit)
	}
	if own {
		cv := split(ch)
		kc := cv.fold()
		if seen, ok := t.seen.get(kc); !ok || seen&cn.bit == 0 {
			t.adds.add(cn.c, nil, cv)
			t.seen.put(kc, seen|cn.bit)
		}
	}
	// A record's name and address pair up by their canonical keys: one
	// customer's record in a legacy export (佐藤健太, 1丁目2番3号) and in
	// the CRM (佐藤 健太, 1-2-3) is one pair, one person.
	if own {
		h = ch
	}
	t.groups.add(t.cur.member, cols[3][r].Int64(), c.role, h, t.cs)
}

// canonicalCell is the canonical distinct counter of a kind and its bit in
// tally.seen.
type canonicalCell struct {
	c   *counter
	bit uint64
}

// canonical returns the canonical counter of c's kind.
func (t *tally) canonical(c *kindCountry) *canonicalCell {
	for len(t.canon) <= c.kid {
		t.canon = append(t.canon, nil)
	}
	if t.canon[c.kid] == nil {
		t.canon[c.kid] = &canonicalCell{c: t.cs.get("canonical|" + c.kind), bit: t.bit()}
	}
	return t.canon[c.kid]
}

// bit returns the next free bit of tally.seen, or 0 when all are taken.
func (t *tally) bit() uint64 {
	if t.nbits == 64 {
		return 0
	}
	t.nbits++
	return 1 << (t.nbits - 1)
}

func (t *tally) newMember() {
	t.cur.member = string(t.cur.bucket) + "\x00" + string(t.cur.key) + "\x00" + string(t.cur.container)
}

func (t *tally) cell(kind, country []byte) *kindCountry {
	t.scratch = append(append(append(t.scratch[:0], kind...), 0), country...)
	if c := t.cells[string(t.scratch)]; c != nil {
		return c
	}
	c := &kindCountry{kind: string(kind), country: string(country), kid: -1}
	for i, k := range t.kinds {
		if k == c.kind {
			c.kid = i
		}
	}
	if c.kid < 0 {
		c.kid = len(t.kinds)
		t.kinds = append(t.kinds, c.kind)
	}
	switch c.kind {
	case "name":
		c.role = roleName
	case "phone":
		c.role = rolePhone
	case "address":
		c.role = roleAddress
	}
	t.cells[string(t.scratch)] = c
	return c
}

func (t *tally) prefix(p string) *prefixCell {
	c := t.pfxs[p]
	if c == nil {
		c = &prefixCell{prefix: p}
		t.pfxs[p] = c
	}
	return c
}

// finish ends the last object and writes the counts into s.
// Several tallies may finish into one s: their counts add up.
func (t *tally) finish(s *Summary) {
	t.groups.flush(t.cs)
	if t.started {
		t.per.flush(t.kinds)
	}
	t.adds.flush()
	for _, c := range t.cells {
		s.Findings[c.kind] += c.findings
		addCount(s.FindingsByCountry, c.kind, c.country, c.findings)
	}
	for _, p := range t.pfxs {
		for kid, n := range p.findings {
			if n > 0 {
				addCount(s.FindingsByPrefix, p.prefix, t.kinds[kid], n)
			}
		}
	}
}

// Roles of a finding in the record-level people estimate.
const (
	roleNone = iota
	roleName
	rolePhone
	roleAddress
)

// recordGroups collects, per structured record of one object, the names,
// phones and addresses found in it, to count name+phone and name+address
// pairs: the record-level people estimate. Its records are reused from one
// object to the next. While rows come in increasing order (CSV, JSON lines)
// records are found by binary search on rows; the first new row out of
// order switches the object to a map.
type recordGroups struct {
	object  string
	blocks  [][]record // record i is blocks[i/recordBlock][i%recordBlock]
	rows    []int64    // rows[i] is the row of record i
	n       int        // records in use
	index   map[int64]int32
	mapped  bool  // the current object uses index
	last    int32 // records index of lastRow
	lastRow int64
	people  [2]*counter // name_phone, name_address
	pairs   []pairEntry // direct-mapped cache of pairHash
	adds    *addBatch   // where pairs go; nil: straight into the counters

	names, phones, addrs [][16]byte // scratch for flush
}

// pairEntry caches one pair added to people[i]: a customer's name and phone
// recur together in each of their orders, and a pair found in the cache is
// neither hashed nor looked up in the counter again.
type pairEntry struct {
	a, b [16]byte
	i    int
	h    vhash
}

const pairCacheSlots = 4096 // a power of two

// record holds the names, phones and addresses of one record by role - 1:
// the first of each inline (most records have one of each), any more in
// more.
type record struct {
	first [3][16]byte
	has   [3]bool
	more  *[3][][16]byte
}

func (r *record) add(role int, h [16]byte) {
	i := role - 1
	if !r.has[i] {
		r.first[i], r.has[i] = h, true
		return
	}
	if r.more == nil {
		r.more = new([3][][16]byte)
	}
	r.more[i] = append(r.more[i], h)
}

// values appends the record's values of role to dst.
func (r *record) values(dst [][16]byte, role int) [][16]byte {
	i := role - 1
	if r.has[i] {
		dst = append(dst, r.first[i])
	}
	if r.more != nil {
		dst = append(dst, r.more[i]...)
	}
	return dst
}

// maxRecordsPerObject bounds the records held for one object (about 130
// bytes each with the row index and growth): at 1<<20 one 256 MB export held
// 130 MB at the end of a scan. Findings come in row order except in
// column-major Parquet row groups; a row group of more rows than this can
// split a record at a flush, so a pair in it may go uncounted (the people
// estimate itself rests on distinct phones).
const maxRecordsPerObject = 1 << 18

func (g *recordGroups) add(object string, row int64, role int, h [16]byte, cs *counters) {
	if object != g.object {
		g.flush(cs)
		g.object = object
	}
	if row < 0 || role == roleNone {
		return
	}
	if g.n == 0 || row != g.lastRow {
		g.last, g.lastRow = g.find(row, cs), row
	}
	g.record(g.last).add(role, h)
}

// find returns the index of row's record, made if need be.
func (g *recordGroups) find(row int64, cs *counters) int32 {
	if !g.mapped {
		if g.n == 0 || row > g.rows[g.n-1] {
			return g.new(row, cs)
		}
		if i, ok := slices.BinarySearch(g.rows[:g.n], row); ok {
			return int32(i)
		}
		if g.index == nil {
			g.index = map[int64]int32{}
		}
		for i, r := range g.rows[:g.n] {
			g.index[r] = int32(i)
		}
		g.mapped = true
	}
	if i, ok := g.index[row]; ok {
		return i
	}
	i := g.new(row, cs)
	if g.mapped { // new may have flushed
		g.index[row] = i
	}
	return i
}

func (g *recordGroups) new(row int64, cs *counters) int32 {
	if g.n >= maxRecordsPerObject {
		g.flush(cs)
	}
	if g.n == len(g.blocks)*recordBlock {
		g.blocks = append(g.blocks, make([]record, recordBlock))
	}
	if g.n == len(g.rows) {
		g.rows = append(g.rows, 0)
	}
	g.rows[g.n] = row
	g.n++
	return int32(g.n - 1)
}

func (g *recordGroups) flush(cs *counters) {
	for i := range g.n {
		r := g.record(int32(i))
		if r.has[roleName-1] && (r.has[rolePhone-1] || r.has[roleAddress-1]) {
			g.names = r.values(g.names[:0], roleName)
			g.phones = r.values(g.phones[:0], rolePhone)
			g.addrs = r.values(g.addrs[:0], roleAddress)
			for _, n := range g.names {
				for _, p := range g.phones {
					g.pair(cs, 0, "people|name_phone", n, p)
				}
				for _, a := range g.addrs {
					g.pair(cs, 1, "people|name_address", n, a)
				}
			}
		}
		*r = record{}
	}
	if g.n > keepRecords {
		// A big object's records are not kept for the rest of the summary.
		clear(g.blocks[keepRecords/recordBlock:])
		g.blocks, g.rows, g.index = g.blocks[:keepRecords/recordBlock], nil, nil
	} else if g.mapped {
		clear(g.index)
	}
	g.n, g.mapped = 0, false
}

// keepRecords is how many records recordGroups keeps for reuse, in blocks
// of recordBlock: a big object's records take new blocks, not a slice grown
// by copying (which cost a third of the records' time on the 10 GB estate).
const (
	keepRecords = 1 << 16
	recordBlock = 1 << 10
)

// record returns record i.
func (g *recordGroups) record(i int32) *record {
	return &g.blocks[i/recordBlock][i%recordBlock]
}

func (g *recordGroups) pair(cs *counters, i int, name string, a, b [16]byte) {
	if g.people[i] == nil {
		g.people[i] = cs.get(name)
	}
	if g.pairs == nil {
		g.pairs = make([]pairEntry, pairCacheSlots)
	}
	e := &g.pairs[(binary.LittleEndian.Uint64(a[:8])^binary.LittleEndian.Uint64(b[8:])*foldMul)>>52&(pairCacheSlots-1)]
	if e.a == a && e.b == b && e.i == i && e.h != (vhash{}) {
		return
	}
	*e = pairEntry{a: a, b: b, i: i, h: split(pairHash(a, b))}
	if g.adds != nil {
		g.adds.add(g.people[i], nil, e.h)
		return
	}
	cs.apply([]pendingAdd{{c: g.people[i], h: e.h}})
}
