package formats

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzRead reads data as an object called key with small chunks and checks
// the invariants of every record: valid UTF-8, spans inside Text, free-text
// regions tiling the text they came from, cells starting at offset 0.
func fuzzRead(t *testing.T, key string, data []byte, chunk int) {
	lim := smallLimits(chunk, 7)
	lim.MaxExpandedBytes = 8 << 20
	lim.MaxMembers = 64
	lim.MaxSpoolBytes = 1 << 20
	var next int64 = -1
	lastPath := ""
	// A hang is a bug: fail with the stacks instead of stalling the fuzzer.
	watchdog := time.AfterFunc(10*time.Second, func() {
		buf := make([]byte, 1<<20)
		panic("formats: Read hung:\n" + string(buf[:runtime.Stack(buf, true)]))
	})
	defer watchdog.Stop()
	Read(context.Background(), obj(key, data), lim, func(r *Record) error {
		if !utf8.ValidString(r.Text) {
			t.Fatalf("invalid UTF-8 in record text %q", r.Text)
		}
		if r.Lo < 0 || r.Lo > r.Hi || r.Hi > len(r.Text) || r.Offset < 0 {
			t.Fatalf("bad span [%d,%d) offset %d for %d bytes", r.Lo, r.Hi, r.Offset, len(r.Text))
		}
		if r.Row == -1 && r.Field == "" {
			start := r.Offset + int64(r.Lo)
			if r.ContainerPath == lastPath && next >= 0 && start < next {
				t.Fatalf("free-text regions overlap: %d < %d", start, next)
			}
			next, lastPath = r.Offset+int64(r.Hi), r.ContainerPath
		}
		return nil
	})
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "{\"a\":1}", "a,b\n1,2\n", "\x1f\x8b", "PK\x03\x04", "PAR1", "\xff\xfeh\x00i\x00", "BZh9", "\xfd7zXZ\x00"} {
		f.Add([]byte(s), "x.csv")
	}
	f.Fuzz(func(t *testing.T, head []byte, name string) {
		sniffKind(head, name)
		for _, atEOF := range []bool{false, true} {
			e := detectEncoding(head, atEOF)
			if e.name == "" && e.binary == "" {
				t.Fatal("neither text nor binary")
			}
			if e.bom > len(head) {
				t.Fatal("bom longer than head")
			}
			tf := sniffText(head, atEOF, name)
			switch tf.format {
			case "text", "json", "ndjson":
			case "csv", "tsv":
				if tf.delim == 0 {
					t.Fatal("csv without delimiter")
				}
			default:
				t.Fatalf("format %q", tf.format)
			}
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add([]byte("hello 010-1234-5678 world"), uint8(5))
	f.Add([]byte("김민준 서울특별시 \xff\xfe 강남구"), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		if sniffJSON(data, true) != jsonNo {
			return // covered by FuzzJSON
		}
		var got []byte
		lim := smallLimits(int(chunk)%64+1, int(chunk)%9+1)
		next := int64(0)
		_, err := Read(context.Background(), obj("f.log", data), lim, func(r *Record) error {
			if r.Row != -1 {
				return nil // sniffed as CSV
			}
			if start := r.Offset + int64(r.Lo); start != next {
				t.Fatalf("region starts at %d, want %d", start, next)
			}
			next = r.Offset + int64(r.Hi)
			got = append(got, r.Text[r.Lo:r.Hi]...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 && !utf8.Valid(got) {
			t.Fatal("invalid UTF-8")
		}
	})
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("name,phone\n김민준,010-1234-5678\n\"a\"\"b\",\"x\ny\"\n"), uint8(8))
	f.Add([]byte("a\tb\r\n1\t2\r\n"), uint8(3))
	f.Add([]byte("x,\"unterminated\n"), uint8(40))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		fuzzRead(t, "f.csv", data, int(chunk)%64+1)
		fuzzRead(t, "f.tsv", data, int(chunk)%64+1)
	})
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`{"a":{"b":["x","\u00e9\ud83d\ude00"]},"phone":821012345678}`), uint8(8))
	f.Add([]byte("{\"a\":1}\n{\"a\": bad}\n[\"z\"]\n"), uint8(3))
	f.Add([]byte(`[[[[[[["deep"]]]]]]]`), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		fuzzRead(t, "f.json", data, int(chunk)%64+1)
		fuzzRead(t, "f.jsonl", data, int(chunk)%64+1)
	})
}

// FuzzDecode checks the UTF-8 repair (output independent of read sizes)
// and every legacy decoder (output always valid UTF-8).
func FuzzDecode(f *testing.F) {
	f.Add([]byte("ok \xff\xfe 김\xeb\x00 \xe2\x82"), uint8(1))
	f.Add([]byte("\xb1\xe8\xb9\xce\xc1\xd8"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, step uint8) {
		want := appendFixed(nil, data)
		if !utf8.Valid(want) {
			t.Fatal("appendFixed output invalid")
		}
		got, err := io.ReadAll(&utf8Fixer{r: &stepReader{data: data, step: int(step)%7 + 1}})
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("fixer %q, want %q (err %v)", got, want, err)
		}
		for _, enc := range []string{encUTF16LE, encUTF16BE, encEUCKR, encShiftJIS, encBig5, encCP1252} {
			out, err := io.ReadAll(decoderFor(enc, bytes.NewReader(data)))
			if err != nil {
				t.Fatalf("%s: %v", enc, err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("%s: invalid UTF-8 output", enc)
			}
		}
	})
}

// FuzzArchive feeds compressed and archive bytes through Read.
func FuzzArchive(f *testing.F) {
	silenceWorkerStderr() // archives may hold Parquet members
	f.Add(gz(f, []byte("a,b\n1,2\n")), "x.csv.gz")
	f.Add(zipOf(f, member{name: "a.txt", data: []byte("hello")}), "x.zip")
	f.Add(tarOf(f, member{name: "a.json", data: []byte(`{"a":"b"}`)}), "x.tar")
	f.Add(zst(f, []byte("hello")), "x.zst")
	f.Add(xzc(f, []byte("hello")), "x.xz")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		fuzzRead(t, name, data, 16)
	})
}

func FuzzParquet(f *testing.F) {
	silenceWorkerStderr()
	f.Add(parquetOf(f, []pqPerson{{Name: "김민준"}, {Name: "x", Tags: []string{"a"}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "f.parquet", data, 16)
	})
}

// stepReader returns at most step bytes per read.
type stepReader struct {
	data []byte
	step int
}

func (s *stepReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), s.step)], s.data)
	s.data = s.data[n:]
	return n, nil
}
