package dataset

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
)

// An ObjectSet holds exactly the objects added, repeats once, and tells
// apart objects whose bucket and key concatenate alike.
func TestObjectSet(t *testing.T) {
	s := newObjectSet()
	rng := rand.New(rand.NewPCG(1, 2))
	in := map[ObjectID]bool{}
	for i := 0; i < 20000; i++ {
		id := ObjectID{fmt.Sprintf("bucket-%d", rng.IntN(3)), fmt.Sprintf("p%d/k-%d.csv", rng.IntN(50), rng.IntN(5000))}
		in[id] = true
		s.add(id.Bucket, id.Key)
	}
	s.add("ab", "c")
	s.add("ab", "c")
	in[ObjectID{"ab", "c"}] = true
	s.seal()
	if s.Len() != len(in) {
		t.Fatalf("Len = %d, want %d", s.Len(), len(in))
	}
	for id := range in {
		if !s.Contains(id) {
			t.Fatalf("missing %v", id)
		}
	}
	for _, id := range []ObjectID{{"a", "bc"}, {"abc", ""}, {"", "abc"}, {"bucket-0", "p0/k-5000.csv"}, {"bucket-9", "p1/k-1.csv"}} {
		if s.Contains(id) {
			t.Errorf("Contains(%v) for an object never added", id)
		}
	}
	var none *ObjectSet
	if none.Contains(ObjectID{"b", "k"}) || none.Len() != 0 {
		t.Error("a nil set must be empty")
	}
}

// BenchmarkObjectSet reports the heap an ObjectSet and a map of ObjectID
// hold per object for keys like an estate's (about 60 bytes).
func BenchmarkObjectSet(b *testing.B) {
	const n = 200000
	ids := make([]ObjectID, n)
	for i := range ids {
		ids[i] = ObjectID{"estate-bucket", fmt.Sprintf("orders/2026/11/%02d/export-%08d.csv.gz", i%28, i)}
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var setBytes, mapBytes float64
	for b.Loop() {
		// The keys of a resumed scan are read from Parquet and not shared:
		// the map copies them.
		before := heap()
		s := newObjectSet()
		for _, id := range ids {
			s.add(id.Bucket, id.Key)
		}
		s.seal()
		setBytes = float64(heap()-before) / n
		runtime.KeepAlive(s)
		before = heap()
		m := map[ObjectID]struct{}{}
		for _, id := range ids {
			m[ObjectID{string([]byte(id.Bucket)), string([]byte(id.Key))}] = struct{}{}
		}
		mapBytes = float64(heap()-before) / n
		runtime.KeepAlive(m)
	}
	b.ReportMetric(setBytes, "set-B/object")
	b.ReportMetric(mapBytes, "map-B/object")
}
