package formats

import (
	"compress/bzip2"
	"errors"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

// Decoder memory bounds: a stream that needs a larger window or dictionary
// is refused with a *LimitError rather than allocated.
const (
	maxZstdWindow = 128 << 20 // zstd --long=27 and --ultra levels stay under it
	maxXzDict     = 64 << 20  // xz -9 and -e use 64 MiB
)

// decompressor returns a reader of the decompressed data of src for the
// compression k found at layer level. Decoders are kept per layer and reset,
// so an archive of many compressed members allocates them once.
func (r *reader) decompressor(k kind, level int, src io.Reader, head []byte) (io.Reader, error) {
	switch k {
	case kindGzip:
		for len(r.gzs) <= level {
			r.gzs = append(r.gzs, nil)
		}
		var err error
		if r.gzs[level] == nil {
			r.gzs[level], err = gzip.NewReader(src)
		} else {
			err = r.gzs[level].Reset(src)
		}
		if err != nil {
			return nil, decoderInitError("gzip", err)
		}
		r.gzs[level].Multistream(true)
		return r.gzs[level], nil
	case kindZstd:
		for len(r.zds) <= level {
			r.zds = append(r.zds, nil)
		}
		var err error
		if r.zds[level] == nil {
			r.zds[level], err = zstd.NewReader(src,
				zstd.WithDecoderConcurrency(1),
				zstd.WithDecoderLowmem(true),
				zstd.WithDecoderMaxWindow(maxZstdWindow))
		} else {
			err = r.zds[level].Reset(src)
		}
		if err != nil {
			return nil, decoderInitError("zstd", err)
		}
		return zstdErrors{r.zds[level]}, nil
	case kindBzip2:
		return bzip2.NewReader(src), nil
	case kindXz:
		if d := xzDictSize(head); d > maxXzDict {
			return nil, &LimitError{Limit: LimitWindow, Value: d, Max: maxXzDict}
		}
		x, err := xz.NewReader(src)
		if err != nil {
			return nil, decoderInitError("xz", err)
		}
		return x, nil
	}
	return nil, errors.New("formats: no decompressor")
}

func decoderInitError(format string, err error) error {
	if isOurs(err) {
		return err
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		err = errTruncated
	}
	return &CorruptError{Format: format, Err: err}
}

// zstdErrors turns zstd's window refusal into a *LimitError.
type zstdErrors struct{ d *zstd.Decoder }

func (z zstdErrors) Read(p []byte) (int, error) {
	n, err := z.d.Read(p)
	if err != nil && errors.Is(err, zstd.ErrWindowSizeExceeded) {
		err = &LimitError{Limit: LimitWindow, Value: -1, Max: maxZstdWindow}
	}
	return n, err
}

// xzDictSize reads the LZMA2 dictionary size from the first block header
// of an xz stream (0 when it cannot tell), so a stream asking for a huge
// dictionary is refused before the decoder allocates it.
func xzDictSize(h []byte) int64 {
	const streamHeader = 12
	if len(h) < streamHeader+2 || h[streamHeader] == 0 {
		return 0
	}
	size := (int(h[streamHeader]) + 1) * 4
	if len(h) < streamHeader+size {
		return 0
	}
	b := h[streamHeader+1 : streamHeader+size]
	flags := b[0]
	b = b[1:]
	varint := func() (uint64, bool) {
		var v uint64
		for i := 0; i < 9 && i < len(b); i++ {
			v |= uint64(b[i]&0x7f) << (7 * i)
			if b[i]&0x80 == 0 {
				b = b[i+1:]
				return v, true
			}
		}
		return 0, false
	}
	if flags&0x40 != 0 {
		if _, ok := varint(); !ok {
			return 0
		}
	}
	if flags&0x80 != 0 {
		if _, ok := varint(); !ok {
			return 0
		}
	}
	for f := 0; f <= int(flags&3); f++ {
		id, ok1 := varint()
		n, ok2 := varint()
		if !ok1 || !ok2 || uint64(len(b)) < n {
			return 0
		}
		if id == 0x21 && n == 1 {
			c := b[0]
			if c > 40 {
				return 1 << 40 // invalid: refuse
			}
			if c == 40 {
				return 1<<32 - 1
			}
			return int64(2|c&1) << (c/2 + 11)
		}
		b = b[n:]
	}
	return 0
}
