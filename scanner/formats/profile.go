package formats

import (
	"unsafe"

	"github.com/exposure-dev/exposure/detectors"
)

// Column profiling for CSV/TSV: a column whose header says nothing
// (FieldKind is "", as for "c3" or a headerless "#3") gets a kind from
// detectors.ProfileColumn over its first data rows. The reader holds back
// the records of those rows, profiles the opaque columns, then emits the
// held records and every later one with Record.Column set to the profiled
// kind. Nothing else of a record changes. Memory stays bounded: at most
// profileRows rows and profileBytes of held text and record overhead; past
// the byte bound the profile is drawn from what was held.
const (
	profileRows  = 64
	profileBytes = 1 << 20
	// profileRecCost is what a held record costs besides its text.
	profileRecCost = int(unsafe.Sizeof(heldRecord{}))
	// profileBlock is the size of the arena blocks held text is copied to.
	profileBlock = 64 << 10
)

// heldRecord is a record held back while its column is profiled; col is
// its column index, -1 for a header cell.
type heldRecord struct {
	rec Record
	col int
}

// columnProfile is the state of one CSV/TSV object's profiling.
type columnProfile struct {
	p     *csvParser
	emit  func(*Record) error // the reader's emit, restored when done
	held  []heldRecord
	used  int        // bytes counted against profileBytes
	block []byte     // current arena block (never reallocated once used)
	vals  [][]string // sample values by column (whole cells only)
}

// startProfile makes the parser hold records back until profiling ends.
func (p *csvParser) startProfile() {
	pr := &columnProfile{p: p, emit: p.r.emit}
	p.prof = pr
	p.r.emit = pr.hold
}

// hold is the reader's emit while profiling: it copies rec and keeps it.
func (pr *columnProfile) hold(rec *Record) error {
	col := -1
	if rec.Row >= 0 {
		col = pr.p.col
	}
	h := heldRecord{rec: *rec, col: col}
	h.rec.Text = pr.keep(rec.Text)
	pr.held = append(pr.held, h)
	pr.used += len(rec.Text) + profileRecCost
	// A whole cell of a column the header says nothing about is a sample.
	if col >= 0 && col < maxCSVColumns && rec.Lo == 0 && rec.Hi == len(rec.Text) && rec.Offset == 0 {
		for len(pr.vals) <= col {
			pr.vals = append(pr.vals, nil)
		}
		pr.vals[col] = append(pr.vals[col], h.rec.Text)
	}
	if pr.used > profileBytes {
		return pr.p.endProfile()
	}
	return nil
}

// keep copies s into the arena.
func (pr *columnProfile) keep(s string) string {
	if len(s) == 0 {
		return ""
	}
	if len(s) > profileBlock/4 {
		b := []byte(s)
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	if cap(pr.block)-len(pr.block) < len(s) {
		pr.block = make([]byte, 0, profileBlock)
	}
	n := len(pr.block)
	pr.block = append(pr.block, s...)
	return unsafe.String(&pr.block[n], len(s))
}

// wantsProfile says whether any column known so far lacks a kind (a
// headerless file, or a header with an opaque name).
func (p *csvParser) wantsProfile() bool {
	if !p.f.header {
		return true
	}
	for i := range p.names {
		if _, k := p.field(i); k == "" {
			return true
		}
	}
	return false
}

// endProfile profiles the opaque columns, sets their kinds, emits the held
// records and hands emitting back to the reader. It does nothing when no
// profile is running.
func (p *csvParser) endProfile() error {
	pr := p.prof
	if pr == nil {
		return nil
	}
	p.prof = nil
	p.r.emit = pr.emit
	for col, vals := range pr.vals {
		if len(vals) == 0 {
			continue
		}
		if _, k := p.field(col); k == "" && col < len(p.kinds) {
			p.kinds[col] = detectors.ProfileColumn(vals)
		}
	}
	// The cell being read (a long one emitted in chunks) continues with
	// its column's kind.
	if !p.inHeader && p.col >= 0 && p.col < len(p.kinds) {
		p.r.rec.Column = p.kinds[p.col]
	}
	for i := range pr.held {
		h := &pr.held[i]
		if h.col >= 0 && h.col < len(p.kinds) {
			h.rec.Column = p.kinds[h.col]
		}
		if err := pr.emit(&h.rec); err != nil {
			p.r.emitErr = err
			return err
		}
	}
	return nil
}
