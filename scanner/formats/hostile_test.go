package formats

import (
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestEmptyAndSkippedObjects(t *testing.T) {
	for _, tc := range []struct {
		name, key string
		data      []byte
		format    string
		skipped   string // SkipReason, "" = not skipped
	}{
		{"zero bytes", "empty.csv", nil, "empty", ""},
		{"empty gzip", "e.gz", gz(t, nil), "empty", ""},
		{"png", "photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary", "png image"},
		{"elf", "bin/tool", append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 100)...), "binary", "elf executable"},
		{"pdf", "scan.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "binary", "pdf document (not supported)"},
		{"nul heavy", "data.bin", bytes.Repeat([]byte{0, 1, 2, 0, 0, 3}, 1000), "binary", "binary data (NUL bytes)"},
		{"random", "noise", randomBytes(10000), "binary", "binary data (control bytes)"},
		{"random high bytes", "noise2", highBytes(10000), "binary", "binary data (undecodable text)"},
		{"gzipped jpeg", "p.jpg.gz", gz(t, []byte("\xff\xd8\xff\xe0\x00\x10JFIF")), "binary", "jpeg image"},
		{"text starting like BM", "bm.txt", []byte("BMW owners: 010-1234-5678\n"), "text", ""},
		{"text starting like MZ", "mz.txt", []byte("MZ generation survey\n"), "text", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, info, err := collect(t, obj(tc.key, tc.data), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if info.Format != tc.format || info.Skipped != (tc.skipped != "") || info.SkipReason != tc.skipped {
				t.Fatalf("info %+v", info)
			}
			if tc.skipped != "" && len(rs) != 0 {
				t.Fatalf("skipped object emitted %d records", len(rs))
			}
		})
	}
}

func TestMaxObjectSize(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxObjectSize = 10
	o := &memObject{key: "big.txt", data: []byte("01234567890123"), openErr: errors.New("must not open")}
	_, info, err := collect(t, o, lim)
	if err != nil || !info.Skipped || info.SkipReason == "" {
		t.Fatalf("info %+v err %v", info, err)
	}
}

func TestEmitErrorReturnedAsIs(t *testing.T) {
	stop := errors.New("stop")
	for name, data := range map[string][]byte{
		"text": bytes.Repeat([]byte("x"), 1000),
		"csv":  []byte("a,b\n1,2\n3,4\n5,6\n"),
		"json": []byte(`{"a":"1","b":"2"}`),
		"zip":  zipOf(t, member{name: "a.txt", data: []byte("hello")}, member{name: "b.txt", data: []byte("world")}),
	} {
		n := 0
		_, err := Read(context.Background(), obj("o."+name, data), smallLimits(100, 10), func(*Record) error {
			n++
			return stop
		})
		if err != stop || n != 1 {
			t.Fatalf("%s: err %v after %d records, want stop after 1", name, err, n)
		}
	}
}

func TestOpenErrorAndCancel(t *testing.T) {
	_, _, err := collect(t, &memObject{key: "k", data: []byte("x"), openErr: errBoom}, DefaultLimits())
	var re *ReadError
	if !errors.As(err, &re) || !errors.Is(err, errBoom) {
		t.Fatalf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Read(ctx, obj("k.txt", []byte("hello")), DefaultLimits(), func(*Record) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// Error messages never quote object content.
func TestErrorsHoldNoContent(t *testing.T) {
	secret := "김민준010-9999-8888"
	cases := map[string][]byte{
		"j.json":  []byte(`{"a":"` + secret + `", oops` + secret + `}`),
		"n.jsonl": []byte(`{"a":1}` + "\n" + `{"a": ` + secret + "}\n"),
		"c.csv":   []byte("a,b\n\"" + secret),
		"g.gz":    gz(t, []byte(secret+strings.Repeat(secret, 1000)))[:60],
		"z.zip":   append([]byte("PK\x03\x04"), secret...),
		"p.tar":   tarOf(t, member{name: "x.txt", data: []byte(secret + strings.Repeat("y", 2000))})[:700],
	}
	for name, data := range cases {
		_, _, err := collect(t, obj(name, data), DefaultLimits())
		if err == nil {
			t.Fatalf("%s: no error", name)
		}
		if strings.Contains(err.Error(), "김민준") || strings.Contains(err.Error(), "9999") {
			t.Fatalf("%s: error quotes content: %v", name, err)
		}
	}
}

// A single line of 1 GiB streams with bounded memory: the Go heap stays
// far below the object size. The same for a 1 GiB CSV cell and a 1 GiB
// JSON array.
func TestLargeObjectsBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 3 GiB")
	}
	for _, tc := range []struct {
		name string
		o    Object
	}{
		{"single line text", &genObject{key: "one-line.log", pattern: []byte("김민준 010-1234-5678 서울특별시 강남구 테헤란로 123 "), n: 1 << 30}},
		{"csv cell", &prefixedObject{key: "memo.csv", prefix: "name,memo\nkim,\"", pattern: "서울특별시 강남구 \"\"테헤란로\"\" 123\n", suffix: "\"\n", n: 1 << 30}},
		{"json array", &prefixedObject{key: "big.json", prefix: "[", pattern: `{"name":"김민준","phone":"010-1234-5678","addr":{"line":"서울 강남구"}},`, suffix: `{}]`, n: 1 << 30}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runtime.GC()
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() { // sample the heap every 5 ms while reading
				defer close(done)
				var ms runtime.MemStats
				tick := time.NewTicker(5 * time.Millisecond)
				defer tick.Stop()
				for {
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > peak.Load() {
						peak.Store(ms.HeapInuse)
					}
					select {
					case <-stop:
						return
					case <-tick.C:
					}
				}
			}()
			n := 0
			info, err := Read(context.Background(), tc.o, DefaultLimits(), func(r *Record) error {
				n++
				return nil
			})
			close(stop)
			<-done
			if err != nil {
				t.Fatal(err)
			}
			if info.BytesScanned < 1<<28 {
				t.Fatalf("scanned only %d bytes", info.BytesScanned)
			}
			t.Logf("%d records, %d bytes scanned, peak heap in use %d MiB", n, info.BytesScanned, peak.Load()>>20)
			if peak.Load() > 200<<20 {
				t.Fatalf("heap in use peaked at %d MiB", peak.Load()>>20)
			}
		})
	}
}

// prefixedObject generates prefix + pattern repeated up to n bytes + suffix.
type prefixedObject struct {
	key, prefix, pattern, suffix string
	n                            int64
}

func (o *prefixedObject) Key() string { return o.key }
func (o *prefixedObject) Size() int64 {
	return int64(len(o.prefix)) + o.n/int64(len(o.pattern))*int64(len(o.pattern)) + int64(len(o.suffix))
}
func (o *prefixedObject) Open(context.Context) (io.ReadCloser, error) {
	body := o.n / int64(len(o.pattern)) * int64(len(o.pattern))
	return io.NopCloser(io.MultiReader(strings.NewReader(o.prefix),
		&genReader{pattern: []byte(o.pattern), n: body}, strings.NewReader(o.suffix))), nil
}
func (o *prefixedObject) ReaderAt(context.Context) (io.ReaderAt, error) {
	return nil, errors.New("no random access")
}

// highBytes is random data without ASCII (so not caught as control bytes).
func highBytes(n int) []byte {
	b := randomBytes(n)
	for i := range b {
		b[i] |= 0x80
	}
	return b
}
