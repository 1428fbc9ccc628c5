package dataset

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

func finding(key, kind, hash string) Finding {
	return Finding{ScanID: "s1", Bucket: "b", Key: key, Kind: kind, Country: "KR", Row: -1, ValueHash: hash, Masked: "***"}
}

func TestPartsCommitRecoverSummarize(t *testing.T) {
	dir := t.TempDir()
	if err := WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s1", StartedAt: time.Unix(0, 0).UTC()}, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 3, BufferRows: 2})
	if err != nil {
		t.Fatal(err)
	}
	p := w.NewPart()
	h1, h2 := "00112233445566778899aabbccddeeff", "ffeeddccbbaa99887766554433221100"
	// Object a: 2 findings; object b: 1 finding; rotation after b (3 rows).
	for _, f := range []Finding{finding("a", "phone", h1), finding("a", "phone", h2)} {
		if err := p.Finding(f); err != nil {
			t.Fatal(err)
		}
	}
	must(t, p.Object(Object{ScanID: "s1", Bucket: "b", Key: "a", Status: StatusScanned, Findings: 2, BytesScanned: 10}))
	must(t, p.Finding(finding("b", "name", h1)))
	must(t, p.Object(Object{ScanID: "s1", Bucket: "b", Key: "b", Status: StatusScanned, Findings: 1, BytesScanned: 5}))
	// Part 1 is committed now. Object c spills 2 findings into part 2, then the process "crashes".
	must(t, p.Finding(finding("c", "phone", h1)))
	must(t, p.Finding(finding("c", "phone", h1)))
	if !p.spilled {
		t.Fatal("expected the findings of c to be spilled into the part")
	}
	must(t, p.findings.pw.Flush())
	// Simulate a crash that left a findings part renamed without its objects part.
	must(t, os.WriteFile(filepath.Join(dir, FindingsDir, PartName(7)), []byte("junk"), 0o644))

	c, err := Recover(dir)
	must(t, err)
	if diff := cmp.Diff([]int64{1}, c.Seqs); diff != "" {
		t.Fatalf("committed parts (-want +got):\n%s", diff)
	}
	for _, sub := range []string{FindingsDir, ObjectsDir} {
		ents, _ := os.ReadDir(filepath.Join(dir, sub))
		for _, e := range ents {
			if e.Name() != PartName(1) {
				t.Errorf("Recover left %s/%s", sub, e.Name())
			}
		}
	}
	done, err := CommittedObjects(c)
	must(t, err)
	if done.Len() != 2 || !done.Contains(ObjectID{"b", "a"}) || !done.Contains(ObjectID{"b", "b"}) || done.Contains(ObjectID{"b", "c"}) {
		t.Fatalf("committed objects: %d, want b/a and b/b", done.Len())
	}
	s, err := Summarize(dir)
	must(t, err)
	if s.Objects.Scanned != 2 || s.BytesScanned != 15 || s.Findings["phone"] != 2 || s.Distinct["phone"] != 2 || s.Distinct["name"] != 1 || s.Complete {
		t.Fatalf("summary = %+v", s)
	}
	// The findings part is readable by an independent full-schema read.
	rows, err := parquet.ReadFile[Finding](filepath.Join(dir, FindingsDir, PartName(1)))
	must(t, err)
	if len(rows) != 3 || rows[2].Key != "b" || rows[0].Value != nil {
		t.Fatalf("rows = %+v", rows)
	}
}

func TestAbortCommitsWhenNothingSpilled(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, 5, false, PartOptions{})
	must(t, err)
	p := w.NewPart()
	must(t, p.Finding(finding("a", "phone", "00112233445566778899aabbccddeeff")))
	must(t, p.Object(Object{Key: "a", Status: StatusScanned}))
	must(t, p.Finding(finding("b", "phone", "00112233445566778899aabbccddeeff")))
	must(t, p.Abort())
	c, err := List(dir)
	must(t, err)
	if diff := cmp.Diff([]int64{5}, c.Seqs); diff != "" {
		t.Fatal(diff)
	}
	rows, err := parquet.ReadFile[Finding](c.FindingsPaths(0)[0])
	must(t, err)
	if len(rows) != 1 || rows[0].Key != "a" {
		t.Fatalf("rows = %+v", rows)
	}
}

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	k1, gen, err := LoadKey(dir, "", "")
	must(t, err)
	if !gen || len(k1) < 32 {
		t.Fatalf("generated=%v len=%d", gen, len(k1))
	}
	st, err := os.Stat(filepath.Join(dir, KeyFile))
	must(t, err)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("hash.key mode %v", st.Mode().Perm())
	}
	k2, gen, err := LoadKey(dir, "", "")
	must(t, err)
	if gen || string(k1) != string(k2) {
		t.Fatal("second LoadKey did not reuse hash.key")
	}
	if _, _, err := LoadKey(dir, "", "short"); err == nil {
		t.Fatal("a short EXPOSURE_HASH_KEY was accepted")
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
