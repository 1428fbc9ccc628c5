package detectors

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// resolveAll is resolveOverlaps without clusters: every match, most
// confident (then longest) first, is kept unless it overlaps one kept
// before it. resolveOverlaps must give the same matches.
func resolveAll(ms []Match) []Match {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b Match) int { return a.Start - b.Start })
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := ms[a], ms[b]
		if x.Confidence != y.Confidence {
			if x.Confidence > y.Confidence {
				return -1
			}
			return 1
		}
		return (y.End - y.Start) - (x.End - x.Start)
	})
	keep := make([]bool, len(ms))
	var kept [][2]int
	for _, i := range order {
		m := ms[i]
		ok := true
		for _, k := range kept {
			if m.Start < k[1] && k[0] < m.End {
				ok = false
			}
		}
		if ok {
			keep[i] = true
			kept = append(kept, [2]int{m.Start, m.End})
		}
	}
	var out []Match
	for i, m := range ms {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}

func TestResolveOverlapsClusters(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	e := NewEngine(All())
	for round := range 2000 {
		n := 1 + rng.IntN(40)
		ms := make([]Match, n)
		for i := range ms {
			start := rng.IntN(300)
			ms[i] = Match{
				Start: start, End: start + 1 + rng.IntN(25),
				Confidence: []float64{0.6, 0.75, 0.9}[rng.IntN(3)],
				Subtype:    string(rune('a' + i%26)),
			}
		}
		want := resolveAll(ms)
		got := slices.Clone(e.resolveOverlaps(slices.Clone(ms)))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: resolveOverlaps differs from resolving all at once (-want +got):\n%s", round, diff)
		}
	}
}
