package detectors

import "strings"

// Korean addresses written in Latin letters, as on international shipping
// labels and in English-language forms. The official romanisation writes
// the same parts as Hangul, in either order:
//
//	Apt 101-1203, 25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510, Republic of Korea
//	Seoul, Gangnam-gu, Teheran-ro 152
//	823 Yeoksam-dong, Gangnam-gu, Seoul
//
// The anchor is the district (Gangnam-gu, Seongnam-si, Yangpyeong-gun). An
// address needs, around it and joined only by spaces and commas, a road
// (-ro, -daero, -gil) or a neighbourhood (-dong, -eup, -myeon, -ri, -ga)
// with a building or lot number beside it, and a city, a province, a
// five-digit postal code or the country.

// krLatinTok is the class of one word of a romanised Korean address.
type krLatinTok uint8

const (
	klOther    krLatinTok = iota
	klNum                 // 152, 38-10, 101-1203, #1203
	klRoad                // Teheran-ro, Sejong-daero, Olympic-ro, Jungang-ro
	klSubRoad             // 35-gil, 1275beon-gil: a numbered branch of the road before it
	klDistrict            // Gangnam-gu, Suwon-si, Yangpyeong-gun
	klDong                // Yeoksam-dong, Jongno 1-ga, Jinjeop-eup
	klCity                // Seoul, Busan ...
	klProvince            // Gyeonggi-do, Jeju-do
	klPostal              // 06236 (five digits, after the district)
	klCountry             // Korea, Republic of Korea, South Korea
	klUnit                // Apt, Unit, Floor, Room, Suite, Bldg
)

// krLatinCities are the special and metropolitan cities written without
// a suffix after the district.
var krLatinCities = map[string]bool{
	"seoul": true, "busan": true, "daegu": true, "incheon": true, "gwangju": true,
	"daejeon": true, "ulsan": true, "sejong": true, "jeju": true,
}

var krLatinUnits = map[string]bool{
	"apt": true, "apt.": true, "apartment": true, "unit": true, "suite": true, "room": true,
	"rm": true, "rm.": true, "floor": true, "fl": true, "fl.": true, "bldg": true, "bldg.": true,
	"ho": true, "dong": true, "no": true, "no.": true,
}

// krLatinWord classifies the token w (its commas and spaces removed).
func krLatinWord(w string, afterDistrict bool) krLatinTok {
	if w == "" {
		return klOther
	}
	var buf [24]byte
	k := lowerKey(&buf, strings.TrimSuffix(w, "."))
	if k == nil {
		return klOther
	}
	lw := unsafeString(k)
	digits, other := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || (c == '#' && i == 0):
		default:
			other++
		}
	}
	switch {
	case other == 0 && digits > 0:
		if afterDistrict && digits == 5 && len(w) == 5 {
			return klPostal
		}
		if digits <= 8 && w[len(w)-1] != '-' && w[0] != '-' {
			return klNum
		}
		return klOther
	case krLatinUnits[lw]:
		return klUnit
	case krLatinCities[lw]:
		return klCity
	case lw == "korea":
		return klCountry
	}
	i := strings.LastIndexByte(lw, '-')
	if i <= 0 {
		return klOther
	}
	base, suf := lw[:i], lw[i+1:]
	if base[0] >= '0' && base[0] <= '9' {
		// 35-gil, 1275beon-gil, 1-ga
		if suf == "gil" || suf == "ga" {
			if suf == "ga" {
				return klDong
			}
			return klSubRoad
		}
		return klOther
	}
	if !isASCIIUpper(w[0]) || len(base) < 2 {
		return klOther
	}
	for j := 0; j < len(base); j++ {
		if c := base[j]; (c < 'a' || c > 'z') && c != '-' && (c < '0' || c > '9') {
			return klOther
		}
	}
	switch suf {
	case "ro", "daero", "gil", "beongil":
		return klRoad
	case "gu", "si", "gun":
		return klDistrict
	case "dong", "eup", "myeon", "ri", "ga":
		return klDong
	case "do":
		return klProvince
	}
	return klOther
}

// krLatinSpan is one word of the address and where it stands.
type krLatinSpan struct {
	start, end int
	tok        krLatinTok
}

// krLatin reads the romanised Korean address around the district that
// ends with the cue of hit h (-gu, -si, -gun).
func (a *Address) krLatin(s string, h Hit) (addrCand, bool) {
	// The district word: letters, then the cue, then no letter.
	if h.End < len(s) && isLatinStart(s, h.End) {
		return addrCand{}, false
	}
	ds := h.Start
	for ds > 0 && (s[ds-1] >= 'a' && s[ds-1] <= 'z' || s[ds-1] >= 'A' && s[ds-1] <= 'Z') {
		ds--
	}
	if h.Start-ds < 2 || !isASCIIUpper(s[ds]) {
		return addrCand{}, false
	}
	var buf [24]krLatinSpan
	words := buf[:0]
	// Words before the district, nearest first, then reversed.
	for p := ds; len(words) < 8; {
		q := p
		for q > 0 && (s[q-1] == ' ' || s[q-1] == ',') {
			q--
		}
		if q == p || q == 0 {
			break
		}
		st := q
		for st > 0 && s[st-1] != ' ' && s[st-1] != ',' && s[st-1] != '\n' && s[st-1] != '\t' {
			st--
		}
		t := krLatinWord(s[st:q], false)
		if t == klOther || t == klPostal || t == klCountry {
			break
		}
		words = append(words, krLatinSpan{st, q, t})
		p = st
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	district := len(words)
	words = append(words, krLatinSpan{ds, h.End, klDistrict})
	// Words after it.
	for p := h.End; len(words) < cap(buf); {
		q := p
		for q < len(s) && (s[q] == ' ' || s[q] == ',') {
			q++
		}
		if q == p || q == len(s) {
			break
		}
		e := q
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' && s[e] != '\t' && s[e] != '\r' {
			e++
		}
		w := s[q:e]
		t := krLatinWord(w, true)
		if t == klOther && (w == "Republic" || w == "South") {
			// Republic of Korea, South Korea
			rest := s[e:]
			switch {
			case strings.HasPrefix(rest, " of Korea"):
				e += len(" of Korea")
				t = klCountry
			case strings.HasPrefix(rest, " Korea"):
				e += len(" Korea")
				t = klCountry
			}
		}
		if t == klOther {
			break
		}
		words = append(words, krLatinSpan{q, e, t})
		p = e
	}
	// What the address needs: a road or neighbourhood with a number beside
	// it, and a city, province, postal code or country.
	road, numbered, region := false, false, false
	first, last := district, district
	for i, w := range words {
		switch w.tok {
		case klRoad, klDong, klSubRoad:
			road = road || w.tok != klDong
			if (i > 0 && words[i-1].tok == klNum) || (i+1 < len(words) && words[i+1].tok == klNum) {
				numbered = true
			}
		case klCity, klProvince, klPostal, klCountry:
			region = true
		}
	}
	if !numbered || !region {
		return addrCand{}, false
	}
	// The span: from the first word of a road, number or unit chain before
	// the district (at most three numbers and units ahead of the road) to
	// the last word after it.
	lead := 0
	for i := district - 1; i >= 0; i-- {
		switch words[i].tok {
		case klNum, klUnit:
			if lead++; lead > 3 {
				i = -1
				continue
			}
		default:
			lead = 0
		}
		first = i
	}
	last = len(words) - 1
	for last > district && words[last].tok == klUnit {
		last--
	}
	subtype := "kr_lot_address"
	if road {
		subtype = "kr_road_address"
	}
	city := ""
	for _, w := range words {
		if w.tok == klCity || w.tok == klProvince {
			city = s[w.start:w.end]
			break
		}
	}
	return addrCand{
		start: words[first].start, end: words[last].end, subtype: subtype, country: "KR", conf: 0.9,
		masked: maskRegion(s[ds:h.End], city),
	}, true
}
