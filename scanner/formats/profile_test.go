package formats

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

var profKRNames = strings.Fields("김민준 이서연 박지훈 최수아 정우진 강하은 조현우 윤지민 장서준 임예린 한도윤 오지아 서준호 신유나 권민재 황소연 안재현 송하린 류태윤 홍채원")

var profProducts = []string{"정관장 홍삼정 240g", "햇반 210g", "신라면 멀티팩", "비비고 왕교자", "삼다수 2L", "코카콜라 500ml",
	"참이슬 후레쉬", "새우깡", "초코파이 정", "바나나맛우유", "진라면 매운맛", "스팸 클래식"}

// profCSV builds a CSV with the given header and rows rows; cell(row, col)
// gives each cell.
func profCSV(header string, rows int, cell func(row, col int) string) string {
	var b strings.Builder
	b.WriteString(header + "\n")
	n := strings.Count(header, ",") + 1
	for r := range rows {
		for c := range n {
			if c > 0 {
				b.WriteByte(',')
			}
			b.WriteString(cell(r, c))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// profCell fills c1 with an order id, c2 with a product, c3 with a name and
// c4 with a quantity.
func profCell(r, c int) string {
	switch c {
	case 0:
		return fmt.Sprint(100000 + r)
	case 1:
		return profProducts[r%len(profProducts)]
	case 2:
		if r == 5 {
			return "방찬" // two syllables: a name only with the column's hint
		}
		return profKRNames[r%len(profKRNames)]
	}
	return fmt.Sprint(1 + r%3)
}

// kindsByField collects the Column of every data record by field.
func kindsByField(t *testing.T, rs []rec) map[string]detectors.Kind {
	t.Helper()
	got := map[string]detectors.Kind{}
	for _, r := range rs {
		if r.Row < 0 {
			if r.Column != "" {
				t.Fatalf("header cell with a column kind: %v", r)
			}
			continue
		}
		if k, ok := got[r.Field]; ok && k != r.Column {
			t.Fatalf("%s: rows disagree on the column kind (%q, %q)", r.Field, k, r.Column)
		}
		got[r.Field] = r.Column
	}
	return got
}

// sameCells checks that the data records of a and b agree in everything
// but Field and Column.
func sameCells(t *testing.T, a, b []rec) {
	t.Helper()
	strip := func(rs []rec) []string {
		var s []string
		for _, r := range rs {
			if r.Row >= 0 {
				s = append(s, fmt.Sprintf("%d|%d|%d|%d|%q", r.Row, r.Offset, r.Lo, r.Hi, r.Text))
			}
		}
		return s
	}
	equalStrings(t, strip(a), strip(b))
}

func TestCSVColumnProfile(t *testing.T) {
	lim := DefaultLimits()
	for _, tc := range []struct {
		name string
		rows int
		want map[string]detectors.Kind
	}{
		{"40 rows", 40, map[string]detectors.Kind{"c1": "", "c2": "", "c3": detectors.KindName, "c4": ""}},
		{"past the profiled rows", 150, map[string]detectors.Kind{"c1": "", "c2": "", "c3": detectors.KindName, "c4": ""}},
		{"too few rows", 5, map[string]detectors.Kind{"c1": "", "c2": "", "c3": "", "c4": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := profCSV("c1,c2,c3,c4", tc.rows, profCell)
			rs, info, err := collect(t, obj("orders.csv", []byte(data)), lim)
			if err != nil || info.Format != "csv" {
				t.Fatalf("err %v, info %+v", err, info)
			}
			if got := kindsByField(t, rs); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("column kinds %v, want %v", got, tc.want)
			}
			if n := len(rs); n != 4+4*tc.rows {
				t.Fatalf("%d records, want %d", n, 4+4*tc.rows)
			}
			// The same cells as under headers that name every column.
			named := "idx,item_name,name,qty" + data[len("c1,c2,c3,c4"):]
			ref, _, err := collect(t, obj("orders.csv", []byte(named)), lim)
			if err != nil {
				t.Fatal(err)
			}
			sameCells(t, rs, ref)
			for i, off := range []int64{0, 3, 6, 9} {
				if rs[i].Row != -1 || rs[i].Offset != off {
					t.Fatalf("header record %d: %v", i, rs[i])
				}
			}
		})
	}
}

func TestCSVColumnProfileNegative(t *testing.T) {
	data := profCSV("c1,c2,c3", 40, func(r, c int) string {
		switch c {
		case 0:
			return []string{"배송완료", "교환", "반품", "배송중"}[r%4]
		case 1:
			return profProducts[r%len(profProducts)]
		}
		return fmt.Sprint(12000 + 500*(r%7))
	})
	rs, _, err := collect(t, obj("p.csv", []byte(data)), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for f, k := range kindsByField(t, rs) {
		if k != "" {
			t.Errorf("%s: column kind %q, want none", f, k)
		}
	}
}

// A named header needs no profile; its kinds stay FieldKind's.
func TestCSVColumnProfileNamedHeader(t *testing.T) {
	data := profCSV("name,phone", 20, func(r, c int) string {
		if c == 0 {
			return profKRNames[r%len(profKRNames)]
		}
		return fmt.Sprintf("010-1234-%04d", r)
	})
	rs, _, err := collect(t, obj("a.csv", []byte(data)), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	got := kindsByField(t, rs)
	if got["name"] != detectors.KindName || got["phone"] != detectors.KindPhone {
		t.Fatalf("kinds %v", got)
	}
}

// Past the byte bound profiling stops early, with what it has held; long
// cells are chunked exactly as without profiling.
func TestCSVColumnProfileByteBound(t *testing.T) {
	lim := DefaultLimits()
	lim.ChunkSize, lim.Overlap = 4096, 64
	long := strings.Repeat("가나다라 ", 6000) // 78 KB: chunked; 14 of them pass 1 MiB
	cell := func(r, c int) string {
		if c == 0 && r >= 10 { // short first rows let the sniffer see the header
			return long
		}
		if c == 0 {
			return "메모"
		}
		return profKRNames[r%len(profKRNames)]
	}
	data := profCSV("c1,c2", 40, cell)
	rs, _, err := collect(t, obj("big.csv", []byte(data)), lim)
	if err != nil {
		t.Fatal(err)
	}
	if got := kindsByField(t, rs); got["c2"] != detectors.KindName || got["c1"] != "" {
		t.Fatalf("kinds %v", got)
	}
	ref, _, err := collect(t, obj("big.csv", []byte("memo,name"+data[len("c1,c2"):])), lim)
	if err != nil {
		t.Fatal(err)
	}
	sameCells(t, rs, ref)
}

// An error from emit while held records are handed on stops the read and
// comes back unchanged.
func TestCSVColumnProfileEmitError(t *testing.T) {
	data := profCSV("c1,c2,c3,c4", 40, profCell)
	stop := errors.New("stop")
	n := 0
	_, err := Read(context.Background(), obj("o.csv", []byte(data)), DefaultLimits(), func(*Record) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if err != stop || n != 10 {
		t.Fatalf("err %v after %d records, want stop after 10", err, n)
	}
}

// End to end: a two-syllable name in an opaque column is found once the
// column profile says the column holds names, and only then.
func TestCSVColumnProfileFindsName(t *testing.T) {
	eng := detectors.NewEngine(detectors.All())
	found := func(rs []rec, text string, useColumn bool) bool {
		hit := false
		for _, r := range rs {
			if r.Text != text {
				continue
			}
			col := r.Column
			if !useColumn {
				col = ""
			}
			eng.Detect(r.Field, r.Row, r.Text, col, func(m detectors.Match) {
				hit = hit || (m.Kind == detectors.KindName && m.Start == 0 && m.End == len(text))
			})
		}
		return hit
	}
	rs, _, err := collect(t, obj("o.csv", []byte(profCSV("c1,c2,c3,c4", 40, profCell))), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if found(rs, "방찬", false) {
		t.Fatal("방찬 found without a column hint: the test no longer shows what profiling adds")
	}
	if !found(rs, "방찬", true) {
		t.Fatal("방찬 not found in a column profiled as names")
	}
	for _, p := range profProducts {
		if found(rs, p, true) {
			t.Fatalf("product %q reported as a name", p)
		}
	}
}

func BenchmarkCSVColumnProfile(b *testing.B) {
	data := []byte(profCSV("c1,c2,c3,c4", 64, profCell))
	o := obj("o.csv", data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), o, DefaultLimits(), func(*Record) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
