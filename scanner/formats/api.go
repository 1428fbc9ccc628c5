package formats

import (
	"context"
	"io"

	"github.com/exposure-dev/exposure/detectors"
)

// Object is what the readers need of one stored object. The scanner's
// sources (S3, local directory) implement it.
type Object interface {
	// Key is the object key (used for name-based format hints and errors).
	Key() string
	// Size is the object's size in bytes as listed.
	Size() int64
	// Open streams the whole object from the start.
	Open(ctx context.Context) (io.ReadCloser, error)
	// ReaderAt gives random access (ranged GETs on S3) for formats that need
	// it: Parquet footers, zip central directories.
	ReaderAt(ctx context.Context) (io.ReaderAt, error)
}

// Record is one piece of decoded UTF-8 text with its place in the object.
//
// Free text (plain text, logs, a JSON string too long for one record) comes as
// chunks: Text holds the chunk plus some context on each side, and only
// matches that start in Text[Lo:Hi] belong to this record, so a match that
// straddles a chunk boundary is reported exactly once. Structured values
// (a CSV cell, a JSON string, a Parquet value) come one per record with
// Lo = 0 and Hi = len(Text).
type Record struct {
	ContainerPath string // member path inside an archive ("a.zip/b.csv.gz" when nested), "" otherwise
	Field         string // CSV header, JSON path ($.address.line, $[3].phone), Parquet column path; "" for free text
	Row           int64  // record index in structured data, -1 for free text
	// Offset is the byte offset of Text[0] in the decoded UTF-8 text of the
	// object (or archive member); for a structured cell it is 0 (offsets are
	// relative to the cell, as CONTRACT.md says).
	Offset int64
	Text   string
	Lo, Hi int
	// Column is the kind the column holds by its header or value profile, "" if unknown.
	Column detectors.Kind
}

// Info says what was found in an object; it fills the objects row.
type Info struct {
	Format       string // text, csv, tsv, json, ndjson, parquet, zip, tar, binary, empty, ...
	Compression  string // "", gzip, zstd, bzip2, xz (outermost first, joined by "+", when nested)
	Encoding     string // utf-8, utf-16le, utf-16be, euc-kr, shift_jis, big5, ...
	BytesScanned int64  // decoded bytes handed to detectors
	// Skipped is set (with SkipReason) when the object was deliberately not
	// scanned (binary data, over a size limit): the objects row gets status skipped.
	Skipped    bool
	SkipReason string
}

// Limits bound the work and memory spent on one object.
type Limits struct {
	MaxObjectSize    int64   // objects larger than this are skipped (0 = no limit)
	MaxExpandedBytes int64   // total decompressed bytes per object
	MaxExpansion     float64 // decompressed/compressed ratio before an object counts as a bomb
	MaxArchiveDepth  int     // nesting of archives and compressions
	MaxMembers       int     // archive members per object
	ChunkSize        int     // free-text chunk size in bytes (before context)
	Overlap          int     // context bytes on each side of a chunk; >= the longest match
}

// DefaultLimits are the limits the CLI uses unless told otherwise.
func DefaultLimits() Limits {
	return Limits{
		MaxObjectSize:    0,
		MaxExpandedBytes: 16 << 30,
		MaxExpansion:     200,
		MaxArchiveDepth:  4,
		MaxMembers:       100000,
		ChunkSize:        256 << 10,
		Overlap:          1 << 10,
	}
}

// Read sniffs obj (content first, name second), unwraps compression and
// archives, decodes the text encoding and calls emit for every record. An
// error from emit stops reading and is returned as is. Any other error means
// the object could not be read completely; records emitted before it stand
// (a finding in a readable prefix of a truncated object is still reported),
// and Info says as much as was learned.
func Read(ctx context.Context, obj Object, lim Limits, emit func(*Record) error) (Info, error) {
	return read(ctx, obj, lim, emit)
}
