package formats

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

const ordersCSV = "name,phone\n김민준,010-1234-5678\n"

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zst(t testing.TB, b []byte) []byte {
	t.Helper()
	e, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	return e.EncodeAll(b, nil)
}

func xzc(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := xz.NewWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type member struct {
	name  string
	data  []byte
	store bool
}

func zipOf(t testing.TB, ms ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, m := range ms {
		h := &zip.FileHeader{Name: m.name, Method: zip.Deflate}
		if m.store {
			h.Method = zip.Store
		}
		f, err := w.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(m.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func tarOf(t testing.TB, ms ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	for _, m := range ms {
		if err := w.WriteHeader(&tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		w.Write(m.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/formats/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withPaths returns "path|field|row|text" per record.
func withPaths(rs []rec) []string {
	var s []string
	for _, r := range rs {
		s = append(s, r.Path+"|"+cells([]rec{r})[0])
	}
	return s
}

func TestCompressedObjects(t *testing.T) {
	csvCells := []string{"|-1|name", "|-1|phone", "name|0|김민준", "phone|0|010-1234-5678"}
	for _, tc := range []struct {
		name, key, compression string
		data                   func(t *testing.T) []byte
	}{
		{"gzip", "orders.csv.gz", "gzip", func(t *testing.T) []byte { return gz(t, []byte(ordersCSV)) }},
		{"multistream gzip", "orders.csv.gz", "gzip", func(t *testing.T) []byte {
			return append(gz(t, []byte(ordersCSV[:11])), gz(t, []byte(ordersCSV[11:]))...)
		}},
		{"zstd", "orders.csv.zst", "zstd", func(t *testing.T) []byte { return zst(t, []byte(ordersCSV)) }},
		{"xz", "orders.csv.xz", "xz", func(t *testing.T) []byte { return xzc(t, []byte(ordersCSV)) }},
		{"bzip2", "orders.csv.bz2", "bzip2", func(t *testing.T) []byte { return fixture(t, "orders.csv.bz2") }},
		{"gzip of zstd", "orders.csv.zst.gz", "gzip+zstd", func(t *testing.T) []byte { return gz(t, zst(t, []byte(ordersCSV))) }},
		{"misnamed", "orders.txt", "gzip", func(t *testing.T) []byte { return gz(t, []byte(ordersCSV)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, info, err := collect(t, obj(tc.key, tc.data(t)), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if info.Format != "csv" || info.Compression != tc.compression {
				t.Fatalf("info %+v", info)
			}
			equalStrings(t, cells(rs), csvCells)
		})
	}
}

func TestXzNineFixture(t *testing.T) {
	rs, info, err := collect(t, obj("memo.txt.xz", fixture(t, "memo.txt.xz")), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if info.Compression != "xz" || freeText(t, rs) != "주소: 서울특별시 강남구 테헤란로 123\n" {
		t.Fatalf("info %+v records %v", info, rs)
	}
}

func TestZipAndTarMembers(t *testing.T) {
	inner := zipOf(t,
		member{name: "orders.csv.gz", data: gz(t, []byte(ordersCSV))},
		member{name: "notes/readme.txt", data: []byte("call 010-9999-8888"), store: true},
		member{name: "logo.png", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
	)
	backup := tarOf(t,
		member{name: "backup.zip", data: inner},
		member{name: "users.jsonl", data: []byte("{\"phone\":\"010-1\"}\n")},
	)
	want := []string{
		"backup.zip/orders.csv.gz||-1|name", "backup.zip/orders.csv.gz||-1|phone",
		"backup.zip/orders.csv.gz|name|0|김민준", "backup.zip/orders.csv.gz|phone|0|010-1234-5678",
		"backup.zip/notes/readme.txt||-1|call 010-9999-8888",
		"users.jsonl|$.phone|0|010-1",
	}
	t.Run("zip top level", func(t *testing.T) {
		rs, info, err := collect(t, obj("x/archive.zip", zipOf(t, member{name: "backup.zip", data: inner, store: true},
			member{name: "users.jsonl", data: []byte("{\"phone\":\"010-1\"}\n")})), DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if info.Format != "zip" || info.Members != 5 || info.SkippedMembers != 1 {
			t.Fatalf("info %+v", info)
		}
		equalStrings(t, withPaths(rs), want)
	})
	t.Run("tar.gz", func(t *testing.T) {
		rs, info, err := collect(t, obj("x/backup.tgz", gz(t, backup)), DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if info.Format != "tar" || info.Compression != "gzip" || info.Members != 5 {
			t.Fatalf("info %+v", info)
		}
		equalStrings(t, withPaths(rs), want)
	})
	t.Run("nested zip not spooled", func(t *testing.T) {
		lim := DefaultLimits()
		lim.MaxSpoolBytes = -1
		rs, _, err := collect(t, obj("b.tar", backup), lim)
		var me *MemberError
		if !errors.As(err, &me) || !errors.Is(err, ErrLimit) || me.Index != 0 || me.Depth != 1 {
			t.Fatalf("err = %v, want a member spool *LimitError", err)
		}
		equalStrings(t, withPaths(rs), want[5:]) // the other member is still scanned
	})
}

func TestArchiveLimits(t *testing.T) {
	t.Run("expansion ratio bomb", func(t *testing.T) {
		bomb := gz(t, bytes.Repeat([]byte("a"), 64<<20)) // zeros would be skipped as binary
		rs, _, err := collect(t, obj("zeros.gz", bomb), DefaultLimits())
		var le *LimitError
		if !errors.Is(err, ErrBomb) || !errors.As(err, &le) || le.Limit != LimitExpansion {
			t.Fatalf("err = %v", err)
		}
		if le.Value > 20<<20 {
			t.Fatalf("stopped after %d bytes; want early (slack 16 MiB)", le.Value)
		}
		_ = rs
	})
	t.Run("zip bomb", func(t *testing.T) {
		z := zipOf(t, member{name: "a.txt", data: []byte("010-1234-5678 ")}, member{name: "big.txt", data: bytes.Repeat([]byte("a"), 64<<20)})
		rs, _, err := collect(t, obj("bomb.zip", z), DefaultLimits())
		if !errors.Is(err, ErrBomb) {
			t.Fatalf("err = %v", err)
		}
		if len(rs) == 0 || rs[0].Path != "a.txt" {
			t.Fatalf("member before the bomb not scanned: %v", rs)
		}
		lim := DefaultLimits()
		lim.MaxExpandedBytes = 1 << 20
		_, _, err = collect(t, obj("bomb.zip", z), lim)
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitExpandedBytes || le.Value < 64<<20 {
			t.Fatalf("declared size not checked before inflating: %v", err)
		}
	})
	t.Run("expanded bytes", func(t *testing.T) {
		lim := DefaultLimits()
		lim.MaxExpandedBytes = 1 << 20
		data := gz(t, bytes.Repeat([]byte("some log line 010-1234-5678\n"), 100000))
		rs, _, err := collect(t, obj("big.log.gz", data), lim)
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitExpandedBytes || !errors.Is(err, ErrBomb) {
			t.Fatalf("err = %v", err)
		}
		if len(rs) == 0 {
			t.Fatal("the prefix within the limit was not scanned")
		}
		if !strings.Contains(err.Error(), "expanded bytes limit exceeded") {
			t.Fatalf("message %q", err)
		}
	})
	t.Run("members", func(t *testing.T) {
		var ms []member
		for range 20 {
			ms = append(ms, member{name: "a.txt", data: []byte("x")})
		}
		lim := DefaultLimits()
		lim.MaxMembers = 5
		for name, data := range map[string][]byte{"m.zip": zipOf(t, ms...), "m.tar": tarOf(t, ms...)} {
			_, _, err := collect(t, obj(name, data), lim)
			var le *LimitError
			if !errors.As(err, &le) || le.Limit != LimitMembers || !errors.Is(err, ErrBomb) {
				t.Fatalf("%s: err = %v", name, err)
			}
		}
	})
	t.Run("depth", func(t *testing.T) {
		data := []byte("deep 010-1234-5678")
		for range 5 {
			data = gz(t, data)
		}
		_, _, err := collect(t, obj("d.gz", data), DefaultLimits())
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitDepth {
			t.Fatalf("err = %v", err)
		}
		rs, _, err := collect(t, obj("d.gz", data), Limits{MaxArchiveDepth: 5})
		if err != nil || freeText(t, rs) != "deep 010-1234-5678" {
			t.Fatalf("depth 5 allowed: err %v records %v", err, rs)
		}
	})
}

func TestCorruptArchives(t *testing.T) {
	text := []byte(strings.Repeat("주문자 김민준 010-1234-5678 서울특별시\n", 5000))
	t.Run("truncated gzip keeps prefix", func(t *testing.T) {
		full := gz(t, text)
		rs, info, err := collect(t, obj("t.log.gz", full[:len(full)/2]), DefaultLimits())
		var ce *CorruptError
		if !errors.As(err, &ce) || ce.Format != "gzip" || !errors.Is(err, ErrCorrupt) {
			t.Fatalf("err = %v", err)
		}
		got := freeText(t, rs)
		if len(got) < len(text)/4 || !bytes.HasPrefix(text, []byte(got)) {
			t.Fatalf("scanned %d bytes of the readable prefix", len(got))
		}
		if info.Format != "text" || info.Compression != "gzip" {
			t.Fatalf("info %+v", info)
		}
		if !strings.HasPrefix(err.Error(), "formats: gzip stream corrupt after ") {
			t.Fatalf("message %q", err)
		}
	})
	t.Run("corrupt zip", func(t *testing.T) {
		z := zipOf(t, member{name: "a.txt", data: text})
		z = z[:len(z)-10]
		_, _, err := collect(t, obj("c.zip", z), DefaultLimits())
		var ce *CorruptError
		if !errors.As(err, &ce) || ce.Format != "zip" {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("bad member crc, others scanned", func(t *testing.T) {
		z := zipOf(t, member{name: "a.txt", data: []byte("first 010-1111-2222"), store: true},
			member{name: "b.txt", data: []byte("second 010-3333-4444"), store: true})
		i := bytes.Index(z, []byte("first"))
		z[i] = 'F'
		rs, _, err := collect(t, obj("crc.zip", z), DefaultLimits())
		var me *MemberError
		if !errors.As(err, &me) || me.Index != 0 || !errors.Is(err, ErrCorrupt) {
			t.Fatalf("err = %v", err)
		}
		if last := rs[len(rs)-1]; last.Path != "b.txt" || last.Text != "second 010-3333-4444" {
			t.Fatalf("records %v", rs)
		}
	})
	t.Run("encrypted member", func(t *testing.T) {
		z := zipOf(t, member{name: "s.txt", data: []byte("secret"), store: true})
		// Set the encryption flag in the local and central headers.
		for _, sig := range []string{"PK\x03\x04", "PK\x01\x02"} {
			i := bytes.Index(z, []byte(sig))
			off := 6
			if sig == "PK\x01\x02" {
				off = 8
			}
			z[i+off] |= 1
		}
		_, _, err := collect(t, obj("e.zip", z), DefaultLimits())
		if !errors.Is(err, ErrUnsupported) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("truncated tar", func(t *testing.T) {
		tr := tarOf(t, member{name: "a.txt", data: text})
		rs, _, err := collect(t, obj("t.tar", tr[:len(tr)/2]), DefaultLimits())
		if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("err = %v", err)
		}
		if len(rs) == 0 {
			t.Fatal("prefix of the member not scanned")
		}
	})
	t.Run("garbage after gzip", func(t *testing.T) {
		data := append(gz(t, []byte("ok 010-1234-5678")), "garbage!"...)
		rs, _, err := collect(t, obj("g.gz", data), DefaultLimits())
		if !errors.Is(err, ErrCorrupt) || freeText(t, rs) != "ok 010-1234-5678" {
			t.Fatalf("err = %v records %v", err, rs)
		}
	})
}

func TestZipEntryCount(t *testing.T) {
	z := zipOf(t, member{name: "a", data: []byte("1")}, member{name: "b", data: []byte("2")}, member{name: "c", data: nil})
	n, err := zipEntryCount(bytes.NewReader(z), int64(len(z)))
	if err != nil || n != 3 {
		t.Fatalf("n = %d err = %v", n, err)
	}
	if _, err := zipEntryCount(bytes.NewReader([]byte("PK\x03\x04 not a zip")), 17); err == nil {
		t.Fatal("no error for a zip without a directory")
	}
}
