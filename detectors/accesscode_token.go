package detectors

import (
	"strings"
	"unicode/utf8"
)

// Reading one access-code token: marks, digits, marks, and what stands
// around them (units, dates, phone numbers, a second group).

// mayStartACToken reports whether a token may start at a byte: a digit, #, *,
// or the lead byte of a full-width form, of 종 and 열쇠, or of an emoji.
func mayStartACToken(c byte) bool {
	return c-'0' < 10 || c == '#' || c == '*' || c == 0xEF || c == 0xEC || c == 0xF0
}

// acToken is a number read where a code may stand.
type acToken struct {
	start, end int
	nd         int  // digits
	marked     bool // has # * 종 열쇠 marks
	afterWord  int  // end of a keypad word after the span ("1234종"), 0 if none
	valid      bool // a code
	skip       bool // a unit, floor, amount or short number: look further
}

// isACSymbol reports whether r is a keypad symbol: # * and full-width forms.
func isACSymbol(r rune) bool { return r == '#' || r == '*' || r == '＃' || r == '＊' }

// acPrefixWords are keypad words written before a code.
var acPrefixWords = []string{"종", "열쇠", "🔑", "🔔"}

// acSuffixWords are keypad words written after a code.
var acSuffixWords = []string{"종", "벨", "🔔"}

// acUnits follow numbers that are not codes.
var acUnits = []string{
	"동", "호", "층", "원", "개", "박스", "번지", "번길", "년", "월", "일", "시", "분", "초", "명",
	"세대", "평", "회", "차", "대", "건", "살", "kg", "km", "cm", "mm", "m", "g", "f", "st", "nd", "rd",
	"th", "%", "円", "号", "號", "樓", "楼", "階", "室", "元", "個", "箱", "年", "月", "日", "時", "分", "番地", "丁目",
	"巷", "弄", "段", "件", "名", "人", "坪", "棟", "歳", "번째", "$", "달러", "￥", "¥",
}

// readACToken reads, at s[j], an optional prefix mark, digits and an
// optional suffix mark. ok is false when s[j] cannot start a token (no
// digit follows); otherwise the token says whether it is a code (valid),
// a number to skip (skip), or neither (the search should stop).
func readACToken(s string, j int) (t acToken, ok bool) { return readACTokenN(s, j, true) }

// readACTokenN is readACToken; pair allows reading a second group.
func readACTokenN(s string, j int, pair bool) (t acToken, ok bool) {
	t.start = j
	i := j
	// Prefix: up to two symbols, or one keypad word, then an optional space.
	word := false
	for n := 0; n < 2 && i < len(s); n++ {
		r, w := firstRuneAt(s, i)
		if !isACSymbol(r) {
			break
		}
		i += w
		t.marked = true
	}
	if !t.marked {
		for _, pw := range acPrefixWords {
			if strings.HasPrefix(s[i:], pw) {
				i += len(pw)
				t.marked, word = true, true
				break
			}
		}
	}
	if t.marked && i < len(s) && s[i] == ' ' && word {
		i++
	}
	if word {
		// Keypad words say a code follows but are not part of it: the
		// span (and the secret) is the digits and symbols.
		t.start = i
	}
	ds := i
	for i < len(s) {
		r, w := firstRuneAt(s, i)
		if !isDigitOrFullWidth(r) {
			break
		}
		i += w
		t.nd++
	}
	if t.nd == 0 {
		return acToken{}, false
	}
	// Before the token: not inside a word or a longer number.
	if r, w := lastRuneBefore(s, t.start); w > 0 {
		switch {
		case isDigitOrFullWidth(r):
			return acToken{end: i}, true
		case isAlnumASCII(r) && !t.marked:
			return acToken{end: i}, true
		case r == '-' || r == '.' || r == ':' || r == '/' || r == ',':
			if q, _ := lastRuneBefore(s, t.start-w); isDigitOrFullWidth(q) {
				return acToken{end: i}, true
			}
		}
	}
	de := i
	// Suffix: up to two symbols, or [space] [+] [space] keypad word.
	suffix := false
	for n := 0; n < 2 && i < len(s); n++ {
		r, w := firstRuneAt(s, i)
		if !isACSymbol(r) {
			break
		}
		i += w
		suffix = true
	}
	if !suffix {
		k := i
		for k < len(s) && k-i < 3 && (s[k] == ' ' || s[k] == '+') {
			k++
		}
		wordEnd := -1
		for _, sw := range acSuffixWords {
			if strings.HasPrefix(s[k:], sw) && (k == i || strings.Contains(s[i:k], "+")) {
				wordEnd = k + len(sw)
				break
			}
		}
		switch {
		case wordEnd >= 0:
			// "1234종", "1234 + 종": the word is after the span.
			t.marked = true
			t.end = i
			t.afterWord = wordEnd
		case k > i && strings.Contains(s[i:k], "+"):
			if r, w := firstRuneAt(s, k); isACSymbol(r) { // 1234 + #
				i = k + w
				suffix = true
			}
		}
	}
	t.marked = t.marked || suffix
	if t.afterWord == 0 {
		t.end = i
	}
	// After the token.
	if !t.marked && unitAfter(s[de:]) {
		t.end = de
		t.skip = true
		return t, true
	}
	after := t.end
	if t.afterWord > 0 {
		after = t.afterWord
	}
	r, w := firstRuneAt(s, after)
	switch {
	case isAlnumASCII(r) || isDigitOrFullWidth(r):
		return t, true
	case r == '-' || r == '.' || r == ':' || r == '/' || r == ',' || r == 0xFF0D || r == '~':
		if q, _ := firstRuneAt(s, after+w); isDigitOrFullWidth(q) {
			return t, true // phone, date, time, decimal, range
		}
	}
	if t.nd < 3 {
		t.skip = true // "2번째 문", "3번 게이트"
		return t, true
	}
	if t.nd > 8 {
		return t, true
	}
	if !t.marked && t.nd == 8 && looksLikeDate(s[ds:de]) {
		return t, true
	}
	// Two groups: "1234 2580"; three or more are some other number
	// ("010 1234 5678").
	if !t.marked && t.end+1 < len(s) && s[t.end] == ' ' {
		if r, _ := firstRuneAt(s, t.end+1); isDigitOrFullWidth(r) {
			if !pair {
				return t, true // a third group
			}
			u, _ := readACTokenN(s, t.end+1, false)
			switch {
			case u.skip: // "1234 101동": the unit is another matter
			case u.valid && t.nd <= 6 && u.nd >= 3 && u.nd <= 6:
				t.end = u.end
				t.nd += u.nd
				t.marked = t.marked || u.marked
			default:
				return t, true
			}
		}
	}
	t.valid = true
	return t, true
}

// unitAfter reports whether rest (what follows a number) starts with a unit
// (101동, 3층, 5F, 12%, 3号室): the number is not a code.
func unitAfter(rest string) bool {
	if rest == "" {
		return false
	}
	if c := rest[0]; c < utf8.RuneSelf && !isAlnumASCII(rune(c)) && c != '%' && c != '$' {
		return false
	}
	for _, u := range acUnits {
		if len(rest) < len(u) {
			continue
		}
		if u[0] >= utf8.RuneSelf || !isAlnumASCII(rune(u[0])) {
			if rest[:len(u)] == u {
				return true
			}
			continue
		}
		// ASCII units: case-insensitive, and they must end the word ("3F",
		// "5th", not "5fox").
		match := true
		for k := 0; k < len(u); k++ {
			if rest[k]|0x20 != u[k] {
				match = false
				break
			}
		}
		if match {
			if r, _ := firstRuneAt(rest, len(u)); !isAlnumASCII(r) {
				return true
			}
		}
	}
	return false
}

// looksLikeDate reports whether 8 ASCII or full-width digits read as
// YYYYMMDD in 1900-2099.
func looksLikeDate(ds string) bool {
	var v [8]int
	n := 0
	for _, r := range ds {
		if n == 8 {
			return false
		}
		v[n] = digitOf(r)
		n++
	}
	if n != 8 {
		return false
	}
	year := v[0]*1000 + v[1]*100 + v[2]*10 + v[3]
	month := v[4]*10 + v[5]
	day := v[6]*10 + v[7]
	return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// digitOf returns the value of an ASCII or full-width digit.
func digitOf(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	return int(r - '0')
}
