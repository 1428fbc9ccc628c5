package formats

import (
	"bytes"
	"io"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
)

// number reads a number, validates its grammar and emits it when the
// field suggests a phone number or an access code.
func (j *jsonParser) number() error {
	j.num = j.num[:0]
	long := false
	w := j.w
	for {
		if w.pos == w.end && !w.more() {
			if w.err != io.EOF {
				return w.err
			}
			break
		}
		b := w.buf[w.pos:w.end]
		i := 0
		for i < len(b) && isNumberByte(b[i]) {
			i++
		}
		if len(j.num)+i <= maxNumberLen {
			j.num = append(j.num, b[:i]...)
		} else {
			long = true
		}
		w.pos += i
		if i < len(b) {
			break
		}
	}
	if !long && !validNumber(j.num) {
		return j.syntax("invalid number")
	}
	if j.r != nil && !long && (j.kind == detectors.KindPhone || j.kind == detectors.KindAccessCode) {
		j.setRecord()
		return j.r.value(j.num)
	}
	return nil
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// validNumber checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	digits := func() int {
		s := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i - s
	}
	if i < len(b) && b[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(b)
}

// readKey reads an object key (opening quote consumed) into j.key,
// keeping at most maxKeyLen bytes.
func (j *jsonParser) readKey() error {
	w := j.w
	j.key = j.key[:0]
	for {
		if w.pos == w.end && !w.more() {
			if w.err == io.EOF {
				return j.syntax("unexpected end of input in a key")
			}
			return w.err
		}
		b := w.buf[w.pos:w.end]
		q := bytes.IndexByte(b, '"')
		seg := b
		if q >= 0 {
			seg = b[:q]
		}
		if e := bytes.IndexByte(seg, '\\'); e >= 0 {
			j.keyBytes(b[:e])
			w.pos += e
			u, err := j.unescape()
			if err != nil {
				return err
			}
			j.keyBytes(u)
			continue
		}
		if q < 0 {
			j.keyBytes(b)
			w.pos = w.end
			continue
		}
		j.keyBytes(b[:q])
		w.pos += q + 1
		return nil
	}
}

func (j *jsonParser) keyBytes(p []byte) {
	if room := maxKeyLen - len(j.key); room > 0 {
		j.key = append(j.key, p[:min(room, len(p))]...)
	}
}

// readString reads a string value (opening quote consumed) and emits it:
// straight from the buffer when it is there whole without escapes, else
// assembled (and chunked when long).
func (j *jsonParser) readString() error {
	w := j.w
	emit := j.r != nil
	started := false
	for {
		if w.pos == w.end && !w.more() {
			if started { // scan what was read of the string
				if verr := j.r.vend(); verr != nil {
					return verr
				}
			}
			if w.err == io.EOF {
				return j.syntax("unexpected end of input in a string")
			}
			return w.err
		}
		b := w.buf[w.pos:w.end]
		q := bytes.IndexByte(b, '"')
		seg := b
		if q >= 0 {
			seg = b[:q]
			if emit && !started && bytes.IndexByte(seg, '\\') < 0 {
				// The whole string is in the buffer: no copy.
				j.setRecord()
				err := j.r.value(seg)
				w.pos += q + 1
				return err
			}
		}
		e := bytes.IndexByte(seg, '\\')
		if e < 0 {
			e = len(seg)
		}
		if emit {
			if !started {
				started = true
				j.setRecord()
				j.r.vbegin()
			}
			if err := j.r.vwrite(b[:e]); err != nil {
				return err
			}
		}
		w.pos += e
		switch {
		case e < len(seg): // an escape
			u, err := j.unescape()
			if err != nil {
				if started {
					j.r.vend()
				}
				return err
			}
			if emit {
				if err := j.r.vwrite(u); err != nil {
					return err
				}
			}
		case q >= 0: // the closing quote
			w.pos++
			if started {
				return j.r.vend()
			}
			return nil
		}
	}
}

// unescape decodes the escape sequence at the window's position and
// returns its UTF-8 bytes (valid until the next call).
func (j *jsonParser) unescape() ([]byte, error) {
	w := j.w
	w.ensure(2)
	if w.end-w.pos < 2 {
		return nil, j.syntax("unexpected end of input in an escape")
	}
	one := j.esc[:]
	switch c := w.buf[w.pos+1]; c {
	case 'u':
		w.ensure(12)
		b := w.buf[w.pos:min(w.end, w.pos+12)]
		r, ok := hex4(b, 2)
		if !ok {
			return nil, j.syntax("invalid \\u escape")
		}
		n := 6
		if r >= 0xD800 && r < 0xDC00 {
			if r2, ok2 := hex4(b, 8); ok2 && b[6] == '\\' && b[7] == 'u' && r2 >= 0xDC00 && r2 < 0xE000 {
				r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
				n = 12
			} else {
				r = utf8.RuneError
			}
		} else if r >= 0xDC00 && r < 0xE000 {
			r = utf8.RuneError
		}
		k := utf8.EncodeRune(one, r)
		w.pos += n
		return one[:k], nil
	case 'b':
		one[0] = '\b'
	case 'f':
		one[0] = '\f'
	case 'n':
		one[0] = '\n'
	case 'r':
		one[0] = '\r'
	case 't':
		one[0] = '\t'
	default: // \" \\ \/ and, leniently, any other character as itself
		if c >= utf8.RuneSelf {
			w.pos++ // keep a multi-byte character whole
			return nil, nil
		}
		one[0] = c
	}
	w.pos += 2
	return one[:1], nil
}

func hex4(b []byte, at int) (rune, bool) {
	if len(b) < at+4 {
		return 0, false
	}
	var r rune
	for _, c := range b[at : at+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
