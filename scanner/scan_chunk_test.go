package scanner_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/formats"
	"github.com/google/go-cmp/cmp"
)

// TestChunkBoundaryReportedOnce places phone numbers so that every one of
// them straddles a chunk boundary at a different position, scans the object
// from MinIO with small chunks, and expects each number exactly once at its
// own offset.
func TestChunkBoundaryReportedOnce(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	const chunk = 256
	var b strings.Builder
	var want []phoneAt
	key := []byte("0123456789abcdef0123456789abcdef")
	for i := 0; i < 12; i++ {
		// Pad so that the number starts i+1 bytes before the next boundary.
		boundary := (b.Len()/chunk + 1) * chunk
		if boundary-b.Len() < 40 {
			boundary += chunk
		}
		pad := boundary - (i + 1) - len("연락처 ") - b.Len()
		b.WriteString(strings.Repeat(".", pad-1) + "\n")
		b.WriteString("연락처 ")
		num := fmt.Sprintf("010-%04d-%04d", 2345+i, 6789-i)
		want = append(want, phoneAt{"straddle.txt", int64(b.Len()), int32(len(num)), hmac16(key, fmt.Sprintf("+8210%04d%04d", 2345+i, 6789-i))})
		b.WriteString(num + " 입니다\n")
	}
	s3test.Put(t, c, bucket, "straddle.txt", []byte(b.String()))
	out := filepath.Join(t.TempDir(), "out")
	cfg := s3Config(o, bucket, out)
	cfg.Limits = formats.DefaultLimits()
	cfg.Limits.ChunkSize = chunk
	cfg.Limits.Overlap = 64
	if _, err := scanner.Scan(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	fs, _ := readDataset(t, out)
	for _, w := range want {
		if w.Offset/chunk == (w.Offset+int64(w.Length)-1)/chunk {
			t.Fatalf("test setup: number at %d does not straddle a boundary", w.Offset)
		}
	}
	if diff := cmp.Diff(want, phones(fs)); diff != "" {
		t.Errorf("phones across chunk boundaries (-want +got):\n%s", diff)
	}
}
