package detectors

import "strings"

// jpBuildingWords mark a building name after the block numbers.
var jpBuildingWords = []string{
	"マンション", "ハイツ", "コーポ", "メゾン", "レジデンス", "ハウス", "ビル", "タワー", "アパート",
	"パレス", "コート", "プラザ", "ヒルズ", "テラス", "ガーデン", "シティ", "ハイム", "荘", "館", "棟",
	"寮", "団地", "住宅", "ヴィラ", "パーク", "フラット",
}

// The characters that end Japanese and Taiwanese municipal units.
var (
	jpCityEnds     = []rune{'市', '区', '郡', '町', '村'}
	jpWardEnds     = []rune{'区'}
	jpTownEnds     = []rune{'町', '村'}
	twDistrictEnds = []rune{'區', '区'}
	twTownshipEnds = []rune{'鄉', '鎮', '市'}
	twVillageEnds  = []rune{'里', '村'}
)

// skipOneSpace skips one ASCII or ideographic space at i.
func skipOneSpace(s string, i int) int {
	if r, n := runeAt(s, i); r == ' ' || r == 0x3000 {
		return i + n
	}
	return i
}

// isTownRune reports whether r can be part of a Japanese town name.
func isTownRune(r rune) bool {
	return isHan(r) || isKana(r) && r != '・'
}

// jpUnitEnd returns the end of a municipal unit at i (a run of up to seven
// characters ending with one of ends, the end character not first), or 0.
func jpUnitEnd(s string, i int, ends []rune) int {
	j := i
	for k := 0; k < 7 && j < len(s); k++ {
		r, n := runeAt(s, j)
		if !isHan(r) && !isKana(r) {
			return 0
		}
		j += n
		if k > 0 {
			for _, e := range ends {
				if e == r {
					return j
				}
			}
		}
	}
	return 0
}

// jpNumber returns the end of one number at i: ASCII or full-width digits,
// or kanji numerals when a block marker (丁目, 番, 号) follows.
func jpNumber(s string, i int) int {
	if e := digitsEnd(s, i); e > i {
		return e
	}
	e := runEnd(s, i, isKanjiNumeral)
	if e > i && (strings.HasPrefix(s[e:], "丁目") || strings.HasPrefix(s[e:], "番") || strings.HasPrefix(s[e:], "号")) {
		return e
	}
	return i
}

// jpNumbers reads block numbers at i: 1-2-3, １－２－３, 1丁目2番3号,
// 一丁目2-3, 123番地の4. It returns the end and the number of groups.
func jpNumbers(s string, i int) (int, int) {
	groups := 0
	for groups < 5 {
		e := jpNumber(s, i)
		if e == i {
			break
		}
		groups++
		i = e
		switch {
		case strings.HasPrefix(s[i:], "丁目"):
			i += len("丁目")
		case strings.HasPrefix(s[i:], "番地"):
			i += len("番地")
		case strings.HasPrefix(s[i:], "番"):
			i += len("番")
		case strings.HasPrefix(s[i:], "条"), strings.HasPrefix(s[i:], "線"):
			// 南1条西1丁目 (Hokkaido grid addresses).
			i += len("条")
			if r, n := runeAt(s, i); r == '東' || r == '西' || r == '南' || r == '北' {
				i += n
			}
			continue
		case strings.HasPrefix(s[i:], "号"):
			return i + len("号"), groups
		default:
			r, n := runeAt(s, i)
			if (isDash(r) || r == 'ー' || r == 'の') && jpNumber(s, i+n) > i+n {
				i += n
				continue
			}
			return i, groups
		}
		// After 丁目 or 番: an optional dash or の before the next number.
		if r, n := runeAt(s, i); (isDash(r) || r == 'の') && jpNumber(s, i+n) > i+n {
			i += n
		}
	}
	return i, groups
}

// jpRoom returns the end of a room number at i (305号室, 305号, 5F, 5階,
// 305), requiring a marker when bare is false; i when there is none.
func jpRoom(s string, i int, bare bool) int {
	e := digitsEnd(s, i)
	if e == i || runeCount(s[i:e]) > 5 { // ３０１号室 is 9 bytes
		return i
	}
	for _, m := range [...]string{"号室", "号", "室", "階", "F", "Ｆ", "f"} {
		if strings.HasPrefix(s[e:], m) {
			return e + len(m)
		}
	}
	if r, _ := runeAt(s, e); bare && !isHan(r) && !isKana(r) && !isLatinLetter(r) {
		return e
	}
	return i
}

// jpBuilding extends an address over a building name and room at i.
func jpBuilding(s string, i int) int {
	q := skipOneSpace(s, i)
	if e := jpRoom(s, q, false); e > q {
		return e // 1-2-3 101号室
	}
	be := q
	for k := 0; k < 25 && be < len(s); k++ {
		r, n := runeAt(s, be)
		// Hiragana too (みなとみらいマンション, さくらハイツ): the run counts
		// only with a building word or a room number.
		if !isKatakana(r) && !isHan(r) && !isHiragana(r) && !isLatinLetter(r) && r != 'ヶ' && r != '&' {
			break
		}
		be += n
	}
	if be == q {
		return i
	}
	known := false
	for _, w := range jpBuildingWords {
		if strings.Contains(s[q:be], w) {
			known = true
			break
		}
	}
	// A room number, glued (ハイツ青山305) or after a space.
	if e := jpRoom(s, be, true); e > be {
		return e
	}
	if q2 := skipOneSpace(s, be); q2 > be {
		if e := jpRoom(s, q2, true); e > q2 {
			return e
		}
	}
	if known {
		return be
	}
	return i
}

// jpPostalBefore returns the start of a postal code (〒123-4567, 123-4567)
// written just before p, or p.
func jpPostalBefore(s string, p int) int {
	q := skipSpacesBack(s, p)
	d2 := runStart(s, q, isDigitRune)
	if runeCount(s[d2:q]) != 4 {
		if runeCount(s[d2:q]) == 7 {
			if r, n := runeBefore(s, d2); r == '〒' {
				return d2 - n
			}
			return d2
		}
		return p
	}
	r, n := runeBefore(s, d2)
	if !isDash(r) {
		return p
	}
	d1 := runStart(s, d2-n, isDigitRune)
	if runeCount(s[d1:d2-n]) != 3 {
		return p
	}
	if r, n := runeBefore(s, skipSpacesBack(s, d1)); r == '〒' {
		return skipSpacesBack(s, d1) - n
	}
	if r, _ := runeBefore(s, d1); isDigitRune(r) || isDash(r) {
		return p
	}
	return d1
}

// jpParse reads a Japanese address whose prefecture is s[p:prefEnd]; with
// partial the prefecture may be missing (p == prefEnd) and the address starts
// with its city.
func (a *Address) jpParse(s string, p, prefEnd int, partial bool) (addrCand, bool) {
	start := p
	if prefEnd > p {
		start = jpPostalBefore(s, p)
	}
	i := skipOneSpace(s, prefEnd)
	cityStart := i
	units := 0
	for units < 2 {
		ends := jpCityEnds
		if units == 1 {
			r, _ := runeBefore(s, i)
			switch r {
			case '市':
				ends = jpWardEnds
			case '郡':
				ends = jpTownEnds
			default:
				ends = nil
			}
			if ends == nil {
				break
			}
		}
		e := jpUnitEnd(s, i, ends)
		if e == 0 {
			break
		}
		i = e
		units++
	}
	if units == 0 {
		return addrCand{}, false
	}
	cityEnd := i
	i = skipOneSpace(s, i)
	// The town: a run of kanji and kana (it may hold 丁目 written in kanji).
	townStart := i
	for k := 0; k < 16 && i < len(s); k++ {
		r, n := runeAt(s, i)
		if !isTownRune(r) {
			break
		}
		i += n
	}
	// 六本木六丁目: kanji numerals and 丁目 swallowed by the town run count.
	chome := strings.HasSuffix(s[townStart:i], "丁目")
	if chome {
		// Give back the kanji numeral and 丁目 so that they count as a group.
		j := i - len("丁目")
		j = runStart(s, j, isKanjiNumeral)
		if j > townStart {
			i = j
		}
	}
	ne, groups := jpNumbers(s, i)
	if groups == 0 {
		return addrCand{}, false
	}
	// Taiwanese addresses share the characters: 信義路五段7號 is not a town.
	if strings.ContainsAny(s[townStart:i], "區鄉鎮段號巷弄樓") {
		return addrCand{}, false
	}
	// Without a prefecture, a building and its room (本町マンション601号室,
	// an address-detail cell) is no address: the run after 本町 names the
	// building, not a town.
	if prefEnd == p && hasAnySuffix(s[townStart:i], jpBuildingWords) {
		return addrCand{}, false
	}
	if r, _ := runeAt(s, ne); strings.ContainsRune("巷弄號樓之路街段", r) {
		return addrCand{}, false
	}
	end := jpBuilding(s, ne)
	conf := 0.95
	if prefEnd == p {
		conf = 0.85
	}
	if i == townStart {
		conf -= 0.1 // no town name: 港区1-2-3
	}
	pref := s[p:prefEnd]
	city := strings.TrimSpace(s[cityStart:cityEnd])
	return addrCand{
		start: start, end: end, subtype: "jp_address", country: "JP", conf: conf,
		masked: maskRegion(pref, city),
	}, true
}

// jpAfterPostal reads an address after the postal mark 〒 of hit h: the
// postal code, then the prefecture or city.
func (a *Address) jpAfterPostal(s string, h Hit) (addrCand, bool) {
	i := skipSpaces(s, h.End)
	e := digitsEnd(s, i)
	if n := runeCount(s[i:e]); n == 3 {
		r, w := runeAt(s, e)
		if !isDash(r) {
			return addrCand{}, false
		}
		e2 := digitsEnd(s, e+w)
		if runeCount(s[e+w:e2]) != 4 {
			return addrCand{}, false
		}
		e = e2
	} else if n != 7 {
		return addrCand{}, false
	}
	q := skipSpaces(s, e)
	if q < len(s) && (s[q] == '\n' || s[q] == '\r') {
		q = skipSpaces(s, q+1+strings.Count(s[q:min(q+2, len(s))], "\r\n")/2)
	}
	for pe := q + 3; pe <= min(q+12, len(s)); pe += 3 {
		if a.t.jpPref.has(s[q:pe]) {
			c, ok := a.jpParse(s, q, pe, false)
			c.start = h.Start
			return c, ok
		}
	}
	c, ok := a.jpParse(s, q, q, true)
	if ok {
		c.start = h.Start
		c.conf = 0.9
	}
	return c, ok
}
