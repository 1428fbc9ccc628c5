package formats

import (
	"errors"
	"io"
	"unicode/utf8"
	"unsafe"
)

// chunker cuts a stream of valid UTF-8 into overlapping records: each
// record's Text is a chunk of at most ChunkSize bytes plus up to Overlap
// bytes of context on each side, and [Lo,Hi) is the part it reports, so the
// report regions tile the stream exactly and a match shorter than Overlap
// that straddles a boundary is seen whole by exactly one record. Cuts fall
// on rune boundaries. Memory is one buffer of ChunkSize + 2*Overlap bytes,
// whatever the length of the stream.
//
// The same chunker serves free text (begin at the text's offset, then
// readFrom) and long structured values (begin(0), write the value's pieces,
// flush): a value no longer than ChunkSize+Overlap comes out as one record
// with Lo = 0 and Hi = len(Text).
type chunker struct {
	buf     []byte
	chunk   int
	overlap int
	start   int64 // offset of buf[0] in the text
	pos     int64 // offset where the next report region starts
	rec     *Record
	emit    func(*Record) error
}

func newChunker(lim Limits, rec *Record, emit func(*Record) error) *chunker {
	return newChunkerBuf(lim, rec, emit, nil)
}

// newChunkerBuf is newChunker reusing buf when it has the capacity the
// limits need.
func newChunkerBuf(lim Limits, rec *Record, emit func(*Record) error, buf []byte) *chunker {
	if n := lim.ChunkSize + 2*lim.Overlap + utf8.UTFMax; cap(buf) != n {
		buf = make([]byte, 0, n)
	}
	return &chunker{
		buf:     buf[:0],
		chunk:   lim.ChunkSize,
		overlap: lim.Overlap,
		rec:     rec,
		emit:    emit,
	}
}

// begin starts a new text whose first byte is at offset off.
func (c *chunker) begin(off int64) {
	c.buf = c.buf[:0]
	c.start, c.pos = off, off
}

// full reports whether the buffer holds a whole chunk plus its forward
// context in complete runes (or is full: then it holds more than that,
// since it has room for a chunk, two contexts and a partial rune).
func (c *chunker) full() bool {
	return len(c.buf) == cap(c.buf) || runeStart(c.buf, len(c.buf))-int(c.pos-c.start) >= c.chunk+c.overlap
}

// write appends p (valid UTF-8, possibly split anywhere) to the text,
// emitting every chunk that is complete.
func (c *chunker) write(p []byte) error {
	for len(p) > 0 {
		n := copy(c.buf[len(c.buf):cap(c.buf)], p)
		c.buf = c.buf[:len(c.buf)+n]
		p = p[n:]
		for c.full() {
			if err := c.cut(); err != nil {
				return err
			}
		}
	}
	return nil
}

// readFrom reads r to its end into the text, emitting chunks; on a read
// error what was read is emitted before the error is returned.
func (c *chunker) readFrom(r io.Reader) error {
	for {
		for c.full() {
			if err := c.cut(); err != nil {
				return err
			}
		}
		n, err := r.Read(c.buf[len(c.buf):cap(c.buf)])
		c.buf = c.buf[:len(c.buf)+n]
		if err != nil {
			if ferr := c.flush(); ferr != nil {
				return ferr
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// cut emits the next chunk and drops what is no longer needed as context.
func (c *chunker) cut() error {
	lo := int(c.pos - c.start)
	end := runeStart(c.buf, len(c.buf)) // never hand out a partial rune
	hi := lo + c.chunk
	if hi >= end {
		hi = end
	} else {
		hi = runeStart(c.buf, hi)
		if hi <= lo { // a chunk smaller than a rune: take the rune
			hi = lo + 1
			for hi < end && !utf8.RuneStart(c.buf[hi]) {
				hi++
			}
		}
	}
	if hi > lo {
		if err := c.out(lo, hi, end); err != nil {
			return err
		}
	}
	c.pos = c.start + int64(hi)
	// Keep Overlap bytes of back context, starting on a rune boundary.
	keep := max(hi-c.overlap, 0)
	for keep < hi && !utf8.RuneStart(c.buf[keep]) {
		keep++
	}
	n := copy(c.buf, c.buf[keep:])
	c.buf = c.buf[:n]
	c.start += int64(keep)
	return nil
}

// flush emits whatever has not been reported yet (the text has ended).
func (c *chunker) flush() error {
	lo := int(c.pos - c.start)
	if lo >= len(c.buf) {
		return nil
	}
	end := len(c.buf)
	c.pos = c.start + int64(end)
	return c.out(lo, end, end)
}

func (c *chunker) out(lo, hi, end int) error {
	c.rec.Offset, c.rec.Lo, c.rec.Hi = c.start, lo, hi
	c.rec.Text = unsafe.String(unsafe.SliceData(c.buf), end)
	return c.emit(c.rec)
}

// runeStart returns the largest i <= n such that buf[i] starts a rune (or n
// when the bytes before n form a complete rune), looking back at most
// utf8.UTFMax bytes.
func runeStart(buf []byte, n int) int {
	for i := n - 1; i >= 0 && i >= n-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if utf8.FullRune(buf[i:n]) {
				return n
			}
			return i
		}
	}
	return n
}
