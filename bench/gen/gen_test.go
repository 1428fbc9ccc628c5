package gen

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestDeterministic: the same Config gives the same objects, labels and
// summary whatever the number of workers; another seed gives others.
func TestDeterministic(t *testing.T) {
	cfg := Demo()
	cfg.Workers = 1
	s1, l1, sum1 := generate(t, cfg)
	cfg.Workers = 5
	s5, l5, sum5 := generate(t, cfg)
	if !reflect.DeepEqual(s1.keys(), s5.keys()) {
		t.Fatal("object keys differ between 1 and 5 workers")
	}
	for _, k := range s1.keys() {
		if !bytes.Equal(s1.objs[k], s5.objs[k]) {
			t.Fatalf("object %s differs between 1 and 5 workers", k)
		}
	}
	if !bytes.Equal(l1, l5) {
		t.Fatal("labels differ between 1 and 5 workers")
	}
	if !reflect.DeepEqual(sum1, sum5) {
		t.Fatal("summaries differ between 1 and 5 workers")
	}

	cfg.Seed++
	s2, l2, _ := generate(t, cfg)
	same := 0
	for _, k := range s1.keys() {
		if bytes.Equal(s1.objs[k], s2.objs[k]) {
			same++
		}
	}
	if same > 0 || bytes.Equal(l1, l2) {
		t.Fatalf("another seed reproduced %d objects (labels equal: %v)", same, bytes.Equal(l1, l2))
	}
}

// TestDemoComposition: the demo estate has every object type and, for
// Korea, every kind of personal data, with people reused across objects.
func TestDemoComposition(t *testing.T) {
	sink, raw, sum := generate(t, Demo())
	for _, typ := range AllTypes {
		if sum.ObjectsByType[typ] == 0 {
			t.Errorf("no %s object", typ)
		}
	}
	for _, k := range kindNames {
		if sum.LabelsByCountry["KR"][k] == 0 || sum.DistinctByCountry["KR"][k] == 0 {
			t.Errorf("no Korean %s", k)
		}
		if sum.Distinct[k] == 0 || sum.Distinct[k] > sum.Labels[k] {
			t.Errorf("%s: %d distinct of %d labels", k, sum.Distinct[k], sum.Labels[k])
		}
	}
	for _, c := range []string{"JP", "TW", "US"} {
		for _, k := range []string{"name", "phone", "address"} {
			if sum.LabelsByCountry[c][k] == 0 {
				t.Errorf("no %s %s", c, k)
			}
		}
	}
	if sum.Bytes < 3<<20 || sum.Bytes > 6<<20 {
		t.Errorf("demo is %d bytes, want a few MB", sum.Bytes)
	}
	if sum.Objects != len(sink.objs) {
		t.Errorf("summary says %d objects, sink holds %d", sum.Objects, len(sink.objs))
	}
	// The same person appears in several objects.
	objectsOf := map[int]map[string]bool{}
	for _, l := range readAllLabels(t, raw) {
		if objectsOf[l.Person] == nil {
			objectsOf[l.Person] = map[string]bool{}
		}
		objectsOf[l.Person][l.Key] = true
	}
	if len(objectsOf) != sum.DistinctPeople {
		t.Errorf("labels name %d people, summary %d", len(objectsOf), sum.DistinctPeople)
	}
	multi := 0
	for _, keys := range objectsOf {
		if len(keys) >= 3 {
			multi++
		}
	}
	if multi < sum.DistinctPeople/2 {
		t.Errorf("only %d of %d people appear in 3+ objects", multi, sum.DistinctPeople)
	}
	// Some KR labels come from each structured and free-text source.
	sources := map[string]bool{}
	for _, l := range readAllLabels(t, raw) {
		switch {
		case l.ContainerPath != "":
			sources["zip"] = true
		case l.Field == "":
			sources["free text"] = true
		default:
			sources["structured"] = true
		}
	}
	if len(sources) != 3 {
		t.Errorf("label sources: %v", sources)
	}
}

// TestSizesScale: the total follows Size, and the pool and object count
// grow with it.
func TestSizesScale(t *testing.T) {
	var prev *Summary
	for _, size := range []int64{2 << 20, 8 << 20, 32 << 20} {
		cfg := Sized(7, size)
		_, _, sum := generate(t, cfg)
		ratio := float64(sum.Bytes) / float64(size)
		if ratio < 0.9 || ratio > 1.15 {
			t.Errorf("size %d: generated %d bytes (ratio %.2f)", size, sum.Bytes, ratio)
		}
		if prev != nil && (sum.Objects <= prev.Objects || sum.PeoplePool <= prev.PeoplePool || sum.DistinctPeople <= prev.DistinctPeople) {
			t.Errorf("size %d: objects %d people %d/%d do not grow from %d, %d/%d",
				size, sum.Objects, sum.DistinctPeople, sum.PeoplePool, prev.Objects, prev.DistinctPeople, prev.PeoplePool)
		}
		t.Logf("size %d MiB: %d objects, %d bytes, %d labels, %d people", size>>20, sum.Objects, sum.Bytes,
			sum.Labels["name"]+sum.Labels["phone"]+sum.Labels["address"]+sum.Labels["access_code"], sum.DistinctPeople)
		prev = sum
	}
}

// TestObjectSizeMix: many small objects, a few large ones.
func TestObjectSizeMix(t *testing.T) {
	cfg := Sized(3, 256<<20).withDefaults()
	objs := plan(cfg)
	var small, large int
	var total, largeBytes int64
	for _, o := range objs {
		total += o.size
		if o.size < 256<<10 {
			small++
		}
		if o.size >= 8<<20 {
			large++
			largeBytes += o.size
		}
	}
	if small < len(objs)/2 || large == 0 || large > len(objs)/5 || largeBytes < total/4 {
		t.Fatalf("%d objects: %d small, %d large holding %d of %d bytes", len(objs), small, large, largeBytes, total)
	}
}

// TestGenerateDir writes a local estate with its labels and truth beside
// the directory, not inside it.
func TestGenerateDir(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "estate")
	cfg := Demo()
	cfg.Size = 1 << 20
	sum, err := GenerateDir(context.Background(), cfg, dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "estate-labels.ndjson.gz")); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSummary(filepath.Join(root, "estate-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(sum)
	b, _ := json.Marshal(got)
	if !bytes.Equal(a, b) {
		t.Fatal("truth file differs from the returned summary")
	}
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	if n != sum.Objects {
		t.Fatalf("%d files, summary says %d objects", n, sum.Objects)
	}
	// The files hold what an in-memory run produces.
	mem, _, _ := generate(t, cfg)
	for _, k := range mem.keys() {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(k)))
		if err != nil || sha256.Sum256(b) != sha256.Sum256(mem.objs[k]) {
			t.Fatalf("%s differs on disk (%v)", k, err)
		}
	}
	if _, err := GenerateDir(context.Background(), cfg, dir, filepath.Join(dir, "x", "labels.gz")); err == nil {
		t.Fatal("labels inside the data directory accepted")
	}
}

func TestPaths(t *testing.T) {
	for _, tc := range []struct{ dir, labels, truth string }{
		{"/data/estate", "/data/estate-labels.ndjson.gz", "/data/estate-truth.json"},
		{"/data/estate/", "/data/estate-labels.ndjson.gz", "/data/estate-truth.json"},
		{"demo", "demo-labels.ndjson.gz", "demo-truth.json"},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			if got := LabelsPath(tc.dir); got != tc.labels {
				t.Fatalf("LabelsPath = %q, want %q", got, tc.labels)
			}
			if got := TruthPath(tc.labels); got != tc.truth {
				t.Fatalf("TruthPath = %q, want %q", got, tc.truth)
			}
			if Inside(tc.dir, tc.labels) {
				t.Fatal("labels path inside the directory")
			}
		})
	}
	if got := LabelsPathForS3("estate", "/bench/run1/"); got != "estate_bench_run1-labels.ndjson.gz" {
		t.Errorf("LabelsPathForS3 = %q", got)
	}
	if got := LabelsPathForS3("estate", ""); got != "estate-labels.ndjson.gz" {
		t.Errorf("LabelsPathForS3 = %q", got)
	}
	for _, tc := range []struct {
		dir, file string
		in        bool
	}{
		{"/a/b", "/a/b/c", true}, {"/a/b", "/a/b", true}, {"/a/b", "/a/bc", false},
		{"/a/b", "/a/b-labels.gz", false}, {"/a/b", "/a/c/../b/x", true}, {"/a/b", "/x", false},
	} {
		if got := Inside(tc.dir, tc.file); got != tc.in {
			t.Errorf("Inside(%q, %q) = %v", tc.dir, tc.file, got)
		}
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for i := 0; i < 50; i++ { // the dispatcher's select is random: try often
		if _, err := Generate(ctx, Demo(), newMemSink(), nil); err == nil {
			t.Fatal("cancelled generation succeeded")
		}
	}
}

// failSink fails the n-th Put.
type failSink struct {
	*memSink
	n, calls int
	mu       sync.Mutex
}

func (f *failSink) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	f.mu.Lock()
	f.calls++
	fail := f.calls == f.n
	f.mu.Unlock()
	if fail {
		return errors.New("disk full")
	}
	return f.memSink.Put(ctx, key, r, size)
}

func TestSinkError(t *testing.T) {
	for _, workers := range []int{1, 4} {
		cfg := Demo()
		cfg.Workers = workers
		sink := &failSink{memSink: newMemSink(), n: 3}
		_, err := Generate(context.Background(), cfg, sink, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Fatalf("workers %d: err = %v", workers, err)
		}
	}
}
