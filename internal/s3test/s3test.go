// Package s3test gives integration tests the MinIO server that
// scripts/test.sh starts (or a private one they start themselves), and
// buckets that clean up after themselves.
package s3test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/scanner"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Server returns the options and a client for the MinIO server that
// scripts/test.sh started. Without one the test is skipped, except under
// CI=true, where a missing server fails the run.
func Server(t testing.TB) (scanner.S3Options, *minio.Client) {
	t.Helper()
	ep := os.Getenv("EXPOSURE_TEST_S3_ENDPOINT")
	if ep == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("EXPOSURE_TEST_S3_ENDPOINT is not set under CI=true: run the tests through scripts/test.sh")
		}
		t.Skip("no MinIO: run scripts/test.sh for the S3 integration tests")
	}
	o := scanner.S3Options{
		Endpoint: ep,
		Creds:    credentials.NewStaticV4(os.Getenv("EXPOSURE_TEST_S3_ACCESS_KEY"), os.Getenv("EXPOSURE_TEST_S3_SECRET_KEY"), ""),
		Conns:    8,
	}
	c, err := scanner.NewS3Client(o)
	if err != nil {
		t.Fatal(err)
	}
	return o, c
}

// NewBucket makes a bucket with a unique name and removes it (and its
// objects) when the test ends.
func NewBucket(t testing.TB, c *minio.Client) string {
	t.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := "t-" + strings.ToLower(strings.NewReplacer("/", "-", "_", "-").Replace(t.Name()))
	if len(name) > 50 {
		name = name[:50]
	}
	name = strings.Trim(name, "-") + "-" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if err := c.MakeBucket(ctx, name, minio.MakeBucketOptions{}); err != nil {
		t.Fatalf("make bucket: %v", err)
	}
	t.Cleanup(func() {
		for o := range c.ListObjects(ctx, name, minio.ListObjectsOptions{Recursive: true}) {
			if o.Err == nil {
				_ = c.RemoveObject(ctx, name, o.Key, minio.RemoveObjectOptions{})
			}
		}
		_ = c.RemoveBucket(ctx, name)
	})
	return name
}

// Put uploads data as bucket/key.
func Put(t testing.TB, c *minio.Client, bucket, key string, data []byte) {
	t.Helper()
	_, err := c.PutObject(context.Background(), bucket, key, strings.NewReader(string(data)), int64(len(data)), minio.PutObjectOptions{})
	if err != nil {
		t.Fatalf("put %q: %v", key, err)
	}
}

// Creds are the credentials of the test server, for a subprocess's
// environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).
func Creds() (access, secret string) {
	return os.Getenv("EXPOSURE_TEST_S3_ACCESS_KEY"), os.Getenv("EXPOSURE_TEST_S3_SECRET_KEY")
}
