package detectors

import "strings"

// Phone finds telephone numbers of Korea, Japan, Taiwan and the United
// States written in national format (010-1234-5678, 03-1234-5678,
// 0912-345-678, (415) 555-2671), and numbers of any country written in
// international format (+82 10-1234-5678, +44 20 7946 0958).
//
// How a number is found:
//
//  1. a fast scan skips text without digits (eight bytes at a time);
//  2. a run of digit groups with the separators people type (- . space
//     parentheses, their full-width forms, the katakana ー) is split into
//     tokens at plain spaces; a candidate starts and ends on token
//     boundaries and never inside a longer word or number (a letter, a digit,
//     "-5", ".5", ":30" or "@" next to it rejects it);
//  3. the grouping must be one the country uses (KR 02-xxx-xxxx or
//     0xx-xxxx-xxxx, JP 0x-xxxx-xxxx or 0x0-xxxx-xxxx, TW 09xx-xxx-xxx,
//     US xxx-xxx-xxxx), which rules out business registration numbers
//     (123-45-67890), resident registration numbers (900101-1234567), most
//     bank accounts, dates, ISBNs, IP addresses and card numbers;
//  4. the digits are validated with libphonenumber's rules for each region
//     (compiled to automata, see phone_meta.go); when several of KR, JP and TW
//     accept a number (02-1234-5678 is valid in Seoul and Taipei), the
//     script around it and the field name decide: Hangul for KR, kana and
//     Japanese-only kanji for JP, Traditional Chinese for TW;
//  5. digits without separators (and US numbers grouped by spaces alone)
//     count only with context: a phone column, a cue word (전화, 연락처, tel,
//     電話, 携帯, 手機, ...), a field whose whole value is the number, or an
//     exact mobile pattern (010xxxxxxxx, 09xxxxxxxx, 0[789]0xxxxxxxx); a
//     negative cue just before a number (주문번호, 계좌, 송장, order, tracking,
//     ISBN, ...) or a column of other numbers (order_no, account, zip)
//     vetoes any number.
//
// Toll-free, premium-rate, shared-cost and "representative" numbers
// (1588-xxxx, 1600-xxxx, 080-xxx-xxxx, 0120-xxx-xxx, 0570-xxx-xxx,
// 1-800-xxx-xxxx) are not reported: they belong to businesses, not people,
// and reporting every company hotline in a bucket would bury the personal
// numbers. VoIP (070, 050) and Korean virtual "safe" numbers (0504-...) are
// reported: they reach a person.
//
// Normalized is E.164 (+821012345678); Masked keeps the area or mobile
// prefix and the last four digits (010-****-5678, +81-90-****-5678).
type Phone struct {
	run   phoneRun
	field phoneFieldContext
	nsn   []byte // scratch for the national significant number
	hit   int    // first cue hit that may matter to the current run
	// hint caches the region votes of the current text, computed on demand.
	hintDone bool
	hint     scriptVotes
}

var _ Detector = (*Phone)(nil)

// NewPhone returns the detector.
func NewPhone() *Phone {
	loadPhoneRules()
	return &Phone{field: phoneFieldContext{field: "\x00"}, nsn: make([]byte, 0, phoneMaxDigits)}
}

// Kind implements Detector.
func (*Phone) Kind() Kind { return KindPhone }

// Cues implements Detector.
func (*Phone) Cues() []string { return phoneCueWords() }

// Detect implements Detector.
func (p *Phone) Detect(in *Input, emit func(Match)) {
	s := in.Text
	i := indexDigitish(s, 0)
	if i >= len(s) {
		return
	}
	loadPhoneRules() // a no-op after NewPhone; keeps a zero Phone usable
	if in.facts != nil {
		p.field.field, p.field.column, p.field.phoneFieldFacts = in.Field, in.Column, in.facts.phone
	} else if in.Field != p.field.field || in.Column != p.field.column {
		p.field.set(in.Field, in.Column)
	}
	if p.field.phone {
		if a, b, prefix, ok := lostPrefixCell(s); ok {
			found := false
			p.detect(in, i, func(m Match) { found = true; emit(m) })
			if !found {
				p.detectRestored(in, a, b, prefix, emit)
			}
			return
		}
	}
	p.detect(in, i, emit)
}

// detect finds the numbers of in.Text from its first digit at i.
func (p *Phone) detect(in *Input, i int, emit func(Match)) {
	s := in.Text
	p.hintDone = false
	hit := 0 // first cue hit that may still matter
	for i < len(s) {
		if s[i]-'0' >= 10 { // 0xEF: a full-width digit or something else
			if tok, _, w := numTokenWide(s, i); tok != ntDigit {
				i = indexDigitish(s, i+w)
				continue
			}
		} else if j := skipShortRuns(s, i); j != i {
			i = j
			continue
		} else if end, ok := noNumberRun(s, i); ok {
			i = indexDigitish(s, end) // what parse and evalRun would reject, found cheaply
			continue
		}
		p.run.parse(s, i)
		if p.run.nd < 9 && p.run.plus < 0 { // too short for any number but +cc ones
			i = indexDigitish(s, max(p.run.end, i+1))
			continue
		}
		for hit < len(in.Hits) && in.Hits[hit].End+phoneCueWindow < i {
			hit++
		}
		p.hit = hit
		p.evalRun(in, hit, emit)
		next := p.run.end
		if next <= i {
			next = i + 1
		}
		i = indexDigitish(s, next)
	}
}

// phoneCueWindow is how far (bytes, same line) a cue word may stand before a
// number; a negative cue must be closer (phoneNegWindow).
const (
	phoneCueWindow  = 40
	phoneNegWindow  = 24
	phoneCueAfter   = 16
	phoneHintRadius = 96
)

// evalRun tries the candidates of the current run, longest first from each
// token start, and emits those that validate.
func (p *Phone) evalRun(in *Input, hit int, emit func(Match)) {
	r := &p.run
	limit := r.ng
	if r.badTail {
		limit = r.lastTokenStart()
	}
	for a := 0; a < limit; {
		if !r.groups[a].tokStart {
			a++
			continue
		}
		found := -1
		// A national number has at most 4 groups, an international one 6.
		maxB := a + 3
		if a == 0 && r.plus >= 0 {
			maxB = a + 5
		}
		for b := min(limit-1, maxB); b >= a; b-- {
			if b+1 < r.ng && !r.groups[b+1].tokStart {
				continue // b does not end a token
			}
			nd := r.groups[b].d0 + r.groups[b].nd - r.groups[a].d0
			if !plausibleLength(r, a, nd) {
				continue
			}
			if m, ok := p.evalWindow(in, hit, a, b); ok {
				emit(m)
				found = b
				break
			}
		}
		if found >= 0 {
			a = found + 1
		} else {
			a++
		}
	}
}

// plausibleLength is a cheap filter before evalWindow: the number of digits
// a window starting at group a may have. National numbers: 9-12 digits with
// a trunk 0, 10 for the US, 11 with the US 1; international: 7-17.
func plausibleLength(r *phoneRun, a, nd int) bool {
	if a == 0 && r.plus >= 0 {
		return nd >= 7 && nd <= 17
	}
	switch r.digits[r.groups[a].d0] {
	case '0':
		return nd >= 9 && nd <= 12
	case '1':
		return nd == 11
	}
	return nd == 10
}

// evalWindow decides whether groups a..b of the run are a phone number.
func (p *Phone) evalWindow(in *Input, hit, a, b int) (Match, bool) {
	s := in.Text
	r := &p.run
	ga, gb := &r.groups[a], &r.groups[b]
	digits := r.digits[ga.d0 : gb.d0+gb.nd]
	ng := b - a + 1
	plus := a == 0 && r.plus >= 0
	start := ga.start
	if a == 0 {
		if r.open >= 0 {
			start = r.open
		}
		if r.plus >= 0 {
			start = r.plus
		}
	} else if ga.sep&sepOpen != 0 {
		if tok, w := numTokBefore(s, start); tok == ntOpen {
			start -= w
		}
	}
	end := gb.end
	var seps uint8
	for g := a + 1; g <= b; g++ {
		seps |= r.groups[g].sep
	}
	if seps&sepHyphen != 0 && seps&sepDot != 0 {
		return Match{}, false
	}

	// Structure and validation first (cheap, and most runs fail here),
	// then the boundaries and the context.
	var opt phoneOption
	var ok, needCtx bool
	if plus {
		opt, ok = p.international(a, b)
	} else {
		opt, needCtx, ok = p.national(in, a, b, digits, seps, start, end)
	}
	if !ok {
		return Match{}, false
	}
	pos, neg := p.cuesAround(in, hit, start, end)
	if neg || (p.field.negative && len(s) < 48 && !pos) {
		return Match{}, false
	}
	if !p.boundaryOK(s, start, end, pos) {
		return Match{}, false
	}
	ctx := pos || p.field.phone
	if needCtx && !ctx && !(in.Field != "" && !p.field.negative && wholeValue(s, start, end)) {
		return Match{}, false
	}
	if ng == 1 && !ctx && placeholderDigits(digits) {
		return Match{}, false // 0987654321, test data and placeholders
	}
	sub, emitIt := phoneSubtype(opt.rules, opt.typ)
	if !emitIt {
		return Match{}, false
	}

	// Confidence from the evidence.
	conf := 0.85
	switch {
	case plus:
		conf = 0.9
	case ng == 1 && (ctx || exactMobile(digits)):
		conf = 0.6
	case ng == 1:
		conf = 0.5
	case seps&sepDot != 0:
		conf = 0.75
	case seps == sepSpace:
		conf = 0.75
	}
	if pos {
		conf += 0.1
	}
	if p.field.phone {
		conf += 0.1
	}
	if opt.rules.region == "US" && !ctx {
		conf -= 0.05
	}
	if conf > 0.99 {
		conf = 0.99
	}

	nsn := opt.nsn
	var e164 strings.Builder
	e164.Grow(len(nsn) + 5)
	e164.WriteString(opt.rules.plusCC)
	e164.Write(nsn)

	head := 3
	switch {
	case ng > 1 && plus:
		head = r.groups[a].nd
		if a+1 <= b {
			g := a + 1
			if r.groups[g].nd == 1 && digits[r.groups[g].d0-ga.d0] == '0' && g+1 <= b {
				g++ // "(0)" trunk
			}
			head = r.groups[g].d0 + r.groups[g].nd - ga.d0
		}
	case ng > 1:
		head = ga.nd
	case plus:
		head = opt.nsn0 + 2
	default:
		head = opt.nsn0 + nationalPrefixLen(opt.rules.region, nsn)
	}
	return Match{
		Start: start, End: end, Kind: KindPhone, Subtype: sub, Country: opt.rules.region,
		Confidence: conf, Normalized: e164.String(), Masked: MaskDigits(s[start:end], head, 4),
		Alt: opt.alt,
	}, true
}

// nationalPrefixLen is the length of the area code or mobile prefix of an
// NSN, for masking bare digits (the trunk 0 is counted by the caller).
func nationalPrefixLen(region string, nsn []byte) int {
	switch region {
	case "KR":
		if len(nsn) > 0 && nsn[0] == '2' {
			return 1
		}
		return 2
	case "JP":
		if len(nsn) == 10 {
			return 2 // 90, 80, 70, 50
		}
		return 1
	case "TW":
		return 3
	}
	return 3
}

// boundaryOK reports whether s[start:end] stands alone: not inside a longer
// word or number. A cue word right before (TEL010-..., Tel.02-...) is fine.
func (p *Phone) boundaryOK(s string, start, end int, cue bool) bool {
	if r, w := lastRuneBefore(s, start); w > 0 {
		switch {
		case isDigitOrFullWidth(r):
			return false
		case isAlnumASCII(r) || r == '.' || r == '-' || r == '_' || r == '\\':
			if cue {
				break
			}
			if isAlnumASCII(r) || r == '_' {
				return false
			}
			if q, w2 := lastRuneBefore(s, start-w); w2 > 0 && (isWordRuneASCII(q) || q == '*' || q == '#') {
				return false
			}
		case r == '@' || r == '#' || r == '*' || r == '$' || r == '%' || r == '¥' || r == '₩' ||
			r == '€' || r == '£' || r == '￥' || r == '＃' || r == '＊':
			return false
		case r == ':':
			if q, w2 := lastRuneBefore(s, start-w); w2 > 0 && isDigitOrFullWidth(q) {
				return false
			}
		}
	}
	if r, w := firstRuneAt(s, end); w > 0 {
		switch {
		case isWordRuneASCII(r) || r == '@' || r == '*' || r == '#' || r == '%' || r == '＊' || r == '＃':
			return false
		case r == '-' || r == '.' || r == ':' || r == '_' || r == 0xFF0D || r == 0xFF0E:
			if q, _ := firstRuneAt(s, end+w); isWordRuneASCII(q) || q == '*' || q == '＊' {
				return false
			}
		}
	}
	return true
}

// cuesAround looks at the cue hits near s[start:end]: pos is true when a
// positive cue stands close before (or just after) the number on the same
// line; neg is true when the closest cue before it is a negative one.
func (p *Phone) cuesAround(in *Input, hit, start, end int) (pos, neg bool) {
	s := in.Text
	posEnd, negEnd := -1, -1
	for h := hit; h < len(in.Hits); h++ {
		c := in.Hits[h]
		if c.Start >= end+phoneCueAfter {
			break
		}
		if c.Cue < 0 || c.Cue >= len(phoneCueList) {
			continue
		}
		cue := phoneCueList[c.Cue]
		switch {
		case c.End <= start && start-c.End <= phoneCueWindow:
			if !cueStandsAlone(s, c.Start, c.End) || !sameLine(s, c.End, start) {
				continue
			}
			if cue.neg {
				negEnd = max(negEnd, c.End)
			} else {
				posEnd = max(posEnd, c.End)
			}
		case c.Start >= end && !cue.neg && !pos:
			if cueStandsAlone(s, c.Start, c.End) && sameLine(s, end, c.Start) && !hasDigitBetween(s, end, c.Start) {
				pos = true
			}
		}
	}
	// A negative cue vetoes when it is the closest cue and close enough:
	// "주문번호: 2024..." but not "주문번호 ... 연락처 010-...".
	if negEnd >= 0 && negEnd >= posEnd && start-negEnd <= phoneNegWindow {
		return false, true
	}
	return pos || posEnd >= 0, false
}

// wholeValue reports whether s[start:end] is all of s but white space and
// quotes: a field's value that is nothing but the number.
func wholeValue(s string, start, end int) bool {
	for i := 0; i < start; i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '"' && c != '\'' {
			return false
		}
	}
	for i := end; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '"' && c != '\'' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// hasDigitBetween reports whether s[a:b] holds an ASCII digit.
func hasDigitBetween(s string, a, b int) bool {
	for i := a; i < b && i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}
