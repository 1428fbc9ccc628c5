package detectors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveIndexDigitish is the byte-at-a-time definition of indexDigitish.
func naiveIndexDigitish(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; (c >= '0' && c <= '9') || c == 0xEF {
			return i
		}
	}
	return len(s)
}

func TestIndexDigitish(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte{'a', ' ', '/', '0', '9', ':', 0xEF, 0xEE, 0xF0, 0x2F, 0x3A, 0x30, 0x39, 0x80, 0xFF, 0x00, 0xAF, 0xBF}
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = byte(rng.IntN(256))
			}
		}
		s := string(b)
		from := 0
		if len(s) > 0 {
			from = rng.IntN(len(s) + 1)
		}
		if got, want := indexDigitish(s, from), naiveIndexDigitish(s, from); got != want {
			t.Fatalf("indexDigitish(%q, %d) = %d, want %d", s, from, got, want)
		}
	}
	long := strings.Repeat("가나다라 abc ", 1000) + "7"
	if got := indexDigitish(long, 0); got != len(long)-1 {
		t.Fatalf("long text: %d", got)
	}
}

func TestNumTokenAt(t *testing.T) {
	for _, tc := range []struct {
		s     string
		tok   numTok
		digit byte
		width int
	}{
		{"7", ntDigit, 7, 1}, {"０", ntDigit, 0, 3}, {"９", ntDigit, 9, 3},
		{"-", ntHyphen, 0, 1}, {"－", ntHyphen, 0, 3}, {"‐", ntHyphen, 0, 3}, {"–", ntHyphen, 0, 3},
		{"−", ntHyphen, 0, 3}, {"ー", ntHyphen, 0, 3}, {"ｰ", ntHyphen, 0, 3},
		{".", ntDot, 0, 1}, {"．", ntDot, 0, 3}, {" ", ntSpace, 0, 1}, {"\u00a0", ntSpace, 0, 2},
		{"\u3000", ntSpace, 0, 3}, {"(", ntOpen, 0, 1}, {"（", ntOpen, 0, 3}, {")", ntClose, 0, 1},
		{"）", ntClose, 0, 3}, {"+", ntPlus, 0, 1}, {"＋", ntPlus, 0, 3},
		{"a", ntOther, 0, 1}, {"가", ntOther, 0, 3}, {"，", ntOther, 0, 3}, {"😀", ntOther, 0, 4},
		{"", ntOther, 0, 0},
	} {
		tok, d, w := numTokenAt(tc.s, 0)
		if tok != tc.tok || w != tc.width || (tok == ntDigit && d != tc.digit) {
			t.Errorf("numTokenAt(%q) = %d, %d, %d; want %d, %d, %d", tc.s, tok, d, w, tc.tok, tc.digit, tc.width)
		}
	}
	// A truncated multi-byte rune never reads past the end.
	if tok, _, w := numTokenAt("\xef\xbc", 0); tok != ntOther || w != 2 {
		t.Errorf("truncated rune: %d, %d", tok, w)
	}
}

func TestScriptVotesRegion(t *testing.T) {
	for text, want := range map[string]string{
		"서울시 중구":        "KR",
		"東京都渋谷区":        "JP",
		"やまだ":           "JP",
		"台北市信義區":        "TW",
		"北京":            "",
		"hello world":   "",
		"仙台市青葉区":        "JP",
		"연락처 電話":        "KR",
		"臺灣 ありがとうございます": "JP",
	} {
		var v scriptVotes
		v.count(text)
		if got := v.region(); got != want {
			t.Errorf("%q: region %q, want %q (%+v)", text, got, want, v)
		}
	}
}

func BenchmarkIndexDigitish(b *testing.B) {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog. 오늘 날씨가 좋네요. ", 20000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if indexDigitish(text, 0) != len(text) {
			b.Fatal("digit found")
		}
	}
}
