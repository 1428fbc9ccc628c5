package detectors

import (
	"slices"
	"strings"
)

// krNotRoad are words ending in 로 or 길 that are not road names.
var krNotRoad = map[string]bool{
	"으로": true, "바로": true, "서로": true, "따로": true, "새로": true, "별로": true, "주로": true,
	"실제로": true, "그대로": true, "스스로": true, "정말로": true, "이대로": true, "대로": true,
	"가로": true, "세로": true, "진로": true, "경로": true, "통로": true, "항로": true, "도로": true,
	"앞으로": true, "뒤로": true, "위로": true, "아래로": true, "밖으로": true, "안으로": true,
	"이길": true, "그길": true, "저길": true, "오는길": true, "가는길": true, "돌아오는길": true,
}

// krBuildingEnds are the endings of building and complex names.
var krBuildingEnds = []string{
	"아파트", "빌딩", "빌라", "오피스텔", "타워", "맨션", "하우스", "센터", "프라자", "플라자", "상가",
	"주택", "연립", "캐슬", "자이", "푸르지오", "힐스테이트", "래미안", "아이파크", "편한세상", "더샵",
	"센트레빌", "팰리스", "타운", "마을", "단지", "스퀘어", "시티", "오피스", "레지던스", "하이츠", "파크",
	"빌", "관", "회관", "청사", "병원", "학교",
}

// isSigungu reports whether t names a 시, 군 or 구.
func (a *Address) isSigungu(t string) bool {
	if a.t.krSigungu.has(t) {
		return true
	}
	n := runeCount(t)
	if n < 2 || n > 5 || len(t) != 3*n {
		return false
	}
	r, _ := runeBefore(t, len(t))
	return r == '시' || r == '군' || r == '구'
}

// isKRRoad reports whether t is a road name: 테헤란로, 봉은사로68길,
// 팔달로12번길, 세종대로, 진관2로, 달맞이길.
func isKRRoad(t string) bool {
	if len(t) < 6 || krNotRoad[t] {
		return false
	}
	if r, _ := runeAt(t, 0); !isHangulSyllable(r) {
		return false
	}
	if !strings.HasSuffix(t, "로") && !strings.HasSuffix(t, "길") {
		return false
	}
	for _, r := range t {
		if !isHangulSyllable(r) && !isDigitRune(r) {
			return false
		}
	}
	return true
}

// isKRLot reports whether t is a legal dong, ri or ga: 역삼동, 성수동1가,
// 양근리, 역삼1동, 종로1가 (but not a unit such as 101동).
func isKRLot(t string) bool {
	if len(t) < 6 {
		return false
	}
	if r, _ := runeAt(t, 0); !isHangulSyllable(r) {
		return false
	}
	r, _ := runeBefore(t, len(t))
	if r != '동' && r != '리' && r != '가' {
		return false
	}
	n := 0
	for _, r := range t {
		if !isHangulSyllable(r) && !isDigitRune(r) {
			return false
		}
		n++
	}
	return n <= 8
}

// krNumber returns the end of a building or lot number at p: 123, 123-4,
// with 번지 for lot numbers; p when there is none. A number followed by
// 층, 호 or 동 is a unit, not a building number.
func krNumber(s string, p int, lot bool) int {
	e := digitsEnd(s, p)
	if e == p || e-p > 5 {
		return p
	}
	if e+1 < len(s) && s[e] == '-' && isASCIIDigit(s[e+1]) {
		e = digitsEnd(s, e+1)
	}
	if lot && strings.HasPrefix(s[e:], "번지") {
		return e + len("번지")
	}
	r, _ := runeAt(s, e)
	switch {
	case r == '로':
		// The particle (관악로 8로 보내주세요), unless a number follows: then
		// 12로 is a numbered road of its own.
		if q := skipSpaces(s, e+len("로")); q < len(s) && isASCIIDigit(s[q]) {
			return p
		}
		return e
	case r == '층' || r == '호' || r == '동' || r == '번' || r == '길':
		return p
	case isDigitRune(r) || isLatinLetter(r):
		return p
	}
	return e
}

// krUnit returns the end of a unit token at p (101동, 1203호, 3층, B1층,
// 지하1층, 제101호, 101동1203호, 1203호실), or p.
func krUnit(s string, p int) int {
	i := p
	for k := 0; k < 2; k++ {
		j := i
		switch {
		case strings.HasPrefix(s[j:], "지하"):
			j += len("지하")
		case strings.HasPrefix(s[j:], "제"):
			j += len("제")
		case j < len(s) && (s[j] == 'B' || s[j] == 'b'):
			j++
		}
		e := digitsEnd(s, j)
		if e == j || e-j > 5 {
			break
		}
		if e+1 < len(s) && s[e] == '-' && isASCIIDigit(s[e+1]) {
			e = digitsEnd(s, e+1)
		}
		switch {
		case strings.HasPrefix(s[e:], "호실"):
			e += len("호실")
		case strings.HasPrefix(s[e:], "동"), strings.HasPrefix(s[e:], "호"), strings.HasPrefix(s[e:], "층"):
			e += 3
		default:
			return i
		}
		i = e
	}
	if i > p {
		// The unit must end the token, or a particle end it (301호로,
		// 3층에서); 2호선 (a subway line) is no unit.
		if r, _ := runeAt(s, i); isDigitRune(r) || (isHangulSyllable(r) && !krUnitParticle(s, i)) {
			return p
		}
	}
	return i
}

// krUnitParticles may follow a unit in a sentence (301호로 보내주세요).
var krUnitParticles = []string{"로", "으로", "에", "에서", "까지", "로요", "으로요", "는", "은", "가", "이",
	"도", "를", "을", "의", "요", "이요", "입니다", "이에요", "예요", "이고", "인데", "인데요"}

// krUnitParticle reports whether the Hangul word that goes on at i is one
// of krUnitParticles.
func krUnitParticle(s string, i int) bool {
	return slices.Contains(krUnitParticles, s[i:runEnd(s, i, isHangulSyllable)])
}

// krParse reads a Korean address starting at p. Unless partial is set the
// address must start with a 시/도; with partial it may start at the 시/군/구
// or (with conf lowered) at the road.
func (a *Address) krParse(s string, p int, partial bool) (addrCand, bool) {
	if r, _ := runeBefore(s, p); isHangulSyllable(r) {
		return addrCand{}, false
	}
	var region [4]string
	nr := 0
	i := p
	e := hangulRunEnd(s, p)
	sido, ok := a.t.krSido[s[p:e]]
	if ok {
		region[nr] = s[p:e]
		nr++
		i = e
	} else if !partial {
		return addrCand{}, false
	}
	next := func(i int) int { // start of the next token, or -1 without a space
		q := skipSpaces(s, i)
		if q == i && i != p {
			return -1
		}
		return q
	}
	sigungu := 0
	for sigungu < 2 {
		q := next(i)
		if q < 0 {
			break
		}
		te := hangulRunEnd(s, q)
		if !a.isSigungu(s[q:te]) {
			break
		}
		if r, _ := runeAt(s, te); r != ' ' {
			break
		}
		region[nr] = s[q:te]
		nr++
		i = te
		sigungu++
	}
	if sigungu == 0 && nr > 0 && sido != "세종특별자치시" && !partial {
		return addrCand{}, false
	}
	// 읍/면.
	if q := next(i); q >= 0 {
		te := hangulRunEnd(s, q)
		if n := (te - q) / 3; n >= 2 && n <= 5 {
			if r, _ := runeBefore(s, te); (r == '읍' || r == '면') && te < len(s) && s[te] == ' ' {
				i = te
			}
		}
	}
	q := next(i)
	if q < 0 {
		return addrCand{}, false
	}
	te := tokAt(s, q)
	t := s[q:te]
	subtype := ""
	switch {
	case isKRRoad(t):
		subtype = "kr_road_address"
		i = te
		// 중앙로 12번길 34: the 번길 written apart.
		if q2 := skipSpaces(s, i); q2 > i {
			if te2 := tokAt(s, q2); strings.HasSuffix(s[q2:te2], "길") && digitsEnd(s, q2) > q2 {
				i = te2
			}
		}
		q2 := skipSpaces(s, i)
		if strings.HasPrefix(s[q2:], "지하") {
			q2 = skipSpaces(s, q2+len("지하"))
		}
		if q2 == i {
			return addrCand{}, false
		}
		ne := krNumber(s, q2, false)
		if ne == q2 {
			return addrCand{}, false
		}
		i = ne
	case isKRLot(t):
		subtype = "kr_lot_address"
		i = te
		// 양평읍 양근리, 동 followed by 리: a second lot token.
		if q2 := skipSpaces(s, i); q2 > i {
			if te2 := tokAt(s, q2); isKRLot(s[q2:te2]) {
				i = te2
			}
		}
		q2 := skipSpaces(s, i)
		if strings.HasPrefix(s[q2:], "산") {
			q2 = skipSpaces(s, q2+len("산"))
		}
		if q2 == i {
			return addrCand{}, false
		}
		ne := krNumber(s, q2, true)
		if ne == q2 {
			return addrCand{}, false
		}
		i = ne
	default:
		return addrCand{}, false
	}
	if nr == 0 && !partial {
		return addrCand{}, false
	}
	i = a.krDetails(s, i)
	conf := 0.95
	switch {
	case nr == 0:
		conf = 0.7
	case sido == "":
		conf = 0.85
	}
	return addrCand{
		start: p, end: i, subtype: subtype, country: "KR", conf: conf,
		masked: maskRegion(region[:nr]...),
	}, true
}

// krDetails extends an address over its unit, building name and the
// parenthesised legal dong: , 101동 1203호 (역삼동, 래미안아파트).
func (a *Address) krDetails(s string, i int) int {
	for k := 0; k < 6; k++ {
		q := i
		if q < len(s) && s[q] == ',' {
			q++
		}
		q = skipSpaces(s, q)
		if q >= len(s) || (q == i && s[q] != '(') {
			return i
		}
		if s[q] == '(' {
			c := strings.IndexByte(s[q:min(len(s), q+80)], ')')
			if c < 0 {
				return i
			}
			inner := s[q+1 : q+c]
			if r, n := runeAt(inner, 0); !isHangulSyllable(r) || n == len(inner) || strings.ContainsAny(inner, "\n()") {
				// One syllable is no dong or building: (으)로, (이)가 are
				// a message template's particles.
				return i
			}
			return q + c + 1
		}
		if ue := krUnit(s, q); ue > q {
			i = ue
			continue
		}
		te := tokAt(s, q)
		if te == q || te-q > 45 {
			return i
		}
		t := s[q:te]
		building := false
		for _, b := range krBuildingEnds {
			if strings.HasSuffix(t, b) {
				building = true
				break
			}
		}
		if !building {
			// A building name without a known ending counts before a unit.
			q2 := skipSpaces(s, te)
			if q2 == te || krUnit(s, q2) == q2 {
				return i
			}
		}
		i = te
	}
	return i
}
