package formats

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/parquet-go/parquet-go"
)

type pqAddress struct {
	Line string `parquet:"line"`
}

type pqPerson struct {
	Name    string    `parquet:"name"`
	Phone   *string   `parquet:"phone,optional"`
	Mobile  int64     `parquet:"mobile"`
	Age     int32     `parquet:"age"`
	Address pqAddress `parquet:"address"`
	Tags    []string  `parquet:"tags,list"`
	Photo   []byte    `parquet:"photo"`
}

func parquetOf(t testing.TB, rows []pqPerson, opts ...parquet.WriterOption) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := parquet.NewGenericWriter[pqPerson](&buf, opts...)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParquetRecords(t *testing.T) {
	p := "010-1234-5678"
	rows := []pqPerson{
		{Name: "김민준", Phone: &p, Mobile: 821012345678, Age: 30, Address: pqAddress{"서울특별시 강남구"}, Tags: []string{"vip", "kr"}},
		{Name: "山田太郎", Mobile: 819012345678, Age: 41, Address: pqAddress{"東京都千代田区"}, Photo: []byte("\xff\xd8 bad utf8")},
		{Name: "陳大文", Phone: &p, Address: pqAddress{"臺北市"}, Tags: []string{"tw"}},
	}
	data := parquetOf(t, rows, parquet.MaxRowsPerRowGroup(2))
	rs, info, err := collect(t, obj("people.parquet", data), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if info.Format != "parquet" {
		t.Fatalf("info %+v", info)
	}
	// Column by column within each row group; rows count across groups.
	equalStrings(t, cells(rs), []string{
		"name|0|김민준", "name|1|山田太郎",
		"phone|0|010-1234-5678",
		"mobile|0|821012345678", "mobile|1|819012345678",
		"address.line|0|서울특별시 강남구", "address.line|1|東京都千代田区",
		"tags.list.element|0|vip", "tags.list.element|0|kr",
		"photo|1|\uFFFD\uFFFD bad utf8",
		"name|2|陳大文", "phone|2|010-1234-5678", "mobile|2|0", "address.line|2|臺北市", "tags.list.element|2|tw",
	})
	kinds := map[string]detectors.Kind{}
	for _, r := range rs {
		kinds[r.Field] = r.Column
	}
	if kinds["name"] != detectors.KindName || kinds["mobile"] != detectors.KindPhone || kinds["address.line"] != detectors.FieldKind("address.line") {
		t.Fatalf("column kinds %v", kinds)
	}
}

func TestParquetInsideArchive(t *testing.T) {
	data := parquetOf(t, []pqPerson{{Name: "김민준"}})
	rs, _, err := collect(t, obj("dump.tar.gz", gz(t, tarOf(t, member{name: "part-0.parquet", data: data}))), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	equalStrings(t, withPaths(rs), []string{"part-0.parquet|name|0|김민준", "part-0.parquet|mobile|0|0"})
}

func TestCorruptParquet(t *testing.T) {
	good := parquetOf(t, []pqPerson{{Name: "김민준"}, {Name: "이서연"}})
	for name, data := range map[string][]byte{
		"truncated":      good[:len(good)-20],
		"footer too big": append(append([]byte{}, good[:len(good)-8]...), 0xff, 0xff, 0xff, 0x7f, 'P', 'A', 'R', '1'),
		"garbage footer": append(append([]byte("PAR1"), bytes.Repeat([]byte{0x19}, 200)...), 100, 0, 0, 0, 'P', 'A', 'R', '1'),
		"just magic":     []byte("PAR1"),
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := collect(t, obj("c.parquet", data), DefaultLimits())
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.Format != "parquet" {
				t.Fatalf("err = %v", err)
			}
		})
	}
	t.Run("damaged pages", func(t *testing.T) {
		for i := 4; i < len(good)-8; i += 7 {
			bad := append([]byte{}, good...)
			bad[i] ^= 0x5a
			// Must not panic or hang; an error or fewer records is fine.
			collect(t, obj("d.parquet", bad), DefaultLimits())
		}
	})
}

// Footers whose lengths would make the Thrift decoder allocate without
// bound are refused before it runs.
func TestParquetHostileFooter(t *testing.T) {
	// FileMetaData{version: 1, schema: list<struct> of 2^31-1 elements}.
	meta := []byte{0x15, 0x02, 0x19, 0xfc, 0xff, 0xff, 0xff, 0xff, 0x07, 0x00}
	data := append([]byte("PAR1"), meta...)
	data = append(data, byte(len(meta)), 0, 0, 0, 'P', 'A', 'R', '1')
	_, _, err := collect(t, obj("h.parquet", data), DefaultLimits())
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "metadata length out of range") {
		t.Fatalf("err = %v", err)
	}
	if err := checkThrift(meta); err == nil {
		t.Fatal("checkThrift accepted a 2^31 list in 10 bytes")
	}
	good := parquetOf(t, []pqPerson{{Name: "x"}})
	n := int(good[len(good)-8]) | int(good[len(good)-7])<<8
	if err := checkThrift(good[len(good)-8-n : len(good)-8]); err != nil {
		t.Fatalf("checkThrift rejects a real footer: %v", err)
	}
}

// pageHeader encodes a minimal Thrift page header with the given sizes.
func pageHeader(uncomp, comp int64) []byte {
	zz := func(v int64) []byte {
		u := uint64(v<<1) ^ uint64(v>>63)
		var b []byte
		for u >= 0x80 {
			b = append(b, byte(u)|0x80)
			u >>= 7
		}
		return append(b, byte(u))
	}
	b := []byte{0x15, 0x00, 0x15}
	b = append(b, zz(uncomp)...)
	b = append(b, 0x15)
	b = append(b, zz(comp)...)
	return append(b, 0x00)
}

func TestPageGuard(t *testing.T) {
	good := append(pageHeader(5, 5), "hello"...)
	bad := pageHeader(5, 1<<31-1)
	stream := append(append(append([]byte{}, good...), good...), bad...)
	stream = append(stream, bytes.Repeat([]byte("x"), 100)...)
	for _, step := range []int{1, 3, 1000} {
		g := newPageGuard(bytes.NewReader(stream))
		g.watch(0, int64(len(stream)))
		var got []byte
		var err error
		for off := 0; err == nil && off < len(stream); {
			p := make([]byte, step)
			var n int
			n, err = g.ReadAt(p, int64(off))
			got = append(got, p[:n]...)
			off += n
		}
		if want := stream[:min(len(got), len(stream))]; !errors.Is(err, ErrCorrupt) || !bytes.Equal(got, want) || len(got) >= 2*len(good)+len(bad) {
			t.Fatalf("step %d: err %v, delivered %d bytes; the bad header (from %d) must never arrive whole", step, err, len(got), 2*len(good))
		}
	}
	// A chunk of good pages passes untouched.
	g := newPageGuard(bytes.NewReader(good))
	g.watch(0, int64(len(good)))
	p := make([]byte, len(good))
	if n, err := g.ReadAt(p, 0); n != len(good) || err != nil {
		t.Fatalf("good page: %d %v", n, err)
	}
}
