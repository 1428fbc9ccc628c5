package formats

import (
	"errors"
	"io"
)

// window is the parsers' view of a decoded stream: a fixed buffer whose
// unread bytes are buf[pos:end]. Parsers scan buf directly (no call per
// byte) and call more when they run out; memory is the buffer, whatever
// the stream's length.
type window struct {
	r        io.Reader
	buf      []byte
	pos, end int
	base     int64 // text offset of buf[0]
	err      error // sticky: io.EOF at the end, or the read error
}

func (w *window) reset(r io.Reader, buf []byte) {
	*w = window{r: r, buf: buf}
}

// off is the text offset of the next unread byte.
func (w *window) off() int64 { return w.base + int64(w.pos) }

// more slides the unread bytes to the front and reads at least one more
// byte; it reports false when no byte could be read (w.err says why).
func (w *window) more() bool {
	if w.err != nil {
		return false
	}
	if w.pos > 0 {
		n := copy(w.buf, w.buf[w.pos:w.end])
		w.base += int64(w.pos)
		w.pos, w.end = 0, n
	}
	if w.end == len(w.buf) {
		w.err = errors.New("formats: parser window full")
		return false
	}
	for range 100 {
		n, err := w.r.Read(w.buf[w.end:])
		w.end += n
		if err != nil {
			w.err = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	w.err = io.ErrNoProgress
	return false
}

// ensure makes at least n unread bytes available, if the stream has them.
func (w *window) ensure(n int) bool {
	for w.end-w.pos < n {
		if !w.more() {
			return false
		}
	}
	return true
}

// Read hands out the rest of the stream (for the free-text fallback).
func (w *window) Read(p []byte) (int, error) {
	if w.pos < w.end {
		n := copy(p, w.buf[w.pos:w.end])
		w.pos += n
		return n, nil
	}
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.r.Read(p)
	w.base += int64(n) // keep off() right: the bytes went past the buffer
	if err != nil {
		w.err = err
	}
	return n, err
}
