package scanner

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/exposure-dev/exposure/scanner/formats"
)

// Config is everything one scan needs. The CLI fills it from flags; nothing
// in this package reads flags or global state.
type Config struct {
	Targets []Target
	S3      S3Options
	Out     string // dataset directory, or s3://bucket/prefix
	// StageDir holds the local copy of an s3:// Out ("" = the system's
	// temporary directory).
	StageDir     string
	Workers      int    // objects scanned at once; 0 = DefaultWorkers()
	RevealValues bool   // write the raw value column (files become mode 0600)
	HashKeyFile  string // --hash-key-file
	HashKeyEnv   string // the value of EXPOSURE_HASH_KEY, passed in by the caller
	Resume       bool
	// Since is a previous dataset of the same targets: objects unchanged since
	// it (same ETag and size) are not read again; their rows and findings are
	// carried forward, so the new dataset is complete on its own.
	Since  string
	Shard  Shard
	Filter Filter
	// Sample scans a deterministic fraction of the objects (0 = all); the
	// report extrapolates totals with a confidence interval.
	Sample float64
	// Inventory is an S3 Inventory manifest (s3://.../manifest.json) to
	// list the one S3 target from instead of LIST requests.
	Inventory string
	// Progress receives a progress bar (nil: none). Log receives one-line
	// notes for the operator (nil: discarded). Neither ever gets raw values.
	Progress io.Writer
	Log      io.Writer
	Limits   formats.Limits
	Parts    dataset.PartOptions
	// Retry governs retries of transient S3 failures (zero: DefaultRetry).
	Retry Retry
	// ObjectTimeout bounds the time one object may take, plus one second per
	// MB of its size (zero: 10 minutes).
	ObjectTimeout time.Duration
	// Detectors builds the detectors of one worker (nil: detectors.All).
	Detectors func() []detectors.Detector
	// Now is the clock (nil: time.Now).
	Now func() time.Time
}

// DefaultWorkers is 4 per CPU, so that S3 latency hides behind other
// objects' CPU work, at most 64.
func DefaultWorkers() int {
	n := 4 * runtime.GOMAXPROCS(0)
	if n > 64 {
		n = 64
	}
	return n
}

// Shard selects a disjoint part of the objects: those whose key hashes to
// Index modulo Count. The zero value (Count 0) means every object.
type Shard struct{ Index, Count int }

// ParseShard parses "I/N" with 0 <= I < N.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("bad --shard %q: want I/N with 0 <= I < N", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// Contains reports whether the object belongs to the shard. The hash
// (FNV-1a 64 of bucket, '/', key) is stable across runs, machines and
// versions, so shards are disjoint and their union is every object.
func (s Shard) Contains(bucket, key string) bool {
	if s.Count <= 1 {
		return true
	}
	return keyHash("", bucket, key)%uint64(s.Count) == uint64(s.Index)
}

// keyHash is FNV-1a 64 over salt, bucket, '/', key.
func keyHash(salt, bucket, key string) uint64 {
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for i := 0; i < len(salt); i++ {
		h = (h ^ uint64(salt[i])) * prime64
	}
	for i := 0; i < len(bucket); i++ {
		h = (h ^ uint64(bucket[i])) * prime64
	}
	h = (h ^ '/') * prime64
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * prime64
	}
	return h
}

// Sampled reports whether an object is in a deterministic sample of the
// given fraction (0 or >= 1: every object). The selection is independent of
// the shard hash and stable across runs, so a resumed or repeated sample
// reads the same objects.
func Sampled(fraction float64, bucket, key string) bool {
	if fraction <= 0 || fraction >= 1 {
		return true
	}
	h := keyHash("exposure-sample\x00", bucket, key)
	h ^= h >> 33 // FNV's low bits are weak; mix before scaling
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return float64(h>>11)/(1<<53) < fraction
}

// ErrDatasetExists is returned when OUT already holds a dataset and Resume
// is not set.
var ErrDatasetExists = errors.New("scanner: the output directory already holds a dataset; use --resume to continue it or choose another --out")

// ErrInterrupted is returned when the scan stopped before listing and
// scanning every object; the dataset is resumable.
var ErrInterrupted = errors.New("scanner: scan interrupted; run again with --resume to complete it")
