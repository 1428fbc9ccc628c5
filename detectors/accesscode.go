package detectors

import "strings"

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
// 3-digit codes need a mark or a strong cue. The weakest, words common in
// prose (door, lobby), need a marked code ("lobby 4321#", not "the lobby
// 2024") unless a strong cue is in the phrase.
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
	if in.facts != nil {
		d.field.field, d.field.column, d.field.acFieldFacts = in.Field, in.Column, in.facts.ac
	} else if in.Field != d.field.field || in.Column != d.field.column {
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
			if best, strong, neg := d.phrase(in, h, hit.End); !neg || best.sub != acUnknown {
				d.emit(in, c, best, strong, emit)
				done = c.end
			}
		}
		c, ok := d.codeAfter(in, h, hit.End)
		if !ok || c.start < done {
			continue
		}
		best, strong, neg := d.phrase(in, h, c.start)
		if !strong && !c.marked && (c.nd < 4 || acCueList[hit.Cue].mark) {
			continue
		}
		if neg && best.sub == acUnknown {
			continue // "카드 비밀번호", "Wi-Fi 비밀번호", "택배함 비밀번호": another secret
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
// 출입문 비밀번호 1234" is Korean), whether any cue names a code outright,
// and whether a negative word is part of the phrase ("카드 비밀번호": a bare
// 비밀번호 after it is the card's, not a door's).
func (d *AccessCode) phrase(in *Input, h, pos int) (best acCue, strong, neg bool) {
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
		if !d.usableCue(in, k) {
			if o.Cue >= 0 && o.Cue < len(acCueList) && acCueList[o.Cue].neg {
				neg = true
			}
			continue // negative, or "출입" inside "자유출입"
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
	return best, strong, neg
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
		for k := next; k < len(in.Hits) && in.Hits[k].Start == j; k++ {
			if c := in.Hits[k].Cue; c >= 0 && c < len(acCueList) && acCueList[c].neg {
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
