package formats

import (
	"io"
	"unicode/utf8"
)

// utf8Fixer passes UTF-8 through and replaces every byte that is not part
// of a valid encoding with U+FFFD, exactly as utf8.DecodeRune would decode
// the whole stream at once: the output, and so every offset, does not depend
// on how the input was split into reads. Valid input is validated in place
// (utf8.Valid) and costs no copy.
type utf8Fixer struct {
	r     io.Reader
	carry [utf8.UTFMax]byte // incomplete rune held back from the last read
	nc    int
	pend  []byte // repaired output not yet returned
	fix   []byte
	small []byte // output of a read into sbuf for a tiny p, not yet returned
	sbuf  [64]byte
	err   error
}

func (u *utf8Fixer) Read(p []byte) (int, error) {
	if len(u.small) > 0 {
		n := copy(p, u.small)
		u.small = u.small[n:]
		return n, nil
	}
	if len(u.pend) > 0 {
		n := copy(p, u.pend)
		u.pend = u.pend[n:]
		return n, nil
	}
	if len(p) < 2*utf8.UTFMax {
		// Too small to work in place: read into sbuf and hand it out in pieces.
		n, err := u.Read(u.sbuf[:])
		u.small = u.sbuf[:n]
		m := copy(p, u.small)
		u.small = u.small[m:]
		if len(u.small) > 0 || len(u.pend) > 0 {
			return m, nil
		}
		return m, err
	}
	for {
		if u.err != nil {
			if u.nc > 0 { // EOF inside a rune: decode what is left
				u.fix = appendFixed(u.fix[:0], u.carry[:u.nc])
				u.nc = 0
				n := copy(p, u.fix)
				u.pend = u.fix[n:]
				return n, nil
			}
			return 0, u.err
		}
		c := copy(p, u.carry[:u.nc])
		u.nc = 0
		n, err := u.r.Read(p[c:])
		n += c
		if err != nil {
			u.err = err
		}
		data := p[:n]
		if u.err == nil {
			// Hold back an incomplete rune at the end.
			if k := incompleteTail(data); k > 0 {
				u.nc = copy(u.carry[:], data[len(data)-k:])
				data = data[:len(data)-k]
			}
		}
		if len(data) == 0 {
			continue
		}
		if utf8.Valid(data) {
			return len(data), nil
		}
		u.fix = appendFixed(u.fix[:0], data)
		m := copy(p, u.fix)
		u.pend = u.fix[m:]
		return m, nil
	}
}

// incompleteTail returns how many bytes at the end of b begin a rune that
// is not complete yet but could still become valid (0..3).
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return len(b) - i
			}
			return 0
		}
	}
	return 0
}

// appendFixed appends b to dst with every invalid byte replaced by U+FFFD.
func appendFixed(dst, b []byte) []byte {
	for len(b) > 0 {
		// Copy the valid ASCII/UTF-8 run in one go.
		i := 0
		for i < len(b) {
			if b[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		dst = append(dst, b[:i]...)
		if i == len(b) {
			break
		}
		dst = append(dst, "\uFFFD"...)
		b = b[i+1:]
	}
	return dst
}
