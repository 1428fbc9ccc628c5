package detectors

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nyaruka/phonenumbers"
)

// Reading a candidate as a number of some region: national format (KR, JP,
// TW, US, decided by grouping, validation and context) or international
// format (+cc, any region libphonenumber knows).

// phoneOption is one reading of a candidate: a region and a number type.
type phoneOption struct {
	rules *regionRules
	typ   phoneType
	nsn   []byte // national significant number
	nsn0  int    // digits before the NSN in the written number (trunk 0, US 1, country code)
	// alt lists the other regions (two letters each) whose reading the
	// text alone supports as well as this one's: see Match.Alt.
	alt string
}

// homeRegions are the regions tried for numbers written with a trunk 0, in
// the order used when context does not decide.
func homeRegions() [3]*regionRules {
	c := &phoneRulesCache
	return [3]*regionRules{c.kr, c.jp, c.tw}
}

// national reads groups a..b (digits) as a national-format number.
// needCtx is set when the reading only counts with a cue, a phone field or
// as the whole value of a field: bare digits that are not exactly a mobile
// number (88% of random 10-digit strings with one leading 0 are valid
// KR/JP/TW numbers, so a bare 0212345678 says little by itself), and US
// numbers grouped by spaces alone.
func (p *Phone) national(in *Input, a, b int, digits []byte, seps uint8, start, end int) (opt phoneOption, needCtx, ok bool) {
	opt, ok = p.nationalReading(in, a, b, digits, seps, start, end)
	ng := b - a + 1
	needCtx = (ng == 1 && !exactMobile(digits)) || (digits[0] != '0' && seps == sepSpace)
	return opt, needCtx, ok
}

func (p *Phone) nationalReading(in *Input, a, b int, digits []byte, seps uint8, start, end int) (phoneOption, bool) {
	nd := len(digits)
	ng := b - a + 1
	if ng > 4 {
		return phoneOption{}, false
	}
	if digits[0] != '0' {
		// United States: 10 digits, or 1 and 10 digits.
		nsn0 := 0
		switch {
		case nd == 10 && digits[0] >= '2':
		case nd == 11 && digits[0] == '1':
			nsn0 = 1
		default:
			return phoneOption{}, false
		}
		if ng > 1 && !p.usGrouping(a, b) {
			return phoneOption{}, false
		}
		us := phoneRulesCache.us
		t := us.typeOf(digits[nsn0:])
		if t == ptUnknown {
			return phoneOption{}, false
		}
		return phoneOption{rules: us, typ: t, nsn: digits[nsn0:], nsn0: nsn0}, true
	}
	if nd < 9 || nd > 12 { // 12: KR 0504-xxxx-xxxx
		return phoneOption{}, false
	}
	var opts [3]phoneOption
	n := 0
	for _, rules := range homeRegions() {
		if ng > 1 && !p.homeGrouping(rules.region, a, b, digits) {
			continue
		}
		t := rules.typeOf(digits[1:])
		if t == ptUnknown {
			continue
		}
		opts[n] = phoneOption{rules: rules, typ: t, nsn: digits[1:], nsn0: 1}
		n++
	}
	switch n {
	case 0:
		return phoneOption{}, false
	case 1:
		return opts[0], true
	}
	best, tied := p.pickRegion(in, opts[:n], a, b, start, end)
	o := opts[best]
	for i, t := range opts[:n] {
		if i != best && tied&(1<<i) != 0 {
			if _, ok := phoneSubtype(t.rules, t.typ); ok {
				o.alt += t.rules.region
			}
		}
	}
	return o, true
}

// placeholderDigits reports whether the digits d count straight up or down
// (0123456789, 0987654321, wrapping from 0 to 9) or hold one digit six
// times in a row (01000000000, 07090000008): test data and placeholders,
// not a number anyone was given.
func placeholderDigits(d []byte) bool {
	if len(d) < 9 {
		return false
	}
	run := 1 // the length of the run of one digit ending at i
	for i := 1; i < len(d); i++ {
		if d[i] != d[i-1] {
			run = 1
		} else if run++; run == 6 {
			return true
		}
	}
	step := (int(d[1]) - int(d[0]) + 10) % 10
	if step != 1 && step != 9 {
		return false
	}
	for i := 2; i < len(d); i++ {
		if (int(d[i])-int(d[i-1])+10)%10 != step {
			return false
		}
	}
	return true
}

// exactMobile reports whether bare digits are exactly a mobile number:
// KR 010xxxxxxxx (and the old 011/016-019 with 10 or 11 digits),
// TW 09xxxxxxxx, JP 0[789]0xxxxxxxx.
func exactMobile(d []byte) bool {
	switch {
	case len(d) == 11 && d[0] == '0' && d[1] == '1' && d[2] == '0':
		return true
	case (len(d) == 10 || len(d) == 11) && d[0] == '0' && d[1] == '1' && (d[2] == '1' || d[2] >= '6'):
		return true
	case len(d) == 10 && d[0] == '0' && d[1] == '9':
		return true
	case len(d) == 11 && d[0] == '0' && d[2] == '0' && d[1] >= '7' && d[1] <= '9':
		return true
	}
	return false
}

// groupLens returns the digit counts of groups a..b (at most 4).
func (p *Phone) groupLens(a, b int) (l [4]int) {
	for g := a; g <= b && g-a < 4; g++ {
		l[g-a] = p.run.groups[g].nd
	}
	return l
}

// homeGrouping reports whether the grouping of a..b is one the region uses
// for a number with these digits.
func (p *Phone) homeGrouping(region string, a, b int, d []byte) bool {
	l := p.groupLens(a, b)
	ng := b - a + 1
	between := func(x, lo, hi int) bool { return x >= lo && x <= hi }
	switch region {
	case "KR":
		want := 3 // 010, 031, 070
		if d[1] == '2' {
			want = 2 // 02 Seoul
		} else if d[1] == '5' && d[2] == '0' {
			want = 4 // 0504 virtual numbers
		}
		if l[0] != want {
			return false
		}
		return (ng == 2 && between(l[1], 7, 8)) || (ng == 3 && between(l[1], 3, 4) && l[2] == 4)
	case "JP":
		if !between(l[0], 2, 5) || (len(d) == 11 && l[0] != 3) {
			return false
		}
		return (ng == 2 && between(l[1], 6, 8)) || (ng == 3 && between(l[1], 1, 4) && l[2] == 4)
	case "TW":
		if d[1] == '9' {
			return l[0] == 4 && ((ng == 2 && l[1] == 6) || (ng == 3 && l[1] == 3 && l[2] == 3))
		}
		if !between(l[0], 2, 4) {
			return false
		}
		return (ng == 2 && between(l[1], 6, 8)) || (ng == 3 && between(l[1], 3, 4) && between(l[2], 3, 4))
	}
	return false
}

// usGrouping accepts 415-555-2671, (415) 555-2671, 1-415-555-2671 and
// (415) 5552671.
func (p *Phone) usGrouping(a, b int) bool {
	l := p.groupLens(a, b)
	switch b - a + 1 {
	case 2:
		return l[0] == 3 && l[1] == 7 && p.run.groups[a+1].sep&sepClose != 0
	case 3:
		return l[0] == 3 && l[1] == 3 && l[2] == 4
	case 4:
		return l[0] == 1 && l[1] == 3 && l[2] == 3 && l[3] == 4
	}
	return false
}

// international reads groups a..b, written after a '+', as cc + NSN.
func (p *Phone) international(a, b int) (phoneOption, bool) {
	r := &p.run
	ga := &r.groups[a]
	ng := b - a + 1
	all := r.digits[ga.d0 : r.groups[b].d0+r.groups[b].nd]
	cc, ccLen := 0, 0
	for l := 1; l <= 3 && l < len(all); l++ {
		v := 0
		for _, c := range all[:l] {
			v = v*10 + int(c-'0')
		}
		if len(regionsForCallingCode(v)) > 0 {
			cc, ccLen = v, l
			break
		}
	}
	if ccLen == 0 || (ng > 1 && ga.nd != ccLen) {
		return phoneOption{}, false
	}
	// NSN: the rest, without a "(0)" trunk group.
	p.nsn = p.nsn[:0]
	skip := -1
	if ng > 2 {
		g := &r.groups[a+1]
		if g.nd == 1 && r.digits[g.d0] == '0' {
			skip = a + 1
		}
	}
	if ng == 1 {
		p.nsn = append(p.nsn, all[ccLen:]...)
	}
	for g := a + 1; g <= b && ng > 1; g++ {
		if g == skip {
			continue
		}
		if r.groups[g].nd > 12 {
			return phoneOption{}, false
		}
		p.nsn = append(p.nsn, r.digits[r.groups[g].d0:r.groups[g].d0+r.groups[g].nd]...)
	}
	if len(p.nsn) < 4 || len(p.nsn) > 14 {
		return phoneOption{}, false
	}
	for try := 0; try < 2; try++ {
		nsn := p.nsn
		if try == 1 {
			if nsn[0] != '0' {
				break
			}
			nsn = nsn[1:] // "+82 010-...": a trunk 0 written by mistake
		}
		for _, region := range regionsForCallingCode(cc) {
			if region == "001" {
				continue
			}
			rules := rulesFor(region)
			if rules == nil {
				continue
			}
			if t := rules.typeOf(nsn); t != ptUnknown {
				return phoneOption{rules: rules, typ: t, nsn: nsn, nsn0: ccLen}, true
			}
		}
	}
	return phoneOption{}, false
}

// phoneSubtypes names the reported types of the home regions; other
// regions' numbers are "intl" and every US number is "us".
var phoneSubtypes = map[string]*[ptFixedOrMobile + 1]string{
	"KR": {ptMobile: "kr_mobile", ptFixed: "kr_landline", ptFixedOrMobile: "kr_landline", ptVoIP: "kr_voip",
		ptPersonal: "kr_virtual"}, // 050x "safe numbers" relayed to a person
	"JP": {ptMobile: "jp_mobile", ptFixed: "jp_landline", ptFixedOrMobile: "jp_landline", ptVoIP: "jp_voip",
		ptPersonal: "jp_personal"},
	"TW": {ptMobile: "tw_mobile", ptFixed: "tw_landline", ptFixedOrMobile: "tw_landline", ptVoIP: "tw_voip",
		ptPersonal: "tw_personal"},
}

// phoneSubtype names a region's number type, and says whether it is
// reported (business-only types are not; see Phone).
func phoneSubtype(rules *regionRules, t phoneType) (string, bool) {
	switch t {
	case ptUnknown, ptPremium, ptTollFree, ptSharedCost, ptUAN, ptVoicemail, ptPager:
		return "", false
	}
	if rules.subtypes != nil {
		return rules.subtypes[t], true
	}
	if rules.region == "US" {
		return "us", true
	}
	return "intl", true
}

// pickRegion chooses among readings valid in several regions. A reading
// scores 2 when the number is grouped the way that region writes it
// (02-2345-6789 is Seoul or Taipei; in Japan it would be 022-345-6789) and 3
// when the script around it (and the field name) points to the region, 3
// when the nearest cue word (携帯, 手機) or a cue word in the field name is
// in its language, 2 for a Japanese reading of full-width digits, and 2 for
// a bare number shaped like the region's mobiles (09xxxxxxxx in Taiwan).
// Ties go to the first reading (KR, JP, TW): without any hint,
// 02-2345-6789 and 070-1234-5678 are read as Korean.
//
// tied has bit i set for each reading that scores as high as the best one
// when the field name is left out: the text itself does not tell them
// apart, and a record's other values (the customer's address) may.
func (p *Phone) pickRegion(in *Input, opts []phoneOption, a, b, start, end int) (best int, tied uint8) {
	text := p.textVotes(in, start, end)
	textHint, allHint := text.hint(), p.field.withVotes(text).hint()
	cue := p.nearestCueRegion(in, start, end)
	written := p.writtenBoundaries(a, b)
	wide := hasFullWidth(in.Text[start:end])
	bestScore, bestText := -1<<30, -1<<30
	for i, o := range opts {
		region := o.rules.region
		score := 0
		switch {
		case written != 0 && written&^canonicalBoundaries(o.rules, o.nsn) == 0:
			score += 2
		case written == 0 && mobileShape(region, o.nsn):
			score += 2 // bare 09xxxxxxxx reads as a Taiwanese mobile
		}
		if region == cue {
			score += 3
		}
		if wide && region == "JP" {
			score += 2 // full-width digits are the way Japanese forms store numbers
		}
		ts, fs := score+textHint.score(region), score+allHint.score(region)
		if region == p.field.region {
			fs += 3
		}
		switch {
		case ts > bestText:
			bestText, tied = ts, 1<<i
		case ts == bestText:
			tied |= 1 << i
		}
		if fs > bestScore {
			best, bestScore = i, fs
		}
	}
	return best, tied
}

// scriptHint is what the script votes around a number say of its region.
type scriptHint struct {
	region  string // the script's region, "" if none
	hanOnly bool   // Han and no Hangul
}

func (v scriptVotes) hint() scriptHint {
	return scriptHint{region: v.region(), hanOnly: v.han+v.jpHan+v.twHan > 0 && v.hangul == 0}
}

// score is what the hint adds to a reading in region: 3 when the script
// points to it; -2 for Korea in Han text without Hangul (電話
// 02-2345-6789: Chinese or Japanese text, where a number both Korea and
// Taiwan could dial is not the Korean one).
func (h scriptHint) score(region string) int {
	n := 0
	if region == h.region {
		n += 3
	}
	if region == "KR" && h.hanOnly {
		n -= 2
	}
	return n
}

// mobileShape reports whether nsn has the length and prefix of the region's
// mobile numbers as people write them without separators.
func mobileShape(region string, nsn []byte) bool {
	switch region {
	case "KR":
		return len(nsn) == 10 && nsn[0] == '1' && nsn[1] == '0'
	case "JP":
		return len(nsn) == 10 && nsn[1] == '0' && nsn[0] >= '7' && nsn[0] <= '9'
	case "TW":
		return len(nsn) == 9 && nsn[0] == '9'
	}
	return false
}

// hasFullWidth reports whether s holds a full-width form (U+FF00-U+FFEF).
func hasFullWidth(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xEF && (s[i+1] == 0xBC || s[i+1] == 0xBD) {
			return true
		}
	}
	return false
}

// nearestCueRegion returns the country of the positive cue word closest
// before s[start:end] (携帯 JP, 手機 TW, 전화 KR), or "".
func (p *Phone) nearestCueRegion(in *Input, start, end int) string {
	bestEnd, region := -1, ""
	for h := p.hit; h < len(in.Hits); h++ {
		c := in.Hits[h]
		if c.Start >= start {
			break
		}
		if c.Cue < 0 || c.Cue >= len(phoneCueList) || c.End > start || start-c.End > phoneCueWindow {
			continue
		}
		if cue := phoneCueList[c.Cue]; !cue.neg && c.End > bestEnd && sameLine(in.Text, c.End, start) {
			bestEnd, region = c.End, cue.region
		}
	}
	return region
}

// writtenBoundaries returns the digit positions (from the first digit of
// group a) where the written number breaks between groups, as a bit set.
func (p *Phone) writtenBoundaries(a, b int) uint32 {
	var m uint32
	n := 0
	for g := a; g < b; g++ {
		n += p.run.groups[g].nd
		if n < 32 {
			m |= 1 << uint(n)
		}
	}
	return m
}

// canonicalCache memoises canonicalBoundaries: libphonenumber's formatter
// costs microseconds, but the grouping depends only on the region, the
// length and the leading digits of a number.
var canonicalCache struct {
	m sync.Map // uint64 key -> uint32 boundaries
	n atomic.Int64
}

// canonicalBoundaries returns where libphonenumber's national format of nsn
// (with its trunk prefix) breaks between digit groups, as a bit set.
func canonicalBoundaries(rules *regionRules, nsn []byte) uint32 {
	var key uint64
	for i := 0; i < 7 && i < len(nsn); i++ {
		key = key*10 + uint64(nsn[i]-'0')
	}
	key = key<<8 | uint64(len(nsn))
	key = key<<16 | uint64(rules.region[0])<<8 | uint64(rules.region[1])
	if v, ok := canonicalCache.m.Load(key); ok {
		return v.(uint32)
	}
	var nn uint64
	for _, c := range nsn {
		nn = nn*10 + uint64(c-'0')
	}
	cc := int32(rules.countryCode)
	num := &phonenumbers.PhoneNumber{CountryCode: &cc, NationalNumber: &nn}
	f := phonenumbers.Format(num, phonenumbers.NATIONAL)
	var m uint32
	n, inDigits := 0, false
	for i := 0; i < len(f); i++ {
		if f[i]-'0' < 10 {
			n++
			inDigits = true
			continue
		}
		if inDigits && n < 32 {
			m |= 1 << uint(n)
		}
		inDigits = false
	}
	if canonicalCache.n.Add(1) <= 1<<16 {
		canonicalCache.m.Store(key, m)
	}
	return m
}

// textVotes counts the script votes of the line around s[start:end] (or
// of the whole text when it is short).
func (p *Phone) textVotes(in *Input, start, end int) scriptVotes {
	s := in.Text
	short := len(s) <= 2*phoneHintRadius
	if short && p.hintDone {
		return p.hint
	}
	lo, hi := 0, len(s)
	if !short {
		// The line of the number, at most phoneHintRadius bytes each side.
		lo, hi = max(start-phoneHintRadius, 0), min(end+phoneHintRadius, len(s))
		for lo > 0 && lo < len(s) && s[lo]&0xC0 == 0x80 {
			lo--
		}
		for hi < len(s) && s[hi]&0xC0 == 0x80 {
			hi++
		}
		if i := strings.LastIndexByte(s[lo:start], '\n'); i >= 0 {
			lo += i + 1
		}
		if i := strings.IndexByte(s[end:hi], '\n'); i >= 0 {
			hi = end + i
		}
	}
	var v scriptVotes
	v.count(s[lo:hi])
	if short {
		p.hint, p.hintDone = v, true
	}
	return v
}

// withVotes adds the field name's script votes, counted twice, to v.
func (c *phoneFieldContext) withVotes(v scriptVotes) scriptVotes {
	f := c.votes
	v.hangul += 2 * f.hangul
	v.kana += 2 * f.kana
	v.han += 2 * f.han
	v.jpHan += 2 * f.jpHan
	v.twHan += 2 * f.twHan
	return v
}
