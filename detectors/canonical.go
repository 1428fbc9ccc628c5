package detectors

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Canonical returns the canonical form of v, the Normalized value of a
// Match of kind k in country: the key under which the spellings of one
// value count once. value_hash is of the normalised value, as CONTRACT.md
// fixes, so 서울특별시 and 서울, 1丁目2番3号 and 1-2-3, 臺北市 and 台北市,
// Street and St, 佐藤 健太 and 佐藤健太 are different values there; their
// canonical forms are equal. A canonical form is a key, not an address to
// print: it drops separators and folds case and width.
//
// Canonical returns v itself (no copy) when v is already canonical, which
// is the common case for phones (already E.164), access codes and most
// names.
//
// The folding is deliberately conservative: it merges spellings of one
// value and never two values a reader would tell apart, so a canonical
// count is a lower bound on spellings and an upper bound on places only in
// so far as an estate spells one place in ways this does not know (a
// prefecture left out, a building named in English).
func Canonical(k Kind, country, v string) string {
	switch k {
	case KindName:
		return canonicalName(v)
	case KindAddress:
		return canonicalAddress(country, v)
	case KindAccessCode:
		// #1234*, 1234# and 1234 are one code: the symbols around it are
		// the keypad's call and confirm keys.
		return strings.Trim(v, "#*")
	}
	return v
}

// hasWide reports whether s holds a full-width or half-width form
// (U+FF00..U+FFEF: EF BC..BF in UTF-8).
func hasWide(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xEF && s[i+1] >= 0xBC && s[i+1] <= 0xBF {
			return true
		}
	}
	return false
}

// foldWidth maps full-width ASCII to ASCII and half-width katakana to
// full-width (x/text/width.Fold), only when s has any.
func foldWidth(s string) string {
	if hasWide(s) {
		return width.Fold.String(s)
	}
	return s
}

func isASCIIAlnum(r rune) bool {
	return r < 0x80 && (isASCIILetter(byte(r)) || r >= '0' && r <= '9')
}

// canonicalName folds a name: Latin names to lower case without periods,
// hyphens or apostrophes, their words in sorted order (John Smith, SMITH
// JOHN and "Smith, John" are one name; so are Kim Min-jun and Kim Minjun);
// CJK names without the space between surname and given name.
func canonicalName(v string) string {
	latin := false
	for i := 0; i < len(v); i++ {
		if isASCIILetter(v[i]) {
			latin = true
			break
		}
	}
	if !latin {
		if !strings.ContainsRune(v, ' ') && !hasWide(v) && !strings.ContainsRune(v, '・') {
			return v
		}
		return nameSeps.Replace(foldWidth(v))
	}
	var b strings.Builder
	b.Grow(len(v))
	for _, r := range foldWidth(v) {
		switch {
		case r == '.' || r == '-' || r == '\'' || r == '’':
			continue
		case r == ',':
			r = ' '
		case r < 0x80:
			r = rune(lowerASCII(byte(r)))
		}
		b.WriteRune(r)
	}
	words := strings.Fields(b.String())
	slices.Sort(words)
	if s := strings.Join(words, " "); s != v {
		return s
	}
	return v
}

// nameSeps removes the separators of CJK names.
var nameSeps = strings.NewReplacer(" ", "", "・", "", "·", "")

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isBlockDash reports whether r stands for a dash between block numbers:
// isDash, and the katakana long vowel mark and box-drawing line that
// Japanese typists use for one.
func isBlockDash(r rune) bool { return isDash(r) || r == 'ー' || r == '─' }

// isAddrSep reports whether r separates the parts of an address without
// being part of any: white space, commas, the Japanese comma, periods
// (St. and St).
func isAddrSep(r rune) bool {
	switch r {
	case ' ', ',', '、', '，', '.', '。':
		return true
	}
	return false
}

// canonicalAddress folds an address: width, dashes, separators (kept as
// one space only between two ASCII letters or digits, so that 12 3층 and
// 123층 stay apart) and the country's own spellings (see krProvince,
// jpBlocks, twFold, usTokens).
func canonicalAddress(country, v string) string {
	v = foldWidth(v)
	switch country {
	case "KR":
		v = krProvince(v)
		v = strings.ReplaceAll(v, "번지", "")
	case "JP":
		v = jpBlocks(v)
	case "TW":
		v = twFold(v)
	case "US":
		return usTokens(v)
	}
	var b strings.Builder
	b.Grow(len(v))
	var prev rune
	sep := false
	for _, r := range v {
		if isAddrSep(r) {
			sep = true
			continue
		}
		if isBlockDash(r) && (prev >= '0' && prev <= '9' || prev == '-') {
			r = '-'
		}
		if r < 0x80 {
			r = rune(lowerASCII(byte(r)))
		}
		if sep && isASCIIAlnum(prev) && isASCIIAlnum(r) {
			b.WriteByte(' ')
		}
		sep = false
		b.WriteRune(r)
		prev = r
	}
	if s := b.String(); s != v {
		return s
	}
	return v
}

// krProvinces maps the short and old names of Korea's provinces and
// metropolitan cities, as the first word of an address, to their full
// names. 광주시 is left alone: it is also a city of 경기도.
var krProvinces = map[string]string{
	"서울": "서울특별시", "서울시": "서울특별시",
	"부산": "부산광역시", "부산시": "부산광역시",
	"대구": "대구광역시", "대구시": "대구광역시",
	"인천": "인천광역시", "인천시": "인천광역시",
	"광주": "광주광역시",
	"대전": "대전광역시", "대전시": "대전광역시",
	"울산": "울산광역시", "울산시": "울산광역시",
	"세종": "세종특별자치시", "세종시": "세종특별자치시",
	"경기": "경기도",
	"강원": "강원특별자치도", "강원도": "강원특별자치도",
	"충북": "충청북도", "충남": "충청남도",
	"전북": "전북특별자치도", "전라북도": "전북특별자치도",
	"전남": "전라남도", "경북": "경상북도", "경남": "경상남도",
	"제주": "제주특별자치도", "제주도": "제주특별자치도",
}

// krProvince replaces the first word of v by its full province name, and
// drops a leading 대한민국.
func krProvince(v string) string {
	v = strings.TrimPrefix(strings.TrimPrefix(v, "대한민국"), " ")
	first, rest, ok := strings.Cut(v, " ")
	if !ok {
		return v
	}
	if full, ok := krProvinces[first]; ok {
		return full + " " + rest
	}
	return v
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
		switch t := indexRune(rs, '十'); {
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

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
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
					b.WriteString(itoa(n))
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

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
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

// usWords maps the long forms of US street suffixes, directions and unit
// designators to the USPS abbreviations; every unit designator becomes #.
var usWords = map[string]string{
	"street": "st", "avenue": "ave", "av": "ave", "road": "rd", "boulevard": "blvd",
	"drive": "dr", "lane": "ln", "court": "ct", "place": "pl", "terrace": "ter",
	"parkway": "pkwy", "highway": "hwy", "circle": "cir", "square": "sq", "trail": "trl",
	"north": "n", "south": "s", "east": "e", "west": "w",
	"northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
	"apartment": "#", "apt": "#", "unit": "#", "suite": "#", "ste": "#",
}

// usStateNames maps the states' names to their USPS codes.
var usStateNames = map[string]string{
	"alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
	"colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
	"hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
	"kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
	"massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
	"missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "ohio": "oh",
	"oklahoma": "ok", "oregon": "or", "pennsylvania": "pa", "tennessee": "tn", "texas": "tx",
	"utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa", "wisconsin": "wi",
	"wyoming": "wy",
}

// usTokens folds a US address word by word: lower case, no periods or
// commas, USPS abbreviations (usWords), unit numbers written "# 4b", ZIP+4
// cut to the ZIP, no trailing USA. A state's name is folded only after a
// comma, so that Washington St stays a street. Words are joined by one
// space.
func usTokens(v string) string {
	var out []string
	afterComma := false
	for _, part := range strings.SplitAfter(strings.ToLower(v), ",") {
		for _, w := range strings.Fields(part) {
			w = strings.Trim(w, ".,")
			if strings.HasPrefix(w, "#") && len(w) > 1 {
				out = append(out, "#")
				w = w[1:]
			}
			if a, ok := usWords[w]; ok {
				w = a
			} else if a, ok := usStateNames[w]; ok && afterComma {
				w = a
			}
			if len(w) == 10 && w[5] == '-' && allDigits(w[:5]) && allDigits(w[6:]) {
				w = w[:5]
			}
			if w != "" {
				out = append(out, w)
			}
		}
		afterComma = true
	}
	if n := len(out); n > 0 && (out[n-1] == "usa" || out[n-1] == "us") {
		out = out[:n-1]
	}
	return strings.Join(out, " ")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
