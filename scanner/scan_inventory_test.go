package scanner_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/google/go-cmp/cmp"
	"github.com/klauspost/compress/gzip"
	"github.com/minio/minio-go/v7"
	"github.com/parquet-go/parquet-go"
)

// TestInventoryListing writes an S3 Inventory report (CSV and Parquet) of a
// bucket and checks that a scan listed from it equals a scan listed by LIST.
func TestInventoryListing(t *testing.T) {
	o, c := s3test.Server(t)
	src := s3test.NewBucket(t, c)
	inv := s3test.NewBucket(t, c)
	keys := []string{"a/1.txt", "a/고객 목록.txt", "b/x+y=z.txt", "c/deep/3.txt"}
	for i, k := range keys {
		s3test.Put(t, c, src, k, []byte(fmt.Sprintf("연락처 010-%04d-5678\n", 2000+i)))
	}
	ctx := context.Background()
	type invRow struct {
		Bucket           string    `parquet:"bucket"`
		Key              string    `parquet:"key"`
		Size             int64     `parquet:"size,optional"`
		LastModifiedDate time.Time `parquet:"last_modified_date,optional,timestamp(millisecond)"`
		ETag             string    `parquet:"e_tag,optional"`
	}
	var csvBuf bytes.Buffer
	gz := gzip.NewWriter(&csvBuf)
	var rows []invRow
	for obj := range c.ListObjects(ctx, src, minio.ListObjectsOptions{Recursive: true}) {
		if obj.Err != nil {
			t.Fatal(obj.Err)
		}
		fmt.Fprintf(gz, "%q,%q,%d,%q,%q\n", src, url.QueryEscape(obj.Key), obj.Size, obj.LastModified.UTC().Format(time.RFC3339Nano), strings.Trim(obj.ETag, `"`))
		rows = append(rows, invRow{src, obj.Key, obj.Size, obj.LastModified.UTC(), strings.Trim(obj.ETag, `"`)})
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, rows); err != nil {
		t.Fatal(err)
	}
	s3test.Put(t, c, inv, "inv/data/part-1.csv.gz", csvBuf.Bytes())
	s3test.Put(t, c, inv, "inv/data/part-1.parquet", pq.Bytes())
	for _, format := range []string{"CSV", "Parquet"} {
		file := map[string]string{"CSV": "inv/data/part-1.csv.gz", "Parquet": "inv/data/part-1.parquet"}[format]
		m, _ := json.Marshal(map[string]any{
			"sourceBucket": src, "destinationBucket": "arn:aws:s3:::" + inv, "fileFormat": format,
			"fileSchema": "Bucket, Key, Size, LastModifiedDate, ETag",
			"files":      []map[string]any{{"key": file, "size": 1}},
		})
		s3test.Put(t, c, inv, "inv/"+format+"/manifest.json", m)
	}

	dir := t.TempDir()
	listed := filepath.Join(dir, "listed")
	if _, err := scanner.Scan(ctx, s3Config(o, src, listed)); err != nil {
		t.Fatal(err)
	}
	want, wantObjs := rowIDs(t, listed)
	if len(wantObjs) != len(keys) {
		t.Fatalf("LIST scan saw %d objects", len(wantObjs))
	}
	for _, format := range []string{"CSV", "Parquet"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, format)
			cfg := s3Config(o, src, out)
			cfg.Inventory = "s3://" + inv + "/inv/" + format + "/manifest.json"
			if _, err := scanner.Scan(ctx, cfg); err != nil {
				t.Fatal(err)
			}
			got, gotObjs := rowIDs(t, out)
			if diff := cmp.Diff(wantObjs, gotObjs); diff != "" {
				t.Errorf("objects from the inventory (-LIST +inventory):\n%s", diff)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("findings (-LIST +inventory):\n%s", diff)
			}
		})
	}
	// An inventory of another bucket is refused.
	cfg := s3Config(o, inv, filepath.Join(dir, "wrong"))
	cfg.Inventory = "s3://" + inv + "/inv/CSV/manifest.json"
	if _, err := scanner.Scan(ctx, cfg); err == nil || !strings.Contains(err.Error(), "describes bucket") {
		t.Errorf("inventory of another bucket: err = %v", err)
	}
}
