package formats

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/exposure-dev/exposure/detectors"
)

// maxCSVColumns bounds the per-column state (names, kinds); cells of
// further columns still get a "#N" field.
const maxCSVColumns = 4096

// maxHeaderName bounds a kept header name.
const maxHeaderName = 256

// csvParser streams CSV/TSV (RFC 4180, leniently: quotes only open a field
// at its start, a quote after the closing one joins the field, CRLF or LF
// rows) and emits one record per non-empty cell: Field = header name, or
// "#N" (1-based) without a header or past its end; Row = data row index
// (0-based, header excluded, blank lines skipped). A quoted field may hold
// newlines and be of any length: long cells are chunked. Header cells are
// emitted too, as free text at their offset (Row -1), in case the header
// guess was wrong.
type csvParser struct {
	r *reader
	w *window
	f textFormat

	stop     [256]bool // bytes that end an unquoted run
	inHeader bool
	names    []string
	hcell    []byte
	fields   []string
	kinds    []detectors.Kind
	row      int64

	lastLen      int // length of the row's last cell (0 and column 0: a blank line)
	unterminated bool

	col  int            // column of the cell being read
	prof *columnProfile // the first rows' records, held while opaque columns are profiled (profile.go)
}

// run reads the whole CSV/TSV text, profiling the columns whose header
// gives no kind over the first rows (see profile.go).
func (p *csvParser) run() error {
	p.startProfile()
	err := p.scan()
	if p.prof != nil {
		if p.r.ctx.Err() != nil { // cancelled: drop what was held
			p.r.emit, p.prof = p.prof.emit, nil
			return err
		}
		if perr := p.endProfile(); err == nil {
			err = perr
		}
	}
	return err
}

func (p *csvParser) scan() error {
	p.stop[p.f.delim], p.stop['\n'], p.stop['\r'] = true, true, true
	p.inHeader = p.f.header
	col := 0
	w := p.w
	for {
		if w.pos == w.end && !w.more() {
			if w.err == io.EOF {
				return p.finish()
			}
			return w.err
		}
		p.setCell(col)
		var term byte
		var err error
		quoted := p.f.quote && w.buf[w.pos] == '"'
		if quoted {
			w.pos++
			term, err = p.quoted()
		} else {
			term, err = p.unquoted(false)
		}
		if err != nil {
			return err
		}
		if term == p.f.delim {
			col++
			continue
		}
		// End of row (newline or end of input). A blank line is no row.
		if col > 0 || quoted || p.lastLen > 0 {
			if err := p.endRow(); err != nil {
				return err
			}
		}
		col = 0
		if term == 0 {
			return p.finish()
		}
	}
}

func (p *csvParser) finish() error {
	if p.unterminated {
		return &CorruptError{Format: p.f.format, Offset: p.w.off(), Err: syntaxError("unterminated quoted field")}
	}
	return nil
}

// setCell prepares the record for the cell in column col.
func (p *csvParser) setCell(col int) {
	rec := &p.r.rec
	p.hcell = p.hcell[:0]
	p.lastLen = 0
	p.col = col
	rec.FieldKey = ""
	if p.inHeader {
		rec.Field, rec.Row, rec.Column = "", -1, ""
		return
	}
	rec.Field, rec.Column = p.field(col)
	rec.Row = p.row
}

// endRow ends a row; it ends profiling after the header when every
// column has a kind by its name, and after profileRows data rows.
func (p *csvParser) endRow() error {
	if p.inHeader {
		p.inHeader = false
		if p.prof != nil && !p.wantsProfile() {
			return p.endProfile()
		}
		return nil
	}
	p.row++
	if p.prof != nil && p.row >= profileRows {
		return p.endProfile()
	}
	return nil
}

// field returns the name and kind of column col.
func (p *csvParser) field(col int) (string, detectors.Kind) {
	for len(p.fields) <= col && len(p.fields) < maxCSVColumns {
		i := len(p.fields)
		name := ""
		if i < len(p.names) {
			name = p.names[i]
		}
		if name == "" {
			name = "#" + strconv.Itoa(i+1)
		}
		p.fields = append(p.fields, name)
		p.kinds = append(p.kinds, columnKind(name))
	}
	if col < len(p.fields) {
		return p.fields[col], p.kinds[col]
	}
	return "#" + strconv.Itoa(col+1), ""
}

// put adds a piece of the current cell.
func (p *csvParser) put(b []byte) error {
	if p.inHeader {
		if room := maxHeaderName - len(p.hcell); room > 0 {
			p.hcell = append(p.hcell, b[:min(room, len(b))]...)
		}
	}
	return p.r.vwrite(b)
}

// end finishes the current cell (assembled with put).
func (p *csvParser) end() error {
	p.lastLen = len(p.r.vb)
	if p.r.vchunk {
		p.lastLen = 1
	}
	if p.inHeader {
		p.names = append(p.names, strings.TrimSpace(string(p.hcell)))
	}
	return p.r.vend()
}

// direct emits a cell found whole in the buffer, without copying.
func (p *csvParser) direct(b []byte) error {
	p.lastLen = len(b)
	if p.inHeader {
		p.names = append(p.names, strings.TrimSpace(string(b[:min(len(b), maxHeaderName)])))
	}
	return p.r.value(b)
}

// unquoted reads to the end of an unquoted cell (or the rest of a quoted
// one after its closing quote: cont) and returns the terminator: the
// delimiter, '\n' or 0 at the end of input.
func (p *csvParser) unquoted(cont bool) (byte, error) {
	w := p.w
	started := cont
	if !started && p.inHeader {
		p.r.vbase = w.off()
	}
	for {
		if w.pos == w.end && !w.more() {
			if started {
				if verr := p.end(); verr != nil {
					return 0, verr
				}
			}
			p.r.vbase = 0
			if w.err == io.EOF {
				return 0, nil
			}
			return 0, w.err
		}
		b := w.buf[w.pos:w.end]
		i := 0
		for i < len(b) && !p.stop[b[i]] {
			i++
		}
		if i == len(b) {
			if !started {
				started = true
				p.r.vbegin()
			}
			if err := p.put(b); err != nil {
				return 0, err
			}
			w.pos = w.end
			continue
		}
		term, consumed := b[i], i+1
		if term == '\r' {
			w.ensure(i + 2)
			b = w.buf[w.pos:w.end] // ensure may have moved the bytes
			switch {
			case len(b) < i+2: // "\r" at the very end
				term = 0
			case b[i+1] == '\n':
				term, consumed = '\n', i+2
			default: // a lone '\r' is content
				if !started {
					started = true
					p.r.vbegin()
				}
				if err := p.put(b[:i+1]); err != nil {
					return 0, err
				}
				w.pos += i + 1
				continue
			}
		}
		var err error
		if started {
			if err = p.put(b[:i]); err == nil {
				err = p.end()
			}
		} else {
			err = p.direct(b[:i])
		}
		p.r.vbase = 0
		if err != nil {
			return 0, err
		}
		w.pos += consumed
		return term, nil
	}
}

// quoted reads a quoted cell whose opening quote has been consumed.
func (p *csvParser) quoted() (byte, error) {
	w := p.w
	if p.inHeader {
		p.r.vbase = w.off()
	}
	p.r.vbegin()
	for {
		if w.pos == w.end && !w.more() {
			if verr := p.end(); verr != nil {
				return 0, verr
			}
			p.r.vbase = 0
			if w.err == io.EOF {
				p.unterminated = true
				return 0, nil
			}
			return 0, w.err
		}
		b := w.buf[w.pos:w.end]
		q := bytes.IndexByte(b, '"')
		if q < 0 {
			if err := p.put(b); err != nil {
				return 0, err
			}
			w.pos = w.end
			continue
		}
		if err := p.put(b[:q]); err != nil {
			return 0, err
		}
		w.pos += q + 1
		if w.ensure(1) && w.buf[w.pos] == '"' {
			if err := p.put(w.buf[w.pos : w.pos+1]); err != nil {
				return 0, err
			}
			w.pos++
			continue
		}
		return p.unquoted(true)
	}
}
