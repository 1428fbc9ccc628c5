package formats

import (
	"errors"
	"fmt"
)

// Sentinel errors callers test with errors.Is. No error of this package ever
// quotes object content: messages name formats, limits, offsets and member
// indexes only.
var (
	// ErrLimit is matched by every *LimitError.
	ErrLimit = errors.New("limit exceeded")
	// ErrBomb is matched by a *LimitError that stopped a decompression bomb:
	// too many expanded bytes, too high an expansion ratio, too many archive
	// members or archives nested too deep.
	ErrBomb = errors.New("decompression bomb")
	// ErrCorrupt is matched by every *CorruptError: the object (or an archive
	// member) is truncated or malformed.
	ErrCorrupt = errors.New("corrupt data")
	// ErrUnsupported is matched when a part of an object cannot be read by
	// design: encrypted archive members, unknown zip methods, encrypted Parquet.
	ErrUnsupported = errors.New("unsupported")
)

// Names of the limits a LimitError reports.
const (
	LimitExpandedBytes = "expanded bytes"
	LimitExpansion     = "expansion ratio"
	LimitMembers       = "archive members"
	LimitDepth         = "archive depth"
	LimitSpool         = "spool size"
	LimitWindow        = "decoder window"
	LimitParquetFooter = "parquet footer size"
	LimitParquetChunk  = "parquet column chunk size"
)

// LimitError reports that reading an object stopped at one of the Limits.
type LimitError struct {
	Limit string // one of the Limit* names
	Value int64  // the value reached (for LimitExpansion: expanded bytes)
	Max   int64  // the limit (for LimitExpansion: ratio x compressed bytes read)
	Bomb  bool   // the limit guards against decompression bombs (errors.Is(err, ErrBomb))
}

func (e *LimitError) Error() string {
	if e.Limit == LimitExpansion {
		return fmt.Sprintf("formats: %s limit exceeded: %d bytes expanded, more than the allowed %d for the compressed bytes read", e.Limit, e.Value, e.Max)
	}
	return fmt.Sprintf("formats: %s limit exceeded: %d > %d", e.Limit, e.Value, e.Max)
}

// Unwrap lets errors.Is match ErrLimit, and ErrBomb for bomb limits.
func (e *LimitError) Unwrap() []error {
	if e.Bomb {
		return []error{ErrLimit, ErrBomb}
	}
	return []error{ErrLimit}
}

// CorruptError reports a truncated or malformed stream. Records read before
// the damage have been emitted.
type CorruptError struct {
	Format string // gzip, zstd, bzip2, xz, zip, tar, parquet, json, ndjson, csv
	Offset int64  // bytes of that stream (decoded or decompressed) read before the error
	Err    error  // the codec's or parser's error; never holds object content
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("formats: %s stream corrupt after %d bytes: %v", e.Format, e.Offset, e.Err)
}

// Unwrap lets errors.Is match ErrCorrupt and the codec's own error.
func (e *CorruptError) Unwrap() []error { return []error{ErrCorrupt, e.Err} }

// ReadError reports that the object itself could not be read (network,
// permission, object deleted, context cancelled): the object may be fine.
type ReadError struct {
	Offset int64 // bytes of the object read before the error
	Err    error
}

func (e *ReadError) Error() string {
	return fmt.Sprintf("formats: reading object failed after %d bytes: %v", e.Offset, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// MemberError reports archive members that could not be read completely;
// the other members were scanned. It wraps the first member's error.
type MemberError struct {
	Index  int   // 0-based index of the first failed member within its archive
	Depth  int   // nesting depth of that archive (1 = the object itself)
	Others int   // how many further members failed
	Err    error // the first member's error
}

func (e *MemberError) Error() string {
	more := ""
	if e.Others > 0 {
		more = fmt.Sprintf(" (and %d more members)", e.Others)
	}
	return fmt.Sprintf("formats: archive member #%d at depth %d not fully read%s: %v", e.Index, e.Depth, more, e.Err)
}

func (e *MemberError) Unwrap() error { return e.Err }

// syntaxError is a parser's description of malformed input. Its text names
// the problem, never the bytes.
type syntaxError string

func (e syntaxError) Error() string { return string(e) }

// fatal reports whether err must stop the whole object rather than one
// archive member: bombs, failures to read the object, cancellation.
func fatal(err error) bool {
	var re *ReadError
	return errors.Is(err, ErrBomb) || errors.As(err, &re)
}

// isOurs reports whether err is already one of this package's typed errors,
// so that layers above pass it on instead of wrapping it again.
func isOurs(err error) bool {
	var (
		le *LimitError
		ce *CorruptError
		re *ReadError
		me *MemberError
	)
	return errors.As(err, &le) || errors.As(err, &ce) || errors.As(err, &re) || errors.As(err, &me)
}
