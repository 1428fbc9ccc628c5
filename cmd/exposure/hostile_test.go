package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/klauspost/compress/gzip"
	"github.com/minio/minio-go/v7"
	"github.com/parquet-go/parquet-go"
)

// TestLargeHostileObjects fills a MinIO bucket with the objects real buckets
// hold that break scanners (a 4 GB gzip bomb, a 200 MB single line with a
// phone number at its very end, truncated gzip, corrupt zip and Parquet,
// invalid UTF-8, deeply nested JSON, empty objects, odd keys, thousands of
// tiny objects) and scans it in a child process: every object gets a row,
// the scan exits 0, peak RSS stays under 256 MB, and the phone numbers in
// the readable parts are found.
func TestLargeHostileObjects(t *testing.T) {
	if testing.Short() {
		t.Skip("moves hundreds of MB; runs in the second, non-race pass of scripts/test.sh")
	}
	_, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	ctx := context.Background()
	putStream := func(key string, size int64, r io.Reader) {
		t.Helper()
		if _, err := c.PutObject(ctx, bucket, key, r, size, minio.PutObjectOptions{}); err != nil {
			t.Fatalf("put %s: %v", key, err)
		}
	}
	// A 4 GB gzip bomb of text (so that it is not simply skipped as
	// binary): one repeated line compresses about a thousand to one.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestSpeed)
	block := bytes.Repeat([]byte("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"), 1<<15)
	for range 4 << 10 {
		zw.Write(block)
	}
	zw.Close()
	s3test.Put(t, c, bucket, "backup/bomb.gz", bomb.Bytes())
	// 200 MB on one line, the phone number at its very end, streamed.
	tail := " 연락처 010-9876-5432"
	lineSize := int64(200<<20) + int64(len(tail))
	pr, pw := io.Pipe()
	go func() {
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range 200 {
			pw.Write(chunk)
		}
		pw.Write([]byte(tail))
		pw.Close()
	}()
	putStream("logs/one-line.log", lineSize, pr)
	// Truncated gzip with a phone number in the readable prefix.
	var tg bytes.Buffer
	zw = gzip.NewWriter(&tg)
	fmt.Fprintf(zw, "고객 연락처 010-2222-3333 입니다\n%s", strings.Repeat("로그 줄입니다. ", 50000))
	zw.Close()
	s3test.Put(t, c, bucket, "logs/truncated.gz", tg.Bytes()[:tg.Len()/2])
	// A zip whose central directory is garbage.
	var zb bytes.Buffer
	zwr := zip.NewWriter(&zb)
	f, _ := zwr.Create("orders.csv")
	f.Write([]byte("name,phone\n김민준,010-4444-5555\n"))
	zwr.Close()
	corrupt := zb.Bytes()
	copy(corrupt[len(corrupt)-20:], bytes.Repeat([]byte{0xff}, 20))
	s3test.Put(t, c, bucket, "backup/corrupt.zip", corrupt)
	// Parquet with a valid magic and a broken footer.
	var pq bytes.Buffer
	parquet.Write(&pq, []struct {
		Phone string `parquet:"phone"`
	}{{"010-6666-7777"}})
	b := pq.Bytes()
	copy(b[len(b)-12:len(b)-4], bytes.Repeat([]byte{0x7f}, 8))
	s3test.Put(t, c, bucket, "lake/broken.parquet", b)
	s3test.Put(t, c, bucket, "misc/invalid-utf8.txt", []byte("연락처 010-1212-3434 \xff\xfe\xc3(\n"))
	s3test.Put(t, c, bucket, "misc/deep.json", []byte(strings.Repeat(`{"a":`, 200000)+"1"+strings.Repeat("}", 200000)))
	s3test.Put(t, c, bucket, "misc/empty.txt", nil)
	s3test.Put(t, c, bucket, "고객 자료/주소 록 (최종).txt", []byte("연락처 010-5656-7878\n"))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 32)
	const tiny = 2000
	for i := range tiny {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			body := []byte(fmt.Sprintf("t%d\n", i))
			c.PutObject(ctx, bucket, fmt.Sprintf("tiny/%05d.txt", i), bytes.NewReader(body), int64(len(body)), minio.PutObjectOptions{})
		}()
	}
	wg.Wait()
	const total = 9 + tiny

	access, secret := s3test.Creds()
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(os.Args[0], "scan", "--endpoint", os.Getenv("EXPOSURE_TEST_S3_ENDPOINT"), "--out", out, "--no-progress", "s3://"+bucket)
	cmd.Env = append(os.Environ(), "EXPOSURE_TEST_RUN_MAIN=1", "AWS_ACCESS_KEY_ID="+access, "AWS_SECRET_ACCESS_KEY="+secret, "EXPOSURE_HASH_KEY=0123456789abcdef0123456789abcdef")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("scan: %v\n%s", err, stderr.String())
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
	t.Logf("peak RSS %d MB", rss)
	if rss >= 256 {
		t.Errorf("peak RSS %d MB, want < 256 MB", rss)
	}
	objs := map[string]dataset.Object{}
	paths, _ := filepath.Glob(filepath.Join(out, "objects", "*.parquet"))
	for _, p := range paths {
		rows, err := parquet.ReadFile[dataset.Object](p)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if _, dup := objs[r.Key]; dup {
				t.Errorf("%s has two rows", r.Key)
			}
			objs[r.Key] = r
		}
	}
	if len(objs) != total {
		t.Errorf("%d object rows, want %d", len(objs), total)
	}
	for _, k := range []string{"backup/bomb.gz", "logs/truncated.gz", "backup/corrupt.zip", "lake/broken.parquet", "misc/deep.json"} {
		o := objs[k]
		t.Logf("%-22s %-8s %s", k, o.Status, o.Reason)
		if o.Status != dataset.StatusError && o.Status != dataset.StatusSkipped {
			t.Errorf("%s: status %q, want error or skipped with a reason", k, o.Status)
		}
		if o.Reason == "" {
			t.Errorf("%s: no reason", k)
		}
	}
	if r := objs["backup/bomb.gz"].Reason; !strings.Contains(r, "bomb") && !strings.Contains(r, "limit") && !strings.Contains(r, "ratio") {
		t.Errorf("bomb.gz: reason %q does not name the decompression limit", r)
	}
	fs, _ := readFindings(t, out)
	found := map[string]int{}
	for _, f := range fs {
		if f.Kind == "phone" {
			found[f.Key]++
		}
	}
	for _, k := range []string{"logs/one-line.log", "logs/truncated.gz", "misc/invalid-utf8.txt", "고객 자료/주소 록 (최종).txt"} {
		if found[k] != 1 {
			t.Errorf("%s: %d phone findings, want 1", k, found[k])
		}
	}
	if o := objs["logs/one-line.log"]; o.Status != dataset.StatusScanned || o.BytesScanned < lineSize {
		t.Errorf("one-line.log: %s, %d bytes scanned", o.Status, o.BytesScanned)
	}
}
