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
	cueWeak                      // a role word precedes the name: 고객 김민준, 客服 陳志明
	cuePhone                     // a phone number follows the name: 김민준 010-1234-5678
	cueColon                     // a colon before a CJK name that ends its clause: "in Taipei: 戴志豪, ..."
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
// Role cues (고객, 상담원, 客服) name a role rather than ask for a name, so
// a short name after them needs more support (see cueWeak).
var nameCues = []nameCue{
	{"성함", cueBefore, langKR}, {"이름", cueBefore, langKR}, {"성명", cueBefore, langKR},
	{"수령인", cueBefore, langKR}, {"수취인", cueBefore, langKR}, {"받는 분", cueBefore, langKR},
	{"받는분", cueBefore, langKR}, {"받는 사람", cueBefore, langKR}, {"받으시는 분", cueBefore, langKR},
	{"주문자", cueBefore, langKR}, {"보내는 분", cueBefore, langKR}, {"보내는분", cueBefore, langKR},
	{"보내는 사람", cueBefore, langKR}, {"예금주", cueBefore, langKR}, {"신청자", cueBefore, langKR},
	{"예약자", cueBefore, langKR}, {"구매자", cueBefore, langKR}, {"작성자", cueBefore, langKR},
	{"제가", cueBefore, langKR}, {"저는", cueBefore, langKR},
	{"고객", cueWeak, langKR}, {"고객님", cueWeak, langKR}, {"상담원", cueWeak, langKR},
	{"회원", cueWeak, langKR}, {"환자", cueWeak, langKR}, {"담당자", cueWeak, langKR},
	{"어머니", cueWeak, langKR}, {"아버지", cueWeak, langKR}, {"엄마", cueWeak, langKR},
	{"아빠", cueWeak, langKR}, {"아들", cueWeak, langKR}, {"딸", cueWeak, langKR},
	{"남편", cueWeak, langKR}, {"아내", cueWeak, langKR}, {"와이프", cueWeak, langKR},
	{"동생", cueWeak, langKR}, {"언니", cueWeak, langKR}, {"오빠", cueWeak, langKR},
	{"누나", cueWeak, langKR}, {"할머니", cueWeak, langKR}, {"할아버지", cueWeak, langKR},
	{"팀", cueWeak, langKR}, {"기사", cueWeak, langKR}, {"대표", cueWeak, langKR},
	{"님", cueAfter, langKR}, {"씨", cueAfter, langKR}, {"귀하", cueAfter, langKR},
	{"앞으로", cueAfter, langKR},

	{"氏名", cueBefore, langJP}, {"お名前", cueBefore, langJP}, {"名前", cueBefore, langJP},
	{"フリガナ", cueBefore, langJP}, {"ふりがな", cueBefore, langJP}, {"受取人", cueBefore, langJP},
	{"宛名", cueBefore, langJP}, {"担当", cueBefore, langJP}, {"ご担当", cueBefore, langJP},
	{"契約者", cueBefore, langJP}, {"申込者", cueBefore, langJP}, {"名義", cueBefore, langJP},
	{"様", cueAfter, langJP}, {"さま", cueAfter, langJP}, {"さん", cueAfter, langJP},
	{"殿", cueAfter, langJP}, {"くん", cueAfter, langJP}, {"ちゃん", cueAfter, langJP},
	{"氏", cueAfter, langJP}, {"宛", cueAfter, langJP}, {"です", cueAfter, langJP},

	{"姓名", cueBefore, langZH}, {"收件人", cueBefore, langZH}, {"收貨人", cueBefore, langZH},
	{"收货人", cueBefore, langZH}, {"寄件人", cueBefore, langZH}, {"聯絡人", cueBefore, langZH},
	{"联系人", cueBefore, langZH}, {"訂購人", cueBefore, langZH}, {"订购人", cueBefore, langZH},
	{"持卡人", cueBefore, langZH}, {"戶名", cueBefore, langZH}, {"户名", cueBefore, langZH},
	{"我是", cueBefore, langZH}, {"我叫", cueBefore, langZH}, {"找", cueBefore, langZH},
	{"收件者", cueBefore, langZH}, {"代收人", cueBefore, langZH},
	{"客戶", cueWeak, langZH}, {"客户", cueWeak, langZH}, {"客服", cueWeak, langZH},
	{"先生", cueAfter, langZH}, {"小姐", cueAfter, langZH}, {"女士", cueAfter, langZH},
	{"為您服務", cueAfter, langZH}, {"为您服务", cueAfter, langZH},

	{"name", cueBefore, langEN}, {"customer", cueBefore, langEN}, {"recipient", cueBefore, langEN},
	{"attn", cueBefore, langEN}, {"attention", cueBefore, langEN}, {"ship to", cueBefore, langEN},
	{"bill to", cueBefore, langEN}, {"deliver to", cueBefore, langEN}, {"contact", cueBefore, langEN},
	{"cardholder", cueBefore, langEN}, {"patient", cueBefore, langEN}, {"my name is", cueBefore, langEN},
	{"order to", cueBefore, langEN}, {"this is", cueWeak, langEN}, {"i'm", cueWeak, langEN},
	{"i am", cueWeak, langEN}, {"hello", cueWeak, langEN}, {"hi ", cueWeak, langEN}, {"hi,", cueWeak, langEN},
	{"thanks", cueWeak, langEN}, {"thank you", cueWeak, langEN}, {"regards", cueWeak, langEN},
	{"sincerely", cueWeak, langEN}, {"cheers", cueWeak, langEN}, {"confirmation", cueWeak, langEN},
	{"from:", cueBefore, langEN}, {"signed", cueWeak, langEN}, {"account holder", cueBefore, langEN},
	// Titles: after a space or at the start of a line, so that "items " is
	// not "ms ".
	{" mr.", cueTitle, langEN}, {" mrs.", cueTitle, langEN}, {" ms.", cueTitle, langEN},
	{" dr.", cueTitle, langEN}, {" mr ", cueTitle, langEN}, {" mrs ", cueTitle, langEN},
	{" ms ", cueTitle, langEN}, {" miss ", cueTitle, langEN}, {"dear ", cueTitle, langEN},
	{"\nmr.", cueTitle, langEN}, {"\nmrs.", cueTitle, langEN}, {"\nms.", cueTitle, langEN},
	{"\ndr.", cueTitle, langEN}, {"\nmr ", cueTitle, langEN}, {"\nms ", cueTitle, langEN},

	// Where a phone number starts right after a name (김민준 010-1234-5678,
	// 王志明 0956-351-488, Judith Grant, (312) 806-0157), the name needs no
	// cue word: the phone number is the evidence.
	{" 0", cuePhone, langAny}, {" +", cuePhone, langAny}, {" (", cuePhone, langAny},
	{"（", cuePhone, langAny}, {" ０", cuePhone, langAny}, {"\u3000０", cuePhone, langAny},
	{", 0", cuePhone, langAny}, {", 1", cuePhone, langAny}, {", 2", cuePhone, langAny},
	{", 3", cuePhone, langAny}, {", 4", cuePhone, langAny}, {", 5", cuePhone, langAny},
	{", 6", cuePhone, langAny}, {", 7", cuePhone, langAny}, {", 8", cuePhone, langAny},
	{", 9", cuePhone, langAny}, {", (", cuePhone, langAny}, {", +", cuePhone, langAny},
	{", ０", cuePhone, langAny}, {"/ 0", cuePhone, langAny}, {"/ +", cuePhone, langAny},

	// A colon before a CJK name. The cue words end with the lead byte of a
	// three-byte UTF-8 sequence (kana, CJK ideographs, Hangul: E3-ED), so
	// that the colons of logs and JSON ("status": 200) never hit.
	{": \xe3", cueColon, langAny}, {": \xe4", cueColon, langAny}, {": \xe5", cueColon, langAny},
	{": \xe6", cueColon, langAny}, {": \xe7", cueColon, langAny}, {": \xe8", cueColon, langAny},
	{": \xe9", cueColon, langAny}, {": \xea", cueColon, langAny}, {": \xeb", cueColon, langAny},
	{": \xec", cueColon, langAny}, {": \xed", cueColon, langAny}, {"：", cueColon, langAny},
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
		if c, ok := d.wholeCell(s, partNameField(in.Field), personField(in.Field)); ok {
			d.put(s, c, emit)
			return
		}
		// A name column holding more than a name ("김민준 (VIP)"): its start
		// still counts as a cue, if the rest reads as a remark.
		if c, ok := d.forward(s, skipSeparators(s, 0), langAny, true); ok && nameTailOK(s, c) {
			d.put(s, c, emit)
		}
	} else if in.Row >= 0 && in.Field != "" && d.field.kind(in.Field) == "" && !d.field.excluded() {
		// A cell of an opaque column: only a name the tables know well.
		if c, ok := d.structuredCell(s); ok {
			d.put(s, c, emit)
			return
		}
	}
	for _, h := range in.Hits {
		if h.Cue < 0 || h.Cue >= len(nameCues) {
			continue
		}
		cue := nameCues[h.Cue]
		switch cue.role {
		case cueBefore, cueWeak:
			if cue.lang == langEN && !latinCueAt(s, h.Start, h.End) {
				continue
			}
			p := afterCue(s, h.End, cue.lang)
			c, ok := d.forward(s, p, cue.lang, false)
			if ok && cue.role == cueWeak {
				ok = d.weakOK(s, c)
				// A speaker label (고객: ...) is followed by a message: a name
				// there must stand alone or carry its particle.
				if r, _ := runeAt(s, h.End); ok && (r == ':' || r == '：') {
					r2, _ := runeAt(s, c.end)
					ok = isHangulSyllable(r2) || clauseEnds(s, c.end)
				}
			}
			if ok {
				d.put(s, c, emit)
			}
		case cueTitle:
			if r, _ := runeBefore(s, h.Start); isLatinLetter(r) && s[h.Start] != ' ' && s[h.Start] != '\n' {
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
		case cuePhone:
			if c, ok := d.beforePhone(s, h); ok {
				d.put(s, c, emit)
			}
		case cueColon:
			p := skipSpaces(s, h.Start+1)
			if s[h.Start] != ':' {
				p = h.End // ：
			}
			if hasAnySuffix(strings.TrimRight(s[max(0, h.Start-24):h.Start], " "), colonNotPerson) {
				continue // 예: 박가부대, 상호: ..., 商品：...
			}
			if r, _ := runeAt(s, p); !isCJKNameRune(r) {
				continue
			}
			if c, ok := d.forward(s, p, langAny, false); ok && d.weakOK(s, c) && clauseEnds(s, c.end) {
				c.conf = min(c.conf, 0.7)
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
	m := Match{Start: c.start, End: c.end, Kind: KindName, Confidence: c.conf, Normalized: normalizeValue(v)}
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
// name cell when field is true). The script of the text decides the
// grammar; the cue's language only breaks the tie between Japanese and
// Chinese readings of Han characters.
func (d *Name) forward(s string, p int, lang nameLang, field bool) (nameCand, bool) {
	r, _ := runeAt(s, p)
	switch {
	case isHangulSyllable(r):
		return d.krForward(s, p, field)
	case isHan(r):
		if lang != langJP && lang != langZH {
			lang = langAny
		}
		return d.hanForward(s, p, lang, field)
	case isKana(r):
		if lang == langJP || lang == langAny || field {
			return d.kanaForward(s, p, field)
		}
	case isLatinLetter(r):
		return d.latinForward(s, p, cueBefore, field)
	}
	return nameCand{}, false
}

// weakOK says whether a name read after a role word (고객, 상담원, 客服) or
// a greeting (Hi, Thanks) has enough support of its own: three characters
// or more, or an honorific, a job title or a colon right after it;
// two-syllable words after a role word are mostly not names (상담원: 교환
// 회수 ...). A Latin name after a greeting must start with a known given
// name (not "from Fort Lee").
func (d *Name) weakOK(s string, c nameCand) bool {
	if c.lang == langEN {
		e := latinWord(s, c.start)
		return d.knownGiven(s[c.start:e])
	}
	if runeCount(s[c.start:c.end]) >= 3 {
		return true
	}
	if strings.HasPrefix(s[c.end:], "입니다") {
		return true // 상담원 이솔입니다
	}
	r, n := runeAt(s, c.end)
	switch r {
	case '님', '씨', '様', 'さ', ':', '：':
		return true
	case ' ':
		q := c.end + n
		e := runEnd(s, q, isHangulSyllable)
		for _, t := range krTitles {
			if strings.HasPrefix(s[q:e], t) {
				return true // 하훈 과장
			}
		}
	}
	return false
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
func (d *Name) wholeCell(s string, part, person bool) (nameCand, bool) {
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
		return d.latinWhole(s, start, end, part, person)
	}
	return nameCand{}, false
}

// nameTailOK says whether what follows a name at the start of a name cell
// is compatible with the cell holding a name with a remark ("김민준 (VIP)",
// "John Smith, 555-0100", "佐藤太郎様") rather than a product name that
// begins with a surname ("정관장 홍삼정 240g", "山崎 ランチパック").
func nameTailOK(s string, c nameCand) bool {
	i := c.end
	r, _ := runeAt(s, i)
	switch {
	case i >= len(s):
		return true
	case c.lang == langKR && isHangulSyllable(r):
		return true // krSplit checked the particle or honorific
	case r == '様' || r == '殿' || strings.HasPrefix(s[i:], "さん") || strings.HasPrefix(s[i:], "さま"):
		return true
	}
	i = skipSpaces(s, i)
	if i >= len(s) {
		return true
	}
	r, _ = runeAt(s, i)
	if isDigitRune(r) || r == '+' || r == '＋' {
		return phoneLikeAt(s, i) // "John Smith 555-0100", not "王子麵 5入"
	}
	if strings.ContainsRune("(（,，/|-–·:;<[", r) || r == '\n' || r == '\r' {
		return true
	}
	return r == '님' || r == '씨' || r == '様' || r == '先' || r == '小' || r == '女'
}

// partNameField reports whether a field holds one part of a name only
// (first_name, last_name, surname, given_name).
func partNameField(field string) bool {
	f := strings.ToLower(field)
	for _, w := range [...]string{"first", "last", "given", "family", "surname", "middle", "fname", "lname"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// personField reports whether a field is named for a person's name
// specifically (full_name, customer_name, recipient), unlike a bare "name"
// that often holds product names.
func personField(field string) bool {
	if partNameField(field) {
		return true
	}
	f := strings.ToLower(field)
	for _, w := range [...]string{"full", "customer", "recipient", "receiver", "person", "contact", "holder", "member", "patient", "user_real"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
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
	var particles []string
	switch lang {
	case langKR:
		particles = []string{"은요", "은", "는", "이", ":"}
	case langJP:
		particles = []string{"の", "は", "が", "："}
	}
	for _, part := range particles {
		if strings.HasPrefix(s[p:], part) {
			q := p + len(part)
			if r, _ := runeAt(s, q); !isHangulSyllable(r) || lang == langJP {
				p = q
			}
			break
		}
	}
	if lang == langEN {
		q := skipSpaces(s, p)
		if strings.HasPrefix(s[q:], "is ") {
			q += 3
		}
		// "Thanks,\nJane Doe", "ship my order to:\nJane Doe": the name may
		// stand on the next line.
		for q < len(s) && (s[q] == ',' || s[q] == '!' || s[q] == '.' || s[q] == ':') {
			q++
		}
		q = skipSpaces(s, q)
		if q < len(s) && s[q] == '\r' {
			q++
		}
		if q < len(s) && s[q] == '\n' {
			q++
		}
		p = q
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

// colonNotPerson are labels whose value after a colon is not a person:
// examples, firms, shops and products.
var colonNotPerson = []string{
	"예", "예시", "상호", "회사", "업체", "브랜드", "상품", "제품", "품명", "상품명", "매장", "지점", "은행",
	"例", "例如", "例えば", "会社", "商品", "品名", "店舗", "公司", "品牌", "商店", "銀行",
}

// latinCueAt is latinWordAt for a cue that may end with a space or a
// comma ("hi ", "hi,"): only a cue ending in a letter must end a word.
func latinCueAt(s string, start, end int) bool {
	if isASCIILetter(s[end-1]) {
		return latinWordAt(s, start, end)
	}
	r, _ := runeBefore(s, start)
	return !isLatinLetter(r)
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

// clauseEnds reports whether a name ending at i closes its clause: a comma,
// the end of the line or text, or a phone number after it.
func clauseEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, n := runeAt(s, i)
	switch r {
	case ',', '，', '、', '\n', '\r':
		return true
	case ' ', 0x3000:
		return phoneLikeAt(s, i+n)
	}
	return false
}

// fieldCache remembers the kind of the last field name seen, since the
// records of one column arrive one after another.
type fieldCache struct {
	name string
	k    Kind
	excl bool // the field is named for something else (product_name, brand)
	set  bool
}

// excluded reports whether the last field looked up is named for a value
// that is not personal data (product, brand, company ...).
func (f *fieldCache) excluded() bool { return f.excl }

func (f *fieldCache) kind(field string) Kind {
	if field == "" {
		return ""
	}
	if !f.set || f.name != field {
		f.name, f.k, f.set = strings.Clone(field), FieldKind(field), true
		f.excl = false
		low := strings.ToLower(field)
		if i := strings.LastIndexAny(low, ".$/"); i >= 0 {
			low = low[i+1:]
		}
		for _, x := range fieldExclusions {
			if x != "ip" && strings.Contains(low, x) {
				f.excl = true
			}
		}
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
