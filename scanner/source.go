package scanner

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/scanner/formats"
)

// ObjectInfo is one listed object.
type ObjectInfo struct {
	Bucket       string // "" for a local directory
	Key          string // object key, or path relative to the local root with '/' separators
	ETag         string // as listed, without quotes; "" for local files
	Size         int64
	LastModified time.Time
	// Err is set when the lister found the entry but could not read it (an
	// unreadable directory); the object then gets an error row.
	Err error
}

// Source lists and opens the objects of one target.
type Source interface {
	// List calls fn for every object under the target, in listing order,
	// streaming page by page (never holding the whole listing). An error
	// from fn stops the listing and is returned.
	List(ctx context.Context, fn func(ObjectInfo) error) error
	// Object gives the readers access to one listed object.
	Object(info ObjectInfo) formats.Object
	// String names the target (s3://bucket/prefix or a directory).
	String() string
}

// Target is a parsed TARGET argument.
type Target struct {
	Bucket, Prefix string // for s3://
	Dir            string // for a local directory
}

// IsS3 reports whether the target is an S3 URL.
func (t Target) IsS3() bool { return t.Bucket != "" }

func (t Target) String() string {
	if t.IsS3() {
		if t.Prefix == "" {
			return "s3://" + t.Bucket
		}
		return "s3://" + t.Bucket + "/" + t.Prefix
	}
	return t.Dir
}

// ParseTarget parses s3://bucket[/prefix] or a local directory path.
func ParseTarget(s string) (Target, error) {
	if rest, ok := strings.CutPrefix(s, "s3://"); ok {
		bucket, prefix, _ := strings.Cut(rest, "/")
		if bucket == "" {
			return Target{}, fmt.Errorf("scanner: target %q has no bucket", s)
		}
		return Target{Bucket: bucket, Prefix: prefix}, nil
	}
	if strings.Contains(s, "://") {
		return Target{}, fmt.Errorf("scanner: target %q: only s3:// URLs and local directories are supported", s)
	}
	if s == "" {
		return Target{}, fmt.Errorf("scanner: empty target")
	}
	return Target{Dir: s}, nil
}
