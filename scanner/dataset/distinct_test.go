package dataset

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeDataset writes a finished dataset of n phone findings with values
// from offset..offset+n (distinct), in parts of 1000.
func writeDataset(t *testing.T, dir string, offset, n int) {
	t.Helper()
	key := []byte("0123456789abcdef")
	must(t, os.MkdirAll(dir, 0o755))
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s-" + filepath.Base(dir), KeyFingerprint: KeyFingerprint(key)}, 0o644))
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 4000})
	must(t, err)
	p := w.NewPart()
	for i := 0; i < n; i++ {
		v := offset + i
		h := fmt.Sprintf("%032x", uint64(v)*0x9e3779b97f4a7c15)
		// A structured record: a name and a phone in row v of object o.
		must(t, p.Finding(Finding{Bucket: "b", Key: fmt.Sprintf("o%d", v/100), Row: int64(v), Kind: "phone", Country: "KR", ValueHash: h}))
		must(t, p.Finding(Finding{Bucket: "b", Key: fmt.Sprintf("o%d", v/100), Row: int64(v), Kind: "name", Country: "KR", ValueHash: fmt.Sprintf("%032x", uint64(v%50)+1)}))
		if v%100 == 99 || i == n-1 {
			must(t, p.Object(Object{Bucket: "b", Key: fmt.Sprintf("o%d", v/100), Status: StatusScanned}))
		}
	}
	must(t, p.Commit())
	_, err = WriteSummary(dir, time.Now(), 0o644)
	must(t, err)
}

func TestDistinctBudgetAndSketches(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	writeDataset(t, a, 0, 12000)
	writeDataset(t, b, 8000, 12000) // overlaps a by 4000 values
	exact, _, err := summarize(1<<30, a, b)
	must(t, err)
	if exact.Distinct["phone"] != 20000 || exact.DistinctApproximate {
		t.Fatalf("exact distinct phones = %d (approx %v), want 20000", exact.Distinct["phone"], exact.DistinctApproximate)
	}
	if exact.People.NamePhone != 20000 || exact.People.Estimate != 20000 {
		t.Errorf("people %+v", exact.People)
	}
	if exact.Distinct["name"] != 50 {
		t.Errorf("distinct names %d, want 50", exact.Distinct["name"])
	}
	small, _, err := summarize(3000, a, b)
	must(t, err)
	if !small.DistinctApproximate {
		t.Fatal("a budget of 3000 values should force sketches")
	}
	rel := math.Abs(float64(small.Distinct["phone"]-20000)) / 20000
	if rel > 3*HLLRelativeError() {
		t.Errorf("approximate distinct phones %d: error %.2f%%", small.Distinct["phone"], 100*rel)
	}
	if small.Distinct["name"] != 50 {
		t.Errorf("the small name set should stay exact: %d", small.Distinct["name"])
	}
	merged, err := SummarizeSketches(a, b)
	must(t, err)
	rel = math.Abs(float64(merged.Distinct["phone"]-20000)) / 20000
	if rel > 3*HLLRelativeError() || merged.Findings["phone"] != 24000 || merged.Objects.Scanned != exact.Objects.Scanned {
		t.Errorf("merged sketches: distinct %d, findings %d, objects %+v", merged.Distinct["phone"], merged.Findings["phone"], merged.Objects)
	}
}
