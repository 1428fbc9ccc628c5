package scanner_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/exposure-dev/exposure/scanner"
)

// heapSampler records the largest Go heap in use while it runs.
type heapSampler struct {
	peak atomic.Uint64
	stop chan struct{}
	wg   sync.WaitGroup
}

func sampleHeap() *heapSampler {
	h := &heapSampler{stop: make(chan struct{})}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > h.peak.Load() {
				h.peak.Store(ms.HeapInuse)
			}
			select {
			case <-h.stop:
				return
			case <-t.C:
			}
		}
	}()
	return h
}

func (h *heapSampler) Stop() uint64 {
	close(h.stop)
	h.wg.Wait()
	return h.peak.Load()
}

// TestLargeObjectHeap scans a generated 1 GB text object and checks that the
// Go heap stays under 200 MB and every planted phone number is found once.
// It runs in the second, non-race pass of scripts/test.sh.
func TestLargeObjectHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("moves 1 GB; run without -short (scripts/test.sh does)")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(src, "big.log"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	const size = 1 << 30
	filler := "2025-03-01T12:00:00Z INFO request served path=/api/v1/items status=200 bytes=5120 latency_ms=12\n"
	planted := 0
	var written int64
	for written < size {
		var line string
		if planted < 1000 && written/(size/1000) >= int64(planted) {
			line = fmt.Sprintf("고객 연락처 010-%04d-%04d 배송 요청\n", 2000+planted, 1000+planted)
			planted++
		} else {
			line = filler
		}
		n, _ := w.WriteString(line)
		written += int64(n)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	h := sampleHeap()
	start := time.Now()
	s, err := scanner.Scan(context.Background(), scanner.Config{
		Targets: []scanner.Target{{Dir: src}}, Out: filepath.Join(dir, "out"), Workers: 2,
		HashKeyEnv: "0123456789abcdef0123456789abcdef",
	})
	peak := h.Stop()
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("scanned %d bytes in %s (%.0f MB/s), peak heap in use %.1f MB", s.BytesScanned, el, float64(s.BytesScanned)/1e6/el.Seconds(), float64(peak)/1e6)
	if s.Findings["phone"] != int64(planted) || s.Distinct["phone"] != int64(planted) {
		t.Errorf("found %d phones (%d distinct), planted %d", s.Findings["phone"], s.Distinct["phone"], planted)
	}
	if peak > 200<<20 {
		t.Errorf("peak heap %d MB, want < 200 MB", peak>>20)
	}
}
