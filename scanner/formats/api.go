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
// Lo = 0 and Hi = len(Text); a value longer than Limits.ChunkSize is chunked
// like free text, with Offset relative to the start of the value.
//
// The reader reuses one Record for the whole object, and Text may alias a
// buffer that is overwritten after emit returns: emit must not retain the
// *Record or Text (copy what it keeps). Field and ContainerPath are ordinary
// strings and may be kept. Text is always valid UTF-8.
type Record struct {
	ContainerPath string // member path inside an archive ("a.zip/b.csv.gz" when nested), "" otherwise
	Field         string // CSV header, JSON path ($.address.line, $[3].phone), Parquet column path; "" for free text
	// FieldKey, when not "", is Field as the detectors should see it: under
	// a top-level JSON array, Field with that array's index written 0
	// ($[0].phone for $[3].phone), one memoised string for every element,
	// so that what the detectors derive from a field name is looked up by
	// the string's address instead of hashed anew for each element. The
	// detectors' facts never depend on an array index.
	FieldKey string
	Row      int64 // record index in structured data, -1 for free text
	// Offset is the byte offset of Text[0] in the decoded UTF-8 text of the
	// object (or archive member); for a structured cell it is 0 (offsets are
	// relative to the cell, as CONTRACT.md says).
	Offset int64
	Text   string
	Lo, Hi int
	// Column is the kind the column holds by its header or value profile, "" if unknown.
	Column detectors.Kind
}

// DetectField is the field to hand the detectors: FieldKey if set, else
// Field.
func (r *Record) DetectField() string {
	if r.FieldKey != "" {
		return r.FieldKey
	}
	return r.Field
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
	// Members counts the archive members seen (0 for a plain object);
	// SkippedMembers those not scanned because they are binary data.
	Members        int64
	SkippedMembers int64
}

// Limits bound the work and memory spent on one object. A zero field means
// its DefaultLimits value (MaxObjectSize: 0 is no limit); a negative
// MaxExpandedBytes, MaxExpansion or MaxMembers means no limit.
type Limits struct {
	MaxObjectSize    int64   // objects larger than this are skipped (0 = no limit)
	MaxExpandedBytes int64   // total decompressed bytes per object
	MaxExpansion     float64 // decompressed/compressed ratio before an object counts as a bomb
	MaxArchiveDepth  int     // nesting of archives and compressions
	MaxMembers       int     // archive members per object
	ChunkSize        int     // free-text chunk size in bytes (before context)
	Overlap          int     // context bytes on each side of a chunk; >= the longest match
	// MaxSpoolBytes bounds the temporary file a zip or Parquet member of an
	// archive (or a compressed zip) is copied to, since both need random
	// access; larger members are not scanned (a *LimitError). Negative
	// disables spooling.
	MaxSpoolBytes int64
	// TempDir is where spool files go ("" = os.TempDir()). They are removed
	// as soon as the member is read.
	TempDir string
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
		MaxSpoolBytes:    512 << 20,
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
