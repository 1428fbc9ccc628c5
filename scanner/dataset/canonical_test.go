package dataset

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
)

// TestDistinctCanonical writes 30 addresses, spelled three ways each (the
// first spelling canonical, so its canonical_hash is null), and 5 phones
// without canonical hashes: 30 distinct addresses, 10 canonical ones.
func TestDistinctCanonical(t *testing.T) {
	dir := t.TempDir()
	key := []byte("0123456789abcdef")
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s", KeyFingerprint: KeyFingerprint(key)}, 0o644))
	var fs []Finding
	hash := func(v int) string { return fmt.Sprintf("%032x", uint64(v)*0x9e3779b97f4a7c15) }
	for rep := 0; rep < 2; rep++ { // every finding twice: seen values count once
		for v := 0; v < 30; v++ {
			f := Finding{Bucket: "b", Key: fmt.Sprintf("o%d", v%4), Row: int64(v), Kind: "address", Country: "KR", ValueHash: hash(v)}
			if v%3 != 0 {
				f.CanonicalHash = hash(v - v%3)
			}
			fs = append(fs, f)
		}
		for v := 0; v < 5; v++ {
			fs = append(fs, Finding{Bucket: "b", Key: "o9", Row: int64(v), Kind: "phone", Country: "KR", ValueHash: hash(1000 + v)})
		}
	}
	// One object's findings together, as a worker writes them.
	slices.SortStableFunc(fs, func(a, b Finding) int { return strings.Compare(a.Key, b.Key) })
	writeFindings(t, dir, fs)
	s, err := WriteSummary(dir, time.Now(), 0o644)
	must(t, err)
	if s.Distinct["address"] != 30 || s.DistinctCanonical["address"] != 10 {
		t.Errorf("addresses: distinct %d, canonical %d; want 30, 10", s.Distinct["address"], s.DistinctCanonical["address"])
	}
	if s.Distinct["phone"] != 5 || s.DistinctCanonical["phone"] != 5 {
		t.Errorf("phones: distinct %d, canonical %d; want 5, 5", s.Distinct["phone"], s.DistinctCanonical["phone"])
	}
	merged, err := SummarizeSketches(dir)
	must(t, err)
	if merged.DistinctCanonical["address"] != 10 || merged.DistinctCanonical["phone"] != 5 {
		t.Errorf("merged sketches: canonical %v", merged.DistinctCanonical)
	}
}

// TestPeopleCanonical writes 12 customers without phone numbers, each in
// two records that spell the name and the address two ways (the second
// spelling carries the first's hash as canonical_hash): the name+address
// pairs, and so the people estimate, count 12 people, not 24.
func TestPeopleCanonical(t *testing.T) {
	dir := t.TempDir()
	key := []byte("0123456789abcdef")
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s", KeyFingerprint: KeyFingerprint(key)}, 0o644))
	hash := func(v int) string { return fmt.Sprintf("%032x", uint64(v)*0x9e3779b97f4a7c15) }
	var fs []Finding
	row := int64(0)
	for spelling := 0; spelling < 2; spelling++ {
		for c := 0; c < 12; c++ {
			name := Finding{Bucket: "b", Key: "export.csv", Row: row, Kind: "name", Country: "JP", ValueHash: hash(c)}
			addr := Finding{Bucket: "b", Key: "export.csv", Row: row, Kind: "address", Country: "JP", ValueHash: hash(100 + c)}
			if spelling == 1 {
				name.ValueHash, name.CanonicalHash = hash(50+c), hash(c)
				addr.ValueHash, addr.CanonicalHash = hash(150+c), hash(100+c)
			}
			fs = append(fs, name, addr)
			row++
		}
	}
	writeFindings(t, dir, fs)
	s, err := WriteSummary(dir, time.Now(), 0o644)
	must(t, err)
	if s.Distinct["name"] != 24 || s.DistinctCanonical["name"] != 12 {
		t.Errorf("names: distinct %d, canonical %d; want 24, 12", s.Distinct["name"], s.DistinctCanonical["name"])
	}
	if s.People.NameAddress != 12 || s.People.Estimate != 12 {
		t.Errorf("people: %+v; want 12 name+address records, estimate 12", s.People)
	}
	merged, err := SummarizeSketches(dir)
	must(t, err)
	if merged.People.NameAddress != 12 {
		t.Errorf("merged sketches: people %+v", merged.People)
	}
}

// TestSketchesWithoutCanonical merges the sketches of a dataset written
// before canonical_hash: its canonical counts are its value counts.
func TestSketchesWithoutCanonical(t *testing.T) {
	dir := t.TempDir()
	writeDataset(t, dir, 0, 300)
	path := filepath.Join(dir, SketchesFile)
	var sk map[string]*HLL
	b, err := os.ReadFile(path)
	must(t, err)
	must(t, json.Unmarshal(b, &sk))
	for name := range sk {
		if strings.HasPrefix(name, "canonical|") {
			delete(sk, name)
		}
	}
	must(t, WriteJSON(path, sk, 0o644))
	merged, err := SummarizeSketches(dir)
	must(t, err)
	if merged.DistinctCanonical["phone"] != merged.Distinct["phone"] || merged.Distinct["phone"] == 0 {
		t.Errorf("phones: canonical %d, distinct %d", merged.DistinctCanonical["phone"], merged.Distinct["phone"])
	}
}

// TestReadColumnsWithoutCanonical reads a part written before
// canonical_hash existed: the column reads as nulls.
func TestReadColumnsWithoutCanonical(t *testing.T) {
	type oldFinding struct {
		Bucket        string `parquet:"bucket"`
		Key           string `parquet:"key"`
		ContainerPath string `parquet:"container_path"`
		Row           int64  `parquet:"row"`
		Kind          string `parquet:"kind"`
		Country       string `parquet:"country"`
		ValueHash     string `parquet:"value_hash"`
	}
	path := filepath.Join(t.TempDir(), "old.parquet")
	rows := []oldFinding{{Bucket: "b", Key: "k", Kind: "address", ValueHash: fmt.Sprintf("%032x", 7)}, {Bucket: "b", Key: "k", Row: 1, Kind: "name", ValueHash: fmt.Sprintf("%032x", 8)}}
	must(t, parquet.WriteFile(path, rows))
	n := 0
	err := readColumns(path, findingColumns, func(cols [][]parquet.Value, r int) {
		n++
		if !cols[7][r].IsNull() {
			t.Errorf("row %d: canonical_hash %v, want null", r, cols[7][r])
		}
		if got := string(cols[6][r].ByteArray()); got != rows[r].ValueHash {
			t.Errorf("row %d: value_hash %q", r, got)
		}
	})
	must(t, err)
	if n != 2 {
		t.Errorf("%d rows, want 2", n)
	}
	if err := readColumns(path, []string{"masked"}, func([][]parquet.Value, int) {}); err == nil {
		t.Error("a missing column that is not optional should be an error")
	}
	_ = os.Remove(path)
}

// TestReadRowsWithoutCanonical reads a findings part written before
// canonical_hash existed into today's Finding, as --since does when it
// carries a previous dataset's findings: the column reads as "" (null).
func TestReadRowsWithoutCanonical(t *testing.T) {
	type oldFinding struct {
		ScanID    string  `parquet:"scan_id,dict"`
		Bucket    string  `parquet:"bucket,dict"`
		Key       string  `parquet:"key,dict"`
		Row       int64   `parquet:"row,delta"`
		Kind      string  `parquet:"kind,dict"`
		Country   string  `parquet:"country,dict"`
		Masked    string  `parquet:"masked,dict"`
		ValueHash string  `parquet:"value_hash,dict"`
		Value     *string `parquet:"value,optional"`
	}
	path := filepath.Join(t.TempDir(), "old.parquet")
	old := []oldFinding{{ScanID: "s", Bucket: "b", Key: "k", Row: 3, Kind: "address", Country: "KR", Masked: "서울특별시 ****", ValueHash: fmt.Sprintf("%032x", 9)}}
	must(t, parquet.WriteFile(path, old))
	var got []Finding
	must(t, ReadRows(path, func(fs []Finding) { got = append(got, fs...) }))
	if len(got) != 1 || got[0].ValueHash != old[0].ValueHash || got[0].Row != 3 || got[0].Masked != old[0].Masked || got[0].CanonicalHash != "" {
		t.Fatalf("read %+v", got)
	}
}
