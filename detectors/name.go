package detectors

import "strings"

// Name finds person names written in Hangul (Korean), kanji and kana
// (Japanese), Hanzi (Taiwanese/Chinese) and Latin letters (US).
//
// A name in free text needs evidence: a cue word before it (성함, 氏名, 姓名,
// Name:, Mr. ...) or an honorific right after it (님, 씨, 様, さん, 先生,
// 小姐 ...). In structured data a name column (by its header or by the
// scanner's profile) is evidence enough, and the whole cell is checked as a
// name. Candidates are validated against embedded surname tables, given-name
// tables and stop words, so that 이번, 정보, 고객님 or お客様 are not names.
type Name struct {
	t       *nameData
	field   fieldCache
	emitted [][2]int // spans emitted for the current input
}

var _ Detector = (*Name)(nil)

// NewName returns the detector. The embedded tables are parsed once per
// process and shared.
func NewName() *Name { return &Name{t: loadNameData()} }

// Kind implements Detector.
func (*Name) Kind() Kind { return KindName }

// nameCueRole says where the name stands relative to a cue word.
type nameCueRole uint8

const (
	cueBefore nameCueRole = iota // the cue precedes the name: 성함: 김민준, Name: John Smith
	cueAfter                     // an honorific follows the name: 김민준님, 佐藤様, 陳先生
	cueTitle                     // a Latin title directly precedes the name: Mr. Smith
)

// nameLang is the language a cue belongs to; it picks the name grammar.
type nameLang uint8

const (
	langAny nameLang = iota
	langKR
	langJP
	langZH
	langEN
)

type nameCue struct {
	word string
	role nameCueRole
	lang nameLang
}

// nameCues are the words whose occurrences the name detector asks for.
var nameCues = []nameCue{
	{"성함", cueBefore, langKR}, {"이름", cueBefore, langKR}, {"성명", cueBefore, langKR},
	{"수령인", cueBefore, langKR}, {"수취인", cueBefore, langKR}, {"받는 분", cueBefore, langKR},
	{"받는분", cueBefore, langKR}, {"받는 사람", cueBefore, langKR}, {"받으시는 분", cueBefore, langKR},
	{"고객", cueBefore, langKR}, {"고객님", cueBefore, langKR}, {"상담원", cueBefore, langKR},
	{"주문자", cueBefore, langKR}, {"보내는 분", cueBefore, langKR}, {"보내는분", cueBefore, langKR},
	{"보내는 사람", cueBefore, langKR}, {"예금주", cueBefore, langKR}, {"담당자", cueBefore, langKR},
	{"신청자", cueBefore, langKR}, {"예약자", cueBefore, langKR}, {"구매자", cueBefore, langKR},
	{"회원", cueBefore, langKR}, {"환자", cueBefore, langKR}, {"작성자", cueBefore, langKR},
	{"님", cueAfter, langKR}, {"씨", cueAfter, langKR}, {"귀하", cueAfter, langKR},

	{"氏名", cueBefore, langJP}, {"お名前", cueBefore, langJP}, {"名前", cueBefore, langJP},
	{"フリガナ", cueBefore, langJP}, {"ふりがな", cueBefore, langJP}, {"受取人", cueBefore, langJP},
	{"宛名", cueBefore, langJP}, {"担当者", cueBefore, langJP}, {"ご担当", cueBefore, langJP},
	{"契約者", cueBefore, langJP}, {"申込者", cueBefore, langJP}, {"名義", cueBefore, langJP},
	{"様", cueAfter, langJP}, {"さま", cueAfter, langJP}, {"さん", cueAfter, langJP},
	{"殿", cueAfter, langJP}, {"くん", cueAfter, langJP}, {"ちゃん", cueAfter, langJP},
	{"氏", cueAfter, langJP}, {"宛", cueAfter, langJP},

	{"姓名", cueBefore, langZH}, {"收件人", cueBefore, langZH}, {"收貨人", cueBefore, langZH},
	{"收货人", cueBefore, langZH}, {"寄件人", cueBefore, langZH}, {"聯絡人", cueBefore, langZH},
	{"联系人", cueBefore, langZH}, {"客戶", cueBefore, langZH}, {"客户", cueBefore, langZH},
	{"訂購人", cueBefore, langZH}, {"订购人", cueBefore, langZH}, {"持卡人", cueBefore, langZH},
	{"先生", cueAfter, langZH}, {"小姐", cueAfter, langZH}, {"女士", cueAfter, langZH},

	{"name", cueBefore, langEN}, {"customer", cueBefore, langEN}, {"recipient", cueBefore, langEN},
	{"attn", cueBefore, langEN}, {"attention", cueBefore, langEN}, {"ship to", cueBefore, langEN},
	{"bill to", cueBefore, langEN}, {"deliver to", cueBefore, langEN}, {"contact", cueBefore, langEN},
	{"cardholder", cueBefore, langEN}, {"patient", cueBefore, langEN}, {"my name is", cueBefore, langEN},
	{"mr.", cueTitle, langEN}, {"mrs.", cueTitle, langEN}, {"ms.", cueTitle, langEN},
	{"dr.", cueTitle, langEN}, {"mr ", cueTitle, langEN}, {"mrs ", cueTitle, langEN},
	{"ms ", cueTitle, langEN}, {"miss ", cueTitle, langEN}, {"dear ", cueTitle, langEN},
}

// Cues implements Detector.
func (*Name) Cues() []string {
	out := make([]string, len(nameCues))
	for i, c := range nameCues {
		out[i] = c.word
	}
	return out
}

// nameCand is a validated name inside the text.
type nameCand struct {
	start, end int
	lang       nameLang
	surname    int // byte length of the surname at start (0 if unknown)
	conf       float64
}

// Detect implements Detector.
func (d *Name) Detect(in *Input, emit func(Match)) {
	s := in.Text
	d.emitted = d.emitted[:0]
	if in.Column == KindName || d.field.kind(in.Field) == KindName {
		if c, ok := d.wholeCell(s); ok {
			d.put(s, c, emit)
			return
		}
		// A name column holding more than a name ("김민준 (VIP)"): its start
		// still counts as a cue.
		if c, ok := d.forward(s, skipSeparators(s, 0), langAny, true); ok {
			d.put(s, c, emit)
		}
	}
	for _, h := range in.Hits {
		if h.Cue < 0 || h.Cue >= len(nameCues) {
			continue
		}
		cue := nameCues[h.Cue]
		switch cue.role {
		case cueBefore:
			if cue.lang == langEN && !latinWordAt(s, h.Start, h.End) {
				continue
			}
			p := afterCue(s, h.End, cue.lang)
			if c, ok := d.forward(s, p, cue.lang, false); ok {
				d.put(s, c, emit)
			}
		case cueTitle:
			if r, _ := runeBefore(s, h.Start); isLatinLetter(r) {
				continue
			}
			p := skipSpaces(s, h.End)
			if c, ok := d.latinForward(s, p, cueTitle, false); ok {
				d.put(s, c, emit)
			}
		case cueAfter:
			if c, ok := d.backward(s, h, cue); ok {
				d.put(s, c, emit)
			}
		}
	}
}

// put emits c unless it overlaps a name already emitted for this input.
func (d *Name) put(s string, c nameCand, emit func(Match)) {
	if c.start < 0 || c.end > len(s) || c.start >= c.end {
		return
	}
	// Hits come in text order and names are short, so only the last few
	// emitted spans can overlap a new one.
	for _, e := range d.emitted[max(len(d.emitted)-4, 0):] {
		if c.start < e[1] && e[0] < c.end {
			return
		}
	}
	d.emitted = append(d.emitted, [2]int{c.start, c.end})
	v := s[c.start:c.end]
	m := Match{Start: c.start, End: c.end, Kind: KindName, Confidence: c.conf, Normalized: NormalizeText(v)}
	switch c.lang {
	case langKR:
		m.Subtype, m.Country = "kr_name", "KR"
		m.Masked = maskCJKName(v, c.surname, true)
	case langJP:
		m.Subtype, m.Country = "jp_name", "JP"
		m.Masked = maskJPName(v, c.surname)
	case langZH:
		m.Subtype, m.Country = "tw_name", "TW"
		m.Masked = maskCJKName(v, c.surname, true)
	default:
		m.Subtype, m.Country = "latin_name", "US"
		m.Masked = maskLatinName(v)
	}
	emit(m)
}

// forward reads a name that starts at p (after a cue, or at the start of a
// name cell when field is true).
func (d *Name) forward(s string, p int, lang nameLang, field bool) (nameCand, bool) {
	r, _ := runeAt(s, p)
	switch {
	case isHangulSyllable(r):
		if lang == langKR || lang == langAny {
			return d.krForward(s, p, field)
		}
	case isHan(r):
		if lang != langKR && lang != langEN {
			return d.hanForward(s, p, lang, field)
		}
	case isKana(r):
		if lang == langJP || lang == langAny {
			return d.kanaForward(s, p, field)
		}
	case isLatinLetter(r):
		if lang == langEN || lang == langAny {
			return d.latinForward(s, p, cueBefore, field)
		}
	}
	return nameCand{}, false
}

// backward reads a name that ends right before the honorific of hit h.
func (d *Name) backward(s string, h Hit, cue nameCue) (nameCand, bool) {
	switch cue.lang {
	case langKR:
		return d.krBackward(s, h, cue)
	default:
		return d.hanBackward(s, h, cue)
	}
}

// wholeCell checks a whole name-column cell.
func (d *Name) wholeCell(s string) (nameCand, bool) {
	start, end := trimCell(s)
	if end-start < 2 || end-start > 80 {
		return nameCand{}, false
	}
	v := s[start:end]
	var hangul, han, kana, latin, other int
	for _, r := range v {
		switch scriptOf(r) {
		case scriptHangul:
			hangul++
		case scriptHan:
			han++
		case scriptHiragana, scriptKatakana:
			kana++
		case scriptLatin:
			latin++
		case scriptSpace:
		default:
			if r != '.' && r != '-' && r != '\'' && r != ',' && r != '·' && r != '・' {
				other++
			}
		}
	}
	if other > 0 {
		return nameCand{}, false
	}
	switch {
	case hangul > 0 && han+kana+latin == 0:
		return d.krWhole(s, start, end)
	case (han > 0 || kana > 0) && hangul+latin == 0:
		return d.jpzhWhole(s, start, end, han, kana)
	case latin > 0 && hangul+han+kana == 0:
		return d.latinWhole(s, start, end)
	}
	return nameCand{}, false
}

// trimCell returns the span of s without surrounding spaces and quotes.
func trimCell(s string) (int, int) {
	start, end := 0, len(s)
	for start < end {
		r, n := runeAt(s, start)
		if !isSpaceRune(r) && r != '"' && r != '\'' && r != '\n' && r != '\r' {
			break
		}
		start += n
	}
	for end > start {
		r, n := runeBefore(s, end)
		if !isSpaceRune(r) && r != '"' && r != '\'' && r != '\n' && r != '\r' {
			break
		}
		end -= n
	}
	return start, end
}

// afterCue returns where the value after a cue word starts: it skips a
// Korean topic particle, separators such as ':' and '=', quotes and spaces.
func afterCue(s string, p int, lang nameLang) int {
	if lang == langKR {
		for _, part := range [...]string{"은요", "은", "는", "이", ":"} {
			if strings.HasPrefix(s[p:], part) {
				q := p + len(part)
				if r, _ := runeAt(s, q); !isHangulSyllable(r) {
					p = q
				}
				break
			}
		}
	}
	if lang == langEN {
		q := skipSpaces(s, p)
		if strings.HasPrefix(s[q:], "is ") {
			p = q + 3
		}
	}
	return skipSeparators(s, p)
}

// skipSeparators skips spaces and the punctuation that separates a label
// from its value (: ： = - | > quotes brackets).
func skipSeparators(s string, p int) int {
	for n := 0; p < len(s) && n < 8; n++ {
		r, w := runeAt(s, p)
		switch r {
		case ' ', '\t', 0x3000, 0xA0, ':', '：', '=', '-', '|', '>', '"', '\'', '「', '『', '【', '[', '(', '（', '<', '・', '/', ',', '，', '、':
			p += w
		default:
			return p
		}
	}
	return p
}

// latinWordAt reports whether s[start:end] is a whole Latin word: not
// preceded or followed by a letter (username, names and renamed are not the
// cue "name").
func latinWordAt(s string, start, end int) bool {
	if r, _ := runeBefore(s, start); isLatinLetter(r) {
		return false
	}
	r, _ := runeAt(s, end)
	return !isLatinLetter(r)
}

// fieldCache remembers the kind of the last field name seen, since the
// records of one column arrive one after another.
type fieldCache struct {
	name string
	k    Kind
	set  bool
}

func (f *fieldCache) kind(field string) Kind {
	if field == "" {
		return ""
	}
	if !f.set || f.name != field {
		f.name, f.k, f.set = strings.Clone(field), FieldKind(field), true
	}
	return f.k
}

// maskCJKName keeps the surname (the first surnameLen bytes, or the first
// rune) and masks the given name; a two-syllable given name after a
// one-syllable surname keeps its last syllable (김*준, 陳*明), as is usual.
func maskCJKName(v string, surnameLen int, keepLast bool) string {
	v = strings.ReplaceAll(v, " ", "")
	rs := []rune(v)
	sl := runeCount(v[:min(max(surnameLen, 0), len(v))])
	if sl == 0 {
		sl = 1
	}
	if sl >= len(rs) {
		return string(rs[:1]) + strings.Repeat("*", len(rs)-1)
	}
	var b strings.Builder
	b.WriteString(string(rs[:sl]))
	given := len(rs) - sl
	if keepLast && sl == 1 && given == 2 {
		b.WriteByte('*')
		b.WriteRune(rs[len(rs)-1])
		return b.String()
	}
	b.WriteString(strings.Repeat("*", given))
	return b.String()
}

// maskJPName keeps the surname and masks the given name: 佐藤 **.
func maskJPName(v string, surnameLen int) string {
	rs := []rune(strings.ReplaceAll(strings.ReplaceAll(v, " ", ""), "\u3000", ""))
	sl := 0
	if surnameLen > 0 && surnameLen <= len(v) {
		sl = runeCount(strings.TrimSpace(v[:surnameLen]))
	}
	if sl == 0 || sl >= len(rs) {
		return string(rs[:1]) + strings.Repeat("*", len(rs)-1)
	}
	return string(rs[:sl]) + " " + strings.Repeat("*", len(rs)-sl)
}

// maskLatinName keeps the first letter of every word: J*** S****.
func maskLatinName(v string) string {
	var b strings.Builder
	first := true
	for _, r := range v {
		switch {
		case isSpaceRune(r) || r == ',':
			b.WriteRune(r)
			first = true
		case first:
			b.WriteRune(r)
			first = false
		default:
			b.WriteByte('*')
		}
	}
	return b.String()
}
