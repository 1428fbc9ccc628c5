package dataset

import (
	"math/rand/v2"
	"testing"
)

// TestSeenTable checks seenTable against a map under the same rule: a key
// is remembered if it was already held or the table had room, with keys
// that collide in their first slot (the table is small) and the fold 0.
func TestSeenTable(t *testing.T) {
	for _, limit := range []int{1, 7, 1000, 5000} {
		r := rand.New(rand.NewPCG(uint64(limit), 1))
		tab := newSeenTable(limit)
		model := map[uint64]uint64{}
		keys := []uint64{0}
		for range 3 * limit {
			keys = append(keys, r.Uint64())
		}
		for range 20 * limit {
			k := keys[r.IntN(len(keys))]
			b := uint64(1) << r.IntN(64)
			got, gotOK := tab.get(k)
			want, wantOK := model[k]
			if got != want || gotOK != wantOK {
				t.Fatalf("limit %d: get(%#x) = %#x, %v; want %#x, %v", limit, k, got, gotOK, want, wantOK)
			}
			tab.put(k, got|b)
			if wantOK || len(model) < limit {
				model[k] = want | b
			}
			if tab.n != len(model) {
				t.Fatalf("limit %d: len %d, want %d", limit, tab.n, len(model))
			}
		}
		if len(model) != limit {
			t.Fatalf("limit %d: the test filled %d values", limit, len(model))
		}
		// At most half full, at most twice the limit (a power of two).
		if n := len(tab.slots); n < 2*limit || n >= 4*limit {
			t.Errorf("limit %d: %d slots, want a power of two in [%d, %d)", limit, n, 2*limit, 4*limit)
		}
	}
}

func BenchmarkSeenTable(b *testing.B) {
	const n = 1 << 18
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, 4*n)
	for i := range keys {
		keys[i] = r.Uint64()
	}
	tab := newSeenTable(n)
	m := map[uint64]uint64{}
	for _, k := range keys[:n] {
		tab.put(k, 1)
		m[k] = 1
	}
	b.Run("table", func(b *testing.B) {
		i := 0
		for b.Loop() {
			k := keys[i&(len(keys)-1)]
			v, _ := tab.get(k)
			tab.put(k, v|2)
			i++
		}
	})
	b.Run("map", func(b *testing.B) {
		i := 0
		for b.Loop() {
			k := keys[i&(len(keys)-1)]
			v, ok := m[k]
			if ok || len(m) < n {
				m[k] = v | 2
			}
			i++
		}
	})
}
