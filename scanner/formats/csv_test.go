package formats

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

func TestCSVRecords(t *testing.T) {
	data := "name,phone,address\n" +
		"김민준,010-1234-5678,\"서울특별시 강남구\n테헤란로 123\"\n" +
		"\"Lee, \"\"JJ\"\"\",010-2222-3333,부산\n"
	rs, info, err := collect(t, obj("customers.csv", []byte(data)), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if info.Format != "csv" || info.Encoding != "utf-8" {
		t.Fatalf("info %+v", info)
	}
	equalStrings(t, cells(rs), []string{
		"|-1|name", "|-1|phone", "|-1|address",
		"name|0|김민준", "phone|0|010-1234-5678", "address|0|서울특별시 강남구\n테헤란로 123",
		`name|1|Lee, "JJ"`, "phone|1|010-2222-3333", "address|1|부산",
	})
	// Header cells are free text at their offsets; data cells start at 0.
	for i, off := range []int64{0, 5, 11} {
		if rs[i].Offset != off {
			t.Fatalf("header cell %d at %d, want %d", i, rs[i].Offset, off)
		}
	}
	for _, r := range rs[3:] {
		if r.Offset != 0 || r.Lo != 0 || r.Hi != len(r.Text) {
			t.Fatalf("cell record %v: want Offset 0, [0,len)", r)
		}
	}
	kinds := []detectors.Kind{rs[3].Column, rs[4].Column, rs[5].Column}
	if fmt.Sprint(kinds) != fmt.Sprint([]detectors.Kind{detectors.KindName, detectors.KindPhone, detectors.KindAddress}) {
		t.Fatalf("columns %v", kinds)
	}
}

func TestCSVVariants(t *testing.T) {
	for _, tc := range []struct {
		name, key, data, format string
		want                    []string
	}{
		{"crlf", "a.csv", "id,tel\r\n1,010-1111-2222\r\n2,010-3333-4444\r\n", "csv",
			[]string{"|-1|id", "|-1|tel", "id|0|1", "tel|0|010-1111-2222", "id|1|2", "tel|1|010-3333-4444"}},
		{"tsv without header", "dump.tsv", "김민준\t010-1234-5678\t서울\n이서연\t010-2345-6789\t부산\n", "tsv",
			[]string{"#1|0|김민준", "#2|0|010-1234-5678", "#3|0|서울", "#1|1|이서연", "#2|1|010-2345-6789", "#3|1|부산"}},
		{"sniffed without name hint", "export", "a;b;c\n1;2;3\n4;5;6\n7;8;9\n", "csv",
			[]string{"|-1|a", "|-1|b", "|-1|c", "a|0|1", "b|0|2", "c|0|3", "a|1|4", "b|1|5", "c|1|6", "a|2|7", "b|2|8", "c|2|9"}},
		{"ragged and blank lines", "r.csv", "x,y\n1,2,3\n\n4\n", "csv",
			[]string{"|-1|x", "|-1|y", "x|0|1", "y|0|2", "#3|0|3", "x|1|4"}},
		{"empty cells skipped", "e.csv", "phone,name\n,kim\n010-1,\n", "csv",
			[]string{"|-1|phone", "|-1|name", "name|0|kim", "phone|1|010-1"}},
		{"lenient quotes", "q.csv", "a,b\n\"x\"y,z\"w\n", "csv",
			[]string{"|-1|a", "|-1|b", "a|0|xy", "b|0|z\"w"}},
		{"no trailing newline", "n.csv", "phone\n010-1234-5678", "csv",
			[]string{"|-1|phone", "phone|0|010-1234-5678"}},
		{"lone cr is content", "c.csv", "a,b\nx\ry,z\n", "csv",
			[]string{"|-1|a", "|-1|b", "a|0|x\ry", "b|0|z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, info, err := collect(t, obj(tc.key, []byte(tc.data)), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if info.Format != tc.format {
				t.Fatalf("format %q, want %q", info.Format, tc.format)
			}
			equalStrings(t, cells(rs), tc.want)
		})
	}
}

// A cell longer than the chunk size is chunked like free text, with
// offsets relative to the cell, Field and Row kept.
func TestCSVLongCellChunked(t *testing.T) {
	long := strings.Repeat("서울특별시 강남구 테헤란로 ", 40) // 1000+ bytes
	data := "memo,phone\n\"" + long + "\",010-1234-5678\n"
	rs, _, err := collect(t, obj("m.csv", []byte(data)), smallLimits(64, 16))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	next := int64(0)
	n := 0
	for _, r := range rs {
		if r.Field != "memo" {
			continue
		}
		n++
		if r.Row != 0 || r.Offset+int64(r.Lo) != next {
			t.Fatalf("chunk %v does not continue at %d", r, next)
		}
		b.WriteString(r.reported())
		next = r.Offset + int64(r.Hi)
	}
	if b.String() != long || n < 10 {
		t.Fatalf("long cell: %d chunks, reassembled %d of %d bytes", n, b.Len(), len(long))
	}
	if last := rs[len(rs)-1]; last.Field != "phone" || last.Text != "010-1234-5678" {
		t.Fatalf("cell after the long one: %v", last)
	}
}

func TestCSVUnterminatedQuote(t *testing.T) {
	data := "name,phone\nkim,\"010-1234-5678\nlee,010-9"
	rs, _, err := collect(t, obj("u.csv", []byte(data)), DefaultLimits())
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("err = %v, want ErrCorrupt", err)
	}
	equalStrings(t, cells(rs), []string{"|-1|name", "|-1|phone", "name|0|kim", "phone|0|010-1234-5678\nlee,010-9"})
}

func TestLooksLikeHeader(t *testing.T) {
	for _, tc := range []struct {
		rows [][]string
		want bool
	}{
		{[][]string{{"name", "phone"}, {"Kim", "010-1234-5678"}}, true},
		{[][]string{{"이름", "연락처"}, {"김민준", "010-1234-5678"}}, true},
		{[][]string{{"氏名", "住所"}, {"山田太郎", "東京都"}}, true},
		{[][]string{{"col_a", "col_b"}, {"x", "y"}}, true},
		{[][]string{{"김민준", "서울"}, {"이서연", "부산"}}, false},
		{[][]string{{"Kim", "010-1234-5678"}, {"Lee", "010-2345-6789"}}, false},
		{[][]string{{"a", "a"}, {"1", "2"}}, false},
		{[][]string{{"a", ""}, {"1", "2"}}, false},
		{[][]string{{"x", "y"}, {"x", "z"}}, false},
	} {
		if got := looksLikeHeader(tc.rows); got != tc.want {
			t.Errorf("looksLikeHeader(%q) = %v, want %v", tc.rows, got, tc.want)
		}
	}
}

func TestSniffCSVRejectsProse(t *testing.T) {
	for _, head := range []string{
		"2024-05-01T12:00:00Z INFO order 1 placed by Kim, tel 010-1234-5678, ship to Seoul\n2024-05-01T12:00:01Z INFO order 2 placed by Lee, tel 010-2345-6789, ship to Busan\n2024-05-01T12:00:02Z INFO order 3 placed by Park, tel 010-3456-7890, ship to Incheon\n",
		"Hello, world.\nGoodbye, moon.\nSee you, later.\n",
	} {
		if f, ok := sniffCSV([]byte(head), true, ".log"); ok {
			t.Errorf("sniffCSV(%q) = %+v, want text", head[:20], f)
		}
	}
}
