package detectors

import (
	"strings"
	"unicode/utf8"
)

// AccessCode finds building access codes: the entrance codes couriers are
// given in delivery notes ("공동현관 비밀번호 #1234*", "オートロック 1234#",
// "大門密碼 5678#", "Gate code: #4321").
//
// A code is 3 to 8 digits with the marks people type around them: # and *
// (and their full-width forms) before or after, and the Korean keypad words
// 종 (bell) and 열쇠 (key): #1234*, *1234#, 1234#, 종1234, 1234종, 1234 + 종.
// The match spans the digits and the symbols; keypad words are context, not
// part of the code. Two groups separated by one space ("1234 2580") are read
// as one code. 호출 (call) is not a code mark: "호출 1203" calls flat 1203,
// it opens nothing, so a number after 호출 is a unit number, not a secret.
//
// A code counts when it stands within a short window (phrase gap of at most
// acWindow bytes, same line, no sentence end) after a cue word such as
// 공동현관, 비밀번호, 현관, 출입, オートロック, 暗証番号, 大門密碼, 門禁, gate code,
// buzzer; "#1234 (공동현관)" (a marked code right before a cue) counts too.
// In a column named like an entrance code (door_code, 공동현관, オートロック)
// values count without a cue. The first number after a cue decides:
//
//   - numbers followed by a unit (101동, 1203호, 3층, 2개, 12,000원, 2024년,
//     3F, 5号室) are skipped, they are apartment units, floors, amounts;
//   - a phone number, a date, a time or a decimal (010-1234-5678, 2024-01-15,
//     10:30, 1.5) ends the search: it is not a code;
//   - a negative word between cue and number (자유출입, 없음, 경비실, 호출,
//     인터폰, none, free entry, 전화) ends the search.
//
// Weak cues (현관, 출입, 1층, 大門, gate) need a marked code or 4+ digits;
// 3-digit codes need a mark or a strong cue.
//
// Normalized keeps the digits and the symbols # and * in order (full-width
// forms folded to ASCII). Masked replaces every digit with * and keeps the
// symbols (#****, ****#): the length of a code shows, none of its digits.
// The subtype comes from the most specific place named near the code:
// door_code (the building entrance), gate_code, unit_door (the flat's own
// door), unknown (a bare 비밀번호/暗証番号/密碼). Country comes from the cue's
// language (KR, JP, TW, CN for simplified Chinese, US for English) or, in a
// code column, from the field name's script.
type AccessCode struct {
	field acFieldContext
	norm  []byte
}

var _ Detector = (*AccessCode)(nil)

// NewAccessCode returns the detector.
func NewAccessCode() *AccessCode {
	return &AccessCode{field: acFieldContext{field: "\x00"}}
}

// Kind implements Detector.
func (*AccessCode) Kind() Kind { return KindAccessCode }

// Cues implements Detector.
func (*AccessCode) Cues() []string { return acCueWords() }

// acWindow is the largest gap, in bytes, between a cue and its code;
// acPhraseHits bounds the cue hits looked at for one code.
const (
	acWindow     = 24
	acPhraseHits = 8
)

// Detect implements Detector.
func (d *AccessCode) Detect(in *Input, emit func(Match)) {
	if in.Field != d.field.field || in.Column != d.field.column {
		d.field.set(in.Field, in.Column)
	}
	if d.field.code {
		d.detectColumn(in, emit)
		return
	}
	if len(in.Hits) == 0 {
		return
	}
	s := in.Text
	done := 0 // end of the last code emitted
	for h := range in.Hits {
		hit := in.Hits[h]
		if !d.usableCue(in, h) {
			continue
		}
		// "#1234 (공동현관)": a marked code right before the cue.
		if c, ok := d.codeBefore(s, hit.Start); ok && c.start >= done && c.marked {
			best, strong := d.phrase(in, h, hit.End)
			d.emit(in, c, best, strong, emit)
			done = c.end
		}
		c, ok := d.codeAfter(in, h, hit.End)
		if !ok || c.start < done {
			continue
		}
		best, strong := d.phrase(in, h, c.start)
		if !strong && !c.marked && c.nd < 4 {
			continue
		}
		d.emit(in, c, best, strong, emit)
		done = c.end
	}
}

// usableCue reports whether hit h is a positive cue that stands alone: not
// part of a longer cue ("현관" in "공동현관"), of a negative phrase ("출입" in
// "자유출입") or of a longer word ("gate" in "gateway", "1층" in "11층").
func (d *AccessCode) usableCue(in *Input, h int) bool {
	hit := in.Hits[h]
	if hit.Cue < 0 || hit.Cue >= len(acCueList) || acCueList[hit.Cue].neg {
		return false
	}
	s := in.Text
	if !cueStandsAlone(s, hit.Start, hit.End) {
		return false
	}
	if r, _ := lastRuneBefore(s, hit.Start); isDigitOrFullWidth(r) {
		return false
	}
	for k := max(h-4, 0); k < len(in.Hits) && k <= h+4; k++ {
		o := in.Hits[k]
		if k == h || o.Cue < 0 || o.Cue >= len(acCueList) {
			continue
		}
		if o.Start < hit.End && hit.Start < o.End {
			if acCueList[o.Cue].neg {
				return false
			}
			if o.Start <= hit.Start && o.End >= hit.End && o.End-o.Start > hit.End-hit.Start {
				return false // contained in a longer cue, which is processed instead
			}
		}
	}
	return true
}

// phrase looks at the cue hits of the phrase that ends at pos (a code's
// start, or the end of the cue after a code): hits on the same line, each
// within 2*acWindow bytes of the next. It returns the most specific cue
// (which names the subtype; its country is replaced by that of the cue
// nearest the code, whose language the note is in: "entrance code:
// 출입문 비밀번호 1234" is Korean) and whether any cue names a code outright.
func (d *AccessCode) phrase(in *Input, h, pos int) (best acCue, strong bool) {
	s := in.Text
	best = acCueList[in.Hits[h].Cue]
	country := ""
	k := h
	for k+1 < len(in.Hits) && in.Hits[k+1].End <= pos {
		k++
	}
	cur := pos
	for n := 0; k >= 0 && n < acPhraseHits; k-- {
		n++
		o := in.Hits[k]
		if o.End > pos {
			continue
		}
		if cur-o.End > 2*acWindow || !sameLine(s, o.End, cur) {
			break
		}
		cur = min(cur, o.Start)
		if o.Cue < 0 || o.Cue >= len(acCueList) || acCueList[o.Cue].neg {
			continue
		}
		c := acCueList[o.Cue]
		strong = strong || c.strong
		if country == "" {
			country = c.country // the cue nearest the code gives the language
		}
		if c.rank > best.rank {
			best = c
		}
	}
	if country != "" {
		best.country = country
	}
	return best, strong
}

// codeAfter looks for the code that follows a cue ending at from.
func (d *AccessCode) codeAfter(in *Input, h, from int) (acToken, bool) {
	s := in.Text
	next := h + 1 // next hit to check for a negative word in the gap
	j := from
	for j < len(s) && j-from <= acWindow {
		for next < len(in.Hits) && in.Hits[next].Start < j {
			next++
		}
		if next < len(in.Hits) && in.Hits[next].Start == j {
			if c := in.Hits[next].Cue; c >= 0 && c < len(acCueList) && acCueList[c].neg {
				return acToken{}, false
			}
		}
		c := s[j]
		switch c {
		case '\n', '\r', '.', '!', '?', ';':
			return acToken{}, false
		}
		if c == 0xE3 && j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x82 { // 。
			return acToken{}, false
		}
		if mayStartACToken(c) {
			t, ok := readACToken(s, j)
			if !ok {
				_, w := firstRuneAt(s, j)
				j += w
				continue
			}
			switch {
			case t.skip:
				j = t.end
				continue
			case t.valid:
				return t, true
			default:
				return acToken{}, false
			}
		}
		_, w := firstRuneAt(s, j)
		j += w
	}
	return acToken{}, false
}

// mayStartACToken reports whether a token may start at a byte: a digit, #, *,
// or the lead byte of a full-width form, of 종 and 열쇠, or of an emoji.
func mayStartACToken(c byte) bool {
	return c-'0' < 10 || c == '#' || c == '*' || c == 0xEF || c == 0xEC || c == 0xF0
}

// codeBefore returns a code ending at most a few bytes (spaces, "(", "/")
// before pos.
func (d *AccessCode) codeBefore(s string, pos int) (acToken, bool) {
	j := pos
	for n := 0; n < 3 && j > 0; n++ {
		c := s[j-1]
		if c != ' ' && c != '(' && c != '/' && c != '[' {
			break
		}
		j--
	}
	// Find the start of the token ending at j: marks and digits.
	k := j
	for k > 0 && j-k < 24 {
		r, w := lastRuneBefore(s, k)
		if !isDigitOrFullWidth(r) && !isACSymbol(r) && r != '종' {
			break
		}
		k -= w
	}
	if k == j {
		return acToken{}, false
	}
	for _, pw := range acPrefixWords {
		if strings.HasSuffix(s[:k], pw) {
			k -= len(pw)
			break
		}
	}
	t, ok := readACToken(s, k)
	if !ok || !t.valid || t.end != j {
		return acToken{}, false
	}
	return t, true
}

// detectColumn finds the codes in a value of an access-code column.
func (d *AccessCode) detectColumn(in *Input, emit func(Match)) {
	s := in.Text
	for j := 0; j < len(s); {
		if !mayStartACToken(s[j]) {
			j++
			continue
		}
		t, ok := readACToken(s, j)
		if ok {
			if t.valid {
				d.emit(in, t, acCue{}, false, emit)
			}
			j = max(t.end, j+1)
			continue
		}
		// Skip to the next rune that may start a token.
		_, w := firstRuneAt(s, j)
		j += max(w, 1)
	}
}

// emit builds the match of code t. best and strong describe the cues of its
// phrase (see phrase); in a code column they are ignored.
func (d *AccessCode) emit(in *Input, t acToken, best acCue, strong bool, emit func(Match)) {
	s := in.Text
	raw := s[t.start:t.end]
	d.norm = d.norm[:0]
	for _, r := range raw {
		switch {
		case r >= '0' && r <= '9', r == '#' || r == '*':
			d.norm = append(d.norm, byte(r))
		case r >= '０' && r <= '９':
			d.norm = append(d.norm, byte('0'+r-'０'))
		case r == '＃':
			d.norm = append(d.norm, '#')
		case r == '＊':
			d.norm = append(d.norm, '*')
		}
	}
	m := Match{
		Start: t.start, End: t.end, Kind: KindAccessCode,
		Normalized: string(d.norm), Masked: MaskAllDigits(raw),
	}
	if d.field.code {
		m.Subtype, m.Country = d.field.sub, d.field.country
		if m.Country == "" {
			m.Country = d.valueCountry(in)
		}
		m.Confidence = 0.9
		switch {
		case t.marked:
			m.Confidence = 0.95
		case t.nd == 3:
			m.Confidence = 0.8
		}
		emit(m)
		return
	}
	m.Subtype, m.Country = best.sub, best.country
	switch {
	case strong && t.marked:
		m.Confidence = 0.95
	case strong:
		m.Confidence = 0.85
	case t.marked:
		m.Confidence = 0.85
	default:
		m.Confidence = 0.7
	}
	if best.sub == acUnknown && !t.marked {
		m.Confidence -= 0.15 // a bare 비밀번호 may be a web password: still secret, less surely a door
	}
	emit(m)
}

// valueCountry guesses the country of a code column's value from its cue
// words ("gate 1234" US, "暗証番号 1234" JP), else its script; "" when the
// value is nothing but the code.
func (d *AccessCode) valueCountry(in *Input) string {
	for _, h := range in.Hits {
		if h.Cue >= 0 && h.Cue < len(acCueList) && !acCueList[h.Cue].neg && cueStandsAlone(in.Text, h.Start, h.End) {
			return acCueList[h.Cue].country
		}
	}
	var v scriptVotes
	v.count(in.Text)
	return v.region()
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
