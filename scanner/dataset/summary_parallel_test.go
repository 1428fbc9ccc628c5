package dataset

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The summary reads parts with one tally per CPU, sharing the distinct
// counters. Below the distinct budget its result must not depend on how
// many tallies ran or which read which part: the same summary with one CPU
// and with four, over parts that mix kinds, countries, prefixes, records
// with name+phone and name+address pairs, and an object split over parts.
func TestSummaryParallelEqualsSerial(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d")
	key := []byte("0123456789abcdef")
	must(t, os.MkdirAll(dir, 0o755))
	must(t, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: "s", KeyFingerprint: KeyFingerprint(key)}, 0o644))
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 1500})
	must(t, err)
	countries := []string{"KR", "JP", "TW", "US", ""}
	for wk := 0; wk < 3; wk++ {
		p := w.NewPart()
		for o := 0; o < 40; o++ {
			obj := fmt.Sprintf("p%d/w%d-o%d.csv", o%4, wk, o)
			for row := 0; row < 60; row++ {
				v := (wk*7919 + o*131 + row*17) % 2000
				c := countries[v%len(countries)]
				h := func(kind byte, v int) string { return fmt.Sprintf("%02x%030x", kind, uint64(v)*0x9e3779b97f4a7c15) }
				must(t, p.Finding(Finding{Bucket: "b", Key: obj, Row: int64(row), Kind: "name", Country: c, ValueHash: h(1, v%300)}))
				must(t, p.Finding(Finding{Bucket: "b", Key: obj, Row: int64(row), Kind: "phone", Country: c, ValueHash: h(2, v)}))
				if row%3 == 0 {
					must(t, p.Finding(Finding{Bucket: "b", Key: obj, Row: int64(row), Kind: "address", Country: c, ValueHash: h(3, v%700)}))
				}
				if row%7 == 0 {
					must(t, p.Finding(Finding{Bucket: "b", Key: obj, Row: -1, Offset: int64(row), Kind: "access_code", ValueHash: h(4, v%50)}))
				}
			}
			must(t, p.Object(Object{Bucket: "b", Key: obj, Status: StatusScanned}))
		}
		must(t, p.Commit())
	}
	_, err = WriteSummary(dir, time.Now(), 0o644)
	must(t, err)
	c, err := List(dir)
	must(t, err)
	if len(c.Seqs) < 4 {
		t.Fatalf("%d parts; the test needs several", len(c.Seqs))
	}
	summary := func(procs int) Summary {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		s, err := Summarize(dir)
		must(t, err)
		return s
	}
	serial, parallel := summary(1), summary(4)
	if serial.Findings["phone"] != 3*40*60 || serial.People.NamePhone == 0 || serial.People.NameAddress == 0 {
		t.Fatalf("unexpected serial summary: findings %v, people %+v", serial.Findings, serial.People)
	}
	if d := cmp.Diff(serial, parallel); d != "" {
		t.Errorf("summary with 4 tallies differs from 1 (-serial +parallel):\n%s", d)
	}
}
