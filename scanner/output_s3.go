package scanner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/minio/minio-go/v7"
)

// s3Output mirrors a dataset to s3://bucket/prefix. The dataset is written
// in a local staging directory as usual; each committed part is uploaded
// findings first, objects (the commit record) last, so the S3 copy is always
// a consistent dataset. S3 is the truth: --resume downloads it into a clean
// staging directory before continuing.
type s3Output struct {
	c              *minio.Client
	bucket, prefix string
	stage          string
}

// IsS3URL reports whether s names an S3 location.
func IsS3URL(s string) bool { return strings.HasPrefix(s, "s3://") }

func newS3Output(cfg Config, stageRoot string) (*s3Output, error) {
	t, err := ParseTarget(cfg.Out)
	if err != nil {
		return nil, err
	}
	o := cfg.S3
	if o.Conns == 0 {
		o.Conns = 8
	}
	c, err := NewS3Client(o)
	if err != nil {
		return nil, err
	}
	if stageRoot == "" {
		stageRoot = os.TempDir()
	}
	sum := sha256.Sum256([]byte(cfg.Out))
	stage := filepath.Join(stageRoot, "exposure-stage-"+hex.EncodeToString(sum[:6]))
	return &s3Output{c: c, bucket: t.Bucket, prefix: strings.TrimSuffix(t.Prefix, "/"), stage: stage}, nil
}

func (o *s3Output) key(rel string) string {
	if o.prefix == "" {
		return rel
	}
	return o.prefix + "/" + rel
}

// exists reports whether the S3 location already holds a dataset.
func (o *s3Output) exists(ctx context.Context) (bool, error) {
	_, err := o.c.StatObject(ctx, o.bucket, o.key(dataset.ManifestFile), minio.StatObjectOptions{})
	if err == nil {
		return true, nil
	}
	var resp minio.ErrorResponse
	if errors.As(err, &resp) && (resp.Code == minio.NoSuchKey || resp.StatusCode == 404) {
		return false, nil
	}
	return false, fmt.Errorf("scanner: cannot check --out %s: %w", o, err)
}

func (o *s3Output) String() string { return "s3://" + o.bucket + "/" + o.prefix }

// pull makes the staging directory an exact copy of the S3 dataset.
func (o *s3Output) pull(ctx context.Context) error {
	if err := os.RemoveAll(o.stage); err != nil {
		return fmt.Errorf("scanner: cannot clear staging directory: %w", err)
	}
	if err := os.MkdirAll(o.stage, 0o700); err != nil {
		return fmt.Errorf("scanner: cannot create staging directory: %w", err)
	}
	pre := o.key("")
	for obj := range o.c.ListObjects(ctx, o.bucket, minio.ListObjectsOptions{Prefix: pre, Recursive: true}) {
		if obj.Err != nil {
			return fmt.Errorf("scanner: cannot list --out %s: %w", o, obj.Err)
		}
		rel := strings.TrimPrefix(obj.Key, pre)
		if rel == "" || strings.Contains(rel, "..") || path.IsAbs(rel) {
			continue
		}
		dst := filepath.Join(o.stage, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
			return err
		}
		if err := o.c.FGetObject(ctx, o.bucket, obj.Key, dst, minio.GetObjectOptions{}); err != nil {
			return fmt.Errorf("scanner: cannot download %s: %w", obj.Key, err)
		}
		if rel == dataset.KeyFile {
			_ = os.Chmod(dst, 0o600)
		}
	}
	return nil
}

// push uploads files (relative to the staging directory) in order.
func (o *s3Output) push(ctx context.Context, files ...string) error {
	for _, rel := range files {
		src := filepath.Join(o.stage, filepath.FromSlash(rel))
		if _, err := o.c.FPutObject(ctx, o.bucket, o.key(rel), src, minio.PutObjectOptions{ContentType: "application/octet-stream"}); err != nil {
			return fmt.Errorf("scanner: cannot upload %s to %s: %w", rel, o, err)
		}
	}
	return nil
}

// FetchDataset downloads the dataset at s3://bucket/prefix into dir (made
// empty first), for `exposure report` over datasets written with --out s3://.
func FetchDataset(ctx context.Context, opts S3Options, url, dir string) error {
	o, err := newS3Output(Config{Out: url, S3: opts}, "")
	if err != nil {
		return err
	}
	o.stage = dir
	exists, err := o.exists(ctx)
	if err != nil {
		return err
	}
	if !exists {
		return fmt.Errorf("%w at %s", dataset.ErrNoDataset, url)
	}
	return o.pull(ctx)
}

// prune deletes from S3 the part files that the staging directory no longer
// has: after a crash, Recover drops findings parts whose commit record never
// made it, and the S3 copy must drop them too.
func (o *s3Output) prune(ctx context.Context) error {
	for _, sub := range []string{dataset.FindingsDir, dataset.ObjectsDir} {
		pre := o.key(sub + "/")
		for obj := range o.c.ListObjects(ctx, o.bucket, minio.ListObjectsOptions{Prefix: pre, Recursive: true}) {
			if obj.Err != nil {
				return fmt.Errorf("scanner: cannot list --out %s: %w", o, obj.Err)
			}
			rel := sub + "/" + strings.TrimPrefix(obj.Key, pre)
			if fileExists(filepath.Join(o.stage, filepath.FromSlash(rel))) {
				continue
			}
			if err := o.c.RemoveObject(ctx, o.bucket, obj.Key, minio.RemoveObjectOptions{}); err != nil {
				return fmt.Errorf("scanner: cannot remove uncommitted %s from %s: %w", rel, o, err)
			}
		}
	}
	return nil
}
