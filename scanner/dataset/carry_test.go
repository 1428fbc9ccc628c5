package dataset

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// writePrev writes a previous dataset of two committed parts: in part 1,
// objects k0..k4 (k0-k2 with an ETag, k3-k4 local files without one) with
// two findings each, and k5, which failed; in part 2, k1 again (a later scan
// of it, which wins) with one finding.
func writePrev(t *testing.T, dir string, mod time.Time) {
	t.Helper()
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 1 << 20})
	must(t, err)
	p := w.NewPart()
	for i := range 5 {
		key := fmt.Sprintf("k%d", i)
		etag := ""
		if i < 3 {
			etag = fmt.Sprintf("\"etag-%d\"", i)
		}
		for j := range 2 {
			f := finding(key, "phone", fmt.Sprintf("%032d", i*10+j))
			f.ETag = etag
			must(t, p.Finding(f))
		}
		must(t, p.Object(Object{ScanID: "s1", Bucket: "b", Key: key, ETag: etag, Size: int64(100 + i), LastModified: mod, Status: StatusScanned, Findings: 2}))
	}
	must(t, p.Object(Object{ScanID: "s1", Bucket: "b", Key: "k5", Size: 7, LastModified: mod, Status: StatusError, Reason: "not found"}))
	must(t, p.Commit())
	p = w.NewPart()
	f := finding("k1", "name", fmt.Sprintf("%032d", 99))
	f.ETag = "\"etag-1b\""
	must(t, p.Finding(f))
	must(t, p.Object(Object{ScanID: "s1", Bucket: "b", Key: "k1", ETag: "\"etag-1b\"", Size: 111, LastModified: mod, Status: StatusScanned, Findings: 1}))
	must(t, p.Commit())
}

func TestPrevObjectsCarry(t *testing.T) {
	dir := t.TempDir()
	mod := time.Date(2026, 11, 1, 12, 0, 0, 123_000_000, time.UTC)
	writePrev(t, dir, mod)
	c, err := List(dir)
	must(t, err)
	prev, err := PreviousObjects(c)
	must(t, err)
	if prev.Len() != 5 { // k0..k4; k1 once; k5 failed and is scanned again
		t.Fatalf("Len = %d, want 5", prev.Len())
	}
	id := func(k string) ObjectID { return ObjectID{"b", k} }
	for _, tc := range []struct {
		name string
		id   ObjectID
		etag string
		size int64
		mod  time.Time
		want bool
	}{
		{"same ETag and size", id("k0"), "\"etag-0\"", 100, time.Time{}, true},
		{"ETag changed", id("k2"), "\"etag-x\"", 102, mod, false},
		{"size changed", id("k2"), "\"etag-2\"", 999, mod, false},
		{"ETag gone", id("k2"), "", 102, mod, false},
		{"the later part wins", id("k1"), "\"etag-1b\"", 111, mod, true},
		{"the earlier row is stale", id("k1"), "\"etag-1\"", 101, mod, false},
		{"local file, same time to the ms", id("k3"), "", 103, mod.Add(456 * time.Microsecond), true},
		{"local file touched", id("k4"), "", 104, mod.Add(time.Millisecond), false},
		{"local file now has an ETag", id("k4"), "\"e\"", 104, mod, false},
		{"failed before", id("k5"), "", 7, mod, false},
		{"new", id("k9"), "", 1, mod, false},
		{"other bucket", ObjectID{"c", "k0"}, "\"etag-0\"", 100, mod, false},
	} {
		if got := prev.Carry(tc.id, tc.etag, tc.size, tc.mod); got != tc.want {
			t.Errorf("%s: Carry(%v) = %v, want %v", tc.name, tc.id, got, tc.want)
		}
	}
	var nilPrev *PrevObjects
	if nilPrev.Carry(id("k0"), "\"etag-0\"", 100, mod) || nilPrev.Len() != 0 {
		t.Error("a nil PrevObjects carries something")
	}

	// Carried: k0 and k3 from part 1, k1 from part 2.
	out := t.TempDir()
	w, err := NewWriter(out, 1, false, PartOptions{MaxRows: 1 << 20})
	must(t, err)
	n, err := CarryForward(c, prev, "s2", w.NewPart())
	must(t, err)
	if n != 3 {
		t.Errorf("carried %d objects, want 3", n)
	}
	oc, err := List(out)
	must(t, err)
	var objs, finds []string
	for i := range oc.Seqs {
		must(t, ReadRows(oc.ObjectsPath(i), func(rs []Object) {
			for _, r := range rs {
				objs = append(objs, fmt.Sprintf("%s %s %s %d", r.ScanID, r.Key, r.ETag, r.Findings))
			}
		}))
		for _, path := range oc.FindingsPaths(i) {
			must(t, ReadRows(path, func(fs []Finding) {
				for _, f := range fs {
					finds = append(finds, fmt.Sprintf("%s %s %s", f.ScanID, f.Key, f.ValueHash))
				}
			}))
		}
	}
	sort.Strings(objs)
	sort.Strings(finds)
	wantObjs := []string{`s2 k0 "etag-0" 2`, `s2 k1 "etag-1b" 1`, `s2 k3  2`}
	wantFinds := []string{
		"s2 k0 " + fmt.Sprintf("%032d", 0), "s2 k0 " + fmt.Sprintf("%032d", 1),
		"s2 k1 " + fmt.Sprintf("%032d", 99),
		"s2 k3 " + fmt.Sprintf("%032d", 30), "s2 k3 " + fmt.Sprintf("%032d", 31),
	}
	if diff := cmp.Diff(wantObjs, objs); diff != "" {
		t.Errorf("carried objects (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantFinds, finds); diff != "" {
		t.Errorf("carried findings (-want +got):\n%s", diff)
	}
}

// BenchmarkPrevObjects reports the memory an incremental scan holds per
// object of the previous dataset: PrevObjects against the map of object to
// row it replaced (keys and ETags read from Parquet are not shared).
func BenchmarkPrevObjects(b *testing.B) {
	const n = 200000
	type oldRow struct {
		ETag         string
		Size         int64
		LastModified time.Time
		Seq          int64
	}
	ids := make([]ObjectID, n)
	etags := make([]string, n)
	for i := range ids {
		ids[i] = ObjectID{"estate-bucket", fmt.Sprintf("orders/2026/11/%02d/export-%08d.csv.gz", i%28, i)}
		etags[i] = fmt.Sprintf("\"%032x\"", i)
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	mod := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var prevBytes, mapBytes float64
	for b.Loop() {
		before := heap()
		p := &PrevObjects{fingerprinter: newFingerprinter()}
		for i, id := range ids {
			p.e = append(p.e, prevEntry{id: p.fingerprint(id.Bucket, id.Key), etag: p.fingerprint("", etags[i]), hasETag: true, size: int64(i), modMS: mod.UnixMilli()})
		}
		slices.SortStableFunc(p.e, func(a, b prevEntry) int { return compareFingerprints(a.id, b.id) })
		p.e = slices.Clip(p.e)
		prevBytes = float64(heap()-before) / n
		runtime.KeepAlive(p)
		before = heap()
		m := map[ObjectID]oldRow{}
		for i, id := range ids {
			m[ObjectID{string([]byte(id.Bucket)), string([]byte(id.Key))}] = oldRow{ETag: string([]byte(etags[i])), Size: int64(i), LastModified: mod}
		}
		mapBytes = float64(heap()-before) / n
		runtime.KeepAlive(m)
	}
	b.ReportMetric(prevBytes, "prev-B/object")
	b.ReportMetric(mapBytes, "map-B/object")
}
