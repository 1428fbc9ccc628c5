package dataset

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// sealFindings returns n findings of object key, offsets 0..n-1.
func sealFindings(key string, n int) []Finding {
	fs := make([]Finding, n)
	for i := range fs {
		fs[i] = Finding{ScanID: "s", Bucket: "b", Key: key, Row: int64(i / 3), Offset: int64(i), Length: 4, Kind: "phone", ValueHash: "00112233445566778899aabbccddeeff"}
	}
	return fs
}

// writeObjects writes each object's findings and its objects row to p.
func writeObjects(t *testing.T, p *PartWriter, objs ...[]Finding) {
	t.Helper()
	for _, fs := range objs {
		for _, f := range fs {
			must(t, p.Finding(f))
		}
		must(t, p.Object(Object{ScanID: "s", Bucket: "b", Key: fs[0].Key, ETag: "e-" + fs[0].Key, Size: 1, Status: StatusScanned, Findings: int64(len(fs))}))
	}
}

// readKeysOffsets reads the findings files of every committed part in order.
func readKeysOffsets(t *testing.T, c Committed) []string {
	t.Helper()
	var got []string
	for i := range c.Seqs {
		for _, p := range c.FindingsPaths(i) {
			must(t, ReadRows(p, func(fs []Finding) {
				for _, f := range fs {
					got = append(got, f.Key+":"+itoa(f.Offset))
				}
			}))
		}
	}
	return got
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestPartSealedMidObject writes an object with more findings than a part
// takes: the part's findings file is sealed in the middle of the object and
// goes on in continuation files, committed with the part in one go (OnCommit
// lists them, findings first), read back in order by List, the summary and
// --since's carry.
func TestPartSealedMidObject(t *testing.T) {
	dir := t.TempDir()
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s", StartedAt: time.Unix(0, 0).UTC()}, 0o644))
	var commits [][]string
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 1000, BufferRows: 100, OnCommit: func(files []string) error {
		commits = append(commits, files)
		return nil
	}})
	must(t, err)
	a, big, c := sealFindings("a", 50), sealFindings("big", 3550), sealFindings("c", 10)
	p := w.NewPart()
	// big comes last, so that --since's carry must read it to its end.
	writeObjects(t, p, a, c, big)
	must(t, p.Commit())

	wantCommits := [][]string{
		{"findings/part-000001.parquet", "findings/part-000001-1.parquet", "findings/part-000001-2.parquet", "findings/part-000001-3.parquet", "objects/part-000001.parquet"},
	}
	if diff := cmp.Diff(wantCommits, commits); diff != "" {
		t.Errorf("OnCommit files (-want +got):\n%s", diff)
	}
	cm, err := List(dir)
	must(t, err)
	if diff := cmp.Diff([][]string{
		{"part-000001.parquet", "part-000001-1.parquet", "part-000001-2.parquet", "part-000001-3.parquet"},
	}, cm.Findings); diff != "" {
		t.Errorf("List findings files (-want +got):\n%s", diff)
	}
	var want []string
	for _, fs := range [][]Finding{a, c, big} {
		for _, f := range fs {
			want = append(want, f.Key+":"+itoa(f.Offset))
		}
	}
	if diff := cmp.Diff(want, readKeysOffsets(t, cm)); diff != "" {
		t.Errorf("findings read back (-want +got):\n%.1000s", diff)
	}
	// A file is sealed after the flush of pending rows that takes it to
	// MaxRows: 60 rows of a and c, then ten flushes of 100 rows of big.
	for i, name := range cm.Findings[0] {
		n := 0
		must(t, ReadRows(filepath.Join(dir, FindingsDir, name), func(fs []Finding) { n += len(fs) }))
		if want := []int{1060, 1000, 1000, 550}[i]; n != want {
			t.Errorf("findings file %d holds %d rows, want %d", i, n, want)
		}
	}
	s, err := Summarize(dir)
	must(t, err)
	if s.Findings["phone"] != 3610 || s.Objects.Scanned != 3 {
		t.Errorf("summary: %d findings, %d objects; want 3610, 3", s.Findings["phone"], s.Objects.Scanned)
	}

	// --since carries the big object across its files as one object.
	prev, err := PreviousObjects(cm)
	must(t, err)
	for _, k := range []string{"a", "big", "c"} {
		if !prev.Carry(ObjectID{"b", k}, "e-"+k, 1, time.Time{}) {
			t.Fatalf("object %s not carried", k)
		}
	}
	out := t.TempDir()
	w2, err := NewWriter(out, 1, false, PartOptions{})
	must(t, err)
	n, err := CarryForward(cm, prev, "s2", w2.NewPart())
	must(t, err)
	oc, err := List(out)
	must(t, err)
	if diff := cmp.Diff(want, readKeysOffsets(t, oc)); n != 3 || diff != "" {
		t.Errorf("carried %d objects (want 3); findings (-want +got):\n%.1000s", n, diff)
	}
}

// TestPartSealedCrash: a part sealed in the middle of an object is not
// committed until the object is: a crash before leaves only temporary
// files, and one in the middle of the commit (findings renamed, objects not)
// leaves findings files that Recover removes, continuations included.
// Abort drops the sealed files too.
func TestPartSealedCrash(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 1000, BufferRows: 100})
	must(t, err)
	p := w.NewPart()
	writeObjects(t, p, sealFindings("a", 10))
	must(t, p.Commit())
	p = w.NewPart()
	for _, f := range sealFindings("big", 2500) {
		must(t, p.Finding(f))
	}
	// The crash: part 2 has two sealed files and one open, none committed.
	tmps, _ := filepath.Glob(filepath.Join(dir, FindingsDir, ".part-000002*.tmp"))
	if len(tmps) != 3 {
		t.Fatalf("temporary findings files of the sealed part: %v, want 3", tmps)
	}
	// A crash in the middle of an earlier commit of part 3.
	for _, name := range []string{"part-000003.parquet", "part-000003-1.parquet"} {
		must(t, os.WriteFile(filepath.Join(dir, FindingsDir, name), []byte("x"), 0o644))
	}
	c, err := Recover(dir)
	must(t, err)
	if diff := cmp.Diff([][]string{{"part-000001.parquet"}}, c.Findings); diff != "" || len(c.Seqs) != 1 {
		t.Errorf("after Recover: parts %v, findings (-want +got):\n%s", c.Seqs, diff)
	}
	left, _ := os.ReadDir(filepath.Join(dir, FindingsDir))
	if len(left) != 1 {
		var names []string
		for _, e := range left {
			names = append(names, e.Name())
		}
		t.Errorf("findings directory after Recover: %v", names)
	}

	dir = t.TempDir()
	w, err = NewWriter(dir, 1, false, PartOptions{MaxRows: 1000, BufferRows: 100})
	must(t, err)
	p = w.NewPart()
	for _, f := range sealFindings("big", 2500) {
		must(t, p.Finding(f))
	}
	must(t, p.Abort())
	for _, sub := range []string{FindingsDir, ObjectsDir} {
		if left, _ := os.ReadDir(filepath.Join(dir, sub)); len(left) != 0 {
			t.Errorf("%s after Abort: %d files left", sub, len(left))
		}
	}
}

// TestLargeObjectPartFooterFlat writes 6 million findings of one object:
// the part's findings file is sealed every MaxRows rows, so the Parquet
// footer held in memory (about 1 MB per million rows) stops growing with
// the object. Without the seal the live heap grows by 5 MB over the run.
func TestLargeObjectPartFooterFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 6M rows; run without -short (scripts/test.sh does)")
	}
	w, err := NewWriter(t.TempDir(), 1, false, PartOptions{MaxRows: 1 << 20})
	must(t, err)
	p := w.NewPart()
	fs := synthFindings(1 << 17)
	var ms runtime.MemStats
	var first, peak uint64
	for rep := range 48 {
		for _, f := range fs {
			f.Key = "one-big-object"
			must(t, p.Finding(f))
		}
		if rep%4 == 3 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if first == 0 {
				first = ms.HeapAlloc
			}
			peak = max(peak, ms.HeapAlloc)
		}
	}
	must(t, p.Object(Object{ScanID: "s", Bucket: "estate", Key: "one-big-object", Status: StatusScanned}))
	must(t, p.Commit())
	growth := float64(peak) - float64(first)
	t.Logf("live heap at 0.5M rows %.1f MB, peak %.1f MB", float64(first)/(1<<20), float64(peak)/(1<<20))
	if growth > 2<<20 {
		t.Errorf("live heap grew by %.1f MB over 6M rows of one object, want < 2 MB", growth/(1<<20))
	}
}

// TestSealedPartPairs: the summary reads a part's findings files as one
// stream, so that a record whose name went into a sealed file and whose
// phone went into the continuation still counts as a name+phone pair, and
// the object counts once in the per-object figures.
func TestSealedPartPairs(t *testing.T) {
	dir := t.TempDir()
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s", StartedAt: time.Unix(0, 0).UTC()}, 0o644))
	// MaxRows 101 with flushes of 25 rows seals after 125 rows: in the
	// middle of record 62 (each record a name, then a phone).
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 101, BufferRows: 25})
	must(t, err)
	var fs []Finding
	for r := range 200 {
		for i, kind := range []string{"name", "phone"} {
			fs = append(fs, Finding{ScanID: "s", Bucket: "b", Key: "crm.csv", Field: kind, Row: int64(r), Offset: int64(i), Length: 3, Kind: kind,
				ValueHash: fmt.Sprintf("%016x%016x", r+1, i+1)})
		}
	}
	p := w.NewPart()
	writeObjects(t, p, fs)
	must(t, p.Commit())
	cm, err := List(dir)
	must(t, err)
	if len(cm.Findings) != 1 || len(cm.Findings[0]) < 2 {
		t.Fatalf("findings files %v: the part was not sealed", cm.Findings)
	}
	// Several tallies, so that files of one part would go to different ones.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(8))
	s, err := Summarize(dir)
	must(t, err)
	if s.People.NamePhone != 200 {
		t.Errorf("%d distinct name+phone records, want 200", s.People.NamePhone)
	}
}
