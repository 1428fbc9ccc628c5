package detectors

import (
	"strings"
	"unicode/utf8"
)

// Name finds person names written in Hangul (Korean), kanji and kana
// (Japanese), Hanzi (Taiwanese/Chinese) and Latin letters (US).
//
// A name in free text needs evidence: a cue word before it (성함, 氏名, 姓名,
// Name:, Mr. ...) or an honorific right after it (님, 씨, 様, さん, 先生,
// 小姐 ...). In structured data a name column (by its header or by the
// scanner's profile) is evidence enough, and the whole cell is checked as a
// name. Candidates are validated against embedded surname tables, given-name
// tables and stop words, so that 이번, 정보, 고객님 or お客様 are not names.
// Three shapes need no cue and get confidence 0.6: a Latin given name and
// surname both in the tables (Spoke with Karen Walker), a Korean name with
// a case particle that ends its word (김민수가 취소함), and a Japanese
// surname and given name from the tables before a particle (山田花子が).
type Name struct {
	t       *nameData
	field   fieldCache
	emitted [][2]int // spans emitted for the current input
	krMemo  *[256]krSplitEntry
}

var _ Detector = (*Name)(nil)

// NewName returns the detector. The embedded tables are parsed once per
// process and shared.
func NewName() *Name { return &Name{t: loadNameData(), krMemo: new([256]krSplitEntry)} }

// Kind implements Detector.
func (*Name) Kind() Kind { return KindName }

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
	var fi fieldInfo
	if in.facts != nil {
		fi = in.facts.name
	} else {
		fi = d.field.info(in.Field)
	}
	if in.Column == KindName || fi.kind == KindName {
		if c, ok := d.wholeCell(s, fi.part, fi.person); ok {
			d.put(s, c, emit)
			return
		}
		// A name column holding more than a name ("김민준 (VIP)"): its start
		// still counts as a cue, if the rest reads as a remark.
		if c, ok := d.forward(s, skipSeparators(s, 0), langAny, true); ok && nameTailOK(s, c) {
			d.put(s, c, emit)
		}
	} else if in.Row >= 0 && in.Field != "" && fi.kind == "" && !fi.excl {
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
			if !cueLabels(s, h, cue) {
				continue
			}
			p := afterCue(s, h.End, cue.lang)
			c, ok := d.forward(s, p, cue.lang, false)
			if ok && c.lang == langKR && cue.lang == langKR {
				ok = d.krCueValueOK(s, h, c)
			}
			if ok && cue.role == cueWeak {
				ok = d.weakOK(s, c)
				// A speaker label (고객: ...) is followed by a message: a name
				// there must stand alone or carry its particle.
				if r, _ := runeAt(s, h.End); ok && (r == ':' || r == '：') {
					r2, _ := runeAt(s, c.end)
					ok = isHangulSyllable(r2) || clauseEnds(s, c.end)
				}
				// 고객님 addresses the reader: the words after it
				// are a sentence (고객님 소중한 의견), and a name there
				// stands apart from it or carries its particle.
				if ok && cue.lang == langKR && (strings.HasSuffix(cue.word, "님") || strings.HasPrefix(s[h.End:], "님")) {
					ok = !krWordFollows(s, c.end)
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
			if colonNotPersonIx.hasSuffix(strings.TrimRight(s[max(0, h.Start-24):h.Start], " ")) {
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
	if !fi.excl {
		// Names no cue introduces (Spoke with Karen Walker; 김민수가
		// 취소함; 山田花子が); one a cue found already is not emitted twice.
		d.latinFree(s, emit)
		d.krFree(s, emit)
		d.jpFree(s, emit)
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
		if e := hangulRunEnd(s, q); krTitlesIx.hasPrefix(s[q:e]) {
			return true // 하훈 과장
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
	var hangul, han, kana, latin int
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
				return nameCand{}, false // a digit or a symbol: no name cell
			}
		}
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

// The particles afterCue skips after a Korean or Japanese cue, in order.
var (
	krCueParticles = [...]string{"은요", "은", "는", "이", ":"}
	jpCueParticles = [...]string{"の", "は", "が", "："}
)

// afterCue returns where the value after a cue word starts: it skips a
// Korean topic particle, separators such as ':' and '=', quotes and spaces.
func afterCue(s string, p int, lang nameLang) int {
	var particles []string
	switch lang {
	case langKR:
		particles = krCueParticles[:]
	case langJP:
		particles = jpCueParticles[:]
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
		r, w := rune(s[p]), 1
		if r >= utf8.RuneSelf {
			r, w = runeAt(s, p)
		}
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

var colonNotPersonIx = newAffixes(colonNotPerson)

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

// krWordFollows reports whether a space and a Hangul word other than a
// title or honorific follow position i (소중한 의견, not 김민준 과장).
func krWordFollows(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	q := i + 1
	if r, _ := runeAt(s, q); !isHangulSyllable(r) {
		return false
	}
	e := hangulRunEnd(s, q)
	if strings.HasPrefix(s[q:], "님") || strings.HasPrefix(s[q:], "씨") {
		return false
	}
	return !krTitlesIx.hasPrefix(s[q:e])
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

// fieldInfo is what the name and address detectors want to know about a
// field name.
type fieldInfo struct {
	kind   Kind // FieldKind
	excl   bool // named for something else (product_name, brand)
	part   bool // one part of a name (first_name, last_name)
	person bool // named for a person (full_name, recipient)
}

// fieldCache memoises fieldInfo by the last segment of the field name (the
// only part FieldKind looks at), so that the records of a CSV file or of a
// JSON array ($[0].name, $[1].name ...) cost one map look-up each.
type fieldCache struct {
	hot fieldHot[fieldInfo]
	m   map[string]fieldInfo
}

// lastSegment returns the last path segment of a field name.
func lastSegment(field string) string {
	for i := len(field) - 1; i >= 0; i-- {
		switch field[i] {
		case '.', '$', '/':
			if i+1 < len(field) {
				return field[i+1:]
			}
			return field
		}
	}
	return field
}

func (f *fieldCache) info(field string) fieldInfo {
	if field == "" {
		return fieldInfo{}
	}
	if fi, ok := f.hot.find(field, ""); ok {
		return fi
	}
	fi := f.lookup(field)
	f.hot.put(field, "", fi)
	return fi
}

// lookup is info without the hot cache.
func (f *fieldCache) lookup(field string) fieldInfo {
	seg := lastSegment(field)
	if fi, ok := f.m[seg]; ok {
		return fi
	}
	fi := fieldInfoOf(field)
	if f.m == nil || len(f.m) >= 1024 {
		f.m = make(map[string]fieldInfo)
	}
	f.m[strings.Clone(seg)] = fi
	return fi
}

// fieldInfoOf computes the fieldInfo of field.
func fieldInfoOf(field string) fieldInfo {
	if field == "" {
		return fieldInfo{}
	}
	seg := lastSegment(field)
	fi := fieldInfo{kind: FieldKind(field), part: partNameField(seg), person: personField(seg)}
	low := strings.ToLower(seg)
	for _, x := range fieldExclusions {
		if x != "ip" && strings.Contains(low, x) {
			fi.excl = true
		}
	}
	return fi
}

// kind returns FieldKind(field), memoised.
func (f *fieldCache) kind(field string) Kind { return f.info(field).kind }
