package formats

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"unsafe"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// bufSize is the size of each stream buffer (one per layer in use).
const bufSize = 256 << 10

// reader holds the state of one Read call: the object, the limits and
// budget, the reusable record, chunker and buffers, and the decoders kept
// per layer so that archives of many members reuse them.
type reader struct {
	ctx  context.Context
	obj  Object
	lim  Limits
	emit func(*Record) error
	info Info
	bud  budget

	rec     Record
	ch      *chunker
	emitErr error // the error emit returned, handed back unchanged

	vb     []byte // the structured value being assembled
	vchunk bool   // the value outgrew vb and goes through the chunker
	vbase  int64  // Offset of a value's first byte: 0 (cells), or its text offset (CSV header cells)

	brs  []*bufio.Reader // stream buffers by layer
	wins []*window       // parser windows by layer
	gzs  []*gzip.Reader  // gzip decoders by layer
	zds  []*zstd.Decoder // zstd decoders by layer

	memberErr *MemberError
	encoding  string
	body      io.Closer // the object's stream, closed early when ranges take over
}

// place says where a stream sits in the object.
type place struct {
	name  string // name hint: the key or member name, minus removed compression suffixes
	path  string // ContainerPath for its records
	depth int    // compression and archive layers above it
	level int    // index of its buffer in reader.brs
	outer bool   // not inside an archive: it decides Info.Format and Compression
	top   bool   // the object's own bytes: random access is available
	size  int64  // declared size of an archive member, 0 if unknown
}

// member returns the place of an archive member called name.
func (pl place) member(name string) place {
	name = strings.ToValidUTF8(name, "\uFFFD")
	p := name
	if pl.path != "" {
		p = pl.path + "/" + name
	}
	return place{name: name, path: p, depth: pl.depth + 1, level: pl.level + 1}
}

// buffers are the allocations a Read needs whatever the object's size:
// stream buffers, parser windows, gzip decoders, the chunker's and the value
// buffer, about 1 MiB in all. They are pooled: an estate of millions of
// small objects would otherwise spend most of its time allocating and
// clearing them.
type buffers struct {
	brs   []*bufio.Reader
	wins  []*window
	gzs   []*gzip.Reader
	chbuf []byte
	vb    []byte
}

var bufferPool sync.Pool // of *buffers

func read(ctx context.Context, obj Object, lim Limits, emit func(*Record) error) (Info, error) {
	lim = lim.normalized()
	r := &reader{ctx: ctx, obj: obj, lim: lim, emit: emit, bud: budget{lim: lim}}
	if b, ok := bufferPool.Get().(*buffers); ok {
		r.brs, r.wins, r.gzs, r.vb = b.brs, b.wins, b.gzs, b.vb[:0]
		r.ch = newChunkerBuf(lim, &r.rec, r.out, b.chbuf)
	} else {
		r.ch = newChunker(lim, &r.rec, r.out)
	}
	defer r.close()

	size := obj.Size()
	if lim.MaxObjectSize > 0 && size > lim.MaxObjectSize {
		r.info.Format = "unknown"
		r.info.Skipped = true
		r.info.SkipReason = "object larger than the size limit"
		return r.info, nil
	}
	if size == 0 {
		r.info.Format = "empty"
		return r.info, nil
	}
	rc, err := obj.Open(ctx)
	if err != nil {
		return r.info, &ReadError{Err: err}
	}
	r.body = rc
	defer func() {
		if r.body != nil {
			r.body.Close()
		}
	}()
	err = r.stream(&rawReader{ctx: ctx, r: rc, bud: &r.bud}, place{name: obj.Key(), outer: true, top: true})
	if r.emitErr != nil {
		return r.info, r.emitErr
	}
	switch {
	case r.memberErr == nil:
	case err == nil:
		err = r.memberErr
	case !errors.Is(r.memberErr, err):
		err = errors.Join(err, r.memberErr)
	}
	return r.info, err
}

func (r *reader) close() {
	for _, d := range r.zds {
		if d != nil {
			d.Close()
		}
	}
	// Drop references to this object's streams before the buffers go back.
	for _, br := range r.brs {
		if br != nil {
			br.Reset(nil)
		}
	}
	for _, w := range r.wins {
		if w != nil {
			w.reset(nil, w.buf)
		}
	}
	bufferPool.Put(&buffers{brs: r.brs, wins: r.wins, gzs: r.gzs, chbuf: r.ch.buf[:0], vb: r.vb[:0]})
}

// stream sniffs src and reads it as what it is.
func (r *reader) stream(src io.Reader, pl place) error {
	br := r.bufioAt(pl.level, src)
	head, err := br.Peek(sniffSize)
	if len(head) == 0 {
		if err == nil || errors.Is(err, io.EOF) {
			if pl.outer && r.info.Format == "" {
				r.info.Format = "empty"
			}
			return nil
		}
		return err
	}
	atEOF := err != nil // on a read error the error comes back on the next read
	k, why := sniffKind(head, pl.name)
	switch k {
	case kindGzip, kindZstd, kindBzip2, kindXz:
		if err := r.deeper(pl); err != nil {
			return err
		}
		name := compressionNames[k]
		if pl.outer {
			if r.info.Compression != "" {
				r.info.Compression += "+"
			}
			r.info.Compression += name
		}
		dec, err := r.decompressor(k, pl.level, br, head)
		if err != nil {
			return err
		}
		child := pl
		child.name, child.depth, child.level, child.top, child.size = stripExt(pl.name, k), pl.depth+1, pl.level+1, false, 0
		return r.stream(&expander{r: dec, bud: &r.bud, format: name}, child)
	case kindZip, kindTar:
		if err := r.deeper(pl); err != nil {
			return err
		}
		if pl.outer {
			r.info.Format = map[kind]string{kindZip: "zip", kindTar: "tar"}[k]
		}
		if k == kindTar {
			return r.tar(br, pl)
		}
		return r.zipStream(br, pl)
	case kindParquet:
		if pl.outer {
			r.info.Format = "parquet"
		}
		return r.parquetStream(br, pl)
	case kindBinary:
		r.skipBinary(pl, why)
		return nil
	}
	return r.textStream(br, head, atEOF, pl)
}

// deeper checks that one more archive or compression layer is allowed.
func (r *reader) deeper(pl place) error {
	if pl.depth+1 > r.lim.MaxArchiveDepth {
		return &LimitError{Limit: LimitDepth, Value: int64(pl.depth + 1), Max: int64(r.lim.MaxArchiveDepth), Bomb: true}
	}
	return nil
}

func (r *reader) skipBinary(pl place, why string) {
	if pl.outer {
		r.info.Format = "binary"
		r.info.Skipped = true
		r.info.SkipReason = why
		return
	}
	r.info.SkippedMembers++
}

// textStream decodes a text stream and reads it as JSON, CSV or free text.
func (r *reader) textStream(br *bufio.Reader, head []byte, atEOF bool, pl place) error {
	enc := detectEncoding(head, atEOF)
	if enc.name == "" {
		r.skipBinary(pl, enc.binary)
		return nil
	}
	switch {
	case r.encoding == "":
		r.encoding = enc.name
	case r.encoding != enc.name:
		r.encoding = "mixed"
	}
	r.info.Encoding = r.encoding
	if _, err := br.Discard(enc.bom); err != nil {
		return err
	}
	dbr := r.bufioAt(pl.level+1, decoderFor(enc.name, br))
	dhead, derr := dbr.Peek(sniffSize)
	f := sniffText(dhead, derr != nil, pl.name)
	if pl.outer {
		r.info.Format = f.format
	}
	r.rec.ContainerPath = pl.path
	switch f.format {
	case "json", "ndjson":
		j := &jsonParser{r: r, w: r.window(pl.level, dbr), nd: f.format == "ndjson"}
		return j.run()
	case "csv", "tsv":
		c := &csvParser{r: r, w: r.window(pl.level, dbr), f: f}
		return c.run()
	}
	return r.textFrom(dbr, 0)
}

// bufioAt returns the stream buffer of a layer, reset to read src.
func (r *reader) bufioAt(level int, src io.Reader) *bufio.Reader {
	for len(r.brs) <= level {
		r.brs = append(r.brs, nil)
	}
	if r.brs[level] == nil {
		r.brs[level] = bufio.NewReaderSize(src, bufSize)
	} else {
		r.brs[level].Reset(src)
	}
	return r.brs[level]
}

// window returns a parser window over src, reusing the layer's buffer.
func (r *reader) window(level int, src io.Reader) *window {
	for len(r.wins) <= level {
		r.wins = append(r.wins, nil)
	}
	if r.wins[level] == nil {
		r.wins[level] = &window{buf: make([]byte, bufSize)}
	}
	w := r.wins[level]
	w.reset(src, w.buf)
	return w
}

// out hands a record to emit, counting the bytes it reports.
func (r *reader) out(rec *Record) error {
	r.info.BytesScanned += int64(rec.Hi - rec.Lo)
	if err := r.emit(rec); err != nil {
		r.emitErr = err
		return err
	}
	return nil
}

// freeText sets the record up for free text.
func (r *reader) freeText() {
	r.rec.Field, r.rec.FieldKey, r.rec.Row, r.rec.Column = "", "", -1, ""
}

// textFrom reads src to its end as free text starting at offset off.
func (r *reader) textFrom(src io.Reader, off int64) error {
	r.freeText()
	r.ch.begin(off)
	return r.ch.readFrom(src)
}

// value emits one whole structured value (valid UTF-8, Field, Row and
// Column already set): one record, or chunks when it is long.
func (r *reader) value(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if len(b) <= r.lim.ChunkSize+r.lim.Overlap {
		r.rec.Offset, r.rec.Lo, r.rec.Hi = r.vbase, 0, len(b)
		r.rec.Text = unsafe.String(unsafe.SliceData(b), len(b))
		return r.out(&r.rec)
	}
	r.ch.begin(r.vbase)
	if err := r.ch.write(b); err != nil {
		return err
	}
	return r.ch.flush()
}

// vbegin, vwrite and vend assemble a structured value from pieces (a CSV
// cell across buffer refills, a JSON string with escapes); a value longer
// than a chunk streams through the chunker instead of growing a buffer.
func (r *reader) vbegin() {
	r.vb = r.vb[:0]
	r.vchunk = false
}

func (r *reader) vwrite(p []byte) error {
	if r.vchunk {
		return r.ch.write(p)
	}
	if len(r.vb)+len(p) <= r.lim.ChunkSize+r.lim.Overlap {
		r.vb = append(r.vb, p...)
		return nil
	}
	r.vchunk = true
	r.ch.begin(r.vbase)
	if err := r.ch.write(r.vb); err != nil {
		return err
	}
	return r.ch.write(p)
}

func (r *reader) vend() error {
	if r.vchunk {
		r.vchunk = false
		return r.ch.flush()
	}
	return r.value(r.vb)
}

// avail returns the bytes buffered in br, reading more when there are none;
// it returns no bytes only with an error (io.EOF at the end).
func avail(br *bufio.Reader) ([]byte, error) {
	n := br.Buffered()
	if n == 0 {
		if _, err := br.Peek(1); err != nil {
			return nil, err
		}
		n = br.Buffered()
	}
	b, _ := br.Peek(n)
	return b, nil
}
