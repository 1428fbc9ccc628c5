package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/google/go-cmp/cmp"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/parquet-go/parquet-go"
)

// findingID is what must be equal between an interrupted and an
// uninterrupted scan (scan_id and etag aside).
type findingID struct {
	Key, Field, Kind, Hash string
	Row, Offset            int64
	Length                 int32
}

func readFindings(t *testing.T, dir string) ([]findingID, map[string]int) {
	t.Helper()
	var fs []findingID
	paths, _ := filepath.Glob(filepath.Join(dir, "findings", "*.parquet"))
	for _, p := range paths {
		rows, err := parquet.ReadFile[dataset.Finding](p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, r := range rows {
			fs = append(fs, findingID{r.Key, r.Field, r.Kind, r.ValueHash, r.Row, r.Offset, r.Length})
		}
	}
	sortFindings(fs)
	objs := map[string]int{}
	paths, _ = filepath.Glob(filepath.Join(dir, "objects", "*.parquet"))
	for _, p := range paths {
		rows, err := parquet.ReadFile[dataset.Object](p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, r := range rows {
			objs[r.Key]++
		}
	}
	return fs, objs
}

// TestKill9Resume kills a scan with SIGKILL at random moments, several
// times, resumes it each time, and expects exactly the findings of an
// uninterrupted scan, with one objects row per object: with a local
// dataset, and with one written to S3 (--out s3://).
func TestKill9Resume(t *testing.T) {
	_, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	const objects = 400
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for i := range objects {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			var b strings.Builder
			for j := range 20 {
				fmt.Fprintf(&b, "주문 메모 %d: 수령인 연락처 010-%04d-%04d, 문 앞에 두세요.\n", j, 2000+i, 1000+j)
			}
			body := b.String()
			_, err := c.PutObject(context.Background(), bucket, fmt.Sprintf("orders/%04d.txt", i), strings.NewReader(body), int64(len(body)), minio.PutObjectOptions{})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	endpoint := os.Getenv("EXPOSURE_TEST_S3_ENDPOINT")
	access, secret := s3test.Creds()
	dir := t.TempDir()
	args := func(out string) []string {
		return []string{"scan", "--endpoint", endpoint, "--out", out, "--no-progress", "--workers", "3", "--checkpoint-interval", "30ms", "s3://" + bucket}
	}
	env := append(os.Environ(), "AWS_ACCESS_KEY_ID="+access, "AWS_SECRET_ACCESS_KEY="+secret, "EXPOSURE_HASH_KEY=0123456789abcdef0123456789abcdef")

	ref := filepath.Join(dir, "ref")
	if out, err := runChild(env, args(ref)...); err != nil {
		t.Fatalf("reference scan: %v\n%s", err, out)
	}
	want, wantObjs := readFindings(t, ref)
	if len(want) != objects*20 {
		t.Fatalf("reference scan found %d findings, want %d", len(want), objects*20)
	}
	for _, s3out := range []bool{false, true} {
		t.Run(map[bool]string{false: "local", true: "s3-out"}[s3out], func(t *testing.T) {
			killAndResume(t, c, s3out, args, env, want, wantObjs)
		})
	}
}

func killAndResume(t *testing.T, c *minio.Client, s3out bool, args func(string) []string, env []string, want []findingID, wantObjs map[string]int) {
	endpoint := os.Getenv("EXPOSURE_TEST_S3_ENDPOINT")
	access, secret := s3test.Creds()
	dir := t.TempDir()
	out := filepath.Join(dir, "killed")
	if s3out {
		outBucket := s3test.NewBucket(t, c)
		out = "s3://" + outBucket + "/scans/killed"
		env = append(env, "TMPDIR="+t.TempDir())
	}
	kills := 0
	for round := 0; round < 6; round++ {
		before := committedParts(c, out)
		ctx, cancel := context.WithCancel(context.Background())
		cmd := exec.Command(os.Args[0], append(args(out), "--resume")...)
		cmd.Env = append(env, "EXPOSURE_TEST_RUN_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("round %d: scan failed: %v", round, err)
			}
			round = 99 // finished before the kill
		case <-afterProgress(ctx, c, out, before):
			_ = cmd.Process.Kill()
			<-done
			kills++
		}
		cancel()
	}
	if kills < 2 {
		t.Fatalf("only %d kills landed mid-scan; the test did not test resume", kills)
	}
	if o, err := runChild(env, append(args(out), "--resume")...); err != nil {
		t.Fatalf("final resume: %v\n%s", err, o)
	}
	if s3out {
		local := filepath.Join(dir, "fetched")
		if err := scanner.FetchDataset(context.Background(), scanner.S3Options{Endpoint: endpoint, Creds: credentials.NewStaticV4(access, secret, "")}, out, local); err != nil {
			t.Fatal(err)
		}
		out = local
		for _, f := range []string{"scan.json", "summary.json", "sketches.json"} {
			if _, err := os.Stat(filepath.Join(local, f)); err != nil {
				t.Errorf("the S3 dataset lacks %s", f)
			}
		}
	}
	got, gotObjs := readFindings(t, out)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after %d kills, findings differ from an uninterrupted scan (-want +got):\n%.2000s", kills, diff)
	}
	if diff := cmp.Diff(wantObjs, gotObjs); diff != "" {
		t.Errorf("objects rows (-want +got):\n%.2000s", diff)
	}
	t.Logf("%d kills, %d findings, %d objects", kills, len(got), len(gotObjs))
}

// afterProgress returns a channel that fires a random 0-40 ms after the
// dataset at out holds more committed objects parts than before, so that
// every kill lands mid-scan after some progress, however fast the machine
// (a fixed delay either outlasts a fast scan or lands before its first
// commit). It stops watching when ctx is done.
func afterProgress(ctx context.Context, c *minio.Client, out string, before int) <-chan struct{} {
	fire := make(chan struct{})
	go func() {
		for ctx.Err() == nil {
			if committedParts(c, out) > before {
				select {
				case <-time.After(time.Duration(rand.IntN(40)) * time.Millisecond):
					close(fire)
				case <-ctx.Done():
				}
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	return fire
}

// committedParts counts the committed objects parts of the dataset at out
// (a local directory or s3://bucket/prefix); an objects part is committed
// after its findings part.
func committedParts(c *minio.Client, out string) int {
	n := 0
	if rest, ok := strings.CutPrefix(out, "s3://"); ok {
		bucket, prefix, _ := strings.Cut(rest, "/")
		for o := range c.ListObjects(context.Background(), bucket, minio.ListObjectsOptions{Prefix: prefix + "/objects/", Recursive: true}) {
			if o.Err == nil && strings.HasSuffix(o.Key, ".parquet") {
				n++
			}
		}
		return n
	}
	paths, _ := filepath.Glob(filepath.Join(out, "objects", "*.parquet"))
	return len(paths)
}

func runChild(env []string, args ...string) (string, error) {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(env, "EXPOSURE_TEST_RUN_MAIN=1")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func sortFindings(fs []findingID) {
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return a.Hash < b.Hash
	})
}
