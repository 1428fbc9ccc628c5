package fakes3

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/minio/minio-go/v7"
)

func start(t *testing.T) (*Server, *minio.Client) {
	t.Helper()
	srv, err := Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	return srv, c
}

func body(i int) []byte {
	return []byte(fmt.Sprintf("object %04d %s\n", i, strings.Repeat("x", i%37)))
}

// TestMinioRoundTrip is the compatibility contract with minio-go: bucket,
// 1,500 puts, paginated ListObjectsV2, ranged GET, HEAD.
func TestMinioRoundTrip(t *testing.T) {
	srv, c := start(t)
	ctx := t.Context()
	if !strings.HasPrefix(srv.Endpoint(), "http://127.0.0.1:") {
		t.Fatalf("endpoint %q", srv.Endpoint())
	}
	if err := c.MakeBucket(ctx, "estate", minio.MakeBucketOptions{Region: Region}); err != nil {
		t.Fatal(err)
	}
	ok, err := c.BucketExists(ctx, "estate")
	if err != nil || !ok {
		t.Fatalf("BucketExists = %v, %v", ok, err)
	}

	const n = 1500
	var wg sync.WaitGroup
	errs := make(chan error, n)
	idx := make(chan int)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				b := body(i)
				key := fmt.Sprintf("data/%02d/obj-%04d.txt", i%7, i)
				if _, err := c.PutObject(ctx, "estate", key, bytes.NewReader(b), int64(len(b)), minio.PutObjectOptions{}); err != nil {
					errs <- fmt.Errorf("put %s: %w", key, err)
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		idx <- i
	}
	close(idx)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	t.Run("ListObjectsV2 pages", func(t *testing.T) {
		for _, pageSize := range []int{0, 1000, 97} { // 0: the server's default of 1000
			var keys []string
			var total int64
			for o := range c.ListObjects(ctx, "estate", minio.ListObjectsOptions{Prefix: "data/", Recursive: true, MaxKeys: pageSize}) {
				if o.Err != nil {
					t.Fatalf("page size %d: %v", pageSize, o.Err)
				}
				keys = append(keys, o.Key)
				total += o.Size
			}
			if len(keys) != n {
				t.Fatalf("page size %d: listed %d keys, want %d", pageSize, len(keys), n)
			}
			seen := map[string]bool{}
			for i, k := range keys {
				if seen[k] {
					t.Fatalf("page size %d: %q listed twice", pageSize, k)
				}
				seen[k] = true
				if i > 0 && keys[i-1] >= k {
					t.Fatalf("page size %d: keys out of order: %q then %q", pageSize, keys[i-1], k)
				}
			}
			var want int64
			for i := 0; i < n; i++ {
				want += int64(len(body(i)))
			}
			if total != want {
				t.Fatalf("page size %d: listed sizes sum to %d, want %d", pageSize, total, want)
			}
		}
	})

	t.Run("delimiter", func(t *testing.T) {
		var prefixes []string
		for o := range c.ListObjects(ctx, "estate", minio.ListObjectsOptions{Prefix: "data/"}) {
			if o.Err != nil {
				t.Fatal(o.Err)
			}
			prefixes = append(prefixes, o.Key)
		}
		if len(prefixes) != 7 || prefixes[0] != "data/00/" {
			t.Fatalf("common prefixes = %v", prefixes)
		}
	})

	t.Run("ranged GET", func(t *testing.T) {
		key := "data/03/obj-0444.txt"
		want := body(444)
		opts := minio.GetObjectOptions{}
		if err := opts.SetRange(7, 10); err != nil {
			t.Fatal(err)
		}
		obj, err := c.GetObject(ctx, "estate", key, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(obj)
		obj.Close()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want[7:11]) {
			t.Fatalf("range 7-10 = %q, want %q", got, want[7:11])
		}
		// ReadAt through the minio.Object (what a Parquet or zip reader does).
		obj, err = c.GetObject(ctx, "estate", key, minio.GetObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer obj.Close()
		buf := make([]byte, 5)
		if _, err := obj.ReadAt(buf, int64(len(want)-5)); err != nil && err != io.EOF {
			t.Fatal(err)
		}
		if string(buf) != string(want[len(want)-5:]) {
			t.Fatalf("ReadAt tail = %q, want %q", buf, want[len(want)-5:])
		}
	})

	t.Run("HEAD", func(t *testing.T) {
		st, err := c.StatObject(ctx, "estate", "data/01/obj-0001.txt", minio.StatObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Size != int64(len(body(1))) || st.ETag == "" {
			t.Fatalf("stat = size %d etag %q", st.Size, st.ETag)
		}
		_, err = c.StatObject(ctx, "estate", "data/none", minio.StatObjectOptions{})
		if minio.ToErrorResponse(err).StatusCode != http.StatusNotFound {
			t.Fatalf("stat of a missing key: %v", err)
		}
	})
}

// TestMultipart uploads an object big enough for minio-go's multipart path
// and reads it back whole.
func TestMultipart(t *testing.T) {
	srv, c := start(t)
	ctx := t.Context()
	if err := srv.CreateBucket("big"); err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 12<<20+12345)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	// Parts signed with streaming signatures (minio-go's default over plain
	// HTTP; gofakes3 alone stores them corrupted) and unsigned parts.
	for _, opts := range []minio.PutObjectOptions{{PartSize: 5 << 20}, {PartSize: 5 << 20, DisableContentSha256: true}} {
		info, err := c.PutObject(ctx, "big", "blob.bin", bytes.NewReader(data), int64(len(data)), opts)
		if err != nil {
			t.Fatal(err)
		}
		if info.Size != int64(len(data)) {
			t.Fatalf("uploaded %d bytes, want %d", info.Size, len(data))
		}
		obj, err := c.GetObject(ctx, "big", "blob.bin", minio.GetObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		_, err = io.Copy(h, obj)
		obj.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want := sha256.Sum256(data); !bytes.Equal(h.Sum(nil), want[:]) {
			t.Fatalf("multipart object (unsigned payload %v) read back differs", opts.DisableContentSha256)
		}
	}
}

// TestClose stops the server: later requests fail; Close twice is fine;
// cancelling the start context stops it too.
func TestClose(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	srv, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.MakeBucket(t.Context(), "bkt", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	cancel()
	srv.Close() // waits for the stop the cancel began
	if _, err := c.BucketExists(t.Context(), "bkt"); err == nil {
		t.Fatal("request after close succeeded")
	}
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
}
