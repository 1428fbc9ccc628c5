package detectors

import (
	"sort"
	"strings"
	"sync"
)

// Engine runs a set of detectors over records: one keyword pass for all of
// them, then each detector, then overlap resolution between kinds. An Engine
// is not safe for concurrent use; build one per goroutine.
type Engine struct {
	dets  []Detector
	cues  *cueIndex
	hits  [][]Hit
	found []Match
	in    Input
}

// NewEngine builds an engine over dets (usually All()).
func NewEngine(dets []Detector) *Engine {
	words := make([][]string, len(dets))
	for i, d := range dets {
		words[i] = d.Cues()
	}
	return &Engine{dets: dets, cues: sharedCueIndex(words), hits: make([][]Hit, len(dets))}
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
	for i := range e.hits {
		e.hits[i] = e.hits[i][:0]
	}
	e.cues.scan(text, func(start, end int, pat int32) {
		for _, o := range e.cues.patOwner[pat] {
			e.hits[o.det] = append(e.hits[o.det], Hit{Start: start, End: end, Cue: o.cue})
		}
	})
	e.found = e.found[:0]
	add := func(m Match) {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			return // a detector bug must never corrupt output
		}
		e.found = append(e.found, m)
	}
	for i, d := range e.dets {
		h := e.hits[i]
		sort.Slice(h, func(a, b int) bool { return h[a].Start < h[b].Start })
		e.in = Input{Field: field, Row: row, Text: text, Column: column, Hits: h}
		d.Detect(&e.in, add)
	}
	e.in = Input{}
	for _, m := range resolveOverlaps(e.found) {
		emit(m)
	}
}

// resolveOverlaps keeps, among overlapping matches, the most confident (then
// the longest); matches that do not overlap are all kept. The result is
// sorted by Start.
func resolveOverlaps(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
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
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := ms[order[a]], ms[order[b]]
		if x.Confidence != y.Confidence {
			return x.Confidence > y.Confidence
		}
		return x.End-x.Start > y.End-y.Start
	})
	keep := make([]bool, len(ms))
	var kept []Match
	for _, i := range order {
		m := ms[i]
		ok := true
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				ok = false
				break
			}
		}
		if ok {
			keep[i] = true
			kept = append(kept, m)
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}
