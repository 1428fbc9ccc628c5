package detectors

import "strings"

// Address finds postal addresses of Korea (road-name and lot-number),
// Japan, Taiwan and the United States.
//
// Free text is only examined around anchors found by the Engine's cue pass:
// the names of Korean 시/도, Japanese 都道府県 and Taiwanese 縣/市, wards and
// cities (区, 區, 市), US street suffixes (" St", " Ave", ...), the 〒 mark
// and words such as 주소, 住所, 地址 and "address". From an anchor a small
// hand-written parser per country reads the address to its end, unit and
// building included. A postal code alone, or a region without a street and
// number, is not an address. In a column named for addresses (or profiled as
// such) partial addresses such as "강남구 테헤란로 123" are accepted too.
type Address struct {
	t     *addressData
	field fieldCache
}

var _ Detector = (*Address)(nil)

// NewAddress returns the detector. The embedded tables are parsed once per
// process and shared.
func NewAddress() *Address { return &Address{t: loadAddressData()} }

// Kind implements Detector.
func (*Address) Kind() Kind { return KindAddress }

// addrCueKind says what a cue word anchors.
type addrCueKind uint8

const (
	acKRSido   addrCueKind = iota // 서울, 경기, 충청 ...: the first two syllables of a 시/도
	acJPPref                      // 東京都, 北海道, 京都府, 大阪府, and 県 after the other 43
	acJPPostal                    // 〒
	acTWCity                      // 縣, 县 after a county name
	acCJKWard                     // 区, 區, 市: a city (臺北市) or a partial JP/TW address
	acUSSuffix                    // " St", " Ave" ... (with the space before)
	acUSPOBox                     // PO Box
	acContext                     // 주소, 住所, 地址, address: a partial address may follow
	acKRLatin                     // -gu, -si, -gun: a Korean district written in Latin letters
)

type addrCue struct {
	word string
	kind addrCueKind
}

// buildAddrCues lists the cue words of the address detector from its
// tables. The cue automaton is shared by all detectors and its size costs
// scan speed, so region names are anchored by short cues: the first two
// syllables of a Korean 시/도 (the parser reads the whole word), 県 for 43
// of the 47 prefectures and 縣/市 for Taiwanese counties and cities (the
// detector looks back for the name).
func buildAddrCues(t *addressData) []addrCue {
	var cs []addrCue
	seen := map[string]bool{}
	for w := range t.krSido {
		if k := w[:6]; !seen[k] {
			seen[k] = true
			cs = append(cs, addrCue{k, acKRSido})
		}
	}
	for w := range t.jpPref.m {
		if !strings.HasSuffix(w, "県") {
			cs = append(cs, addrCue{w, acJPPref})
		}
	}
	cs = append(cs, addrCue{"県", acJPPref}, addrCue{"〒", acJPPostal})
	cs = append(cs, addrCue{"縣", acTWCity}, addrCue{"县", acTWCity})
	cs = append(cs, addrCue{"区", acCJKWard}, addrCue{"區", acCJKWard}, addrCue{"市", acCJKWard})
	for w := range t.usSuffix.m {
		// Suffixes that are frequent English words (path, run, view) would
		// fire all over English text; streets named with them are still
		// read from their number in address columns and after "Address:".
		if !usCommonWordSuffix[w] {
			cs = append(cs, addrCue{" " + w, acUSSuffix})
		}
	}
	cs = append(cs, addrCue{"po box", acUSPOBox}, addrCue{"p.o. box", acUSPOBox})
	for _, w := range []string{"주소", "배송지", "住所", "所在地", "お届け先", "地址", "address", "addr:"} {
		cs = append(cs, addrCue{w, acContext})
	}
	for _, w := range []string{"-gu", "-si", "-gun"} {
		cs = append(cs, addrCue{w, acKRLatin})
	}
	// Map iteration order is random: sort so that Cues is stable.
	sortAddrCues(cs)
	return cs
}

func sortAddrCues(cs []addrCue) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && (cs[j].kind < cs[j-1].kind || (cs[j].kind == cs[j-1].kind && cs[j].word < cs[j-1].word)); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// usCommonWordSuffix are street suffixes that are not cue words.
var usCommonWordSuffix = map[string]bool{
	"path": true, "run": true, "row": true, "walk": true, "pass": true, "view": true, "green": true,
	"point": true, "center": true, "station": true, "sta": true, "mall": true, "commons": true,
	"landing": true, "crossing": true, "bend": true, "est": true, "estates": true, "vis": true,
	"vista": true, "brook": true, "ranch": true, "glen": true,
}

// Cues implements Detector.
func (a *Address) Cues() []string {
	cs := a.t.cues
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.word
	}
	return out
}

// addrCand is a parsed address.
type addrCand struct {
	start, end int
	subtype    string
	country    string
	conf       float64
	masked     string
}

// Detect implements Detector.
func (a *Address) Detect(in *Input, emit func(Match)) {
	s := in.Text
	last := 0 // end of the last address emitted
	put := func(c addrCand) {
		if c.start < last || c.end <= c.start || c.end > len(s) {
			return
		}
		last = c.end
		emit(Match{
			Start: c.start, End: c.end, Kind: KindAddress, Subtype: c.subtype, Country: c.country,
			Confidence: c.conf, Normalized: normalizeValue(s[c.start:c.end]), Masked: c.masked,
		})
	}
	var fk Kind
	if in.facts != nil {
		fk = in.facts.name.kind
	} else {
		fk = a.field.kind(in.Field)
	}
	if in.Column == KindAddress || fk == KindAddress {
		st, _ := trimCell(s)
		if c, ok := a.partial(s, st, true); ok {
			put(c)
		}
	}
	cs := a.t.cues
	for _, h := range in.Hits {
		if h.Start < last || h.Cue < 0 || h.Cue >= len(cs) {
			continue
		}
		var c addrCand
		ok := false
		kind := cs[h.Cue].kind
		if kind <= acCJKWard && !digitWithin(s, h.End, 120) {
			continue // every address has a number after its region
		}
		switch kind {
		case acKRSido:
			c, ok = a.krParse(s, h.Start, false)
		case acJPPref:
			if st := a.regionBefore(s, h, a.t.jpPref); st >= 0 {
				c, ok = a.jpParse(s, st, h.End, false)
			}
		case acJPPostal:
			c, ok = a.jpAfterPostal(s, h)
		case acTWCity:
			if st := a.regionBefore(s, h, a.t.twCity); st >= 0 {
				c, ok = a.twParse(s, st, h.End, false)
			}
		case acCJKWard:
			if st := a.regionBefore(s, h, a.t.twCity); st >= 0 && st < h.Start {
				c, ok = a.twParse(s, st, h.End, false)
			}
			if !ok {
				c, ok = a.wardParse(s, h)
			}
		case acUSSuffix:
			c, ok = a.usFromSuffix(s, h, last, false)
		case acUSPOBox:
			c, ok = a.usPOBox(s, h)
		case acKRLatin:
			c, ok = a.krLatin(s, h)
		case acContext:
			if cs[h.Cue].word == "address" && !latinWordAt(s, h.Start, h.End) {
				continue
			}
			p := skipSeparators(s, h.End)
			for _, particle := range [...]string{"は", "が", "の", "を", "に", "へ", "も", "는", "은", "지는", "를", "을", "로", "으로", "是", "在", "為", "为"} {
				if strings.HasPrefix(s[p:], particle) {
					p = skipSeparators(s, p+len(particle))
					break
				}
			}
			c, ok = a.partial(s, p, false)
		}
		if ok {
			put(c)
		}
	}
}

// regionBefore returns the start of the region name in names that ends
// with the cue of hit h (神奈川県 for 県, 臺北市 for 市), h.Start when the cue
// is the whole name, or -1.
func (a *Address) regionBefore(s string, h Hit, names set) int {
	if names.has(s[h.Start:h.End]) {
		return h.Start
	}
	st := h.Start
	for k := 0; k < 3; k++ {
		r, n := runeBefore(s, st)
		if !isHan(r) {
			break
		}
		st -= n
		if k > 0 && names.has(s[st:h.End]) {
			return st
		}
	}
	return -1
}

// partial reads an address that starts at p without a first-level region
// anchor, as in an address column or after 주소:, 住所：, 地址：, Address:.
func (a *Address) partial(s string, p int, field bool) (addrCand, bool) {
	r, _ := runeAt(s, p)
	if isHan(r) || isKana(r) || isHangulSyllable(r) {
		if pr, _ := runeBefore(s, p); scriptOf(pr) == scriptOf(r) {
			return addrCand{}, false // inside a word
		}
	}
	switch {
	case isHangulSyllable(r):
		return a.krParse(s, p, true)
	case r == '〒':
		return a.jpAfterPostal(s, Hit{Start: p, End: p + len("〒")})
	case isHan(r) || isKana(r):
		// A prefecture or county written first is an anchor after all.
		for n := 3; n <= 12 && p+n <= len(s); n += 3 {
			if a.t.jpPref.has(s[p : p+n]) {
				return a.jpParse(s, p, p+n, false)
			}
			if a.t.twCity.has(s[p : p+n]) {
				return a.twParse(s, p, p+n, false)
			}
		}
		if c, ok := a.jpParse(s, p, p, true); ok {
			return c, true
		}
		return a.twParse(s, p, p, true)
	case isDigitRune(r):
		if c, ok := a.usFromNumber(s, p, field); ok {
			return c, true
		}
		// A postal code before the address: 150-0001 東京都..., 106 臺北市...
		q := runEnd(s, p, func(r rune) bool { return isDigitRune(r) || isDash(r) })
		if q2 := skipSpaces(s, q); q2 < len(s) {
			if r2, _ := runeAt(s, q2); isHan(r2) {
				if c, ok := a.partial(s, q2, field); ok && c.start == q2 {
					c.start = p
					return c, true
				}
			}
		}
	case r == 'P' || r == 'p':
		if len(s)-p > 6 && strings.EqualFold(s[p:p+6], "po box") {
			return a.usPOBox(s, Hit{Start: p, End: p + 6})
		}
	}
	return addrCand{}, false
}

// wardParse reads a Japanese or Taiwanese address written without its
// prefecture or county, anchored at the 区/區/市 of its city or district.
func (a *Address) wardParse(s string, h Hit) (addrCand, bool) {
	// The city name is the Han run before the anchor (a kana one for
	// さいたま市); in a longer run, its last two characters (請寄到中正區).
	if r, _ := runeAt(s, h.End); strings.ContainsRune("切別分域", r) {
		return addrCand{}, false // 区切り, 区別, 区分, 区域: words, not a ward
	}
	st := hanRunStart(s, h.Start)
	if st == h.Start {
		// A city named in hiragana has three of them at least (いわき市,
		// さいたま市); の区切り is a particle and a word.
		st = runStart(s, h.Start, isHiragana)
		if runeCount(s[st:h.Start]) < 3 {
			return addrCand{}, false
		}
	} else if runeCount(s[st:h.Start]) > 3 {
		st = h.Start
		for k := 0; k < 2; k++ {
			_, n := runeBefore(s, st)
			st -= n
		}
	}
	// A ward inside a city (大阪市北区) starts at the city.
	if c, ok := a.jpParse(s, st, st, true); ok {
		c.conf -= 0.05
		return c, true
	}
	if c, ok := a.twParse(s, st, st, true); ok {
		c.conf -= 0.05
		return c, true
	}
	return addrCand{}, false
}

// tokAt returns the end of the token starting at p: a run of letters,
// digits and hyphens (Korean address tokens such as 테헤란로, 123-4, 101동).
func tokAt(s string, p int) int {
	return runEnd(s, p, func(r rune) bool {
		return isHangulSyllable(r) || isDigitRune(r) || isLatinLetter(r) || r == '-' || isHan(r)
	})
}

// digitsEnd returns the end of the run of ASCII or full-width digits at p.
func digitsEnd(s string, p int) int { return runEnd(s, p, isDigitRune) }

// maskRegion builds a masked preview: the coarse region parts, then ****.
func maskRegion(parts ...string) string {
	n := len("****")
	for _, p := range parts {
		if p != "" {
			n += len(p) + 1
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		if p == "" {
			continue
		}
		b.WriteString(p)
		b.WriteByte(' ')
	}
	b.WriteString("****")
	return b.String()
}
