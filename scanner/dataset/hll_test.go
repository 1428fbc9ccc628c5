package dataset

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestHLLTenMillion checks the sketch against the truth on 10 million
// distinct values, in four shards merged, within three standard errors.
func TestHLLTenMillion(t *testing.T) {
	n := 10_000_000
	if testing.Short() {
		n = 1_000_000
	}
	r := rand.New(rand.NewPCG(1, 2))
	shards := []*HLL{NewHLL(), NewHLL(), NewHLL(), NewHLL()}
	for i := 0; i < n; i++ {
		x := r.Uint64()
		shards[i%4].Add(x)
		if i%3 == 0 { // duplicates, in another shard, must not count
			shards[(i+1)%4].Add(x)
		}
	}
	all := NewHLL()
	for _, s := range shards {
		all.Merge(s)
	}
	est := all.Estimate()
	rel := math.Abs(est-float64(n)) / float64(n)
	t.Logf("%d distinct: estimate %.0f, error %.3f%% (stated 1σ %.2f%%)", n, est, 100*rel, 100*HLLRelativeError())
	if rel > 3*HLLRelativeError() {
		t.Errorf("estimate %.0f for %d: error %.2f%% beyond 3σ", est, n, 100*rel)
	}
	var back HLL
	b, _ := all.MarshalText()
	if err := back.UnmarshalText(b); err != nil || back.Estimate() != est {
		t.Fatalf("round trip: %v", err)
	}
}

func TestHLLSmallRange(t *testing.T) {
	for _, n := range []int{0, 1, 10, 1000, 20000} {
		h := NewHLL()
		r := rand.New(rand.NewPCG(uint64(n), 9))
		for range n {
			h.Add(r.Uint64())
		}
		est := h.Estimate()
		if math.Abs(est-float64(n)) > 0.03*float64(n)+1 {
			t.Errorf("n=%d: estimate %.1f", n, est)
		}
	}
}
