package detectors

// cueIndex is an Aho-Corasick automaton over the cue words of every detector,
// so that one pass over a record finds every cue of every kind. It works on
// bytes (cue words are UTF-8) and folds ASCII letters to lower case.
type cueIndex struct {
	class    [256]uint8 // byte -> equivalence class; 0 = byte in no pattern
	nclass   int
	next     []int32   // state*nclass + class -> state (complete DFA)
	out      [][]int32 // state -> pattern ids ending here (suffix outputs merged)
	patLen   []int     // pattern id -> byte length
	patOwner [][]owner // pattern id -> detectors that asked for it
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
	ix.out = [][]int32{nil}
	for id, p := range pats {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := ix.class[p[i]]
			if trie[s][c] == 0 {
				trie = append(trie, make([]int32, n))
				ix.out = append(ix.out, nil)
				trie[s][c] = int32(len(trie) - 1)
			}
			s = trie[s][c]
		}
		ix.out[s] = append(ix.out[s], int32(id))
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
		ix.out[s] = append(ix.out[s], ix.out[fail[s]]...)
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
	ix.next = make([]int32, len(trie)*n)
	for s, row := range trie {
		copy(ix.next[s*n:], row)
	}
	return ix
}

// scan calls fn for every occurrence of a pattern in text, in order of end.
func (ix *cueIndex) scan(text string, fn func(start, end int, pat int32)) {
	if len(ix.patLen) == 0 {
		return
	}
	s := int32(0)
	n := int32(ix.nclass)
	for i := 0; i < len(text); i++ {
		c := ix.class[text[i]]
		if c == 0 && s == 0 {
			continue
		}
		s = ix.next[s*n+int32(c)]
		if s == 0 {
			continue
		}
		for _, p := range ix.out[s] {
			fn(i+1-ix.patLen[p], i+1, p)
		}
	}
}
