package dataset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Writer hands out PartWriters for one dataset directory and numbers their
// parts. It is safe for concurrent use; each PartWriter is not.
type Writer struct {
	dir  string
	mode os.FileMode
	seq  atomic.Int64
	opts PartOptions
}

// PartOptions bound the size of parts and of the work a crash can lose.
type PartOptions struct {
	// MaxRows rotates a part after this many findings rows (at the next
	// object boundary). An object with more findings than that seals the
	// part's findings file in its middle and goes on in a continuation file
	// (PartFileName), committed with the rest of the part: a Parquet
	// writer's footer grows with its rows (about 1 MB per million), and an
	// object of a billion findings must not hold a gigabyte of it.
	MaxRows int64
	// MaxAge rotates a part after this long (at the next object boundary),
	// so a crash loses at most about this much work per worker.
	MaxAge time.Duration
	// RowGroupRows bounds the rows buffered in memory per row group.
	RowGroupRows int64
	// OnCommit, if set, is called after each local commit with the part's
	// files relative to the dataset directory, findings first, objects (the
	// commit record) last: --out s3:// uploads them in that order.
	OnCommit func(files []string) error
	// BufferRows is how many findings of the object being scanned are held in
	// memory before they go to the part; an object with fewer findings never
	// makes a part uncommittable when a scan is interrupted.
	BufferRows int
}

// DefaultPartOptions are the options the scanner uses unless told otherwise.
func DefaultPartOptions() PartOptions {
	return PartOptions{MaxRows: 4 << 20, MaxAge: 5 * time.Minute, RowGroupRows: 16 << 10, BufferRows: 8 << 10}
}

// NewWriter prepares dir for writing parts numbered after firstSeq-1.
// With private set (--reveal-values) files are created mode 0600.
func NewWriter(dir string, firstSeq int64, private bool, opts PartOptions) (*Writer, error) {
	mode, dmode := os.FileMode(0o644), os.FileMode(0o755)
	if private {
		mode, dmode = 0o600, 0o700
	}
	for _, sub := range []string{FindingsDir, ObjectsDir} {
		if err := os.MkdirAll(filepath.Join(dir, sub), dmode); err != nil {
			return nil, fmt.Errorf("dataset: cannot create %q: %w", filepath.Join(dir, sub), err)
		}
	}
	d := DefaultPartOptions()
	if opts.MaxRows <= 0 {
		opts.MaxRows = d.MaxRows
	}
	if opts.MaxAge <= 0 {
		opts.MaxAge = d.MaxAge
	}
	if opts.RowGroupRows <= 0 {
		opts.RowGroupRows = d.RowGroupRows
	}
	if opts.BufferRows <= 0 {
		opts.BufferRows = d.BufferRows
	}
	w := &Writer{dir: dir, mode: mode, opts: opts}
	w.seq.Store(firstSeq - 1)
	return w, nil
}

// Mode is the file mode of the dataset's files.
func (w *Writer) Mode() os.FileMode { return w.mode }

// PartName is the final file name of part number seq.
func PartName(seq int64) string { return PartFileName(seq, 0) }

// PartFileName is the final name of findings file k of part seq: k = 0 is
// PartName(seq), k >= 1 the continuations of a part sealed in the middle of
// an object.
func PartFileName(seq int64, k int) string {
	if k == 0 {
		return fmt.Sprintf("part-%06d.parquet", seq)
	}
	return fmt.Sprintf("part-%06d-%d.parquet", seq, k)
}

// NewPart returns a PartWriter; it opens files only when rows arrive.
func (w *Writer) NewPart() *PartWriter { return &PartWriter{w: w} }

// PartWriter writes one worker's findings and objects. Call Finding for each
// finding of the object being scanned, then Object once for that object;
// parts rotate only after Object.
type PartWriter struct {
	w        *Writer
	seq      int64
	opened   time.Time
	findings *partFile[Finding]
	objects  *partFile[Object]
	// sealed are the part's findings files finished in the middle of an
	// object, under their temporary names until the part commits.
	sealed  []*partFile[Finding]
	pending []Finding // findings of the object in progress, not yet in the part
	spilled bool      // the object in progress has findings in the part
	rows    int64
}

type partFile[T any] struct {
	seq  int64
	f    *os.File
	tmp  string
	dst  string
	pw   *parquet.GenericWriter[T]
	rows int64
}

func openPart[T any](w *Writer, sub string, seq int64, k int) (*partFile[T], error) {
	name := PartFileName(seq, k)
	dst := filepath.Join(w.dir, sub, name)
	tmp := filepath.Join(w.dir, sub, "."+name+".tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, w.mode)
	if err != nil {
		return nil, fmt.Errorf("dataset: cannot create part: %w", err)
	}
	// Every string column is dictionary-encoded (values repeat a lot: one
	// key for all findings of an object, one hash for a customer's every
	// order), which is cheaper to write than compressing the plain values.
	// A dictionary that outgrows DictionaryMaxBytes falls back to plain for
	// the rest of its row group. Min/max bounds cost a string comparison
	// per value and column; they are kept where a reader can skip row groups
	// with them (bucket, key, the numbers) and left out where they filter
	// nothing: one value per scan (scan_id), values spread over every row
	// group (etag, container_path, field, kind, subtype, country) or random
	// ones (masked, value_hash). 64 KiB page
	// buffers instead of 256 KiB save 2 MB per worker for 2% more bytes.
	// Statistics in each page header are off: they repeat what the column
	// index and the row group statistics hold (which DuckDB, Trino and
	// Athena use), yet parquet-go computes them for every column, even those
	// with SkipPageBounds; without them a finding costs about 12% less to
	// write (BenchmarkPartWriter) and 1% fewer bytes.
	pw := parquet.NewGenericWriter[T](f,
		parquet.Compression(zstdCodec),
		parquet.MaxRowsPerRowGroup(w.opts.RowGroupRows),
		parquet.PageBufferSize(64<<10),
		parquet.CreatedBy("exposure", "", ""),
		parquet.SkipPageBounds("masked"), parquet.SkipPageBounds("value_hash"),
		parquet.SkipPageBounds("scan_id"), parquet.SkipPageBounds("etag"),
		parquet.SkipPageBounds("container_path"), parquet.SkipPageBounds("field"),
		parquet.SkipPageBounds("kind"), parquet.SkipPageBounds("subtype"),
		parquet.SkipPageBounds("country"),
		parquet.DictionaryMaxBytes(256<<10),
		parquet.DataPageStatistics(false),
	)
	return &partFile[T]{seq: seq, f: f, tmp: tmp, dst: dst, pw: pw}, nil
}

func (p *partFile[T]) write(rows []T) error {
	if _, err := p.pw.Write(rows); err != nil {
		return fmt.Errorf("dataset: cannot write part %q: %w", filepath.Base(p.dst), err)
	}
	p.rows += int64(len(rows))
	return nil
}

// finish closes the Parquet writer and the file and fsyncs it; the part is
// still under its temporary name.
func (p *partFile[T]) finish() error {
	err := p.pw.Close()
	if err == nil {
		err = p.f.Sync()
	}
	if cerr := p.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("dataset: cannot finish part %q: %w", filepath.Base(p.dst), err)
	}
	return nil
}

// discard closes the file if it is open and removes it under its temporary
// name (a file already closed or renamed is left as it is).
func (p *partFile[T]) discard() {
	_ = p.f.Close()
	_ = os.Remove(p.tmp)
}

// discardAll discards a part's findings files and its objects file (if any).
func discardAll(fps []*partFile[Finding], op *partFile[Object]) {
	for _, fp := range fps {
		fp.discard()
	}
	if op != nil {
		op.discard()
	}
}

func (p *PartWriter) open() error {
	if p.objects != nil {
		return nil
	}
	p.seq = p.w.seq.Add(1)
	p.opened = time.Now()
	var err error
	if p.objects, err = openPart[Object](p.w, ObjectsDir, p.seq, 0); err != nil {
		return err
	}
	return nil
}

// Finding adds one finding of the object being scanned.
func (p *PartWriter) Finding(f Finding) error {
	p.pending = append(p.pending, f)
	if len(p.pending) >= p.w.opts.BufferRows {
		p.spilled = true
		return p.flushPending()
	}
	return nil
}

func (p *PartWriter) flushPending() error {
	if len(p.pending) == 0 {
		return nil
	}
	if err := p.open(); err != nil {
		return err
	}
	if p.findings == nil {
		var err error
		if p.findings, err = openPart[Finding](p.w, FindingsDir, p.seq, len(p.sealed)); err != nil {
			return err
		}
	}
	if err := p.findings.write(p.pending); err != nil {
		return err
	}
	p.rows += int64(len(p.pending))
	clear(p.pending)
	p.pending = p.pending[:0]
	if p.spilled && p.findings.rows >= p.w.opts.MaxRows {
		// In the middle of an object that outgrew the part.
		return p.sealFindings()
	}
	return nil
}

// sealFindings finishes the findings file in progress and keeps it, under
// its temporary name, until the part commits; its footer, held in memory
// until now, can go. On an error p.findings stays, finished or not.
func (p *PartWriter) sealFindings() error {
	if err := p.findings.finish(); err != nil {
		return err
	}
	p.findings.pw = nil
	p.sealed = append(p.sealed, p.findings)
	p.findings = nil
	return nil
}

// Object records the object whose findings were just added, and commits the
// part when it is due.
func (p *PartWriter) Object(o Object) error {
	if err := p.flushPending(); err != nil {
		return err
	}
	if err := p.open(); err != nil {
		return err
	}
	p.spilled = false
	if err := p.objects.write([]Object{o}); err != nil {
		return err
	}
	if p.rows >= p.w.opts.MaxRows || time.Since(p.opened) >= p.w.opts.MaxAge {
		return p.Commit()
	}
	return nil
}

// Commit closes the current parts and renames them to their final names:
// findings first, then objects (the commit record).
func (p *PartWriter) Commit() error {
	if p.objects == nil {
		return nil
	}
	if p.findings == nil && len(p.sealed) == 0 {
		// Every committed part has a findings file, even an empty one, so
		// that readers globbing findings/*.parquet always find a table.
		var err error
		if p.findings, err = openPart[Finding](p.w, FindingsDir, p.seq, 0); err != nil {
			return err
		}
	}
	var err error
	if p.findings != nil {
		err = p.sealFindings()
	}
	fps, op := p.sealed, p.objects
	if p.findings != nil { // its finish failed
		fps = append(fps, p.findings)
	}
	p.findings, p.objects, p.sealed, p.rows = nil, nil, nil, 0
	if err == nil {
		err = op.finish()
	}
	if err != nil {
		discardAll(fps, op)
		return err
	}
	// Findings files first, in order, then the objects file: the commit
	// record. A crash in between leaves findings files that Recover removes.
	files := make([]string, 0, len(fps)+1)
	for _, fp := range fps {
		if err := os.Rename(fp.tmp, fp.dst); err != nil {
			discardAll(fps, op)
			return fmt.Errorf("dataset: cannot commit part: %w", err)
		}
		files = append(files, FindingsDir+"/"+filepath.Base(fp.dst))
	}
	if err := syncDir(filepath.Dir(fps[0].dst)); err != nil {
		_ = os.Remove(op.tmp)
		return err
	}
	if err := os.Rename(op.tmp, op.dst); err != nil {
		return fmt.Errorf("dataset: cannot commit part: %w", err)
	}
	if err := syncDir(filepath.Dir(op.dst)); err != nil {
		return err
	}
	if p.w.opts.OnCommit != nil {
		return p.w.opts.OnCommit(append(files, ObjectsDir+"/"+PartName(op.seq)))
	}
	return nil
}

// ResetObject drops the findings of the object in progress so that it can be
// read again from the start (a retry). It reports false when some of them
// already went into the part, where they cannot be taken back.
func (p *PartWriter) ResetObject() bool {
	if p.spilled {
		return false
	}
	clear(p.pending)
	p.pending = p.pending[:0]
	return true
}

// Abort drops the object in progress. If some of its findings already went
// into the current part, that part cannot be committed and is discarded (its
// objects are rescanned by --resume); otherwise the part is committed.
func (p *PartWriter) Abort() error {
	clear(p.pending)
	p.pending = p.pending[:0]
	if p.spilled {
		p.spilled = false
		fps := p.sealed
		if p.findings != nil {
			fps = append(fps, p.findings)
		}
		discardAll(fps, p.objects)
		p.findings, p.objects, p.sealed, p.rows = nil, nil, nil, 0
		return nil
	}
	return p.Commit()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("dataset: cannot sync %q: %w", dir, err)
	}
	return nil
}
