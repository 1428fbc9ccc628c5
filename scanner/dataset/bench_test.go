package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// synthFindings returns n findings shaped like the generated estate: objects
// of 2000 findings, structured records of a name, a phone, an address and
// sometimes an access code, customers drawn Zipf-like from 16k (so values
// repeat across records, as a customer does across orders). Deterministic.
func synthFindings(n int) []Finding {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 1, 16<<10-1)
	vh := func(kind string, id uint64) string {
		s := sha256.Sum256(fmt.Appendf(nil, "%s%d", kind, id))
		return hex.EncodeToString(s[:16])
	}
	countries := []string{"KR", "KR", "KR", "JP", "TW", "US"}
	out := make([]Finding, 0, n)
	var off int64
	for row := int64(0); len(out) < n; row++ {
		obj := len(out) / 2000
		key := fmt.Sprintf("crm/export-%04d.csv", obj)
		id := z.Uint64()
		c := countries[id%uint64(len(countries))]
		add := func(field, kind, subtype, masked string, conf float64) {
			if len(out) == n {
				return
			}
			l := int32(8 + r.IntN(24))
			out = append(out, Finding{
				ScanID: "20261128T041625Z-34dd982d5b39", Bucket: "estate", Key: key,
				ETag: fmt.Sprintf("\"%032x\"", obj), Field: field, Row: row, Offset: off, Length: l,
				Kind: kind, Subtype: subtype, Country: c, Confidence: conf,
				Masked: masked, ValueHash: vh(kind, id),
			})
			off += int64(l) + 3
		}
		add("customer_name", "name", "kr_name", fmt.Sprintf("김*%c", rune('가'+id%100)), 0.9)
		add("phone", "phone", "kr_mobile", fmt.Sprintf("010-****-%04d", id%10000), 0.95)
		add("address", "address", "kr_road_address", fmt.Sprintf("서울특별시 강남구 테헤란로 %d ****", id%500), 0.8)
		if id%3 == 0 {
			add("note", "access_code", "door_code", "#****", 0.6)
		}
	}
	return out
}

// writeFindings writes fs as one part of a dataset in dir, an objects row
// after each object's findings, and commits it.
func writeFindings(tb testing.TB, dir string, fs []Finding) {
	w, err := NewWriter(dir, 1, false, PartOptions{MaxRows: 1 << 40})
	must(tb, err)
	p := w.NewPart()
	for i, f := range fs {
		err := p.Finding(f)
		if err == nil && (i == len(fs)-1 || fs[i+1].Key != f.Key) {
			err = p.Object(Object{ScanID: f.ScanID, Bucket: f.Bucket, Key: f.Key, Status: StatusScanned, Findings: 2000})
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(tb, p.Commit())
}

func BenchmarkPartWriter(b *testing.B) {
	fs := synthFindings(1 << 17)
	root := b.TempDir()
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		dir := filepath.Join(root, fmt.Sprint(i))
		i++
		writeFindings(b, dir, fs)
		os.RemoveAll(dir)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(i*len(fs)), "ns/finding")
	dir := filepath.Join(root, "size")
	writeFindings(b, dir, fs)
	st, err := os.Stat(filepath.Join(dir, FindingsDir, PartName(1)))
	must(b, err)
	b.ReportMetric(float64(st.Size())/float64(len(fs)), "B/finding")
}

// BenchmarkPartWriterHeap reports the largest live heap of one PartWriter
// seen at 32 points of a part: what each scan worker holds.
func BenchmarkPartWriterHeap(b *testing.B) {
	fs := synthFindings(1 << 17)
	var live int64
	for b.Loop() {
		w, err := NewWriter(b.TempDir(), 1, false, PartOptions{MaxRows: 1 << 40})
		must(b, err)
		var before, during runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		p := w.NewPart()
		for i, f := range fs {
			err := p.Finding(f)
			if err == nil && (i == len(fs)-1 || fs[i+1].Key != f.Key) {
				err = p.Object(Object{ScanID: f.ScanID, Bucket: f.Bucket, Key: f.Key, Status: StatusScanned})
			}
			if err != nil {
				b.Fatal(err)
			}
			if i%(len(fs)/32) == len(fs)/64 {
				runtime.GC()
				runtime.ReadMemStats(&during)
				live = max(live, int64(during.HeapAlloc)-int64(before.HeapAlloc))
			}
		}
		must(b, p.Commit())
	}
	b.ReportMetric(float64(live)/(1<<20), "liveMB")
}

func BenchmarkSummarize(b *testing.B) {
	fs := synthFindings(1 << 18)
	dir := b.TempDir()
	must(b, WriteJSON(filepath.Join(dir, ManifestFile), Manifest{Version: 1, ScanID: fs[0].ScanID, StartedAt: time.Unix(0, 0).UTC()}, 0o644))
	writeFindings(b, dir, fs)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		_, err := Summarize(dir)
		must(b, err)
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*len(fs)), "ns/finding")
}
