package scanner_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/google/go-cmp/cmp"
)

// TestScanSealsBigObject scans, over MinIO and into an --out s3:// dataset,
// an object with more findings than a part takes (MaxRows 500): the part is
// sealed in the middle of the object, its continuation files are uploaded
// with it, and the fetched dataset holds every finding of a scan with the
// default part size, once.
func TestScanSealsBigObject(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	var big strings.Builder
	for i := range 1800 {
		fmt.Fprintf(&big, "배송 메모 %d: 연락처 010-%04d-%04d\n", i, 3000+i%4000, i)
	}
	s3test.Put(t, c, bucket, "exports/big.txt", []byte(big.String()))
	s3test.Put(t, c, bucket, "exports/small.txt", []byte("문의: 02-3456-7890 으로 연락 주세요\n"))

	ref := filepath.Join(t.TempDir(), "ref")
	if _, err := scanner.Scan(context.Background(), s3Config(o, bucket, ref)); err != nil {
		t.Fatal(err)
	}
	want, wantObjs := readDataset(t, ref)

	outBucket := s3test.NewBucket(t, c)
	cfg := s3Config(o, bucket, "s3://"+outBucket+"/scans/sealed")
	cfg.Workers = 1
	cfg.Parts = dataset.PartOptions{MaxRows: 500, BufferRows: 100}
	cfg.StageDir = t.TempDir()
	if _, err := scanner.Scan(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	local := filepath.Join(t.TempDir(), "fetched")
	if err := scanner.FetchDataset(context.Background(), o, cfg.Out, local); err != nil {
		t.Fatal(err)
	}
	cm, err := dataset.List(local)
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	for i := range cm.Seqs {
		files += len(cm.Findings[i])
	}
	if files <= len(cm.Seqs) {
		t.Errorf("%d findings files in %d parts: no part was sealed in the middle of the object", files, len(cm.Seqs))
	}
	got, gotObjs := readDataset(t, local)
	if len(want) < 1800 {
		t.Fatalf("the reference scan found %d findings", len(want))
	}
	if diff := cmp.Diff(phones(want), phones(got)); diff != "" {
		t.Errorf("phones (-default parts +sealed parts):\n%.1500s", diff)
	}
	if len(gotObjs) != len(wantObjs) {
		t.Errorf("%d objects rows, want %d", len(gotObjs), len(wantObjs))
	}
	s, err := dataset.Summarize(local)
	if err != nil {
		t.Fatal(err)
	}
	if s.Findings["phone"] != int64(len(phones(want))) {
		t.Errorf("summary counts %d phones, want %d", s.Findings["phone"], len(phones(want)))
	}
}
