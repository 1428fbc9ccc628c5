package formats

import "io"

// Parquet file metadata is Thrift (compact protocol). The decoder in
// parquet-go trusts list and string lengths: a 20-byte footer claiming a
// list of 2^31 row groups makes it allocate hundreds of GB, which kills the
// process. checkThrift walks the footer first and rejects such lengths.

const (
	maxThriftDepth = 64
	// maxThriftAlloc bounds what decoding the footer may allocate, estimated
	// per list element (a struct counts 256 bytes): a few million column
	// chunks, far above any sane file.
	maxThriftAlloc = 512 << 20
)

type thriftChecker struct {
	b     []byte
	alloc int64
	// i32 fields of the outermost struct by field id (for page headers:
	// 2 = uncompressed_page_size, 3 = compressed_page_size).
	top [4]int64
}

// checkThrift validates one compact-protocol struct at the start of b.
func checkThrift(b []byte) error {
	_, err := checkThriftPrefix(b)
	return err
}

// checkThriftPrefix validates the struct at the start of b and returns the
// checker (how much it consumed: len(b) - len(c.b), and its top fields).
func checkThriftPrefix(b []byte) (*thriftChecker, error) {
	c := &thriftChecker{b: b}
	return c, c.structure(0)
}

var (
	errThriftShort = syntaxError("metadata truncated")
	errThriftLen   = syntaxError("metadata length out of range")
	errThriftType  = syntaxError("metadata has an unknown field type")
	errThriftDeep  = syntaxError("metadata nested too deep")
	errThriftAlloc = syntaxError("metadata too large to decode")
)

func (c *thriftChecker) byte1() (byte, error) {
	if len(c.b) == 0 {
		return 0, errThriftShort
	}
	v := c.b[0]
	c.b = c.b[1:]
	return v, nil
}

func (c *thriftChecker) uvarint() (uint64, error) {
	var v uint64
	for i := 0; i < 10; i++ {
		x, err := c.byte1()
		if err != nil {
			return 0, err
		}
		v |= uint64(x&0x7f) << (7 * i)
		if x&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errThriftLen
}

func (c *thriftChecker) skip(n uint64) error {
	if n > uint64(len(c.b)) {
		return errThriftLen
	}
	c.b = c.b[n:]
	return nil
}

func (c *thriftChecker) structure(depth int) error {
	if depth > maxThriftDepth {
		return errThriftDeep
	}
	id := int64(0)
	for {
		h, err := c.byte1()
		if err != nil {
			return err
		}
		t := h & 0x0f
		if t == 0 { // stop
			return nil
		}
		if d := h >> 4; d != 0 {
			id += int64(d)
		} else { // long-form field id (zigzag)
			v, err := c.uvarint()
			if err != nil {
				return err
			}
			id = int64(v>>1) ^ -int64(v&1)
		}
		if t == 1 || t == 2 { // booleans carry their value in the type
			continue
		}
		if depth == 0 && t == 5 && id >= 0 && id < int64(len(c.top)) {
			v, err := c.uvarint()
			if err != nil {
				return err
			}
			c.top[id] = int64(v>>1) ^ -int64(v&1)
			continue
		}
		if err := c.value(t, depth); err != nil {
			return err
		}
	}
}

func (c *thriftChecker) value(t byte, depth int) error {
	switch t {
	case 1, 2, 3: // bool (in a container: one byte), byte
		_, err := c.byte1()
		return err
	case 4, 5, 6: // i16, i32, i64
		_, err := c.uvarint()
		return err
	case 7: // double
		return c.skip(8)
	case 8: // binary
		n, err := c.uvarint()
		if err != nil {
			return err
		}
		return c.skip(n)
	case 9, 10: // list, set
		h, err := c.byte1()
		if err != nil {
			return err
		}
		n := uint64(h >> 4)
		if n == 15 {
			if n, err = c.uvarint(); err != nil {
				return err
			}
		}
		et := h & 0x0f
		if err := c.book(n, et); err != nil {
			return err
		}
		for range n {
			if err := c.value(et, depth+1); err != nil {
				return err
			}
		}
		return nil
	case 11: // map
		n, err := c.uvarint()
		if err != nil || n == 0 {
			return err
		}
		kv, err := c.byte1()
		if err != nil {
			return err
		}
		if err := c.book(n, kv>>4); err != nil {
			return err
		}
		if err := c.book(n, kv&0x0f); err != nil {
			return err
		}
		for range n {
			if err := c.value(kv>>4, depth+1); err != nil {
				return err
			}
			if err := c.value(kv&0x0f, depth+1); err != nil {
				return err
			}
		}
		return nil
	case 12: // struct
		return c.structure(depth + 1)
	case 13: // uuid
		return c.skip(16)
	}
	return errThriftType
}

// book checks that n elements of type t can be there (each takes a byte
// at least) and accounts for what decoding them allocates.
func (c *thriftChecker) book(n uint64, t byte) error {
	if n > uint64(len(c.b)) {
		return errThriftLen
	}
	per := int64(16)
	if t == 12 {
		per = 256
	}
	c.alloc += int64(n) * per
	if c.alloc > maxThriftAlloc {
		return errThriftAlloc
	}
	return nil
}

// Page headers are Thrift too, read by parquet-go from the column chunk
// stream: a header may claim a 2 GiB page, which the library allocates
// before reading. pageGuard sits under the library as its io.ReaderAt,
// follows the pages of the column chunk being read as the bytes go by, and
// fails the read that would deliver a header with out-of-range sizes.

const (
	maxPageHeader = 1 << 20   // bytes of one page header
	maxPageSize   = 256 << 20 // compressed or uncompressed size of one page
)

var errPageHeader = syntaxError("page header with out-of-range sizes")

type pageGuard struct {
	ra         io.ReaderAt
	start, end int64 // the column chunk being read ([0,0) = none)
	next       int64 // offset of the next byte the walk expects
	skip       int64 // page data bytes left before the next header
	hdr        []byte
	hdrAt      int64
	bad        int64 // offset of a bad header, -1 if none
}

func newPageGuard(ra io.ReaderAt) *pageGuard { return &pageGuard{ra: ra, bad: -1} }

// watch starts following the pages of the chunk at [start, start+n).
func (g *pageGuard) watch(start, n int64) {
	g.start, g.end, g.next, g.skip, g.hdr, g.hdrAt, g.bad = start, start+n, start, 0, g.hdr[:0], start, -1
}

func (g *pageGuard) ReadAt(p []byte, off int64) (int, error) {
	if g.bad >= 0 && off+int64(len(p)) > g.bad {
		if off >= g.bad {
			return 0, &CorruptError{Format: "parquet", Offset: g.bad, Err: errPageHeader}
		}
		p = p[:g.bad-off]
	}
	n, err := g.ra.ReadAt(p, off)
	if g.bad < 0 && off <= g.next && off+int64(n) > g.next && g.next < g.end {
		g.feed(p[g.next-off : n])
		if g.bad >= 0 && off+int64(n) > g.bad {
			// Deliver nothing of the bad header (its start may have gone
			// out with an earlier read: the rest never will).
			return int(max(g.bad-off, 0)), &CorruptError{Format: "parquet", Offset: g.bad, Err: errPageHeader}
		}
	}
	return n, err
}

// feed walks the chunk's bytes that start at g.next.
func (g *pageGuard) feed(b []byte) {
	for len(b) > 0 && g.next < g.end {
		if g.skip > 0 {
			k := min(g.skip, int64(len(b)))
			b, g.skip, g.next = b[k:], g.skip-k, g.next+k
			if g.skip == 0 {
				g.hdr, g.hdrAt = g.hdr[:0], g.next
			}
			continue
		}
		// Accumulate header bytes until one complete header parses.
		k := min(len(b), maxPageHeader-len(g.hdr))
		g.hdr = append(g.hdr, b[:k]...)
		c, err := checkThriftPrefix(g.hdr)
		if err == errThriftShort && len(g.hdr) < maxPageHeader && k == len(b) {
			b, g.next = nil, g.next+int64(k)
			return // wait for more bytes
		}
		used := int64(len(g.hdr) - len(c.b))
		comp, uncomp := c.top[3], c.top[2]
		if err != nil || comp < 0 || uncomp < 0 || comp > maxPageSize || uncomp > maxPageSize || g.hdrAt+used+comp > g.end {
			g.bad = g.hdrAt
			return
		}
		consumed := used - (g.next - g.hdrAt) // bytes of b that belonged to the header
		b, g.next = b[consumed:], g.hdrAt+used
		g.skip = comp
		if g.skip == 0 {
			g.hdr, g.hdrAt = g.hdr[:0], g.next
		}
	}
}
