package detectors

import (
	"testing"
	"unicode/utf8"
)

func TestScriptOf(t *testing.T) {
	cases := []struct {
		r    rune
		want script
	}{
		{'김', scriptHangul}, {'힣', scriptHangul}, {'ㄱ', scriptOther},
		{'あ', scriptHiragana}, {'ゆ', scriptHiragana}, {'カ', scriptKatakana}, {'ー', scriptKatakana},
		{'ｶ', scriptKatakana}, {'佐', scriptHan}, {'々', scriptHan}, {'𠮷', scriptHan}, {'臺', scriptHan},
		{'a', scriptLatin}, {'Z', scriptLatin}, {'é', scriptLatin}, {'ł', scriptLatin},
		{'7', scriptDigit}, {'７', scriptDigit}, {' ', scriptSpace}, {'\u3000', scriptSpace},
		{'-', scriptOther}, {'×', scriptOther}, {'〒', scriptOther},
	}
	for _, c := range cases {
		t.Run(string(c.r), func(t *testing.T) {
			if got := scriptOf(c.r); got != c.want {
				t.Errorf("scriptOf(%q) = %d, want %d", c.r, got, c.want)
			}
		})
	}
}

func TestRuneHelpers(t *testing.T) {
	if !isKanjiNumeral('十') || isKanjiNumeral('丁') {
		t.Error("isKanjiNumeral")
	}
	for _, r := range "-‐−－―" {
		if !isDash(r) {
			t.Errorf("isDash(%q) = false", r)
		}
	}
	if isDash('ー') {
		t.Error("the prolonged sound mark is not a dash")
	}
	if digitValue('５') != 5 || digitValue('x') != -1 {
		t.Error("digitValue")
	}
	var h hangulSet
	h.add('김')
	h.add('A') // ignored
	if !h.has('김') || h.has('이') || h.has('A') {
		t.Error("hangulSet")
	}
	if !digitWithin("서울 강남구 테헤란로 １２３", 0, 60) || digitWithin("서울 강남구", 0, 60) {
		t.Error("digitWithin")
	}
	if digitWithin("abc 1", 0, 3) {
		t.Error("digitWithin looked past its window")
	}
}

// TestRuneAtMatchesUTF8 checks the fast decoding paths against the
// standard library on valid and invalid text.
func TestRuneAtMatchesUTF8(t *testing.T) {
	inputs := []string{
		"김민준 佐藤 ｶﾅ A1 \u3000〒１５０", "\xed\x9f\xbf\xee\x80\x80", "\xea\xb0", "\xe3\x81\x82\xff",
		"\xed\xa0\x80", "a\xc3\xa9b", "",
	}
	for _, s := range inputs {
		for i := 0; i <= len(s); i++ {
			var want rune
			var wn int
			if i < len(s) {
				want, wn = utf8.DecodeRuneInString(s[i:])
			} else {
				want = utf8.RuneError
			}
			if r, n := runeAt(s, i); r != want || n != wn {
				t.Errorf("runeAt(%q, %d) = %q,%d want %q,%d", s, i, r, n, want, wn)
			}
			want, wn = utf8.RuneError, 0
			if i > 0 {
				want, wn = utf8.DecodeLastRuneInString(s[:i])
			}
			if r, n := runeBefore(s, i); r != want || n != wn {
				t.Errorf("runeBefore(%q, %d) = %q,%d want %q,%d", s, i, r, n, want, wn)
			}
		}
	}
}

func TestNormalizeValue(t *testing.T) {
	for _, s := range []string{
		"김민준", "김  민준", " 김민준 ", "佐藤\u3000太郎", "John Smith", "서울 강남구\n테헤란로 123",
		"Cafe\u0301", "ｶﾞ", "\u1100\u1161", "東京都渋谷区神宮前１－２－３", "",
	} {
		t.Run(s, func(t *testing.T) {
			if got, want := normalizeValue(s), NormalizeText(s); got != want {
				t.Errorf("normalizeValue(%q) = %q, want %q", s, got, want)
			}
		})
	}
}

func FuzzNormalizeValue(f *testing.F) {
	for _, s := range []string{"김민준", "a  b", "e\u0301", "ｶﾞ", " x ", "佐藤\u3000太郎"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := normalizeValue(s), NormalizeText(s); got != want {
			t.Fatalf("normalizeValue(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestRuneAtAllThreeByte checks the fast paths of runeAt and runeBefore
// against package utf8 on every three-byte sequence with a lead byte from
// 0xC0 up.
func TestRuneAtAllThreeByte(t *testing.T) {
	for c := 0xC0; c < 0x100; c++ {
		for c1 := 0x70; c1 < 0x100; c1++ {
			for c2 := 0x70; c2 < 0xC8; c2++ {
				for _, pre := range []string{"", "a", "\xbf"} {
					s := pre + string([]byte{byte(c), byte(c1), byte(c2)}) + "z"
					i := len(pre)
					r, n := runeAt(s, i)
					wr, wn := utf8.DecodeRuneInString(s[i:])
					if r != wr || n != wn {
						t.Fatalf("runeAt(%q) = %U %d, want %U %d", s, r, n, wr, wn)
					}
					e := i + 3
					r, n = runeBefore(s, e)
					wr, wn = utf8.DecodeLastRuneInString(s[:e])
					if r != wr || n != wn {
						t.Fatalf("runeBefore(%q, %d) = %U %d, want %U %d", s, e, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// TestSkipSpacesMatchesRunEnd checks skipSpaces against runEnd with
// isSpaceRune on every string of up to four pieces (spaces, their
// truncated or altered forms, other runes) at every index.
func TestSkipSpacesMatchesRunEnd(t *testing.T) {
	bs := []string{" ", "\t", "\u00a0", "\u3000", "a", "\xc2", "\xe3\x80", "\xe3", "\xa0", "가", "\xe3\x80\x81", "\xc2\xa1"}
	var rec func(s string, n int)
	rec = func(s string, n int) {
		for i := 0; i <= len(s); i++ {
			if got, want := skipSpaces(s, i), runEnd(s, i, isSpaceRune); got != want {
				t.Fatalf("skipSpaces(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		if n == 0 {
			return
		}
		for _, b := range bs {
			rec(s+b, n-1)
		}
	}
	rec("", 4)
}
