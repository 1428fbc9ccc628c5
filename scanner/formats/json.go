package formats

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
)

// maxJSONDepth bounds nesting; deeper input is treated as malformed (the
// parser keeps an explicit stack, so this bounds memory, not recursion).
const maxJSONDepth = 512

// maxKeyLen bounds an object key as kept in a path; longer keys are cut.
const maxKeyLen = 256

// maxNumberLen bounds a number kept for emission or validation.
const maxNumberLen = 64

// What the parser expects next.
const (
	expTop          = iota // a top-level value or the end
	expValue               // a value (after ':' or ',' in an array)
	expValueOrClose        // a value or ']' (after '[')
	expKeyOrClose          // a key or '}' (after '{')
	expKey                 // a key (after ',' in an object)
	expColon               // ':' after a key
	expCommaOrClose        // ',' or the container's close
)

type jframe struct {
	arr  bool
	idx  int64
	plen int            // len(path) of the container itself
	kind detectors.Kind // kind suggested by the key holding the container
}

// jsonParser is a streaming JSON tokenizer that emits every string value
// (and numbers in phone or access-code fields) with its path. It reads a
// sequence of top-level values (one document, concatenated documents or
// NDJSON) from a bufio.Reader without holding more than one buffer, the
// path and the current string's chunk. Object keys are not emitted.
type jsonParser struct {
	r  *reader // nil in dry mode (sniffing): nothing is emitted
	w  *window
	nd bool // NDJSON: one value per line, Row = line index, bad lines skipped

	line      int64 // newlines seen outside values
	values    int64 // top-level values completed
	scalars   int64 // strings, numbers and literals read
	multiLine bool  // a newline was seen inside a value (not NDJSON)
	stack     []jframe
	path      []byte
	key       []byte
	num       []byte
	esc       [utf8.UTFMax]byte
	kind      detectors.Kind // kind of the value about to be read
	row       int64

	badLines  int64
	firstBad  int64
	firstErr  error
	fieldStr  string // the current path as a string, "" until needed
	fieldKey  string // under a top-level array: the path with its index 0, "" until needed
	canon     []byte // scratch for fieldKey
	fieldMemo map[string]pathInfo
	kindMemo  map[string]detectors.Kind
}

// run parses to the end of the input. A syntax error in a document makes
// the rest of the input free text (scanned, then the error returned); in
// NDJSON only the bad line is, and parsing resumes on the next line.
func (j *jsonParser) run() error {
	for {
		err := j.parse()
		if err == nil {
			if j.badLines > 0 {
				return &CorruptError{Format: "ndjson", Offset: j.w.off(), Err: &badLinesError{n: j.badLines, first: j.firstBad, err: j.firstErr}}
			}
			return nil
		}
		var se syntaxError
		if !errors.As(err, &se) || j.r == nil {
			return err
		}
		if !j.nd {
			off := j.w.off()
			if terr := j.r.textFrom(j.w, off); terr != nil {
				return terr
			}
			return &CorruptError{Format: "json", Offset: off, Err: err}
		}
		if j.badLines == 0 {
			j.firstBad, j.firstErr = j.line, err
		}
		j.badLines++
		if err := j.restOfLineAsText(); err != nil {
			return err
		}
		j.stack, j.path = j.stack[:0], j.path[:0]
	}
}

type badLinesError struct {
	n, first int64
	err      error
}

func (e *badLinesError) Error() string {
	return strconv.FormatInt(e.n, 10) + " malformed lines, the first at line " + strconv.FormatInt(e.first, 10) + ": " + e.err.Error()
}

func (e *badLinesError) Unwrap() error { return e.err }

// restOfLineAsText scans the remainder of a malformed NDJSON line as free
// text and consumes its newline.
func (j *jsonParser) restOfLineAsText() error {
	r, w := j.r, j.w
	r.freeText()
	r.ch.begin(w.off())
	for {
		if w.pos == w.end && !w.more() {
			if ferr := r.ch.flush(); ferr != nil {
				return ferr
			}
			if w.err == io.EOF {
				return nil
			}
			return w.err
		}
		b := w.buf[w.pos:w.end]
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			if err := r.ch.write(b); err != nil {
				return err
			}
			w.pos = w.end
			continue
		}
		if err := r.ch.write(b[:i]); err != nil {
			return err
		}
		w.pos += i + 1
		j.line++
		return r.ch.flush()
	}
}

func (j *jsonParser) syntax(msg string) error { return syntaxError(msg) }

// next skips white space and returns the next byte without consuming it.
func (j *jsonParser) next() (byte, error) {
	w := j.w
	for {
		for w.pos < w.end {
			c := w.buf[w.pos]
			if c > ' ' {
				return c, nil
			}
			switch c {
			case ' ', '\t', '\r':
				w.pos++
				continue
			case '\n':
				if len(j.stack) == 0 {
					j.line++
					w.pos++
					continue
				}
				j.multiLine = true
				if j.nd {
					return 0, j.syntax("line ended inside a value")
				}
				w.pos++
				continue
			}
			return c, nil
		}
		if !w.more() {
			return 0, w.err
		}
	}
}

// parse reads top-level values until the end of input or an error.
func (j *jsonParser) parse() error {
	exp := expTop
	for {
		c, err := j.next()
		if err != nil {
			if err == io.EOF {
				if len(j.stack) == 0 && exp == expTop {
					return nil
				}
				return j.syntax("unexpected end of input")
			}
			return err
		}
		switch exp {
		case expTop:
			j.row = j.values
			if j.nd {
				j.row = j.line
			}
			j.path = append(j.path[:0], '$')
			j.kind, j.fieldStr, j.fieldKey = "", "", ""
			exp, err = j.value(c)
		case expValue:
			exp, err = j.value(c)
		case expValueOrClose:
			top := &j.stack[len(j.stack)-1]
			if c == ']' {
				j.w.pos++
				exp = j.pop()
				break
			}
			j.element(top)
			exp, err = j.value(c)
		case expKeyOrClose, expKey:
			if c == '}' && exp == expKeyOrClose {
				j.w.pos++
				exp = j.pop()
				break
			}
			if c != '"' {
				return j.syntax("expected an object key")
			}
			j.w.pos++
			j.key = j.key[:0]
			if err = j.readKey(); err == nil {
				exp = expColon
			}
		case expColon:
			if c != ':' {
				return j.syntax("expected ':' after an object key")
			}
			j.w.pos++
			j.member()
			exp = expValue
		case expCommaOrClose:
			top := &j.stack[len(j.stack)-1]
			switch {
			case c == ',':
				j.w.pos++
				if top.arr {
					top.idx++
					j.element(top)
					exp = expValue
				} else {
					exp = expKey
				}
			case c == ']' && top.arr, c == '}' && !top.arr:
				j.w.pos++
				exp = j.pop()
			default:
				return j.syntax("expected ',' or the end of a container")
			}
		}
		if err != nil {
			return err
		}
	}
}

// element sets the path and row for the next element of the array top.
func (j *jsonParser) element(top *jframe) {
	j.path = append(j.path[:top.plen], '[')
	j.path = strconv.AppendInt(j.path, top.idx, 10)
	j.path = append(j.path, ']')
	j.kind, j.fieldStr, j.fieldKey = top.kind, "", ""
	if len(j.stack) == 1 && !j.nd {
		j.row = top.idx // a top-level array: one row per element
	}
}

// member sets the path and kind for the value of the key just read.
func (j *jsonParser) member() {
	top := &j.stack[len(j.stack)-1]
	j.path = j.path[:top.plen]
	if simpleKey(j.key) {
		j.path = append(j.path, '.')
		j.path = append(j.path, j.key...)
	} else {
		j.path = append(j.path, "['"...)
		for _, c := range j.key {
			if c == '\'' || c == '\\' {
				j.path = append(j.path, '\\')
			}
			j.path = append(j.path, c)
		}
		j.path = append(j.path, "']"...)
	}
	if j.volatile() {
		// One look-up of the path with the top-level index 0 gives the
		// kind and the key the detectors see.
		j.fieldStr = ""
		pi := j.canonical(func() detectors.Kind { return j.kindOf(j.key) })
		j.kind, j.fieldKey = pi.kind, pi.field
		return
	}
	if pi, ok := j.fieldMemo[string(j.path)]; ok {
		j.kind, j.fieldStr = pi.kind, pi.field
		return
	}
	pi := pathInfo{field: string(j.path), kind: j.kindOf(j.key)}
	j.memo(pi)
	j.kind, j.fieldStr = pi.kind, pi.field
}

// canonical returns the memoised pathInfo of the current path with its
// top-level array index written 0 (the path must be volatile); kind gives
// the kind of a path not memoised yet.
func (j *jsonParser) canonical(kind func() detectors.Kind) pathInfo {
	// The path is $[digits] and the rest.
	end := bytes.IndexByte(j.path, ']')
	j.canon = append(append(j.canon[:0], "$[0"...), j.path[end:]...)
	if pi, ok := j.fieldMemo[string(j.canon)]; ok {
		return pi
	}
	pi := pathInfo{field: string(j.canon), kind: kind()}
	j.memo(pi)
	return pi
}

// volatile reports whether paths hold a top-level array index: they never
// repeat, so they are not memoised (canonical memoises them with index 0).
func (j *jsonParser) volatile() bool {
	return len(j.stack) > 0 && j.stack[0].arr && !j.nd
}

// pathInfo is a memoised path: its string and the kind its key suggests.
type pathInfo struct {
	field string
	kind  detectors.Kind
}

func (j *jsonParser) memo(pi pathInfo) {
	if j.fieldMemo == nil || len(j.fieldMemo) >= 4096 {
		j.fieldMemo = make(map[string]pathInfo)
	}
	j.fieldMemo[pi.field] = pi
}

func (j *jsonParser) pop() int {
	top := j.stack[len(j.stack)-1]
	j.stack = j.stack[:len(j.stack)-1]
	j.path = j.path[:top.plen]
	return j.after()
}

func (j *jsonParser) after() int {
	if len(j.stack) == 0 {
		j.values++
		return expTop
	}
	return expCommaOrClose
}

// value reads the value starting with c.
func (j *jsonParser) value(c byte) (int, error) {
	switch c {
	case '{', '[':
		if len(j.stack) >= maxJSONDepth {
			return 0, j.syntax("nesting deeper than " + strconv.Itoa(maxJSONDepth) + " levels")
		}
		j.w.pos++
		j.stack = append(j.stack, jframe{arr: c == '[', plen: len(j.path), kind: j.kind})
		if c == '[' {
			return expValueOrClose, nil
		}
		return expKeyOrClose, nil
	case '"':
		j.w.pos++
		if err := j.readString(); err != nil {
			return 0, err
		}
	case 't':
		if err := j.literal("true"); err != nil {
			return 0, err
		}
	case 'f':
		if err := j.literal("false"); err != nil {
			return 0, err
		}
	case 'n':
		if err := j.literal("null"); err != nil {
			return 0, err
		}
	default:
		if c == '-' || c >= '0' && c <= '9' {
			if err := j.number(); err != nil {
				return 0, err
			}
			break
		}
		return 0, j.syntax("unexpected character")
	}
	j.scalars++
	return j.after(), nil
}

func (j *jsonParser) literal(word string) error {
	w := j.w
	w.ensure(len(word))
	if string(w.buf[w.pos:min(w.end, w.pos+len(word))]) != word {
		return j.syntax("invalid literal")
	}
	w.pos += len(word)
	return nil
}

// setRecord fills the reader's record for the value about to be emitted.
func (j *jsonParser) setRecord() {
	rec := &j.r.rec
	rec.Field = j.field()
	rec.FieldKey = ""
	if j.volatile() {
		if j.fieldKey == "" {
			// An element of a nested array: the kind is its container's.
			j.fieldKey = j.canonical(func() detectors.Kind { return j.kind }).field
		}
		rec.FieldKey = j.fieldKey
	}
	rec.Row = j.row
	rec.Column = j.kind
}

// field returns the current path as a string: memoised, so that repeated
// paths cost no allocation, except under a top-level array.
func (j *jsonParser) field() string {
	if j.fieldStr != "" {
		return j.fieldStr
	}
	if j.volatile() {
		j.fieldStr = string(j.path)
		return j.fieldStr
	}
	if pi, ok := j.fieldMemo[string(j.path)]; ok {
		j.fieldStr = pi.field
		return j.fieldStr
	}
	pi := pathInfo{field: string(j.path)}
	j.memo(pi)
	j.fieldStr = pi.field
	return j.fieldStr
}

// kindOf returns the column kind a key suggests (memoised).
func (j *jsonParser) kindOf(key []byte) detectors.Kind {
	if k, ok := j.kindMemo[string(key)]; ok {
		return k
	}
	if j.kindMemo == nil || len(j.kindMemo) >= 4096 {
		j.kindMemo = make(map[string]detectors.Kind)
	}
	k := columnKind(string(key))
	j.kindMemo[string(key)] = k
	return k
}

// simpleKey reports whether a key can follow a '.' in a path.
func simpleKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c >= utf8.RuneSelf) {
			return false
		}
	}
	return true
}
