package formats

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/parquet-go/parquet-go"
)

// Parquet files are read footer first through random access, then column
// chunk by column chunk and page by page: memory is one page plus the
// library's 1 MiB read buffer, never a row group. Scanned columns:
// BYTE_ARRAY (strings and untyped bytes, repaired to UTF-8), and INT32/INT64
// columns whose name suggests a phone number or access code (numbers lose
// no digits of such values except a leading zero). Other types hold no
// names, phones or addresses. Records: Field = dotted column path, Row =
// row index in the file, Column = the kind the column name suggests.

const (
	maxParquetFooter = 16 << 20 // footer (file metadata) size accepted
	maxParquetChunk  = 1 << 30  // uncompressed size of one column chunk accepted
	parquetValues    = 256      // values read at a time
)

func (r *reader) parquetStream(br *bufio.Reader, pl place) error {
	ra, size, done, err := r.randomAccess(br, pl, pl.size)
	if err != nil {
		return err
	}
	defer done()
	return r.parquetFile(ra, size, pl)
}

func (r *reader) parquetFile(ra io.ReaderAt, size int64, pl place) (err error) {
	corrupt := func(e error) error {
		if isOurs(e) {
			return e
		}
		return &CorruptError{Format: "parquet", Err: e}
	}
	// Check the footer length before the library allocates it.
	var tail [8]byte
	if size < 12 {
		return corrupt(errTruncated)
	}
	if _, err := ra.ReadAt(tail[:], size-8); err != nil && !errors.Is(err, io.EOF) {
		return corrupt(err)
	}
	if string(tail[4:]) != "PAR1" {
		if string(tail[4:]) == "PARE" {
			return corrupt(errors.Join(errors.New("encrypted footer"), ErrUnsupported))
		}
		return corrupt(syntaxError("no footer magic (truncated?)"))
	}
	n := int64(binary.LittleEndian.Uint32(tail[:4]))
	if n > size-12 {
		return corrupt(syntaxError("footer length out of range"))
	}
	if n > maxParquetFooter {
		return &LimitError{Limit: LimitParquetFooter, Value: n, Max: maxParquetFooter}
	}
	footer := make([]byte, n)
	if _, err := ra.ReadAt(footer, size-8-n); err != nil && !errors.Is(err, io.EOF) {
		return corrupt(err)
	}
	if err := checkThrift(footer); err != nil {
		return corrupt(err)
	}
	footer = nil
	inEmit := false
	defer func() {
		if p := recover(); p != nil {
			if inEmit {
				panic(p)
			}
			err = corrupt(syntaxError("parquet decoder failed on malformed data"))
		}
	}()
	guard := newPageGuard(ra)
	f, err := parquet.OpenFile(guard, size,
		parquet.SkipPageIndex(true),
		parquet.SkipBloomFilters(true),
		parquet.ReadBufferSize(1<<20))
	if err != nil {
		return corrupt(err)
	}
	r.rec.ContainerPath = pl.path
	cols := f.Schema().Columns()
	meta := f.Metadata()
	emit := func(b []byte) error {
		inEmit = true
		defer func() { inEmit = false }()
		return r.value(b)
	}
	var base int64 // rows in earlier row groups
	var fix, num []byte
	values := make([]parquet.Value, parquetValues)
	paths, kinds := make([]string, len(cols)), make([]detectors.Kind, len(cols))
	for ci, c := range cols {
		paths[ci] = strings.Join(c, ".")
		kinds[ci] = columnKind(paths[ci])
	}
	order := parquetColumnOrder(kinds)
	for gi, rg := range f.RowGroups() {
		chunks := rg.ColumnChunks()
		for _, ci := range order {
			if ci >= len(chunks) {
				continue
			}
			cc := chunks[ci]
			if err := r.ctx.Err(); err != nil {
				return &ReadError{Err: err}
			}
			path, k := paths[ci], kinds[ci]
			typ := cc.Type().Kind()
			numeric := (typ == parquet.Int32 || typ == parquet.Int64) && (k == detectors.KindPhone || k == detectors.KindAccessCode)
			if typ != parquet.ByteArray && !numeric {
				continue
			}
			if gi < len(meta.RowGroups) && ci < len(meta.RowGroups[gi].Columns) {
				md := meta.RowGroups[gi].Columns[ci].MetaData
				if md.TotalCompressedSize < 0 || md.TotalCompressedSize > size {
					return corrupt(syntaxError("column chunk larger than the file"))
				}
				if md.TotalUncompressedSize < 0 || md.TotalUncompressedSize > maxParquetChunk {
					return &LimitError{Limit: LimitParquetChunk, Value: md.TotalUncompressedSize, Max: maxParquetChunk}
				}
			}
			r.rec.Field, r.rec.FieldKey, r.rec.Column = path, "", k
			row := base - 1
			if gi < len(meta.RowGroups) && ci < len(meta.RowGroups[gi].Columns) {
				md := meta.RowGroups[gi].Columns[ci].MetaData
				start := md.DataPageOffset
				if md.DictionaryPageOffset != 0 {
					start = md.DictionaryPageOffset
				}
				guard.watch(start, md.TotalCompressedSize)
			}
			pages := cc.Pages()
			err := func() error {
				defer pages.Close()
				for {
					p, err := pages.ReadPage()
					if errors.Is(err, io.EOF) {
						return nil
					}
					if err != nil {
						return corrupt(err)
					}
					vr := p.Values()
					for {
						n, verr := vr.ReadValues(values)
						for _, v := range values[:n] {
							if v.RepetitionLevel() == 0 {
								row++
							}
							if v.IsNull() {
								continue
							}
							r.rec.Row = row
							var b []byte
							switch v.Kind() {
							case parquet.ByteArray:
								if b = v.ByteArray(); !utf8.Valid(b) {
									fix = appendFixed(fix[:0], b)
									b = fix
								}
							case parquet.Int32:
								num = strconv.AppendInt(num[:0], int64(v.Int32()), 10)
								b = num
							case parquet.Int64:
								num = strconv.AppendInt(num[:0], v.Int64(), 10)
								b = num
							default:
								continue
							}
							if err := emit(b); err != nil {
								parquet.Release(p)
								return err
							}
						}
						if errors.Is(verr, io.EOF) {
							break
						}
						if verr != nil {
							parquet.Release(p)
							return corrupt(verr)
						}
					}
					parquet.Release(p)
				}
			}()
			if err != nil {
				return err
			}
		}
		base += rg.NumRows()
	}
	return nil
}

// parquetColumnOrder is the order in which the columns of a row group, of
// the kinds their names suggest, are read: those named like addresses first, then names, then the rest, each
// in schema order. A row's phone number is then read when its address is
// known, so that a number with readings in two countries is read in its
// customer's (see the scanner's recordResolver).
func parquetColumnOrder(kinds []detectors.Kind) []int {
	rank := func(ci int) int {
		switch kinds[ci] {
		case detectors.KindAddress:
			return 0
		case detectors.KindName:
			return 1
		}
		return 2
	}
	order := make([]int, len(kinds))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rank(order[a]) < rank(order[b]) })
	return order
}
