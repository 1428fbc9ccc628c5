package dataset

import "math"

// PopulationFile records, for a --sample scan, how many objects the sample
// was drawn from.
const PopulationFile = "population.json"

// Population is population.json.
type Population struct {
	Fraction float64 `json:"fraction"`
	Objects  int64   `json:"objects"`
	Bytes    int64   `json:"bytes"`
}

// Extrapolation is a --sample scan's estimate of the whole population.
type Extrapolation struct {
	Fraction          float64 `json:"fraction"`
	PopulationObjects int64   `json:"population_objects"`
	PopulationBytes   int64   `json:"population_bytes"`
	SampledObjects    int64   `json:"sampled_objects"`
	// Findings per kind over the whole population, with the half-width of
	// a 95% confidence interval (simple random sampling of objects without
	// replacement; per-object counts as the unit).
	Findings   map[string]int64 `json:"findings"`
	Findings95 map[string]int64 `json:"findings_ci95"`
	// Distinct values cannot be extrapolated linearly; Distinct counts stay
	// those of the sample, a lower bound for the population.
	Note string `json:"note"`
}

// perObject accumulates per-object finding counts per kind, for the
// sampling variance. Findings of one object are contiguous within a part.
type perObject struct {
	counts []int64 // of the current object, by kind id (see tally)
	sum2   map[string]float64
}

func (p *perObject) add(kid int) {
	for len(p.counts) <= kid {
		p.counts = append(p.counts, 0)
	}
	p.counts[kid]++
}

// flush ends the current object; kinds names the kind ids.
func (p *perObject) flush(kinds []string) {
	if p.sum2 == nil {
		p.sum2 = map[string]float64{}
	}
	for kid, n := range p.counts {
		if n > 0 {
			p.sum2[kinds[kid]] += float64(n) * float64(n)
		}
	}
	clear(p.counts)
}

// extrapolate estimates population totals from n sampled objects with the
// given findings totals and per-object sums of squares.
func extrapolate(pop Population, n int64, totals map[string]int64, sum2 map[string]float64) *Extrapolation {
	e := &Extrapolation{
		Fraction: pop.Fraction, PopulationObjects: pop.Objects, PopulationBytes: pop.Bytes, SampledObjects: n,
		Findings: map[string]int64{}, Findings95: map[string]int64{},
		Note: "distinct counts are those of the sample: a lower bound for the population",
	}
	if n == 0 {
		return e
	}
	N := float64(pop.Objects)
	fn := float64(n)
	for _, k := range kinds {
		sum := float64(totals[k])
		mean := sum / fn
		var s2 float64
		if n > 1 {
			s2 = (sum2[k] - fn*mean*mean) / (fn - 1)
		}
		if s2 < 0 {
			s2 = 0
		}
		fpc := 1 - fn/N
		if fpc < 0 {
			fpc = 0
		}
		e.Findings[k] = int64(math.Round(N * mean))
		e.Findings95[k] = int64(math.Ceil(1.96 * N * math.Sqrt(fpc*s2/fn)))
	}
	return e
}
