package gen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"

	kgzip "github.com/klauspost/compress/gzip"
)

// Label is the ground truth for one personal value written to the estate.
// The labels file holds one Label per line as JSON (gzip-compressed NDJSON).
//
// Key, ContainerPath, Field and Row say where the value is, with the same
// conventions as the scanner's findings (see CONTRACT.md): Key is the object
// key as a scanner of the destination reports it (path relative to the root
// for a local directory, the full key including the prefix for S3);
// ContainerPath is the archive member ("" outside archives); Field is the
// CSV header, JSON path ($.address.line1) or Parquet column, "" for free
// text; Row is the 0-based record index (CSV data rows not counting the
// header, NDJSON lines, Parquet rows), -1 for free text.
//
// Offset and Length locate the raw value as written, in bytes of the decoded
// UTF-8 text: of the whole object (or archive member) for free text, of the
// cell for structured values. Value is the normalised value that the
// scanner hashes (E.164 phones; NFC, space-folded names and addresses;
// access codes as digits, # and *).
type Label struct {
	Key           string `json:"key"`
	ContainerPath string `json:"container_path"`
	Field         string `json:"field"`
	Row           int64  `json:"row"`
	Offset        int64  `json:"offset"`
	Length        int    `json:"length"`
	Kind          string `json:"kind"`
	Subtype       string `json:"subtype"`
	Country       string `json:"country"`
	Value         string `json:"value"`
	Person        int    `json:"person"`
}

// ReadLabels calls fn for every label in r, which holds a labels file as
// Generate writes it (gzip-compressed NDJSON; plain NDJSON is accepted too).
func ReadLabels(r io.Reader, fn func(*Label) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var src io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("gen: cannot read labels: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	sc := bufio.NewScanner(src)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var l Label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("gen: cannot decode label line %d: %w", line, err)
		}
		if err := fn(&l); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gen: cannot read labels: %w", err)
	}
	return nil
}

// pending is a label not yet committed: writers add labels as they write a
// row or line and commit or drop them when the row is kept or discarded
// (a legacy-encoded row that the encoding cannot represent is dropped).
type pending struct {
	field string
	row   int64
	off   int
	n     int
	p     *Person
	slot  uint8
}

// labeler collects the labels of one object: it counts them, marks the
// (person, slot) pairs used and, when labels are written, encodes them as
// NDJSON into one gzip member.
type labeler struct {
	key, container string
	write          bool
	used           []atomic.Uint32 // per person id: bit per slot
	pend           []pending
	line           []byte
	zbuf           bytes.Buffer
	zw             *kgzip.Writer
	counts         [numKinds][numCountries]int64

	head      []byte // {"key":...,"field": for the current container
	headFor   string // the container head was built for
	lastField string // the last field encoded, and its JSON
	fieldJSON []byte
}

const (
	numKinds     = 4
	numCountries = 4
)

func kindIndex(slot uint8) int {
	switch baseSlot(int(slot)) {
	case slotName:
		return 0
	case slotPhone:
		return 1
	case slotAddr, slotAddrFull:
		return 2
	default:
		return 3
	}
}

func countryIndex(c string) int {
	switch c {
	case "KR":
		return 0
	case "JP":
		return 1
	case "TW":
		return 2
	default:
		return 3
	}
}

// add records a label at [off, off+n) of the current row, cell or line.
func (l *labeler) add(field string, row int64, off, n int, p *Person, slot int) {
	l.pend = append(l.pend, pending{field: field, row: row, off: off, n: n, p: p, slot: uint8(slot)})
}

// drop forgets the pending labels.
func (l *labeler) drop() { l.pend = l.pend[:0] }

// commit keeps the pending labels, adding base to their offsets.
func (l *labeler) commit(base int64) {
	for i := range l.pend {
		pd := &l.pend[i]
		l.counts[kindIndex(pd.slot)][countryIndex(pd.p.Country)]++
		l.used[pd.p.ID].Or(1 << pd.slot)
		if l.write {
			l.encode(pd, base)
		}
	}
	l.pend = l.pend[:0]
	if len(l.line) >= 64<<10 {
		l.flush()
	}
}

func (l *labeler) encode(pd *pending, base int64) {
	if l.head == nil || l.headFor != l.container {
		l.head = append(l.head[:0], `{"key":`...)
		l.head = appendJSONString(l.head, l.key)
		l.head = append(l.head, `,"container_path":`...)
		l.head = appendJSONString(l.head, l.container)
		l.head = append(l.head, `,"field":`...)
		l.headFor = l.container
	}
	b := append(l.line, l.head...)
	if pd.field == l.lastField && l.fieldJSON != nil {
		b = append(b, l.fieldJSON...)
	} else {
		n := len(b)
		b = appendJSONString(b, pd.field)
		l.lastField, l.fieldJSON = pd.field, append(l.fieldJSON[:0], b[n:]...)
	}
	b = append(b, `,"row":`...)
	b = strconv.AppendInt(b, pd.row, 10)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, base+int64(pd.off), 10)
	b = append(b, `,"length":`...)
	b = strconv.AppendInt(b, int64(pd.n), 10)
	l.line = append(b, pd.p.tail[pd.slot]...)
}

func subtype(p *Person, slot int) string {
	switch baseSlot(slot) {
	case slotName:
		switch p.Country {
		case "KR":
			return "kr_name"
		case "JP":
			return "jp_name"
		case "TW":
			return "tw_name"
		}
		return "us_name"
	case slotPhone:
		return p.phoneSub
	case slotAddr, slotAddrFull:
		return p.addrSub
	}
	return "door_code"
}

func (l *labeler) flush() {
	if len(l.line) == 0 {
		return
	}
	if l.zw == nil {
		l.zw, _ = kgzip.NewWriterLevel(&l.zbuf, kgzip.BestSpeed)
	}
	l.zw.Write(l.line) // writes to a bytes.Buffer cannot fail
	l.line = l.line[:0]
}

// finish returns the object's labels as one gzip member (nil when there are
// none or labels are not written).
func (l *labeler) finish() []byte {
	l.flush()
	if l.zw == nil {
		return nil
	}
	l.zw.Close()
	return l.zbuf.Bytes()
}

// appendJSONString appends s as a JSON string. s must be valid UTF-8 (all
// generated text is); non-ASCII runes are kept as they are, except U+2028 and
// U+2029, which are escaped.
func appendJSONString[S ~string | ~[]byte](b []byte, s S) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && jsonPlain[s[j]] {
			j++
		}
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		c := s[j]
		i = j + 1
		switch {
		case c == 0xE2 && j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0xA8 || s[j+2] == 0xA9):
			b = append(b, `\u202`...)
			b = append(b, "89"[s[j+2]-0xA8])
			i = j + 3
		case c >= 0x80:
			b = append(b, c)
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\r':
			b = append(b, `\r`...)
		default:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		}
	}
	return append(b, '"')
}

// jsonPlain marks the bytes a JSON string holds as they are.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\' && c != 0xE2
	}
	return t
}()

// labelsPathName is the file name of the labels of a destination named name.
func labelsPathName(name string) string {
	name = strings.TrimRight(name, "/")
	if name == "" {
		name = "estate"
	}
	return name + "-labels.ndjson.gz"
}
