package gen

import (
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/minio/minio-go/v7"
)

// Sink stores the generated objects. Generate calls Put from several
// goroutines at once (Config.Workers), once per key.
type Sink interface {
	// Put stores size bytes read from r under key (a slash-separated path
	// relative to the sink's root). It must have read all it needs from r
	// when it returns: the generator reuses the buffer behind r.
	Put(ctx context.Context, key string, r io.Reader, size int64) error
	// Key returns the key under which a scanner of this sink's destination
	// reports the object stored as key: the labels carry it.
	Key(key string) string
}

// LocalSink writes objects as files under Dir.
type LocalSink struct {
	Dir string
}

// NewLocalSink returns a sink writing under dir (created if missing).
func NewLocalSink(dir string) (*LocalSink, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("gen: cannot create %q: %w", dir, err)
	}
	return &LocalSink{Dir: dir}, nil
}

// Put implements Sink.
func (s *LocalSink) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	name := filepath.Join(s.Dir, filepath.FromSlash(key))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("gen: cannot create directory for %q: %w", key, err)
	}
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("gen: cannot create %q: %w", key, err)
	}
	n, err := io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && n != size {
		err = fmt.Errorf("wrote %d bytes, want %d", n, size)
	}
	if err != nil {
		return fmt.Errorf("gen: cannot write %q: %w", key, err)
	}
	return nil
}

// Key implements Sink: a local scan reports paths relative to its root.
func (s *LocalSink) Key(key string) string { return key }

// S3Sink uploads objects to a bucket through minio-go. minio-go switches to
// a multipart upload for large objects by itself.
type S3Sink struct {
	Client *minio.Client
	Bucket string
	Prefix string // "" or ending in "/"
}

// NewS3Sink returns a sink uploading to bucket under prefix (a "/" is
// added to a non-empty prefix that lacks one).
func NewS3Sink(c *minio.Client, bucket, prefix string) *S3Sink {
	prefix = strings.TrimLeft(prefix, "/")
	if prefix != "" && !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	return &S3Sink{Client: c, Bucket: bucket, Prefix: prefix}
}

// Put implements Sink.
func (s *S3Sink) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	_, err := s.Client.PutObject(ctx, s.Bucket, s.Prefix+key, r, size, minio.PutObjectOptions{
		ContentType: contentType(key),
	})
	if err != nil {
		return fmt.Errorf("gen: cannot upload %q: %w", s.Prefix+key, err)
	}
	return nil
}

// Key implements Sink: an S3 scan reports full object keys.
func (s *S3Sink) Key(key string) string { return s.Prefix + key }

func contentType(key string) string {
	switch path.Ext(key) {
	case ".csv":
		return "text/csv"
	case ".ndjson":
		return "application/x-ndjson"
	case ".json":
		return "application/json"
	case ".txt":
		return "text/plain"
	case ".yaml":
		return "application/yaml"
	case ".gz":
		return "application/gzip"
	case ".zip":
		return "application/zip"
	case ".png":
		return "image/png"
	}
	return "application/octet-stream"
}

// LabelsPath is where the labels of a local destination dir go by
// default: beside it, never inside it, as DIR/../NAME-labels.ndjson.gz, so
// that a scan of dir does not scan its own ground truth.
func LabelsPath(dir string) string {
	dir = filepath.Clean(dir)
	return filepath.Join(filepath.Dir(dir), labelsPathName(filepath.Base(dir)))
}

// LabelsPathForS3 is the default labels path, in the current directory,
// for an S3 destination: BUCKET[_PREFIX]-labels.ndjson.gz with the
// prefix's slashes turned into underscores.
func LabelsPathForS3(bucket, prefix string) string {
	name := bucket
	if p := strings.Trim(prefix, "/"); p != "" {
		name += "_" + strings.ReplaceAll(p, "/", "_")
	}
	return labelsPathName(name)
}

// TruthPath is where the ground-truth summary goes beside a labels file:
// NAME-labels.ndjson.gz -> NAME-truth.json.
func TruthPath(labelsPath string) string {
	base := strings.TrimSuffix(strings.TrimSuffix(labelsPath, ".gz"), ".ndjson")
	base = strings.TrimSuffix(base, "-labels")
	return base + "-truth.json"
}

// Inside reports whether file lies inside dir (both cleaned, made
// absolute): a labels path inside a scanned directory is a mistake.
func Inside(dir, file string) bool {
	d, err1 := filepath.Abs(dir)
	f, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, f)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
