package dataset

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestExtrapolateCoverage draws many samples from a known population and
// checks that the 95% interval covers the true total about 95% of the time.
func TestExtrapolateCoverage(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	const N = 5000
	counts := make([]int64, N)
	var truth int64
	for i := range counts {
		if r.IntN(4) == 0 { // a quarter of the objects hold personal data
			counts[i] = int64(r.IntN(200))
		}
		truth += counts[i]
	}
	covered, trials := 0, 300
	for range trials {
		var n, sum int64
		sum2 := 0.0
		for _, c := range counts {
			if r.Float64() < 0.1 {
				n++
				sum += c
				sum2 += float64(c * c)
			}
		}
		e := extrapolate(Population{Fraction: 0.1, Objects: N}, n, map[string]int64{"phone": sum}, map[string]float64{"phone": sum2})
		if math.Abs(float64(e.Findings["phone"]-truth)) <= float64(e.Findings95["phone"]) {
			covered++
		}
	}
	rate := float64(covered) / float64(trials)
	t.Logf("95%% interval covered the truth in %.1f%% of %d samples", 100*rate, trials)
	if rate < 0.90 || rate > 0.99 {
		t.Errorf("coverage %.3f, want about 0.95", rate)
	}
}
