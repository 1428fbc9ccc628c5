package formats

import (
	"errors"
	"io"
	"unicode/utf8"
	"unsafe"
)

// chunkText reads decoded UTF-8 text from r and emits it as overlapping
// chunks: each record's Text is the chunk plus up to lim.Overlap bytes of
// context on each side, and [Lo,Hi) is the part it reports. Chunks are cut
// at rune boundaries. Memory is one buffer of ChunkSize + 2*Overlap bytes,
// whatever the length of r. It returns the number of bytes read.
func chunkText(r io.Reader, base Record, lim Limits, emit func(*Record) error) (int64, error) {
	chunk, overlap := lim.ChunkSize, lim.Overlap
	if chunk <= 0 {
		chunk = 256 << 10
	}
	if overlap < 0 {
		overlap = 0
	}
	buf := make([]byte, 0, chunk+2*overlap+utf8.UTFMax)
	var bufStart int64 // absolute offset of buf[0]
	var pos int64      // absolute offset where the next report region starts
	eof := false
	rec := base
	rec.Row = -1
	for {
		// Fill up to pos+chunk+overlap.
		want := int(pos-bufStart) + chunk + overlap
		if want > cap(buf) {
			want = cap(buf)
		}
		for !eof && len(buf) < want {
			n, err := r.Read(buf[len(buf):want])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				eof = true
			} else if err != nil {
				// Report what we have, then the error.
				if len(buf) > int(pos-bufStart) {
					rec.Offset, rec.Lo, rec.Hi = bufStart, int(pos-bufStart), len(buf)
					rec.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
					if e := emit(&rec); e != nil {
						return bufStart + int64(len(buf)), e
					}
				}
				return bufStart + int64(len(buf)), err
			}
		}
		lo := int(pos - bufStart)
		end := len(buf)
		if !eof {
			// Do not hand out a partial rune at the end of the context.
			end = runeStart(buf, end)
		}
		hi := lo + chunk
		if eof || hi > end {
			hi = end
		} else {
			hi = runeStart(buf, hi)
			if hi <= lo { // a chunk smaller than a rune: take the rune
				hi = lo + 1
				for hi < end && !utf8.RuneStart(buf[hi]) {
					hi++
				}
			}
		}
		if hi > lo || (eof && pos == 0 && len(buf) == 0) {
			if hi > lo {
				rec.Offset, rec.Lo, rec.Hi = bufStart, lo, hi
				rec.Text = unsafe.String(unsafe.SliceData(buf), end)
				if err := emit(&rec); err != nil {
					return bufStart + int64(len(buf)), err
				}
			}
		}
		pos = bufStart + int64(hi)
		if eof && hi >= len(buf) {
			return bufStart + int64(len(buf)), nil
		}
		// Keep overlap bytes of back context, starting on a rune boundary.
		keep := hi - overlap
		if keep < 0 {
			keep = 0
		}
		for keep < hi && !utf8.RuneStart(buf[keep]) {
			keep++
		}
		n := copy(buf, buf[keep:])
		buf = buf[:n]
		bufStart += int64(keep)
	}
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
