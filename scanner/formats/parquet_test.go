package formats

import (
	"bytes"
	"errors"
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
