package formats

import (
	"context"
	"errors"
	"io"
)

// bombSlack is how many expanded bytes an object may produce before the
// expansion ratio is checked: small, very repetitive files (a 20 KB gzip of
// a 4 MB log) are not bombs.
const bombSlack = 16 << 20

// normalized returns lim with every zero field replaced by its DefaultLimits
// value (MaxObjectSize keeps 0 = no limit), so Limits{} means the defaults.
// Negative MaxExpandedBytes, MaxExpansion and MaxMembers mean no limit; a
// negative MaxSpoolBytes disables spooling.
func (lim Limits) normalized() Limits {
	d := DefaultLimits()
	if lim.MaxExpandedBytes == 0 {
		lim.MaxExpandedBytes = d.MaxExpandedBytes
	}
	if lim.MaxExpansion == 0 {
		lim.MaxExpansion = d.MaxExpansion
	}
	if lim.MaxArchiveDepth <= 0 {
		lim.MaxArchiveDepth = d.MaxArchiveDepth
	}
	if lim.MaxMembers == 0 {
		lim.MaxMembers = d.MaxMembers
	}
	if lim.ChunkSize <= 0 {
		lim.ChunkSize = d.ChunkSize
	}
	if lim.Overlap <= 0 {
		lim.Overlap = d.Overlap
	}
	if lim.MaxSpoolBytes == 0 {
		lim.MaxSpoolBytes = d.MaxSpoolBytes
	}
	return lim
}

// budget is the per-object account of work done, shared by every layer.
type budget struct {
	lim      Limits
	raw      int64 // bytes read from the object (stream and ranges)
	expanded int64 // bytes produced by every decompressor (all layers)
	members  int   // archive members seen (all archives)
}

// expand books n decompressed bytes and reports a bomb.
func (b *budget) expand(n int) error {
	b.expanded += int64(n)
	if m := b.lim.MaxExpandedBytes; m > 0 && b.expanded > m {
		return &LimitError{Limit: LimitExpandedBytes, Value: b.expanded, Max: m, Bomb: true}
	}
	if r := b.lim.MaxExpansion; r > 0 && b.expanded > bombSlack && float64(b.expanded) > r*float64(b.raw) {
		return &LimitError{Limit: LimitExpansion, Value: b.expanded, Max: int64(r * float64(b.raw)), Bomb: true}
	}
	return nil
}

// remaining is how many more bytes may be expanded (-1 = no limit).
func (b *budget) remaining() int64 {
	if m := b.lim.MaxExpandedBytes; m > 0 {
		return m - b.expanded
	}
	return -1
}

// member books one archive member.
func (b *budget) member() error {
	b.members++
	if m := b.lim.MaxMembers; m > 0 && b.members > m {
		return &LimitError{Limit: LimitMembers, Value: int64(b.members), Max: int64(m), Bomb: true}
	}
	return nil
}

// rawReader reads the object's stream, counting bytes, checking the context
// and turning failures into sticky *ReadError values.
type rawReader struct {
	ctx context.Context
	r   io.Reader
	bud *budget
	n   int64
	err error
}

func (r *rawReader) Read(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if err := r.ctx.Err(); err != nil {
		r.err = &ReadError{Offset: r.n, Err: err}
		return 0, r.err
	}
	n, err := r.r.Read(p)
	r.n += int64(n)
	r.bud.raw += int64(n)
	if err != nil {
		if errors.Is(err, io.EOF) {
			r.err = io.EOF
		} else {
			r.err = &ReadError{Offset: r.n, Err: err}
		}
	}
	return n, r.err
}

// rawReaderAt is rawReader for ranged reads (zip directories, Parquet).
type rawReaderAt struct {
	ctx context.Context
	r   io.ReaderAt
	bud *budget
}

func (r *rawReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, &ReadError{Offset: off, Err: err}
	}
	n, err := r.r.ReadAt(p, off)
	r.bud.raw += int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		err = &ReadError{Offset: off + int64(n), Err: err}
	}
	return n, err
}

// expander counts the output of one decompressor against the budget and
// turns its failures into sticky *CorruptError values (errors of the layers
// below pass through unchanged).
type expander struct {
	r      io.Reader
	bud    *budget
	format string
	stored bool // not compressed (a stored zip member): not booked as expanded
	n      int64
	err    error
}

func (e *expander) Read(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.r.Read(p)
	e.n += int64(n)
	if !e.stored {
		if lerr := e.bud.expand(n); lerr != nil {
			e.err = lerr
			return 0, lerr
		}
	}
	if err != nil {
		switch {
		case errors.Is(err, io.EOF):
			e.err = io.EOF
		case isOurs(err):
			e.err = err
		default:
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = errTruncated
			}
			e.err = &CorruptError{Format: e.format, Offset: e.n, Err: err}
		}
	}
	return n, e.err
}

var errTruncated = syntaxError("unexpected end of data (truncated)")
