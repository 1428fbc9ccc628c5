package detectors

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// canonicalAddress folds an address to the spelling most systems write
// (the usual spellings are their own canonical form, so that their
// findings need no canonical_hash): width and dashes everywhere, then each
// country's own rules (krAddress, jpAddress, twAddress, usAddress).
func canonicalAddress(country, v string) string {
	switch country {
	case "KR":
		if krIsCanonical(v) {
			return v
		}
		return krAddress(v)
	case "JP":
		if jpIsCanonical(v) {
			return v
		}
		return jpAddress(v)
	case "TW":
		if twIsCanonical(v) {
			return v
		}
		return twAddress(v)
	case "US":
		return usAddress(v)
	}
	return foldDashes(foldWidth(v))
}

// isBlockDash reports whether r stands for a dash between block numbers:
// isDash, and the katakana long vowel mark and box-drawing line that
// Japanese typists use for one.
func isBlockDash(r rune) bool { return isDash(r) || r == 'ー' || r == '─' }

// foldDashes writes every block dash after a digit as an ASCII hyphen.
func foldDashes(v string) string {
	if !hasDashAfterDigit(v) {
		return v
	}
	var b strings.Builder
	b.Grow(len(v))
	var prev rune
	for _, r := range v {
		if r != '-' && isBlockDash(r) && (prev >= '0' && prev <= '9' || prev == '-') {
			r = '-'
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isListSep reports whether r separates the parts of an address in a list:
// white space and commas.
func isListSep(r rune) bool { return r == ' ' || r == ',' || r == '，' || r == '、' }

// krProvince returns the official name of the province or metropolitan
// city that w names (서울, 서울시 → 서울특별시; the address detector's
// table), and whether w is another name of it. 광주시 is left alone: it
// is also a city of 경기도.
func krProvince(w string) (string, bool) {
	full, ok := loadAddressData().krSido[w]
	return full, ok && full != w && w != "광주시"
}

// krAddress writes a Korean address as 서울특별시 강남구 테헤란로 123, 101동
// 1203호: the province's full name (서울, 서울시 → 서울특별시), no 대한민국
// or 번지, the unit's parts as words (101동1203호 → 101동 1203호), and one
// comma, after the building number, when a unit follows.
func krAddress(v string) string {
	words := strings.FieldsFunc(foldDashes(foldWidth(v)), isListSep)
	if len(words) > 0 && words[0] == "대한민국" {
		words = words[1:]
	}
	if len(words) > 0 {
		if full, ok := krProvince(words[0]); ok {
			words[0] = full
		}
	}
	out := make([]string, 0, len(words)+2)
	for _, w := range words {
		w = strings.TrimSuffix(w, "번지")
		for {
			i := krUnitSplit(w)
			if i <= 0 {
				break
			}
			out = append(out, w[:i])
			w = w[i:]
		}
		if w != "" {
			out = append(out, w)
		}
	}
	for i := 1; i < len(out)-1; i++ {
		if isBuildingNumber(out[i]) && krEndsPlace(out[i-1]) {
			out[i] += ","
			break
		}
	}
	return strings.Join(out, " ")
}

// krUnitSplit returns the end of a unit word glued to the next one
// (101동1203호 → 101동, 5층502호 → 5층), or 0, in one pass over the bytes.
func krUnitSplit(w string) int {
	for i := 0; i+4 < len(w); i++ {
		if isASCIIDigit(w[i]) && (w[i+1:i+4] == "동" || w[i+1:i+4] == "층") && isASCIIDigit(w[i+4]) {
			return i + 4
		}
	}
	return 0
}

// isBuildingNumber reports whether w is a building or lot number: 123,
// 123-4.
func isBuildingNumber(w string) bool {
	a, b, dash := strings.Cut(w, "-")
	return allDigits(a) && (!dash || allDigits(b))
}

// krEndsPlace reports whether w names a road or a lot's area (테헤란로,
// 달맞이길, 정자동, 봉평리, 을지로3가): what a building number follows.
func krEndsPlace(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("로길동리가", r)
}

// kanjiDigits are the kanji numerals of block numbers (一丁目, 四段).
var kanjiDigits = map[rune]byte{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// kanjiNumber reads the kanji numeral (1..99: 三, 十二, 二十, 二十三) that
// ends s, returning its value and length in bytes, or 0, 0.
func kanjiNumber(s string) (n, size int) {
	var rs []rune
	i := len(s)
	for i > 0 && len(rs) < 3 {
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if _, ok := kanjiDigits[r]; !ok && r != '十' {
			break
		}
		rs = append([]rune{r}, rs...)
		i -= sz
	}
	for len(rs) > 0 {
		tens, ones, ok := 0, 0, true
		switch t := slices.Index(rs, '十'); {
		case t < 0 && len(rs) == 1:
			ones = int(kanjiDigits[rs[0]])
		case t < 0:
			ok = false
		default:
			tens = 1
			if t == 1 {
				tens = int(kanjiDigits[rs[0]])
			}
			if t+1 < len(rs) {
				ones = int(kanjiDigits[rs[t+1]])
			}
			ok = t <= 1 && len(rs)-t <= 2 && tens > 0 && (t+1 == len(rs) || ones > 0)
		}
		if ok {
			return tens*10 + ones, len(string(rs))
		}
		rs = rs[1:] // a longer run: read its end only
	}
	return 0, 0
}

// jpBlocks writes Japanese block numbers the short way: 1丁目2番3号,
// 一丁目2番地3 and 1丁目2-3 as 1-2-3, 1の2 as 1-2, 六本木1丁目 as 六本木1.
// 号室 (a room) is kept.
func jpBlocks(v string) string {
	v = strings.TrimPrefix(v, "日本")
	if !strings.ContainsAny(v, "丁番号の") {
		return v
	}
	var b strings.Builder
	b.Grow(len(v))
	// dash writes the separator a block word stands for: a dash before
	// another number, nothing at the end of the numbers.
	dash := func(next string) {
		if next != "" && next[0] >= '0' && next[0] <= '9' {
			b.WriteByte('-')
		}
	}
	for i := 0; i < len(v); {
		r, sz := utf8.DecodeRuneInString(v[i:])
		s := b.String()
		digitBefore := len(s) > 0 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
		switch {
		case strings.HasPrefix(v[i:], "丁目"):
			if !digitBefore {
				if n, size := kanjiNumber(s); size > 0 {
					b.Reset()
					b.WriteString(s[:len(s)-size])
					b.WriteString(strconv.Itoa(n))
					digitBefore = true
				}
			}
			if digitBefore {
				i += len("丁目")
				dash(v[i:])
				continue
			}
		case strings.HasPrefix(v[i:], "番地") && digitBefore:
			i += len("番地")
			dash(v[i:])
			continue
		case (r == '番' || r == 'の') && digitBefore:
			i += sz
			dash(v[i:])
			continue
		case r == '号' && digitBefore && !strings.HasPrefix(v[i+sz:], "室"):
			i += sz
			continue
		}
		b.WriteRune(r)
		i += sz
	}
	return b.String()
}

// jpAddress writes a Japanese address as 東京都港区六本木1-2-3 六本木ハイツ301号室:
// blocks the short way (jpBlocks), no postal code before it, no spaces
// but one between the block numbers and a building.
func jpAddress(v string) string {
	v = foldDashes(jpBlocks(foldWidth(v)))
	v = strings.TrimLeft(jpDropPostal(v), " ")
	var b strings.Builder
	b.Grow(len(v))
	state := 0 // 0 before the block numbers, 1 in them, 2 after
	for _, r := range v {
		if isListSep(r) {
			continue
		}
		num := r >= '0' && r <= '9' || r == '-'
		switch {
		case state == 0 && num:
			state = 1
		case state == 1 && !num:
			b.WriteByte(' ')
			state = 2
		}
		b.WriteRune(r)
	}
	return b.String()
}

// jpDropPostal drops a postal code (〒106-0032, 106-0032) that starts v.
func jpDropPostal(v string) string {
	s := strings.TrimPrefix(v, "〒")
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) && (isASCIIDigit(s[i]) || s[i] == '-') {
		i++
	}
	if d := strings.Count(s[:i], "-"); i == 8 && d == 1 && s[3] == '-' || i == 7 && d == 0 {
		return s[i:]
	}
	return v
}

// twFold folds Taiwanese spellings: 台 as 臺 (台北市, 臺北市), a floor
// written 5F as 5樓, and a section written 4段 as 四段.
func twFold(v string) string {
	if !strings.ContainsAny(v, "台Ff段") {
		return v
	}
	v = strings.ReplaceAll(v, "台", "臺")
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		digitBefore := i > 0 && v[i-1] >= '0' && v[i-1] <= '9'
		switch {
		case (c == 'F' || c == 'f') && digitBefore && (i+1 == len(v) || !isASCIILetter(v[i+1])):
			b.WriteString("樓")
			continue
		case c >= '1' && c <= '9' && !digitBefore && strings.HasPrefix(v[i+1:], "段"):
			b.WriteString(string("一二三四五六七八九"[3*(c-'1') : 3*(c-'1')+3]))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// twAddress writes a Taiwanese address as 臺北市大安區忠孝東路四段100號5樓:
// twFold's spellings, no spaces or commas.
func twAddress(v string) string {
	v = twFold(foldDashes(foldWidth(v)))
	if !strings.ContainsFunc(v, isListSep) {
		return v
	}
	return strings.Map(func(r rune) rune {
		if isListSep(r) {
			return -1
		}
		return r
	}, v)
}
