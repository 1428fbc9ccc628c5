package detectors

import "strings"

// twNumber returns the end of a number at i: ASCII or full-width digits,
// or Chinese numerals (五段, 十二樓); i when there is none.
func twNumber(s string, i int) int {
	if e := digitsEnd(s, i); e > i {
		return e
	}
	return runEnd(s, i, isKanjiNumeral)
}

// twMarked returns the end of a number followed by one of the markers at i,
// or i.
func twMarked(s string, i int, markers ...string) int {
	e := twNumber(s, i)
	if e == i {
		return i
	}
	for _, m := range markers {
		if strings.HasPrefix(s[e:], m) {
			return e + len(m)
		}
	}
	return i
}

// twSub returns the end of a 之N suffix at i (5號之1, 12樓之3), or i.
func twSub(s string, i int) int {
	if strings.HasPrefix(s[i:], "之") {
		if e := digitsEnd(s, i+len("之")); e > i+len("之") {
			return e
		}
	}
	return i
}

// twRoadEnd returns the end of a road name at i (信義路, 忠孝東路, 中山二路,
// 縣民大道, 和平街) with its section (四段, 4段), or 0.
func twRoadEnd(s string, i int) int {
	j := i
	for k := 0; k < 10 && j < len(s); k++ {
		r, n := runeAt(s, j)
		if !isHan(r) && !(k > 0 && isDigitRune(r)) {
			return 0
		}
		j += n
		if k == 0 {
			continue
		}
		if r == '路' || r == '街' || (r == '道' && strings.HasSuffix(s[:j], "大道")) {
			// A road name is not a district: 中正區 would have stopped earlier.
			if e := twMarked(s, j, "段"); e > j {
				j = e
			}
			return j
		}
	}
	return 0
}

// twParse reads a Taiwanese address whose county or city is
// s[p:cityEnd]; with partial the county may be missing (p == cityEnd).
func (a *Address) twParse(s string, p, cityEnd int, partial bool) (addrCand, bool) {
	start := p
	if cityEnd > p {
		// A postal code of 3, 5 or 6 digits may stand before the city.
		q := skipSpacesBack(s, p)
		d := runStart(s, q, isDigitRune)
		if n := q - d; (n == 3 || n == 5 || n == 6) && q > d {
			if r, _ := runeBefore(s, d); !isDigitRune(r) && !isDash(r) && r != '.' {
				start = d
			}
		}
	}
	i := skipOneSpace(s, cityEnd)
	district := ""
	e := jpUnitEnd(s, i, twDistrictEnds)
	if e == 0 || e-i > 4*3 {
		e = jpUnitEnd(s, i, twTownshipEnds)
	}
	if e > 0 && e-i <= 4*3 {
		if twRoadEnd(s, i) == 0 || twRoadEnd(s, i) > e {
			district = s[i:e]
			i = skipOneSpace(s, e)
		}
	}
	if cityEnd == p && district == "" && !partial {
		return addrCand{}, false
	}
	// 村/里 and 鄰 before the road.
	if e := jpUnitEnd(s, i, twVillageEnds); e > 0 && e-i <= 4*3 && twRoadEnd(s, e) > 0 {
		i = e
	}
	if e := twMarked(s, i, "鄰"); e > i {
		i = e
	}
	re := twRoadEnd(s, i)
	if re == 0 {
		return addrCand{}, false
	}
	i = skipOneSpace(s, re)
	if e := twMarked(s, i, "巷"); e > i {
		i = e
		if e := twMarked(s, i, "弄"); e > i {
			i = e
		}
	}
	e = twMarked(s, i, "號", "号")
	if e == i {
		// 7之1號
		if e1 := twNumber(s, i); e1 > i {
			if e2 := twSub(s, e1); e2 > e1 && (strings.HasPrefix(s[e2:], "號") || strings.HasPrefix(s[e2:], "号")) {
				e = e2 + len("號")
			}
		}
		if e == i {
			return addrCand{}, false
		}
	}
	i = twSub(s, e)
	// Floor and room: 12樓, 5F, 十二樓之3, B1, 501室.
	q := skipOneSpace(s, i)
	if fe := twMarked(s, q, "樓", "楼", "F", "Ｆ", "f"); fe > q {
		i = twSub(s, fe)
	} else if q+2 <= len(s) && s[q] == 'B' && isASCIIDigit(s[q+1]) {
		i = digitsEnd(s, q+1)
	}
	if re := twMarked(s, skipOneSpace(s, i), "室"); re > skipOneSpace(s, i) {
		i = re
	}
	conf := 0.95
	if cityEnd == p {
		conf = 0.85
	}
	return addrCand{
		start: start, end: i, subtype: "tw_address", country: "TW", conf: conf,
		masked: maskRegion(s[p:cityEnd], district),
	}, true
}
