package scanner_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/google/go-cmp/cmp"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// formatCase is one fixture: an object, and the phone finding and objects
// row it must produce.
type formatCase struct {
	key       string
	body      []byte
	container string
	field     string
	row       int64
	offset    int64
	kind      string // "" = phone
	e164      string // the normalised value (E.164 for phones)
	format    string // objects.format
	compr     string // objects.compression
	enc       string // objects.encoding
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestFormatsFromMinIO reads one fixture per format, compression, archive
// and encoding from MinIO and checks the exact phone finding (field, row,
// offset in the decoded text, value hash) and the objects row of each.
func TestFormatsFromMinIO(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	key := []byte("0123456789abcdef0123456789abcdef")

	krText := "안녕하세요, 배송 문의드립니다.\n오늘 받을 수 있을까요?\n고객 연락처: 010-2345-6789\n"
	krOff := int64(strings.Index(krText, "010"))
	jpText := "お世話になっております。\n配達の件でご連絡しました。\nお客様の電話: 090-2345-6789\n"
	jpOff := int64(strings.Index(jpText, "090"))
	twText := "您好，請問包裹何時送達？\n謝謝您的協助。\n客戶手機: 0912-345-678\n"
	twOff := int64(strings.Index(twText, "0912"))
	csv := "name,phone,memo\n김민준,010-2345-6789,문 앞\n"
	var pq bytes.Buffer
	if err := parquet.Write(&pq, []struct {
		Name  string `parquet:"name"`
		Phone string `parquet:"phone"`
	}{{"김민준", "010-1111-2222"}, {"이서연", "010-2345-6789"}}); err != nil {
		t.Fatal(err)
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	f, _ := zw.Create("exports/orders.csv")
	f.Write([]byte(csv))
	zw.Close()
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	tw.WriteHeader(&tar.Header{Name: "notes/memo.txt", Mode: 0o644, Size: int64(len(krText))})
	tw.Write([]byte(krText))
	tw.Close()
	enc, _ := zstd.NewWriter(nil)
	zst := enc.EncodeAll([]byte(krText), nil)
	bz2, err := os.ReadFile(filepath.Join("..", "testdata", "formats", "orders.csv.bz2"))
	if err != nil {
		t.Fatal(err)
	}
	xzText, err := os.ReadFile(filepath.Join("..", "testdata", "formats", "memo.txt.xz"))
	if err != nil {
		t.Fatal(err)
	}
	u16le := append([]byte{0xff, 0xfe}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), krText)...)
	u16be := append([]byte{0xfe, 0xff}, encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), krText)...)

	cases := []formatCase{
		{key: "text/memo.txt", body: []byte(krText), row: -1, offset: krOff, e164: "+821023456789", format: "text", enc: "utf-8"},
		{key: "csv/orders.csv", body: []byte(csv), field: "phone", row: 0, offset: 0, e164: "+821023456789", format: "csv", enc: "utf-8"},
		{key: "csv/orders.tsv", body: []byte(strings.ReplaceAll(csv, ",", "\t")), field: "phone", row: 0, offset: 0, e164: "+821023456789", format: "tsv", enc: "utf-8"},
		{key: "json/customer.json", body: []byte(`{"order":"A-1","customer":{"name":"김민준","phone":"010-2345-6789"}}`), field: "$.customer.phone", row: 0, offset: 0, e164: "+821023456789", format: "json", enc: "utf-8"},
		{key: "json/list.json", body: []byte(`[{"phone":"010-1111-2222"},{"phone":"010-2345-6789"}]`), field: "$[1].phone", row: 1, offset: 0, e164: "+821023456789", format: "json", enc: "utf-8"},
		{key: "json/events.ndjson", body: []byte("{\"e\":\"login\"}\n{\"e\":\"order\",\"contact\":{\"tel\":\"010-2345-6789\"}}\n"), field: "$.contact.tel", row: 1, offset: 0, e164: "+821023456789", format: "ndjson", enc: "utf-8"},
		{key: "lake/orders.parquet", body: pq.Bytes(), field: "phone", row: 1, offset: 0, e164: "+821023456789", format: "parquet"},
		{key: "gz/memo.txt.gz", body: gz([]byte(krText)), row: -1, offset: krOff, e164: "+821023456789", format: "text", compr: "gzip", enc: "utf-8"},
		{key: "zst/memo.txt.zst", body: zst, row: -1, offset: krOff, e164: "+821023456789", format: "text", compr: "zstd", enc: "utf-8"},
		{key: "bz2/orders.csv.bz2", body: bz2, field: "phone", row: 0, offset: 0, e164: "+821012345678", format: "csv", compr: "bzip2", enc: "utf-8"},
		{key: "xz/memo.txt.xz", body: xzText, row: -1, offset: int64(len("주소: ")), kind: "address", e164: "서울특별시 강남구 테헤란로 123", format: "text", compr: "xz", enc: "utf-8"},
		{key: "zip/backup.zip", body: zb.Bytes(), container: "exports/orders.csv", field: "phone", row: 0, offset: 0, e164: "+821023456789", format: "zip"},
		{key: "tar/notes.tar.gz", body: gz(tb.Bytes()), container: "notes/memo.txt", row: -1, offset: krOff, e164: "+821023456789", format: "tar", compr: "gzip"},
		{key: "enc/utf16le.txt", body: u16le, row: -1, offset: krOff, e164: "+821023456789", format: "text", enc: "utf-16le"},
		{key: "enc/utf16be.txt", body: u16be, row: -1, offset: krOff, e164: "+821023456789", format: "text", enc: "utf-16be"},
		{key: "enc/euckr.txt", body: encode(t, korean.EUCKR, krText), row: -1, offset: krOff, e164: "+821023456789", format: "text", enc: "euc-kr"},
		{key: "enc/sjis.txt", body: encode(t, japanese.ShiftJIS, jpText), row: -1, offset: jpOff, e164: "+819023456789", format: "text", enc: "shift_jis"},
		{key: "enc/big5.txt", body: encode(t, traditionalchinese.Big5, twText), row: -1, offset: twOff, e164: "+886912345678", format: "text", enc: "big5"},
	}
	for _, tc := range cases {
		s3test.Put(t, c, bucket, tc.key, tc.body)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := scanner.Scan(context.Background(), s3Config(o, bucket, out)); err != nil {
		t.Fatal(err)
	}
	fs, objs := readDataset(t, out)
	type got struct {
		Container, Field string
		Row, Offset      int64
		Hash             string
	}
	phonesBy := map[string][]got{}
	for _, f := range fs {
		phonesBy[f.Key+"|"+f.Kind] = append(phonesBy[f.Key+"|"+f.Kind], got{f.ContainerPath, f.Field, f.Row, f.Offset, f.ValueHash})
	}
	objBy := map[string][3]string{}
	for _, ob := range objs {
		objBy[ob.Key] = [3]string{ob.Format, ob.Compression, ob.Encoding}
		if ob.Status != "scanned" {
			t.Errorf("%s: status %s (%s)", ob.Key, ob.Status, ob.Reason)
		}
	}
	for _, tc := range cases {
		t.Run(tc.key, func(t *testing.T) {
			kind := tc.kind
			if kind == "" {
				kind = "phone"
			}
			ps := phonesBy[tc.key+"|"+kind]
			sort.Slice(ps, func(i, j int) bool { return ps[i].Row > ps[j].Row })
			want := got{tc.container, tc.field, tc.row, tc.offset, hmac16(key, tc.e164)}
			found := false
			for _, p := range ps {
				if p == want {
					found = true
				}
			}
			if !found {
				t.Errorf("%s finding %+v not among %+v", kind, want, ps)
			}
			o := objBy[tc.key]
			if o[0] != tc.format || o[1] != tc.compr || (tc.enc != "" && o[2] != tc.enc) {
				t.Errorf("objects row format/compression/encoding = %q, want %q/%q/%q", o, tc.format, tc.compr, tc.enc)
			}
		})
	}
	if diff := cmp.Diff(len(cases), len(objs)); diff != "" {
		t.Errorf("object rows: %s", diff)
	}
}
