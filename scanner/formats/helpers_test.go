package formats

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
)

// memObject is an in-memory Object.
type memObject struct {
	key  string
	data []byte
	// openErr / readAtErr simulate a failing source.
	openErr error
}

func (o *memObject) Key() string { return o.key }
func (o *memObject) Size() int64 { return int64(len(o.data)) }
func (o *memObject) Open(context.Context) (io.ReadCloser, error) {
	if o.openErr != nil {
		return nil, o.openErr
	}
	return io.NopCloser(bytes.NewReader(o.data)), nil
}
func (o *memObject) ReaderAt(context.Context) (io.ReaderAt, error) {
	return bytes.NewReader(o.data), nil
}

func obj(key string, data []byte) *memObject { return &memObject{key: key, data: data} }

// rec is a copy of a Record that outlives emit.
type rec struct {
	Path   string
	Field  string
	Row    int64
	Offset int64
	Text   string
	Lo, Hi int
	Column detectors.Kind
}

// reported is the text a record reports: Text[Lo:Hi].
func (r rec) reported() string { return r.Text[r.Lo:r.Hi] }

func (r rec) String() string {
	return fmt.Sprintf("{%q %q row=%d off=%d [%d,%d) %q %s}", r.Path, r.Field, r.Row, r.Offset, r.Lo, r.Hi, r.Text, r.Column)
}

// collect reads o and copies every record, checking the invariants every
// record must hold.
func collect(t testing.TB, o Object, lim Limits) ([]rec, Info, error) {
	t.Helper()
	var out []rec
	info, err := Read(context.Background(), o, lim, func(r *Record) error {
		if !utf8.ValidString(r.Text) {
			t.Fatalf("record text is not valid UTF-8: %q", r.Text)
		}
		if r.Lo < 0 || r.Lo > r.Hi || r.Hi > len(r.Text) {
			t.Fatalf("bad span [%d,%d) for text of %d bytes", r.Lo, r.Hi, len(r.Text))
		}
		out = append(out, rec{r.ContainerPath, r.Field, r.Row, r.Offset, strings.Clone(r.Text), r.Lo, r.Hi, r.Column})
		return nil
	})
	return out, info, err
}

// cells returns "field|row|text" for every structured record.
func cells(rs []rec) []string {
	var s []string
	for _, r := range rs {
		s = append(s, fmt.Sprintf("%s|%d|%s", r.Field, r.Row, r.Text))
	}
	return s
}

// freeText reassembles the reported regions of free-text records and
// checks that they tile the text: the first starts at 0 and each starts
// where the previous ended.
func freeText(t testing.TB, rs []rec) string {
	t.Helper()
	return freeTextFrom(t, rs, 0)
}

// freeTextFrom is freeText for text that starts at offset next.
func freeTextFrom(t testing.TB, rs []rec, next int64) string {
	t.Helper()
	var b strings.Builder
	for _, r := range rs {
		if r.Row != -1 {
			continue
		}
		if start := r.Offset + int64(r.Lo); start != next {
			t.Fatalf("report regions do not tile: region starts at %d, want %d", start, next)
		}
		b.WriteString(r.reported())
		next = r.Offset + int64(r.Hi)
	}
	return b.String()
}

func equalStrings(t testing.TB, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d items, want %d:\ngot  %q\nwant %q", len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("item %d: got %q, want %q\ngot  %q\nwant %q", i, got[i], want[i], got, want)
		}
	}
}

// smallLimits chunk text into small pieces so tests see boundaries.
func smallLimits(chunk, overlap int) Limits {
	l := DefaultLimits()
	l.ChunkSize, l.Overlap = chunk, overlap
	return l
}

// genReader generates n bytes from a repeating pattern without holding them.
type genReader struct {
	pattern []byte
	n, off  int64
}

func (g *genReader) Read(p []byte) (int, error) {
	if g.off >= g.n {
		return 0, io.EOF
	}
	if int64(len(p)) > g.n-g.off {
		p = p[:g.n-g.off]
	}
	k := 0
	for k < len(p) {
		i := int((g.off + int64(k)) % int64(len(g.pattern)))
		k += copy(p[k:], g.pattern[i:])
	}
	g.off += int64(k)
	return k, nil
}

// genObject is an Object whose content is generated on the fly.
type genObject struct {
	key     string
	pattern []byte
	n       int64
}

func (o *genObject) Key() string { return o.key }
func (o *genObject) Size() int64 { return o.n }
func (o *genObject) Open(context.Context) (io.ReadCloser, error) {
	return io.NopCloser(&genReader{pattern: o.pattern, n: o.n}), nil
}
func (o *genObject) ReaderAt(context.Context) (io.ReaderAt, error) {
	return nil, errors.New("genObject: no random access")
}

var errBoom = errors.New("connection reset")

// errAfterObject serves `after` bytes, then fails.
type errAfterObject struct {
	*memObject
	after int
}

func (o *errAfterObject) Open(context.Context) (io.ReadCloser, error) {
	return io.NopCloser(io.MultiReader(bytes.NewReader(o.data[:o.after]), iotest.ErrReader(errBoom))), nil
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
