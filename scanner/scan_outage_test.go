package scanner_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/formats"
)

// outageSource stops the MinIO server when the n-th object is opened and
// starts it again ten seconds later, in the background.
type outageSource struct {
	scanner.Source
	n      int64
	opened *atomic.Int64
	outage func()
}

func (s outageSource) Object(info scanner.ObjectInfo) formats.Object {
	if s.opened.Add(1) == s.n {
		go s.outage()
	}
	return s.Source.Object(info)
}

// TestScanSurvivesOutage stops MinIO for ten seconds in the middle of a scan:
// the scan completes, every object has a row and no finding is lost.
func TestScanSurvivesOutage(t *testing.T) {
	m := s3test.StartMinIO(t)
	c := m.Client()
	bucket := s3test.NewBucket(t, c)
	const objects = 120
	for i := range objects {
		s3test.Put(t, c, bucket, fmt.Sprintf("memo/%04d.txt", i), []byte(fmt.Sprintf("배송 메모: 연락처 010-%04d-%04d\n", 3000+i, 4000+i)))
	}
	var opened atomic.Int64
	restarted := make(chan struct{})
	src := outageSource{
		Source: &scanner.S3Source{Client: c, Bucket: bucket, Retry: scanner.Retry{Attempts: 8, Base: 500 * time.Millisecond, Max: 4 * time.Second}},
		n:      40, opened: &opened,
		outage: func() {
			m.Stop()
			time.Sleep(10 * time.Second)
			m.Start()
			close(restarted)
		},
	}
	out := filepath.Join(t.TempDir(), "out")
	cfg := s3Config(m.Options(), bucket, out)
	cfg.Retry = scanner.Retry{Attempts: 8, Base: 500 * time.Millisecond, Max: 4 * time.Second}
	s, err := scanner.ScanSources(context.Background(), cfg, []scanner.Source{src})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-restarted:
	default:
		t.Fatal("the scan finished before the outage ended: the test did not test an outage")
	}
	_, objs := readDataset(t, out)
	seen := map[string]int{}
	for _, o := range objs {
		seen[o.Key]++
		if o.Status != "scanned" {
			t.Errorf("%s: status %s (%s)", o.Key, o.Status, o.Reason)
		}
	}
	if len(seen) != objects || len(objs) != objects {
		t.Errorf("%d object rows for %d distinct keys, want %d each", len(objs), len(seen), objects)
	}
	if s.Findings["phone"] != objects || s.Distinct["phone"] != objects {
		t.Errorf("phones: %d found, %d distinct; want %d", s.Findings["phone"], s.Distinct["phone"], objects)
	}
}
