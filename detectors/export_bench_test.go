package detectors

// PartBench runs the parts of an Engine separately over a fixed set of
// texts, for the per-part benchmarks of bench_test.go: the keyword pass
// alone, and each detector alone over hits found beforehand.
type PartBench struct {
	e     *Engine
	texts []string
	hits  [][][]Hit // text -> detector -> hits, sorted
}

// NewPartBench prepares texts (free text: no field, row -1).
func NewPartBench(texts []string) *PartBench {
	p := &PartBench{e: NewEngine(All()), texts: texts}
	for _, t := range texts {
		p.e.cues.hits(t, p.e.hits, &p.e.seg)
		hs := make([][]Hit, len(p.e.hits))
		for d, h := range p.e.hits {
			sortHits(h)
			hs[d] = append([]Hit(nil), h...)
			p.e.hits[d] = h[:0]
		}
		p.hits = append(p.hits, hs)
	}
	return p
}

// Detectors returns the kinds of the detectors, in Engine order.
func (p *PartBench) Detectors() []Kind {
	var ks []Kind
	for _, d := range p.e.dets {
		ks = append(ks, d.Kind())
	}
	return ks
}

// Cues runs the keyword pass over every text and returns the hit count.
func (p *PartBench) Cues() int {
	n := 0
	for _, t := range p.texts {
		for i := range p.e.hits {
			p.e.hits[i] = p.e.hits[i][:0]
		}
		p.e.cues.hits(t, p.e.hits, &p.e.seg)
		for _, h := range p.e.hits {
			n += len(h)
		}
	}
	return n
}

// Detector runs detector d alone over every text and returns its match count.
func (p *PartBench) Detector(d int) int {
	n := 0
	emit := func(Match) { n++ }
	facts := p.e.facts.get("", "", fieldFactsOf)
	for i, t := range p.texts {
		p.e.in = Input{Row: -1, Text: t, Hits: p.hits[i][d], facts: facts}
		p.e.dets[d].Detect(&p.e.in, emit)
	}
	return n
}

// SlowEngine returns an Engine without the fast paths for cells (inert
// cells, the cell memo): the reference the fast paths are checked against.
func SlowEngine() *Engine { return slowEngine() }

// CellMemoHits returns how many cells e found in its cell memo, and how
// many of those held matches.
func (e *Engine) CellMemoHits() (hits, matched int) {
	if e.cells == nil {
		return 0, 0
	}
	return e.cells.hits, e.cells.matched
}
