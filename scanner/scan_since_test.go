package scanner_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/formats"
	"github.com/google/go-cmp/cmp"
	"github.com/minio/minio-go/v7"
)

// countingSource records which objects were opened for reading.
type countingSource struct {
	scanner.Source
	mu     sync.Mutex
	opened []string
}

func (s *countingSource) Object(info scanner.ObjectInfo) formats.Object {
	s.mu.Lock()
	s.opened = append(s.opened, info.Key)
	s.mu.Unlock()
	return s.Source.Object(info)
}

type rowID struct {
	Key, ETag, Kind, Hash string
	Offset                int64
}

func rowIDs(t *testing.T, dir string) ([]rowID, map[string]string) {
	fs, objs := readDataset(t, dir)
	var ids []rowID
	for _, f := range fs {
		ids = append(ids, rowID{f.Key, f.ETag, f.Kind, f.ValueHash, f.Offset})
	}
	sort.Slice(ids, func(i, j int) bool {
		if ids[i].Key != ids[j].Key {
			return ids[i].Key < ids[j].Key
		}
		return ids[i].Offset < ids[j].Offset
	})
	o := map[string]string{}
	for _, r := range objs {
		o[r.Key] = r.ETag + " " + r.Status
	}
	return ids, o
}

// TestSinceReadsOnlyChanged: after 10% of the objects change (plus one new
// and one deleted), --since reads only the changed and new ones and yields
// the dataset a full scan yields.
func TestSinceReadsOnlyChanged(t *testing.T) {
	_, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	body := func(i, v int) []byte {
		return []byte(fmt.Sprintf("v%d 고객 연락처 010-%04d-%04d\n", v, 1000+i, 2000+v))
	}
	for i := range 50 {
		s3test.Put(t, c, bucket, fmt.Sprintf("o/%03d.txt", i), body(i, 0))
	}
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	o, _ := s3test.Server(t)
	if _, err := scanner.Scan(context.Background(), s3Config(o, bucket, first)); err != nil {
		t.Fatal(err)
	}
	var changed []string
	for i := 0; i < 50; i += 10 { // 5 of 50 change
		key := fmt.Sprintf("o/%03d.txt", i)
		s3test.Put(t, c, bucket, key, body(i, 1))
		changed = append(changed, key)
	}
	s3test.Put(t, c, bucket, "o/new.txt", body(77, 0))
	changed = append(changed, "o/new.txt")
	if err := c.RemoveObject(context.Background(), bucket, "o/049.txt", minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}

	full := filepath.Join(dir, "full")
	if _, err := scanner.Scan(context.Background(), s3Config(o, bucket, full)); err != nil {
		t.Fatal(err)
	}
	inc := filepath.Join(dir, "inc")
	cfg := s3Config(o, bucket, inc)
	cfg.Since = first
	src := &countingSource{Source: &scanner.S3Source{Client: c, Bucket: bucket}}
	s, err := scanner.ScanSources(context.Background(), cfg, []scanner.Source{src})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(src.opened)
	sort.Strings(changed)
	if diff := cmp.Diff(changed, src.opened); diff != "" {
		t.Errorf("objects read by --since (-want +got):\n%s", diff)
	}
	wantF, wantO := rowIDs(t, full)
	gotF, gotO := rowIDs(t, inc)
	if diff := cmp.Diff(wantF, gotF); diff != "" {
		t.Errorf("findings of --since vs a full scan (-full +since):\n%.3000s", diff)
	}
	if diff := cmp.Diff(wantO, gotO); diff != "" {
		t.Errorf("objects of --since vs a full scan (-full +since):\n%.3000s", diff)
	}
	if s.Objects.Scanned != 50 || s.Findings["phone"] != 50 {
		t.Errorf("summary %+v", s)
	}
}
