package formats

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/bzip2"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	kflate "github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

// Archives. Members are read as streams, one after another, each sniffed
// and read like an object of its own (so members may be compressed, CSV,
// JSON, nested archives ...), with ContainerPath naming the member path.
//
// A member that cannot be read (corrupt, encrypted, too deep, too large to
// spool) is recorded and the other members are still scanned; Read then
// returns a *MemberError. Bomb limits stop the whole object.
//
// zip and Parquet need random access. The object itself gets it from
// Object.ReaderAt (ranged reads through a small block cache). A zip or
// Parquet file inside an archive or under compression is first copied to a
// temporary file of at most Limits.MaxSpoolBytes (default 512 MiB), deleted
// as soon as it is read; larger ones are not scanned (a *LimitError naming
// the spool limit).

// zipStream reads a zip whose head is buffered in br.
func (r *reader) zipStream(br *bufio.Reader, pl place) error {
	ra, size, done, err := r.randomAccess(br, pl, pl.size)
	if err != nil {
		return err
	}
	defer done()
	return r.zipArchive(ra, size, pl)
}

// randomAccess gives random access to the stream in br: the object's own
// ranges at the top, else a spool file. sizeHint is the member's declared
// size (-1 unknown).
func (r *reader) randomAccess(br *bufio.Reader, pl place, sizeHint int64) (io.ReaderAt, int64, func(), error) {
	if pl.top {
		// The stream was only needed for the head: let its connection go.
		if r.body != nil {
			r.body.Close()
			r.body = nil
		}
		ra, err := r.obj.ReaderAt(r.ctx)
		if err != nil {
			return nil, 0, nil, &ReadError{Err: err}
		}
		size := r.obj.Size()
		return newCachedReaderAt(&rawReaderAt{ctx: r.ctx, r: ra, bud: &r.bud}, size), size, func() {}, nil
	}
	max := r.lim.MaxSpoolBytes
	if max < 0 || sizeHint > max {
		return nil, 0, nil, &LimitError{Limit: LimitSpool, Value: sizeHint, Max: max}
	}
	f, err := os.CreateTemp(r.lim.TempDir, "exposure-spool-*")
	if err != nil {
		return nil, 0, nil, fmt.Errorf("formats: cannot create a spool file: %w", err)
	}
	done := func() {
		f.Close()
		os.Remove(f.Name())
	}
	n, err := io.Copy(f, io.LimitReader(br, max+1))
	if err != nil {
		done()
		return nil, 0, nil, err
	}
	if n > max {
		done()
		return nil, 0, nil, &LimitError{Limit: LimitSpool, Value: n, Max: max}
	}
	return newCachedReaderAt(f, n), n, done, nil
}

// memberFailed records a member error; the first one is reported.
func (r *reader) memberFailed(index, depth int, err error) {
	if r.memberErr == nil {
		r.memberErr = &MemberError{Index: index, Depth: depth, Err: err}
		return
	}
	r.memberErr.Others++
}

// memberDone sorts the error of one member: nil to go on (recording it),
// or the error that must stop the archive.
func (r *reader) memberDone(index, depth int, err error) error {
	if err == nil {
		return nil
	}
	if r.emitErr != nil || fatal(err) {
		return err
	}
	r.memberFailed(index, depth, err)
	return nil
}

func (r *reader) zipArchive(ra io.ReaderAt, size int64, pl place) error {
	if n, err := zipEntryCount(ra, size); err == nil && r.lim.MaxMembers > 0 && n > int64(r.lim.MaxMembers-r.bud.members) {
		return &LimitError{Limit: LimitMembers, Value: int64(r.bud.members) + n, Max: int64(r.lim.MaxMembers), Bomb: true}
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		if isOurs(err) {
			return err
		}
		return &CorruptError{Format: "zip", Err: err}
	}
	zr.RegisterDecompressor(zip.Deflate, func(rd io.Reader) io.ReadCloser { return kflate.NewReader(rd) })
	zr.RegisterDecompressor(12, func(rd io.Reader) io.ReadCloser { return io.NopCloser(bzip2.NewReader(rd)) })
	zr.RegisterDecompressor(93, func(rd io.Reader) io.ReadCloser {
		d, err := zstd.NewReader(rd, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxWindow(maxZstdWindow))
		if err != nil {
			return io.NopCloser(errReader{err})
		}
		return d.IOReadCloser()
	})
	zr.RegisterDecompressor(95, func(rd io.Reader) io.ReadCloser {
		x, err := xz.NewReader(rd)
		if err != nil {
			return io.NopCloser(errReader{err})
		}
		return io.NopCloser(x)
	})
	for i, f := range zr.File {
		if err := r.ctx.Err(); err != nil {
			return &ReadError{Err: err}
		}
		if err := r.bud.member(); err != nil {
			return err
		}
		r.info.Members++
		if f.Mode().IsDir() {
			continue
		}
		mpl := pl.member(f.Name)
		mpl.size = int64(min(f.UncompressedSize64, 1<<62))
		if err := r.memberDone(i, pl.depth+1, r.zipMember(f, mpl)); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) zipMember(f *zip.File, pl place) error {
	if f.Flags&0x1 != 0 {
		return fmt.Errorf("formats: encrypted zip member: %w", ErrUnsupported)
	}
	if rem := r.bud.remaining(); f.Method != zip.Store && rem >= 0 && f.UncompressedSize64 > uint64(rem) {
		return &LimitError{Limit: LimitExpandedBytes, Value: r.bud.expanded + int64(min(f.UncompressedSize64, 1<<62)), Max: r.lim.MaxExpandedBytes, Bomb: true}
	}
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return fmt.Errorf("formats: zip member method %d: %w", f.Method, ErrUnsupported)
		}
		if isOurs(err) {
			return err
		}
		return &CorruptError{Format: "zip", Err: err}
	}
	defer rc.Close()
	return r.stream(&expander{r: rc, bud: &r.bud, format: "zip", stored: f.Method == zip.Store}, pl)
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// zipEntryCount reads the number of entries from a zip's end of central
// directory record (zip64 too), before archive/zip allocates them all.
func zipEntryCount(ra io.ReaderAt, size int64) (int64, error) {
	const eocdLen, maxComment = 22, 65535
	n := min(size, eocdLen+maxComment)
	buf := make([]byte, n)
	if _, err := ra.ReadAt(buf, size-n); err != nil && !errors.Is(err, io.EOF) {
		return 0, err
	}
	for i := len(buf) - eocdLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) != 0x06054b50 {
			continue
		}
		count := int64(binary.LittleEndian.Uint16(buf[i+10:]))
		if count != 0xffff || i < 20 || binary.LittleEndian.Uint32(buf[i-20:]) != 0x07064b50 {
			return count, nil
		}
		off := int64(binary.LittleEndian.Uint64(buf[i-20+8:]))
		var rec [56]byte
		if off < 0 || off > size-56 {
			return count, nil
		}
		if _, err := ra.ReadAt(rec[:], off); err != nil || binary.LittleEndian.Uint32(rec[:]) != 0x06064b50 {
			return count, nil
		}
		c := binary.LittleEndian.Uint64(rec[32:])
		return int64(min(c, 1<<62)), nil
	}
	return 0, errors.New("no end of central directory")
}

// tar reads a tar stream member by member.
func (r *reader) tar(br *bufio.Reader, pl place) error {
	tr := tar.NewReader(br)
	for i := 0; ; i++ {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if isOurs(err) {
				return err
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = errTruncated
			}
			return &CorruptError{Format: "tar", Err: err}
		}
		if err := r.bud.member(); err != nil {
			return err
		}
		r.info.Members++
		if !hdr.FileInfo().Mode().IsRegular() || hdr.Size == 0 {
			continue
		}
		mpl := pl.member(hdr.Name)
		mpl.size = hdr.Size
		if err := r.memberDone(i, pl.depth+1, r.stream(tarMember{tr}, mpl)); err != nil {
			return err
		}
	}
}

// tarMember reads one tar member, naming truncation as tar corruption.
type tarMember struct{ tr *tar.Reader }

func (t tarMember) Read(p []byte) (int, error) {
	n, err := t.tr.Read(p)
	if err != nil && !errors.Is(err, io.EOF) && !isOurs(err) {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = errTruncated
		}
		err = &CorruptError{Format: "tar", Err: err}
	}
	return n, err
}

// cachedReaderAt serves small ranged reads from one cached block, so that
// archive/zip and Parquet footers do not turn into thousands of tiny GETs.
type cachedReaderAt struct {
	r    io.ReaderAt
	size int64
	buf  []byte
	off  int64
	n    int
}

const readAtBlock = 1 << 20

func newCachedReaderAt(r io.ReaderAt, size int64) *cachedReaderAt {
	return &cachedReaderAt{r: r, size: size}
}

func (c *cachedReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("formats: negative offset")
	}
	if len(p) >= readAtBlock {
		return c.r.ReadAt(p, off)
	}
	total := 0
	for len(p) > 0 {
		if off >= c.off && off < c.off+int64(c.n) {
			k := copy(p, c.buf[off-c.off:c.n])
			p, off, total = p[k:], off+int64(k), total+k
			continue
		}
		if off >= c.size {
			return total, io.EOF
		}
		if c.buf == nil {
			c.buf = make([]byte, readAtBlock)
		}
		want := int(min(int64(readAtBlock), c.size-off))
		n, err := c.r.ReadAt(c.buf[:want], off)
		c.off, c.n = off, n
		if n == 0 {
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF // shorter than listed
			}
			return total, err
		}
		if err != nil && !errors.Is(err, io.EOF) {
			c.n = 0
			return total, err
		}
	}
	return total, nil
}
