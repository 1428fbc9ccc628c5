package detectors

import (
	"slices"
	"strings"
	"sync"
)

// Engine runs a set of detectors over records: one keyword pass for all of
// them, then each detector, then overlap resolution between kinds. An Engine
// is not safe for concurrent use; build one per goroutine.
//
// Detect allocates nothing of its own once its scratch buffers have grown:
// hits, matches and the overlap resolution reuse them from record to record.
type Engine struct {
	dets    []Detector
	cues    *cueIndex
	hits    [][]Hit
	facts   fieldMemo[*fieldFacts]
	seg     [cueStreams][]cueOut // scratch of the keyword pass
	found   []Match
	in      Input
	add     func(Match) // appends to found; made once
	textLen int         // len of the text being detected, for add
	order   []int       // scratch of resolveOverlaps
	sorted  []Match
	keep    []bool
	kept    [][2]int
	// inert: the fast paths for cells no detector can match (inertCell,
	// cells) are on: every detector is one of this package's.
	inert bool
	cells *cellMemo // made at the first cell it may hold
}

// NewEngine builds an engine over dets (usually All()).
func NewEngine(dets []Detector) *Engine {
	words := make([][]string, len(dets))
	for i, d := range dets {
		words[i] = d.Cues()
	}
	e := &Engine{dets: dets, cues: sharedCueIndex(words), hits: make([][]Hit, len(dets))}
	e.inert = ownDetectors(dets)
	e.add = func(m Match) {
		if m.Start < 0 || m.End > e.textLen || m.Start >= m.End {
			return // a detector bug must never corrupt output
		}
		e.found = append(e.found, m)
	}
	return e
}

// The cue automaton is immutable once built, and every worker's engine asks
// for the same cue lists: build each distinct set once (about 1.6 MB) and
// share it, instead of once per worker.
var (
	cueCacheMu sync.Mutex
	cueCache   = map[string]*cueIndex{}
)

func sharedCueIndex(words [][]string) *cueIndex {
	var b strings.Builder
	for _, ws := range words {
		for _, w := range ws {
			b.WriteString(w)
			b.WriteByte(0)
		}
		b.WriteByte(1)
	}
	key := b.String()
	cueCacheMu.Lock()
	defer cueCacheMu.Unlock()
	if ix, ok := cueCache[key]; ok {
		return ix
	}
	ix := newCueIndex(words)
	if len(cueCache) < 16 {
		cueCache[key] = ix
	}
	return ix
}

// Detect finds every match in text and calls emit for each, in order of Start.
// field is the column name or JSON path ("" for free text), row the record
// index (-1 for free text) and column the kind the scanner believes the column
// holds ("" if unknown).
func (e *Engine) Detect(field string, row int64, text string, column Kind, emit func(Match)) {
	facts := e.facts.get(field, column, fieldFactsOf)
	// add: the cell is to be added to the memo; seen: its entry is to keep
	// the matches.
	var add bool
	var seen *cellHead
	if e.inert {
		if inertCell(text, column, facts) {
			return
		}
		if row >= 0 && len(text) > 0 && len(text) <= cellMemoLongLen && facts.cells.use() {
			if e.cells == nil {
				e.cells = newCellMemo()
			}
			st, entry := e.cells.lookup(facts, text)
			facts.cells.found(st != cellMiss)
			switch st {
			case cellNone:
				return
			case cellMatched:
				for _, m := range entry.pos.ms {
					emit(m)
				}
				return
			case cellSeen:
				seen = entry
			default:
				add = true
			}
		}
	}
	for i, h := range e.hits {
		if len(h) > 0 {
			e.hits[i] = h[:0]
		}
	}
	e.cues.hits(text, e.hits, &e.seg)
	e.found = e.found[:0]
	e.textLen = len(text)
	// One Input for all detectors (they do not modify it): only Hits
	// changes between them.
	e.in = Input{Field: field, Row: row, Text: text, Column: column, facts: facts}
	for i, d := range e.dets {
		h := e.hits[i]
		if len(h) > 1 {
			sortHits(h)
		}
		e.in.Hits = h
		d.Detect(&e.in, e.add)
	}
	e.in = Input{}
	found := e.resolveOverlaps(e.found)
	switch {
	case add:
		e.cells.add(facts, text, len(found) > 0)
	case seen != nil && len(found) > 0:
		seen.keep(found, text)
	}
	for _, m := range found {
		emit(m)
	}
}

// sortHits sorts hits by Start. The keyword pass yields them in order of
// End, which is mostly in order of Start already. The sort is the one
// sort.Slice uses (pattern-defeating quicksort), so that hits with equal
// starts keep the order detectors have always seen; it leaves a sorted
// slice as it is, hence the shortcut.
func sortHits(h []Hit) {
	for i := 1; i < len(h); i++ {
		if h[i].Start < h[i-1].Start {
			slices.SortFunc(h, func(a, b Hit) int { return a.Start - b.Start })
			return
		}
	}
}

// resolveOverlaps keeps, among overlapping matches, the most confident (then
// the longest); matches that do not overlap are all kept. The result is
// sorted by Start and shares ms's memory.
func (e *Engine) resolveOverlaps(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start {
			// A stable sort by Start, done on indices: a Match is large.
			order := e.order[:0]
			for i := range ms {
				order = append(order, i)
			}
			slices.SortFunc(order, func(a, b int) int {
				if d := ms[a].Start - ms[b].Start; d != 0 {
					return d
				}
				return a - b
			})
			tmp := e.sorted[:0]
			for _, i := range order {
				tmp = append(tmp, ms[i])
			}
			copy(ms, tmp)
			clear(tmp) // drop the strings
			e.order, e.sorted = order, tmp
			break
		}
	}
	overlap := false
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			overlap = true
			break
		}
	}
	if !overlap {
		return ms
	}
	keep := slices.Grow(e.keep[:0], len(ms))[:len(ms)]
	clear(keep)
	order, kept := e.order[:0], e.kept[:0]
	// Matches of different clusters (runs of matches sorted by Start that
	// overlap the run's furthest End) cannot overlap, so each cluster is
	// resolved alone: a large input with thousands of matches and a few
	// overlaps costs no more than its clusters.
	for a := 0; a < len(ms); {
		b, end := a+1, ms[a].End
		for b < len(ms) && ms[b].Start < end {
			end = max(end, ms[b].End)
			b++
		}
		if b == a+1 {
			keep[a] = true
			a = b
			continue
		}
		order = order[:0]
		for i := a; i < b; i++ {
			order = append(order, i)
		}
		slices.SortStableFunc(order, func(a, b int) int {
			x, y := &ms[a], &ms[b]
			if x.Confidence != y.Confidence {
				if x.Confidence > y.Confidence {
					return -1
				}
				return 1
			}
			return (y.End - y.Start) - (x.End - x.Start)
		})
		kept = kept[:0]
		for _, i := range order {
			m := &ms[i]
			ok := true
			for _, k := range kept {
				if m.Start < k[1] && k[0] < m.End {
					ok = false
					break
				}
			}
			if ok {
				keep[i] = true
				kept = append(kept, [2]int{m.Start, m.End})
			}
		}
		a = b
	}
	e.order, e.keep, e.kept = order, keep, kept
	out := ms[:0]
	for i, m := range ms {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}
