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
type cueIndex struct {
	class    [256]uint8 // byte -> equivalence class; 0 = byte in no pattern
	nclass   int
	shift    uint      // log2 of the row stride
	next     []uint32  // row offset + class -> row offset of the next state
	outStart uint32    // row offset of the first state with outputs
	outs     []cueOut  // the outputs of every state with outputs, grouped by state
	outIdx   []uint32  // (state - first output state) -> its outputs are outs[outIdx[k]:outIdx[k+1]]
	patLen   []int     // pattern id -> byte length
	patOwner [][]owner // pattern id -> detectors that asked for it
}

// cueOut is one hit a state reports: a pattern of length n ending at the
// current byte, for detector det's cue word cue.
type cueOut struct {
	n   int32
	pat int32
	det int32
	cue int32
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
		ix.outIdx = append(ix.outIdx, uint32(len(ix.outs)))
		for _, p := range out[os] {
			for _, o := range ix.patOwner[p] {
				ix.outs = append(ix.outs, cueOut{n: int32(ix.patLen[p]), pat: p, det: int32(o.det), cue: int32(o.cue)})
			}
		}
	}
	ix.outIdx = append(ix.outIdx, uint32(len(ix.outs)))
}

// scan calls fn for every occurrence of a pattern in text, in order of end
// (and, for one end, in the order of the state's outputs), once per pattern.
func (ix *cueIndex) scan(text string, fn func(start, end int, pat int32)) {
	if len(ix.patLen) == 0 {
		return
	}
	next, class, shift := ix.next, &ix.class, ix.shift
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		s = next[s+uint32(class[text[i]])]
		if s < ix.outStart {
			continue
		}
		k := (s - ix.outStart) >> shift
		last := int32(-1)
		for _, o := range ix.outs[ix.outIdx[k]:ix.outIdx[k+1]] {
			if o.pat != last {
				fn(i+1-int(o.n), i+1, o.pat)
				last = o.pat
			}
		}
	}
}

// hits appends to hits[d] every occurrence in text of a cue word of
// detector d, as Hit{Start, End, Cue}, in order of end.
func (ix *cueIndex) hits(text string, hits [][]Hit) {
	next, class, shift := ix.next, &ix.class, ix.shift
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		s = next[s+uint32(class[text[i]])]
		if s < ix.outStart {
			continue
		}
		k := (s - ix.outStart) >> shift
		for _, o := range ix.outs[ix.outIdx[k]:ix.outIdx[k+1]] {
			hits[o.det] = append(hits[o.det], Hit{Start: i + 1 - int(o.n), End: i + 1, Cue: int(o.cue)})
		}
	}
}
