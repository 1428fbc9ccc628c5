package formats

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

const (
	koText = "이름: 김민준\n주소: 서울특별시 강남구 테헤란로 123, 101동 202호\n전화: 010-1234-5678\n공동현관 비밀번호는 1234입니다. 배송 전에 연락 부탁드립니다.\n"
	jaText = "氏名：山田太郎\n住所：東京都千代田区丸の内一丁目1番1号\n電話：03-1234-5678\nお届けの前にご連絡ください。よろしくお願いします。\n"
	zhText = "姓名：陳大文\n地址：臺北市信義區信義路五段7號\n電話：02-2345-6789\n請在送貨前先打電話給我，謝謝。我們明天見。\n"
	enText = "José Müller, 12 Rue de l'Église, Zürich. Phone: +41 44 123 45 67. Façade.\n"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestEncodings(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	for _, tc := range []struct {
		name, want, text string
		data             func(t *testing.T, s string) []byte
	}{
		{"utf-8", encUTF8, koText, func(t *testing.T, s string) []byte { return []byte(s) }},
		{"utf-8 bom", encUTF8, koText, func(t *testing.T, s string) []byte { return append([]byte("\xef\xbb\xbf"), s...) }},
		{"utf-16le bom", encUTF16LE, jaText, func(t *testing.T, s string) []byte { return append([]byte{0xff, 0xfe}, encode(t, utf16le, s)...) }},
		{"utf-16be bom", encUTF16BE, zhText, func(t *testing.T, s string) []byte { return append([]byte{0xfe, 0xff}, encode(t, utf16be, s)...) }},
		{"utf-16le no bom", encUTF16LE, enText + koText, func(t *testing.T, s string) []byte { return encode(t, utf16le, s) }},
		{"utf-16be no bom", encUTF16BE, enText + zhText, func(t *testing.T, s string) []byte { return encode(t, utf16be, s) }},
		{"euc-kr", encEUCKR, koText, func(t *testing.T, s string) []byte { return encode(t, korean.EUCKR, s) }},
		{"euc-kr short", encEUCKR, "김민준 010-1234-5678\n", func(t *testing.T, s string) []byte { return encode(t, korean.EUCKR, s) }},
		{"shift_jis", encShiftJIS, jaText, func(t *testing.T, s string) []byte { return encode(t, japanese.ShiftJIS, s) }},
		{"shift_jis kanji only", encShiftJIS, "東京都千代田区丸の内一丁目\n山田太郎\n", func(t *testing.T, s string) []byte { return encode(t, japanese.ShiftJIS, s) }},
		{"big5", encBig5, zhText, func(t *testing.T, s string) []byte { return encode(t, traditionalchinese.Big5, s) }},
		{"windows-1252", encCP1252, enText, func(t *testing.T, s string) []byte { return encode(t, charmap.Windows1252, s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, info, err := collect(t, obj("note.txt", tc.data(t, tc.text)), smallLimits(40, 8))
			if err != nil {
				t.Fatal(err)
			}
			if info.Encoding != tc.want || info.Format != "text" {
				t.Fatalf("encoding %q format %q, want %q text", info.Encoding, info.Format, tc.want)
			}
			if got := freeText(t, rs); got != tc.text {
				t.Fatalf("decoded\n%q\nwant\n%q", got, tc.text)
			}
			if info.BytesScanned != int64(len(tc.text)) {
				t.Fatalf("BytesScanned %d, want %d (decoded UTF-8 bytes)", info.BytesScanned, len(tc.text))
			}
		})
	}
}

// Offsets refer to the decoded UTF-8 text: a phone after Korean text in
// EUC-KR is found at its UTF-8 offset.
func TestEncodingOffsetsAreUTF8(t *testing.T) {
	text := strings.Repeat("주문자 김민준 고객님 배송지 서울 ", 5) + "010-9876-5432\n"
	rs, _, err := collect(t, obj("o.txt", encode(t, korean.EUCKR, text)), smallLimits(32, 16))
	if err != nil {
		t.Fatal(err)
	}
	want := int64(strings.Index(text, "010-"))
	found := false
	for _, r := range rs {
		if i := strings.Index(r.Text, "010-9876"); i >= r.Lo && i < r.Hi && i >= 0 {
			if r.Offset+int64(i) != want {
				t.Fatalf("phone at %d, want %d", r.Offset+int64(i), want)
			}
			found = true
		}
	}
	if !found {
		t.Fatal("phone not reported")
	}
}

func TestDetectEncodingBinary(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string // "" = binary
	}{
		{"nul heavy", bytes.Repeat([]byte{1, 0, 0, 7, 0, 9}, 100), ""},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 4, 'a', 5, 6}, 100), ""},
		{"random high bytes", randomBytes(4096), ""},
		{"ascii", []byte("hello world\n"), encUTF8},
		{"ansi log", []byte("\x1b[31mERROR\x1b[0m failed\n"), encUTF8},
		{"one stray nul", append(bytes.Repeat([]byte("text line\n"), 50), 0), encUTF8},
		{"damaged utf-8", []byte("김민준 \xff 서울특별시 강남구"), encUTF8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := detectEncoding(tc.data, true)
			if got.name != tc.want {
				t.Fatalf("got %+v, want %q", got, tc.want)
			}
			if got.name == "" && got.binary == "" {
				t.Fatal("binary without a reason")
			}
		})
	}
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// Invalid UTF-8 becomes one U+FFFD per bad byte, identically however the
// input is split into reads, so offsets are stable.
func TestUTF8FixerStable(t *testing.T) {
	in := []byte("ok \xff\xfe 김\xeb\x00 민준 \xe2\x82 end \xf0\x9f\x98")
	want := appendFixed(nil, in)
	if !utf8.Valid(want) || !bytes.Contains(want, []byte("\uFFFD\uFFFD 김\uFFFD\x00")) {
		t.Fatalf("reference repair wrong: %q", want)
	}
	for name, r := range map[string]io.Reader{
		"whole":    bytes.NewReader(in),
		"one byte": iotest.OneByteReader(bytes.NewReader(in)),
		"half":     iotest.HalfReader(bytes.NewReader(in)),
		"data err": iotest.DataErrReader(bytes.NewReader(in)),
	} {
		got, err := io.ReadAll(&utf8Fixer{r: r})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: %q, want %q", name, got, want)
		}
	}
	// Tiny reads of the output too.
	var out []byte
	f := &utf8Fixer{r: bytes.NewReader(in)}
	buf := make([]byte, 1)
	for {
		n, err := f.Read(buf)
		out = append(out, buf[:n]...)
		if err != nil {
			break
		}
	}
	if !bytes.Equal(out, want) {
		t.Fatalf("1-byte reads: %q, want %q", out, want)
	}
}

func TestInvalidUTF8ObjectIsRepaired(t *testing.T) {
	data := []byte("주문 \xff\xfe 010-1234-5678\n")
	rs, info, err := collect(t, obj("x.txt", data), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if info.Encoding != encUTF8 {
		t.Fatalf("encoding %q", info.Encoding)
	}
	if got, want := freeText(t, rs), "주문 \uFFFD\uFFFD 010-1234-5678\n"; got != want {
		t.Fatalf("got %q want %q", got, want)
	}
}
