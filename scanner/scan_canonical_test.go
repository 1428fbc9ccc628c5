package scanner_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
)

// TestCanonicalFromMinIO scans one customer's address and name as three
// systems spell them: each spelling is its own value_hash, and all share
// coalesce(canonical_hash, value_hash), which distinct_canonical counts.
func TestCanonicalFromMinIO(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	s3test.Put(t, c, bucket, "exports/orders.csv", []byte("수령인,배송지\n"+
		"佐藤 健太,東京都港区六本木1-2-3 六本木ハイツ301号室\n"+
		"김민준,\"서울특별시 강남구 테헤란로 152, 101동 1203호\"\n"))
	s3test.Put(t, c, bucket, "crm/book.ndjson", []byte(
		`{"name":"佐藤健太","address":"東京都港区六本木1丁目2番3号 六本木ハイツ301号室"}`+"\n"+
			`{"name":"김민준","address":"서울 강남구 테헤란로 152 101동1203호"}`+"\n"))
	s3test.Put(t, c, bucket, "cs/chat.txt", []byte("お届け先: 東京都港区六本木１－２－３ 六本木ハイツ３０１号室\n배송지: 서울시 강남구 테헤란로 152, 101동 1203호\n"))
	out := filepath.Join(t.TempDir(), "out")
	s, err := scanner.Scan(context.Background(), s3Config(o, bucket, out))
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := readDataset(t, out)
	values, canon := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, f := range fs {
		if values[f.Kind] == nil {
			values[f.Kind], canon[f.Kind] = map[string]bool{}, map[string]bool{}
		}
		values[f.Kind][f.ValueHash] = true
		k := f.CanonicalHash
		if k == "" {
			k = f.ValueHash
		}
		canon[f.Kind][k] = true
	}
	for kind, want := range map[string][2]int{"address": {6, 2}, "name": {3, 2}} {
		if got := [2]int{len(values[kind]), len(canon[kind])}; got != want {
			t.Errorf("%s: %d values, %d canonical; want %v", kind, got[0], got[1], want)
		}
		if got := [2]int64{s.Distinct[kind], s.DistinctCanonical[kind]}; got != [2]int64{int64(want[0]), int64(want[1])} {
			t.Errorf("summary %s: distinct %d, canonical %d; want %v", kind, got[0], got[1], want)
		}
	}
}
