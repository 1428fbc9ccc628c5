package scanner

import (
	"strings"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/exposure-dev/exposure/scanner/formats"
)

// Limits of a recordResolver: rows whose votes it keeps for one file (1 MiB
// a worker), and findings it holds back (about 1.5 MB).
const (
	maxVoteRows = 1 << 20
	maxHeld     = 1 << 12
)

// recordResolver reads the phone numbers of structured data in the country
// of their record. The digits of some numbers are a number in several
// countries (070-1234-5678: a Korean VoIP or a Japanese mobile number;
// detectors.Match.Alt), and a cell alone, or a header in the firm's
// language, does not say which: a Korean firm's export of its Japanese
// customers has Korean headers. The customer's address (or name) in the
// same record does, and one customer's number is then one value, not two.
// An access code whose cell says nothing of its country (a door_code
// column) takes that of the record's address the same way.
//
// It keeps one detectors.RecordVotes for each row of the file (or archive
// member) being read, and holds such numbers back until the file ends, or
// until maxHeld of them wait: rows arrive in order in CSV and JSON, but
// column by column in Parquet, where a row's address may come after its
// phone. The Parquet reader reads the columns named like addresses first,
// so there a number whose row has an address is read at once. Other
// findings are written at once.
type recordResolver struct {
	part      *dataset.PartWriter
	hasher    *detectors.Hasher
	started   bool
	container string
	base      int64 // row of votes[0]
	maxRow    int64
	columnar  bool // a row came again after later ones: rows are not in order
	votes     []detectors.RecordVotes
	held      []heldFinding
}

// heldFinding is a finding its record decides (detectors.Match.RecordDecides)
// and its match.
type heldFinding struct {
	f dataset.Finding
	m detectors.Match
}

// add takes the finding f of match m in record rec.
func (r *recordResolver) add(rec *formats.Record, f dataset.Finding, m detectors.Match) error {
	if rec.Row < 0 { // free text: the text around a number was its context
		return r.part.Finding(f)
	}
	if !r.started || f.ContainerPath != r.container {
		if err := r.end(); err != nil {
			return err
		}
		r.started, r.container, r.base, r.maxRow, r.columnar = true, f.ContainerPath, rec.Row, rec.Row, false
	}
	if rec.Row < r.maxRow {
		r.columnar = true
	}
	r.maxRow = max(r.maxRow, rec.Row)
	i := rec.Row - r.base
	if i >= maxVoteRows && !r.columnar {
		// Rows in order: those before this one are complete.
		if err := r.flush(true); err != nil {
			return err
		}
		r.base, r.votes, i = rec.Row, r.votes[:0], 0
	}
	if i >= 0 && i < maxVoteRows && (m.Kind == detectors.KindAddress || m.Kind == detectors.KindName) {
		for int64(len(r.votes)) <= i {
			r.votes = append(r.votes, 0)
		}
		r.votes[i] = r.votes[i].Add(m)
	}
	if !m.RecordDecides() {
		return r.part.Finding(f)
	}
	if v, ok := r.votesOf(rec.Row); ok && r.columnar && v.HasAddress() {
		// Parquet reads address columns first: the row's address is known.
		r.resolve(&f, m, v)
		return r.part.Finding(f)
	}
	m.Normalized = strings.Clone(m.Normalized)
	r.held = append(r.held, heldFinding{f: f, m: m})
	if len(r.held) >= maxHeld {
		if err := r.flush(false); err != nil {
			return err
		}
		if len(r.held) >= maxHeld/2 {
			return r.flush(true) // one huge record: by its votes so far
		}
	}
	return nil
}

// votesOf returns the votes kept for row, if any.
func (r *recordResolver) votesOf(row int64) (detectors.RecordVotes, bool) {
	if i := row - r.base; i >= 0 && i < int64(len(r.votes)) {
		return r.votes[i], true
	}
	return 0, false
}

// resolve sets f, the finding of m, as the record's votes v say (see
// detectors.RecordVotes.Resolve): its country and subtype, and its hash
// when the value was reread.
func (r *recordResolver) resolve(f *dataset.Finding, m detectors.Match, v detectors.RecordVotes) {
	res := v.Resolve(m)
	f.Country, f.Subtype = res.Country, res.Subtype
	if res.Normalized != m.Normalized {
		f.ValueHash = r.hasher.Hash(res.Normalized)
	}
}

// end writes what the file being read holds back and forgets its rows.
func (r *recordResolver) end() error {
	err := r.flush(true)
	r.started, r.votes = false, r.votes[:0]
	return err
}

// flush writes the findings held back. Those of complete rows (all rows
// at the end of a file; in a file read in row order, the rows before the
// current one) are read in their record's country first; the others are
// written as their cell read them, but for those of the current row of a
// file in row order, which stay held.
func (r *recordResolver) flush(all bool) error {
	var err error
	keep := r.held[:0]
	for k := range r.held {
		h := r.held[k]
		complete := all || (!r.columnar && h.f.Row < r.maxRow)
		if !complete && !r.columnar {
			keep = append(keep, h)
			continue
		}
		if v, ok := r.votesOf(h.f.Row); ok && complete {
			r.resolve(&h.f, h.m, v)
		}
		if err == nil {
			err = r.part.Finding(h.f)
		}
	}
	clear(r.held[len(keep):])
	r.held = keep
	return err
}
