package detectors

import "math/bits"

// cueIndex is an Aho-Corasick automaton over the cue words of every detector,
// so that one pass over a record finds every cue of every kind. It works on
// bytes (cue words are UTF-8) and folds ASCII letters to lower case.
//
// The automaton is a complete DFA laid out for a tight loop: each state is a
// row of stride entries (stride a power of two, one entry per byte class),
// and an entry holds the row offset of the next state, so that a step is
// one table load (next[s+class[b]]). States are numbered so that those where
// a pattern ends come last: s >= outStart tells a match without any other
// look-up.
//
// One DFA step depends on the one before, so a single pass is bound by the
// latency of a table load. Long texts are therefore cut into cueStreams
// segments run side by side in one loop (independent chains the processor
// overlaps); each segment but the first starts maxLen-1 bytes early, which
// brings its automaton into the state a single pass would have, and the
// occurrences that end in that lead-in are left to the segment before.
type cueIndex struct {
	class    [256]uint8 // byte -> equivalence class; 0 = byte in no pattern
	nclass   int
	shift    uint     // log2 of the row stride
	next     []uint32 // row offset + class -> row offset of the next state
	outStart uint32   // row offset of the first state with outputs
	// outPat[outIdx[k]:outIdx[k+1]] are the patterns that end in output
	// state k (counted from the first one), longest first.
	outPat []int32
	outIdx []uint32
	// owners[ownIdx[k]:ownIdx[k+1]] are the same occurrences per detector
	// cue, for texts scanned in one segment.
	owners   []cueOwnerOut
	ownIdx   []uint32
	maxLen   int       // the longest pattern, in bytes
	patLen   []int     // pattern id -> byte length
	patOwner [][]owner // pattern id -> detectors that asked for it
}

// cueStreams is the number of segments a long text is scanned in at once;
// cueSplitMin the shortest text that is split.
const (
	cueStreams  = 8
	cueSplitMin = 1024
)

// rawHit is one occurrence of a pattern.
type rawHit struct {
	start, end int
	pat        int32
}

// cueOwnerOut is one hit an output state reports: a pattern of n bytes
// for detector det's cue word cue.
type cueOwnerOut struct {
	n, det, cue int32
}

type owner struct {
	det int // index into the Engine's detectors
	cue int // index into that detector's Cues()
}

func foldByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

func newCueIndex(cues [][]string) *cueIndex {
	ix := &cueIndex{}
	ids := map[string]int32{}
	var pats []string
	for d, words := range cues {
		for c, w := range words {
			if w == "" {
				continue
			}
			f := make([]byte, len(w))
			for i := 0; i < len(w); i++ {
				f[i] = foldByte(w[i])
			}
			k := string(f)
			id, ok := ids[k]
			if !ok {
				id = int32(len(pats))
				ids[k] = id
				pats = append(pats, k)
				ix.patLen = append(ix.patLen, len(k))
				ix.maxLen = max(ix.maxLen, len(k))
				ix.patOwner = append(ix.patOwner, nil)
			}
			ix.patOwner[id] = append(ix.patOwner[id], owner{det: d, cue: c})
		}
	}
	// Byte classes: every distinct byte that occurs in a pattern gets one.
	n := 1
	for _, p := range pats {
		for i := 0; i < len(p); i++ {
			if ix.class[p[i]] == 0 {
				ix.class[p[i]] = uint8(n)
				n++
			}
		}
	}
	// Upper-case ASCII letters share their lower-case class.
	for b := 'A'; b <= 'Z'; b++ {
		ix.class[b] = ix.class[b+('a'-'A')]
	}
	ix.nclass = n
	// Trie.
	trie := [][]int32{make([]int32, n)}
	out := [][]int32{nil} // state -> pattern ids ending here (suffix outputs merged)
	for id, p := range pats {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := ix.class[p[i]]
			if trie[s][c] == 0 {
				trie = append(trie, make([]int32, n))
				out = append(out, nil)
				trie[s][c] = int32(len(trie) - 1)
			}
			s = trie[s][c]
		}
		out[s] = append(out[s], int32(id))
	}
	// Breadth-first failure links, turning the trie into a complete DFA.
	fail := make([]int32, len(trie))
	queue := make([]int32, 0, len(trie))
	for c := 1; c < n; c++ {
		if t := trie[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] = append(out[s], out[fail[s]]...)
		for c := 1; c < n; c++ {
			t := trie[s][c]
			if t == 0 {
				trie[s][c] = trie[fail[s]][c]
				continue
			}
			fail[t] = trie[fail[s]][c]
			queue = append(queue, t)
		}
	}
	ix.layout(trie, out)
	return ix
}

// layout renumbers the states of the DFA trie (root first, then the states
// without outputs, then those with outputs) and fills next, outStart, outs
// and outIdx.
func (ix *cueIndex) layout(trie [][]int32, out [][]int32) {
	ix.shift = uint(bits.Len(uint(ix.nclass - 1)))
	num := make([]uint32, len(trie)) // old state -> new state
	var order []int32                // new state -> old state
	for s := range trie {
		if len(out[s]) == 0 {
			num[s] = uint32(len(order))
			order = append(order, int32(s))
		}
	}
	firstOut := uint32(len(order))
	for s := range trie {
		if len(out[s]) > 0 {
			num[s] = uint32(len(order))
			order = append(order, int32(s))
		}
	}
	ix.outStart = firstOut << ix.shift
	ix.next = make([]uint32, len(order)<<ix.shift)
	for ns, os := range order {
		row := ix.next[ns<<ix.shift:]
		for c, t := range trie[os] {
			row[c] = num[t] << ix.shift
		}
	}
	ix.outIdx = make([]uint32, 0, len(order)-int(firstOut)+1)
	for _, os := range order[firstOut:] {
		ix.outIdx = append(ix.outIdx, uint32(len(ix.outPat)))
		ix.outPat = append(ix.outPat, out[os]...)
	}
	ix.outIdx = append(ix.outIdx, uint32(len(ix.outPat)))
	for _, os := range order[firstOut:] {
		ix.ownIdx = append(ix.ownIdx, uint32(len(ix.owners)))
		for _, p := range out[os] {
			for _, o := range ix.patOwner[p] {
				ix.owners = append(ix.owners, cueOwnerOut{n: int32(ix.patLen[p]), det: int32(o.det), cue: int32(o.cue)})
			}
		}
	}
	ix.ownIdx = append(ix.ownIdx, uint32(len(ix.owners)))
}

// cueOut is an output state the automaton was in after reading text[:end].
type cueOut struct {
	end int
	s   uint32
}

// find appends to raw every occurrence of a pattern in text, in order of
// end, then of start (the order of the automaton's outputs), and returns the
// extended slice; seg is scratch space for the segments, returned for reuse.
func (ix *cueIndex) find(text string, raw []rawHit, seg *[cueStreams][]cueOut) []rawHit {
	n := len(text)
	if n < cueSplitMin || ix.maxLen == 0 {
		raw, _ = ix.run(text, 0, n, 0, raw)
		return raw
	}
	b := ix.outs(text, seg)
	for k := range cueStreams {
		for _, o := range seg[k] {
			if o.end > b[k] {
				raw = ix.emit(raw, o.s, o.end)
			}
		}
	}
	return raw
}

// outs runs the automaton over a text of cueSplitMin bytes or more in
// cueStreams segments side by side. Segment k reports in seg[k] the output
// states it meets, in text order; those that end at or before b[k] (in its
// lead-in) belong to the segment before and are to be skipped.
func (ix *cueIndex) outs(text string, seg *[cueStreams][]cueOut) (b [cueStreams + 1]int) {
	n := len(text)
	// Segment k covers the ends in (b[k], b[k+1]] and is read from
	// a[k] = b[k]-lead (the lead-in).
	lead := ix.maxLen - 1
	var a [cueStreams + 1]int
	for k := range cueStreams + 1 {
		b[k] = n * k / cueStreams
	}
	for k := range cueStreams {
		a[k] = max(b[k]-lead, 0)
		seg[k] = seg[k][:0]
	}
	// Side by side for as long as the shortest segment lasts.
	m := n
	for k := range cueStreams {
		m = min(m, b[k+1]-a[k])
	}
	var st [cueStreams]uint32
	next, class, outStart := ix.next, &ix.class, ix.outStart
	t0, t1, t2, t3, t4, t5, t6, t7 := text[a[0]:a[0]+m], text[a[1]:a[1]+m], text[a[2]:a[2]+m], text[a[3]:a[3]+m], text[a[4]:a[4]+m], text[a[5]:a[5]+m], text[a[6]:a[6]+m], text[a[7]:a[7]+m]
	s0, s1, s2, s3, s4, s5, s6, s7 := st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7]
	for i := 0; i < m; i++ {
		s0 = next[s0+uint32(class[t0[i]])]
		s1 = next[s1+uint32(class[t1[i]])]
		s2 = next[s2+uint32(class[t2[i]])]
		s3 = next[s3+uint32(class[t3[i]])]
		s4 = next[s4+uint32(class[t4[i]])]
		s5 = next[s5+uint32(class[t5[i]])]
		s6 = next[s6+uint32(class[t6[i]])]
		s7 = next[s7+uint32(class[t7[i]])]
		if s0 >= outStart {
			seg[0] = append(seg[0], cueOut{a[0] + i + 1, s0})
		}
		if s1 >= outStart {
			seg[1] = append(seg[1], cueOut{a[1] + i + 1, s1})
		}
		if s2 >= outStart {
			seg[2] = append(seg[2], cueOut{a[2] + i + 1, s2})
		}
		if s3 >= outStart {
			seg[3] = append(seg[3], cueOut{a[3] + i + 1, s3})
		}
		if s4 >= outStart {
			seg[4] = append(seg[4], cueOut{a[4] + i + 1, s4})
		}
		if s5 >= outStart {
			seg[5] = append(seg[5], cueOut{a[5] + i + 1, s5})
		}
		if s6 >= outStart {
			seg[6] = append(seg[6], cueOut{a[6] + i + 1, s6})
		}
		if s7 >= outStart {
			seg[7] = append(seg[7], cueOut{a[7] + i + 1, s7})
		}
	}
	st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7] = s0, s1, s2, s3, s4, s5, s6, s7
	for k := range cueStreams {
		seg[k] = ix.runOuts(text, a[k]+m, b[k+1], st[k], seg[k])
	}
	return b
}

// runOuts steps the automaton from state s over text[i:end] and appends
// the output states it meets to outs.
func (ix *cueIndex) runOuts(text string, i, end int, s uint32, outs []cueOut) []cueOut {
	next, class, outStart := ix.next, &ix.class, ix.outStart
	for ; i < end; i++ {
		s = next[s+uint32(class[text[i]])]
		if s >= outStart {
			outs = append(outs, cueOut{i + 1, s})
		}
	}
	return outs
}

// run steps the automaton from state s over text[i:end] and appends the
// occurrences that end there to raw; it returns raw and the final state.
func (ix *cueIndex) run(text string, i, end int, s uint32, raw []rawHit) ([]rawHit, uint32) {
	next, class, outStart := ix.next, &ix.class, ix.outStart
	for ; i < end; i++ {
		s = next[s+uint32(class[text[i]])]
		if s >= outStart {
			raw = ix.emit(raw, s, i+1)
		}
	}
	return raw, s
}

// emit appends the occurrences of the patterns that end at end in output
// state s.
func (ix *cueIndex) emit(raw []rawHit, s uint32, end int) []rawHit {
	k := (s - ix.outStart) >> ix.shift
	for _, p := range ix.outPat[ix.outIdx[k]:ix.outIdx[k+1]] {
		raw = append(raw, rawHit{start: end - ix.patLen[p], end: end, pat: p})
	}
	return raw
}

// scan calls fn for every occurrence of a pattern in text, in order of end
// (then of start), once per pattern.
func (ix *cueIndex) scan(text string, fn func(start, end int, pat int32)) {
	var seg [cueStreams][]cueOut
	for _, h := range ix.find(text, nil, &seg) {
		fn(h.start, h.end, h.pat)
	}
}

// hits appends to hits[d] every occurrence in text of a cue word of
// detector d, as Hit{Start, End, Cue}, in order of end, then of start,
// then of cue. seg is scratch space.
func (ix *cueIndex) hits(text string, hits [][]Hit, seg *[cueStreams][]cueOut) {
	if len(text) < cueSplitMin || ix.maxLen == 0 {
		// A cell: one pass, straight into hits.
		next, class, outStart := ix.next, &ix.class, ix.outStart
		s := uint32(0)
		for i := 0; i < len(text); i++ {
			s = next[s+uint32(class[text[i]])]
			if s >= outStart {
				ix.ownerHits(hits, s, i+1)
			}
		}
		return
	}
	b := ix.outs(text, seg)
	for k := range cueStreams {
		for _, o := range seg[k] {
			if o.end > b[k] {
				ix.ownerHits(hits, o.s, o.end)
			}
		}
	}
}

// ownerHits appends to hits the occurrences that end at end in output
// state s, per detector cue.
func (ix *cueIndex) ownerHits(hits [][]Hit, s uint32, end int) {
	k := (s - ix.outStart) >> ix.shift
	for _, o := range ix.owners[ix.ownIdx[k]:ix.ownIdx[k+1]] {
		hits[o.det] = append(hits[o.det], Hit{Start: end - int(o.n), End: end, Cue: int(o.cue)})
	}
}
