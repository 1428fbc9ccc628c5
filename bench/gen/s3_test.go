package gen

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/exposure-dev/exposure/bench/fakes3"
	"github.com/minio/minio-go/v7"
)

// TestS3Sink generates the demo into the in-process S3 server under a
// prefix and checks every object arrived intact and the labels carry the
// full keys.
func TestS3Sink(t *testing.T) {
	srv, err := fakes3.Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.MakeBucket(t.Context(), "estate", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	cfg := Demo()
	cfg.Workers = 8
	cfg.MaxObject = 20 << 20
	cfg.Counts = map[ObjectType]int{TypeImage: 1}
	cfg.Mix = map[ObjectType]float64{TypeOrdersCSV: 0.5, TypeImage: 0.5}
	cfg.Size = 40 << 20 // one 20 MiB image: a multipart upload
	var labels bytes.Buffer
	sum, err := Generate(context.Background(), cfg, NewS3Sink(c, "estate", "bench/run1"), &labels)
	if err != nil {
		t.Fatal(err)
	}
	mem, memLabels, _ := generate(t, cfg)
	n := 0
	for o := range c.ListObjects(t.Context(), "estate", minio.ListObjectsOptions{Prefix: "bench/run1/", Recursive: true}) {
		if o.Err != nil {
			t.Fatal(o.Err)
		}
		n++
		want, ok := mem.objs[o.Key[len("bench/run1/"):]]
		if !ok {
			t.Fatalf("unexpected object %s", o.Key)
		}
		obj, err := c.GetObject(t.Context(), "estate", o.Key, minio.GetObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(obj)
		obj.Close()
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: read back %d bytes (want %d), %v", o.Key, len(got), len(want), err)
		}
	}
	if n != sum.Objects || n != len(mem.objs) {
		t.Fatalf("listed %d objects, generated %d", n, sum.Objects)
	}
	ls := readAllLabels(t, labels.Bytes())
	if len(ls) == 0 || len(ls) != len(readAllLabels(t, memLabels)) {
		t.Fatalf("%d labels", len(ls))
	}
	for _, l := range ls {
		if l.Key[:len("bench/run1/")] != "bench/run1/" {
			t.Fatalf("label key %q lacks the prefix", l.Key)
		}
	}
}
