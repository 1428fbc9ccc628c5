package dataset

import "time"

// Finding is one row of findings/*.parquet. Column names and types are fixed
// by CONTRACT.md.
type Finding struct {
	ScanID        string  `parquet:"scan_id,dict"`
	Bucket        string  `parquet:"bucket,dict"`
	Key           string  `parquet:"key,dict"`
	ETag          string  `parquet:"etag,dict"`
	ContainerPath string  `parquet:"container_path,dict"`
	Field         string  `parquet:"field,dict"`
	Row           int64   `parquet:"row,delta"`
	Offset        int64   `parquet:"offset,delta"`
	Length        int32   `parquet:"length"`
	Kind          string  `parquet:"kind,dict"`
	Subtype       string  `parquet:"subtype,dict"`
	Country       string  `parquet:"country,dict"`
	Confidence    float64 `parquet:"confidence"`
	Masked        string  `parquet:"masked,dict"`
	ValueHash     string  `parquet:"value_hash,dict"`
	Value         *string `parquet:"value,optional"`
	// CanonicalHash, an addition to CONTRACT.md's columns, is the HMAC (as
	// value_hash) of the value's canonical form (detectors.Canonical) when
	// that differs from the normalised value, else null: the spellings of
	// one address or name (서울 and 서울특별시, 1-2-3 and 1丁目2番3号,
	// Street and St) share coalesce(canonical_hash, value_hash).
	CanonicalHash string `parquet:"canonical_hash,optional,dict"`
}

// Object is one row of objects/*.parquet.
type Object struct {
	ScanID       string    `parquet:"scan_id,dict"`
	Bucket       string    `parquet:"bucket,dict"`
	Key          string    `parquet:"key"`
	ETag         string    `parquet:"etag"`
	Size         int64     `parquet:"size"`
	LastModified time.Time `parquet:"last_modified,timestamp(millisecond)"`
	Format       string    `parquet:"format,dict"`
	Compression  string    `parquet:"compression,dict"`
	Encoding     string    `parquet:"encoding,dict"`
	BytesScanned int64     `parquet:"bytes_scanned"`
	Status       string    `parquet:"status,dict"`
	Reason       string    `parquet:"reason,dict"`
	Findings     int64     `parquet:"findings"`
	DurationMS   int64     `parquet:"duration_ms"`
}

// Object statuses.
const (
	StatusScanned = "scanned"
	StatusSkipped = "skipped"
	StatusError   = "error"
)
