package formats

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/exposure-dev/exposure/detectors"
)

func TestChunkerExactRecords(t *testing.T) {
	rs, info, err := collect(t, obj("a.txt", []byte("abcdefghij")), smallLimits(4, 2))
	if err != nil {
		t.Fatal(err)
	}
	want := []rec{
		{Row: -1, Offset: 0, Text: "abcdefghij", Lo: 0, Hi: 4},
		{Row: -1, Offset: 2, Text: "cdefghij", Lo: 2, Hi: 6},
		{Row: -1, Offset: 6, Text: "ghij", Lo: 2, Hi: 4},
	}
	if fmt.Sprint(rs) != fmt.Sprint(want) {
		t.Fatalf("got  %v\nwant %v", rs, want)
	}
	if info.Format != "text" || info.Encoding != "utf-8" || info.BytesScanned != 10 {
		t.Fatalf("info = %+v", info)
	}
}

func TestChunkerTilesAnyText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", " ", "\n", "김", "東", "😀", "é", "0"}
	for i := range 200 {
		var b strings.Builder
		for range rng.IntN(3000) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		chunk, overlap := 16+rng.IntN(300), 1+rng.IntN(64)
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			rs, _, err := collect(t, obj("x.log", []byte(text)), smallLimits(chunk, overlap))
			if err != nil {
				t.Fatal(err)
			}
			if got := freeText(t, rs); got != text {
				t.Fatalf("reassembled text differs (chunk %d overlap %d)", chunk, overlap)
			}
			for _, r := range rs {
				if r.Hi-r.Lo > chunk+overlap+4 {
					t.Fatalf("region of %d bytes > chunk %d", r.Hi-r.Lo, chunk)
				}
				// Back context: at least overlap bytes (or all there is), less a rune.
				if r.Lo < min(overlap, int(r.Offset)+r.Lo)-3 {
					t.Fatalf("back context %d < overlap %d", r.Lo, overlap)
				}
			}
		})
	}
}

// The chunker must not depend on how its input is split into reads.
func TestChunkerPushAndPullAgree(t *testing.T) {
	text := strings.Repeat("서울특별시 강남구 테헤란로 123, 010-1234-5678; ", 50)
	lim := smallLimits(37, 11)
	var pulled, pushed []rec
	var rec1, rec2 Record
	c1 := newChunker(lim, &rec1, func(r *Record) error {
		pulled = append(pulled, rec{Row: r.Row, Offset: r.Offset, Text: strings.Clone(r.Text), Lo: r.Lo, Hi: r.Hi})
		return nil
	})
	c1.begin(0)
	if err := c1.readFrom(iotest.OneByteReader(strings.NewReader(text))); err != nil {
		t.Fatal(err)
	}
	c2 := newChunker(lim, &rec2, func(r *Record) error {
		pushed = append(pushed, rec{Row: r.Row, Offset: r.Offset, Text: strings.Clone(r.Text), Lo: r.Lo, Hi: r.Hi})
		return nil
	})
	c2.begin(0)
	for i := 0; i < len(text); i += 7 {
		if err := c2.write([]byte(text[i:min(i+7, len(text))])); err != nil {
			t.Fatal(err)
		}
	}
	if err := c2.flush(); err != nil {
		t.Fatal(err)
	}
	var a, b strings.Builder
	for _, r := range pulled {
		a.WriteString(r.reported())
	}
	for _, r := range pushed {
		b.WriteString(r.reported())
	}
	if a.String() != text || b.String() != text {
		t.Fatal("push or pull lost text")
	}
}

var phoneRE = regexp.MustCompile(`010-\d{4}-\d{4}`)

// A phone number straddling a chunk boundary is reported by exactly one
// record, at its true offset, whatever the chunk size.
func TestPhoneAcrossChunkBoundaryReportedOnce(t *testing.T) {
	var b strings.Builder
	var want []int64
	for i := range 40 {
		b.WriteString(strings.Repeat("가", i%7)) // shift numbers across boundaries
		b.WriteString("연락처 ")
		want = append(want, int64(b.Len()))
		fmt.Fprintf(&b, "010-%04d-%04d", 1000+i, 5000+i)
		b.WriteString(" 입니다.\n")
	}
	text := b.String()
	for _, chunk := range []int{16, 23, 31, 64, 100, 257} {
		t.Run(fmt.Sprint(chunk), func(t *testing.T) {
			rs, _, err := collect(t, obj("p.txt", []byte(text)), smallLimits(chunk, 20))
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, r := range rs {
				for _, m := range phoneRE.FindAllStringIndex(r.Text, -1) {
					if m[0] >= r.Lo && m[0] < r.Hi {
						got = append(got, r.Offset+int64(m[0]))
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("offsets\ngot  %v\nwant %v", got, want)
			}
		})
	}
}

// The same, through the real detector engine when it finds phones.
func TestPhoneAcrossChunkBoundaryWithEngine(t *testing.T) {
	eng := detectors.NewEngine(detectors.All())
	probe := 0
	eng.Detect("", -1, "연락처 010-1234-5678 입니다", "", func(m detectors.Match) {
		if m.Kind == detectors.KindPhone {
			probe++
		}
	})
	if probe == 0 {
		t.Fatal("the phone detector finds no phone in a plain Korean sentence")
	}
	text := strings.Repeat("가나다 연락처 010-1234-5678 입니다. ", 100)
	want := strings.Count(text, "010-")
	for _, chunk := range []int{16, 29, 64} {
		got := 0
		_, _, err := collect(t, obj("p.txt", []byte(text)), smallLimits(chunk, 40))
		if err != nil {
			t.Fatal(err)
		}
		Read(t.Context(), obj("p.txt", []byte(text)), smallLimits(chunk, 40), func(r *Record) error {
			eng.Detect(r.Field, r.Row, r.Text, r.Column, func(m detectors.Match) {
				if m.Kind == detectors.KindPhone && m.Start >= r.Lo && m.Start < r.Hi {
					got++
				}
			})
			return nil
		})
		if got != want {
			t.Fatalf("chunk %d: %d phones reported, want %d", chunk, got, want)
		}
	}
}

func TestTextReadErrorKeepsPrefix(t *testing.T) {
	data := []byte(strings.Repeat("line 010-1111-2222\n", 100))
	o := &errAfterObject{memObject: obj("x.log", data), after: 1000}
	rs, _, err := collect(t, o, smallLimits(64, 16))
	var re *ReadError
	if !errorsAs(err, &re) {
		t.Fatalf("err = %v, want *ReadError", err)
	}
	if got := freeText(t, rs); !bytes.HasPrefix(data, []byte(got)) || len(got) < 1000 {
		t.Fatalf("prefix not scanned: %d bytes", len(got))
	}
}
