package detectors

import (
	"strings"
	"unicode/utf8"
)

// krAfter are the words that may follow a Korean name inside one Hangul run
// (honorifics, titles, particles, the copula): 김민준님, 김민준이고, 김민준과장.
var krAfter = []string{
	"님", "씨", "군", "양", "귀하", "께", "앞", "고객", "회원", "선생", "과장", "대리", "부장", "팀장",
	"사장", "실장", "차장", "주임", "기사", "교수", "원장", "대표", "이사", "매니저", "상담원", "환자",
	"이", "가", "은", "는", "을", "를", "의", "와", "과", "도", "만", "에게", "한테", "으로", "로",
	"입니다", "이고", "이며", "이다", "이에", "이세", "이신", "이시", "이라", "라는", "라고", "께서",
}

// krTitles are job titles and forms of address written between a name and
// 님 (김민준 고객님, 김민준과장님); the name is what stands before them.
var krTitles = []string{
	"고객", "회원", "선생", "과장", "대리", "부장", "팀장", "사장", "실장", "차장", "주임", "기사",
	"교수", "원장", "대표", "이사", "매니저", "상담원", "환자", "작가", "변호사", "의사", "간호사",
	"관리자", "담당자", "선배", "후배", "소장", "점장", "반장", "회장", "국장", "총장", "교장", "보호자",
}

// krEnding are syllables that end a word rather than a given name; a
// candidate whose first two syllables are a stop word and whose third is
// one of these (주문한, 이번에) is not a name unless the evidence is strong.
var krEnding = map[rune]bool{
	'한': true, '할': true, '해': true, '하': true, '된': true, '될': true, '되': true, '을': true,
	'를': true, '은': true, '는': true, '이': true, '가': true, '에': true, '의': true, '로': true,
	'도': true, '만': true, '과': true, '와': true, '서': true, '고': true, '며': true, '시': true,
	'니': true, '요': true, '다': true, '지': true, '게': true, '던': true, '인': true, '일': true,
	'적': true, '상': true, '용': true, '점': true, '란': true, '처': true, '센': true, '님': true,
}

// krNotNameEnds end the names of banks, shops and services, not of people.
var krNotNameEnds = []string{
	"은행", "마트", "센터", "카드", "택배", "보험", "증권", "병원", "약국", "학교", "회사", "공사", "식당",
	"마켓", "상사", "전자", "통운", "물산", "건설", "제약", "식품",
}

func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// krSplit reads a Korean name at the start of run, a run of Hangul
// syllables (three bytes each). With exact the name must be the whole run;
// otherwise what follows it in the run must be a particle or honorific.
// strong says the evidence is strong (a name column, an honorific), which
// admits given-name syllables outside the frequency table; closed says the
// run is followed by punctuation or the end of the text rather than by more
// words.
func (d *Name) krSplit(run string, exact, strong, closed bool) (n, sl int, conf float64, ok bool) {
	L := len(run) / 3
	for _, sn := range [2]int{2, 1} {
		if L < sn+1 {
			continue
		}
		if sn == 1 {
			if r, _ := runeAt(run, 0); !d.t.krSur1.has(r) {
				continue
			}
		} else if !d.t.krSurname.has(run[:6]) {
			continue
		}
		for _, gl := range [3]int{2, 3, 1} {
			k := sn + gl
			if k > L || (exact && k != L) {
				continue
			}
			known := 0
			for i := 3 * sn; i < 3*k; i += 3 {
				if r, _ := runeAt(run, i); d.t.krGiven.has(r) {
					known++
				}
			}
			c := 0.0
			switch {
			case gl == 3:
				// Native Korean given names (아름솔, 빛나리): all syllables known.
				if known < 3 {
					continue
				}
				c = 0.8
			case known == gl && gl == 2:
				c = 0.9
			case known == gl:
				c = 0.75
			case strong && known > 0:
				c = 0.7
			case strong && gl == 2:
				c = 0.6
			default:
				continue
			}
			rest := run[3*k:]
			if rest != "" && !krAfterOK(rest) {
				continue
			}
			cand := run[:3*k]
			if d.t.krStop.has(cand) || (rest != "" && d.t.krStop.has(run)) || hasAnySuffix(cand, krNotNameEnds) {
				continue
			}
			if !strong && sn == 1 && gl == 2 && d.t.krStop.has(cand[:6]) {
				// 주문한 상품, 이번에 정말: a word and its ending, inside a
				// sentence. 이민서, / 이하은 / stand alone and are names.
				strongRest := strings.HasPrefix(rest, "님") || strings.HasPrefix(rest, "씨") || strings.HasPrefix(rest, "입니")
				if r, _ := runeAt(cand, 6); krEnding[r] && ((rest != "" && !strongRest) || (rest == "" && !closed)) {
					continue
				}
				c -= 0.15
			}
			if strings.HasPrefix(rest, "님") || strings.HasPrefix(rest, "씨") {
				c += 0.05
			}
			return 3 * k, 3 * sn, c, true
		}
	}
	return 0, 0, 0, false
}

// krClosed reports whether the Hangul run ending at e stands alone: it is
// not followed by a space and another Hangul word.
func krClosed(s string, e int) bool {
	r, n := runeAt(s, e)
	if r != ' ' {
		return true
	}
	r, _ = runeAt(s, e+n)
	return !isHangulSyllable(r)
}

// krAfterIdx indexes krAfter by first syllable.
var krAfterIdx = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range krAfter {
		r, _ := runeAt(w, 0)
		m[r] = append(m[r], w)
	}
	return m
}()

// krAfterOK reports whether rest starts with a word of krAfter.
func krAfterOK(rest string) bool {
	r, _ := runeAt(rest, 0)
	return hasAnyPrefix(rest, krAfterIdx[r])
}

// krForward reads a Korean name starting at p.
func (d *Name) krForward(s string, p int, field bool) (nameCand, bool) {
	e := runEnd(s, p, isHangulSyllable)
	if e-p > 36 {
		e = p + 36
	}
	n, sl, c, ok := d.krSplit(s[p:e], false, field, krClosed(s, e))
	if !ok {
		// 박 정우: a surname, one space, the given name.
		if (e-p == 3 || e-p == 6) && e < len(s) && s[e] == ' ' {
			ge := runEnd(s, e+1, isHangulSyllable)
			if r, _ := runeAt(s, ge); isLatinLetter(r) || isDigitRune(r) {
				return nameCand{}, false
			}
			// The given name may carry a particle: 김 소율입니다.
			for _, g := range [2]int{6, 3} {
				if g <= ge-(e+1) && (g == ge-(e+1) || krAfterOK(s[e+1+g:ge])) {
					if c, ok := d.krSpaced(s, e+1, e+1+g); ok {
						return c, true
					}
				}
			}
			return nameCand{}, false
		}
		return nameCand{}, false
	}
	return nameCand{start: p, end: p + n, lang: langKR, surname: sl, conf: c}, true
}

// krWhole checks a whole cell of Hangul as a name (김민준, 김 민준, 남궁 민수).
func (d *Name) krWhole(s string, start, end int) (nameCand, bool) {
	v := s[start:end]
	if i := strings.IndexByte(v, ' '); i > 0 {
		j := strings.TrimLeft(v[i:], " ")
		if strings.ContainsRune(j, ' ') || !d.t.krSurname.has(v[:i]) || len(j) > 9 {
			return nameCand{}, false
		}
		if d.t.krStop.has(v[:i] + j) {
			return nameCand{}, false
		}
		return nameCand{start: start, end: end, lang: langKR, surname: i, conf: 0.85}, true
	}
	if len(v) < 6 || len(v) > 15 {
		return nameCand{}, false
	}
	n, sl, c, ok := d.krSplit(v, true, true, true)
	if !ok || n != len(v) {
		return nameCand{}, false
	}
	return nameCand{start: start, end: end, lang: langKR, surname: sl, conf: min(c+0.05, 0.95)}, true
}

// krBackward reads the Korean name that ends before the honorific of hit h
// (김민준님, 김민준 씨, 김민준 고객님).
func (d *Name) krBackward(s string, h Hit, cue nameCue) (nameCand, bool) {
	if cue.word == "씨" {
		// 씨앗, 씨름: 씨 is the start of another word.
		if r, _ := runeAt(s, h.End); r == '앗' || r == '름' || r == '발' || r == '족' || r == '눈' {
			return nameCand{}, false
		}
	}
	q := h.Start
	if r, n := runeBefore(s, q); r == ' ' {
		q -= n
	}
	st := runStart(s, q, isHangulSyllable)
	run := s[st:q]
	for _, t := range krTitles {
		if !strings.HasSuffix(run, t) {
			continue
		}
		run = run[:len(run)-len(t)]
		q = st + len(run)
		if run == "" {
			r, n := runeBefore(s, q)
			if r != ' ' {
				return nameCand{}, false
			}
			q -= n
			st = runStart(s, q, isHangulSyllable)
			run = s[st:q]
		}
		break
	}
	if len(run) < 3 || len(run) > 12 {
		return nameCand{}, false
	}
	n, sl, c, ok := d.krSplit(run, true, true, true)
	if !ok {
		return d.krSpaced(s, st, q) // 신 다솜님
	}
	return nameCand{start: st, end: st + n, lang: langKR, surname: sl, conf: c}, true
}

// jpSurnamePrefix returns the byte length of the longest Japanese surname
// (up to four characters) at the start of run, or 0.
func (d *Name) jpSurnamePrefix(run string) int {
	var ends [4]int
	k := 0
	for i, r := range run {
		if k == len(ends) {
			break
		}
		ends[k] = i + utf8.RuneLen(r)
		k++
	}
	for j := k - 1; j >= 0; j-- {
		if d.t.jpSurname.has(run[:ends[j]]) {
			return ends[j]
		}
	}
	return 0
}

// zhSurnamePrefix returns the byte length of the Chinese surname at the
// start of run (a compound surname first), or 0.
func (d *Name) zhSurnamePrefix(run string) int {
	_, n1 := runeAt(run, 0)
	if n1 == 0 {
		return 0
	}
	if _, n2 := runeAt(run, n1); n2 > 0 && d.t.zhSurname.has(run[:n1+n2]) {
		return n1 + n2
	}
	if d.t.zhSurname.has(run[:n1]) {
		return n1
	}
	return 0
}

// kanaNear reports whether kana occur within a few characters of [p, q):
// the text around a Han name is then Japanese.
func kanaNear(s string, p, q int) bool {
	lo, hi := max(p-24, 0), min(q+24, len(s))
	for i := lo; i < hi; {
		r, n := runeAt(s, i)
		if n == 0 {
			break
		}
		if isKana(r) && r != '・' {
			return true
		}
		i += n
	}
	return false
}

// placeEnd are characters that end place names, shops and offices, never
// a person's given name (東京都, 中山路, 林口區).
var placeEnd = map[rune]bool{
	'都': true, '府': true, '県': true, '市': true, '区': true, '町': true, '村': true, '郡': true,
	'縣': true, '區': true, '鄉': true, '鎮': true, '路': true, '街': true, '道': true, '號': true,
	'号': true, '樓': true, '楼': true, '段': true, '巷': true, '弄': true, '丁': true, '目': true,
	'番': true, '室': true, '階': true, '店': true, '社': true, '館': true, '院': true, '校': true,
	'局': true, '所': true, '部': true, '課': true, '省': true, '國': true, '国': true, '县': true,
	'镇': true, '乡': true, '站': true, '線': true, '线': true, '港': true, '島': true,
	'辺': true, '駅': true, '前': true, '側': true, '内': true, '外': true, '口': true, '付': true,
	'近': true, '頃': true, '後': true, '邊': true, '旁': true,
}

// placeLike reports whether v ends with a place or organisation character.
func placeLike(v string) bool {
	r, _ := runeBefore(v, len(v))
	return placeEnd[r]
}

// hanForward reads a Japanese or Chinese name in Han characters starting at p.
func (d *Name) hanForward(s string, p int, lang nameLang, field bool) (nameCand, bool) {
	e := runEnd(s, p, isHan)
	// An honorific written in kanji ends the name: 鈴木一郎様, 陳志明先生.
	for i := p; i < e; {
		r, n := runeAt(s, i)
		if i > p && (r == '様' || r == '殿' || r == '宛' || strings.HasPrefix(s[i:], "先生") ||
			strings.HasPrefix(s[i:], "小姐") || strings.HasPrefix(s[i:], "女士")) {
			e = i
			break
		}
		i += n
	}
	run := s[p:e]
	if runeCount(run) > 8 {
		return nameCand{}, false
	}
	jp := lang == langJP
	if lang == langAny {
		sl := d.jpSurnamePrefix(run)
		jp = sl > 0 && (runeCount(run[:sl]) >= 2 || kanaNear(s, p, e))
		if sl == len(run) && e < len(s) {
			// 森 久美子, 林 直樹: a spaced name is written the Japanese way.
			if r, n := runeAt(s, e); r == ' ' || r == 0x3000 {
				r2, _ := runeAt(s, e+n)
				jp = jp || isHan(r2)
			}
		}
	}
	if jp {
		if c, ok := d.jpForward(s, p, e, field); ok || lang == langJP {
			return c, ok
		}
	}
	if c, ok := d.zhForward(s, p, e, field); ok || lang == langZH || jp {
		return c, ok
	}
	// 森誠: a one-character Japanese surname that is no Chinese one.
	return d.jpForward(s, p, e, field)
}

// jpParticles are kana that follow a surname without being a given name.
var jpParticles = []string{
	"さん", "さま", "くん", "ちゃん", "の", "は", "が", "に", "を", "へ", "と", "で", "も", "や",
	"から", "より", "です", "ます", "様", "殿", "宛",
}

// isJPParticle reports whether w is one of jpParticles.
func isJPParticle(w string) bool {
	for _, p := range jpParticles {
		if w == p {
			return true
		}
	}
	return false
}

// jpForward reads a Japanese name whose surname starts the Han run [p, e).
func (d *Name) jpForward(s string, p, e int, field bool) (nameCand, bool) {
	run := s[p:e]
	sl := d.jpSurnamePrefix(run)
	if sl == 0 || d.t.cjkStop.has(run) || placeLike(run[sl:]) {
		return nameCand{}, false
	}
	if sl < len(run) {
		given := run[sl:]
		g := runeCount(given)
		if g > 3 {
			return nameCand{}, false
		}
		c := 0.8
		if d.t.jpGiven.has(given) {
			c = 0.9
		}
		return nameCand{start: p, end: e, lang: langJP, surname: sl, conf: c}, true
	}
	// The run is the surname: the given name follows after a space, or in kana.
	q := e
	if r, n := runeAt(s, q); r == ' ' || r == 0x3000 {
		q += n
	}
	r, _ := runeAt(s, q)
	switch {
	case isHan(r):
		e2 := runEnd(s, q, isHan)
		if g := runeCount(s[q:e2]); g >= 1 && g <= 3 && !d.t.cjkStop.has(s[q:e2]) && !placeLike(s[q:e2]) {
			c := 0.8
			if d.t.jpGiven.has(s[q:e2]) {
				c = 0.9
			}
			return nameCand{start: p, end: e2, lang: langJP, surname: sl, conf: c}, true
		}
	case isKana(r):
		e2 := runEnd(s, q, isKana)
		if g := runeCount(s[q:e2]); g >= 2 && g <= 5 && !hasAnyPrefix(s[q:e2], jpParticles) {
			return nameCand{start: p, end: e2, lang: langJP, surname: sl, conf: 0.75}, true
		}
	}
	if field {
		return nameCand{start: p, end: e, lang: langJP, surname: sl, conf: 0.6}, true
	}
	return nameCand{}, false
}

// zhBoundary are words that may directly follow a Chinese name.
var zhBoundary = []string{
	"先生", "小姐", "女士", "您好", "你好", "的", "電話", "电话", "手機", "手机", "地址", "收", "寄", "於", "于",
	"在", "和", "與", "与", "同學", "同学", "老師", "老师", "君", "是", "已", "將", "将", "今", "表示",
	"為", "为", "就", "說", "说", "來", "来", "會", "会", "也", "要", "請", "请", "嗎", "吗", "呢", "了",
	"還", "还", "都", "跟", "給", "给", "幫", "帮", "收", "代", "轉", "转", "先", "小", "女",
}

// zhForward reads a Chinese name (surname + one or two characters) at the
// start of the Han run [p, e).
func (d *Name) zhForward(s string, p, e int, field bool) (nameCand, bool) {
	run := s[p:e]
	sl := d.zhSurnamePrefix(run)
	if sl == 0 {
		return nameCand{}, false
	}
	g := runeCount(run[sl:])
	end := e
	switch {
	case g == 0:
		return nameCand{}, false
	case g > 2:
		// The run goes on past the name: accept only before a known boundary.
		end = 0
		for _, k := range [2]int{2, 1} {
			q := sl
			for i := 0; i < k; i++ {
				_, n := runeAt(run, q)
				q += n
			}
			if hasAnyPrefix(run[q:], zhBoundary) {
				end = p + q
				break
			}
		}
		if end == 0 {
			return nameCand{}, false
		}
	}
	v := s[p:end]
	if d.t.cjkStop.has(v) || placeLike(v[sl:]) {
		return nameCand{}, false
	}
	c := 0.85
	if runeCount(v[sl:]) == 1 {
		c = 0.75
	}
	if field {
		c += 0.05
	}
	return nameCand{start: p, end: end, lang: langZH, surname: sl, conf: c}, true
}

// kanaForward reads a name written in kana (ヤマダ ハナコ), accepted after a
// Japanese cue or in a name column.
func (d *Name) kanaForward(s string, p int, field bool) (nameCand, bool) {
	e1 := runEnd(s, p, isKana)
	n1 := runeCount(s[p:e1])
	if n1 < 2 || n1 > 8 || (!field && hasAnyPrefix(s[p:e1], jpParticles)) {
		return nameCand{}, false
	}
	q := e1
	if r, n := runeAt(s, q); r == ' ' || r == 0x3000 {
		q += n
	}
	e2 := runEnd(s, q, isKana)
	if n2 := runeCount(s[q:e2]); q > e1 && n2 >= 1 && n2 <= 8 {
		return nameCand{start: p, end: e2, lang: langJP, surname: e1 - p, conf: 0.75}, true
	}
	if field {
		return nameCand{start: p, end: e1, lang: langJP, conf: 0.6}, true
	}
	return nameCand{}, false
}

// jpzhWhole checks a whole cell of Han and kana as a name.
func (d *Name) jpzhWhole(s string, start, end int, han, kana int) (nameCand, bool) {
	var c nameCand
	var ok bool
	if r, _ := runeAt(s, start); isKana(r) {
		c, ok = d.kanaForward(s, start, true)
	} else {
		lang := langAny
		if kana > 0 {
			lang = langJP
		}
		c, ok = d.hanForward(s, start, lang, true)
	}
	if !ok || c.end != end {
		return nameCand{}, false
	}
	c.conf = min(c.conf+0.05, 0.95)
	return c, true
}

// hanBackward reads the Japanese or Chinese name that ends before the
// honorific of hit h (佐藤太郎様, 田中さん, 陳志明先生).
func (d *Name) hanBackward(s string, h Hit, cue nameCue) (nameCand, bool) {
	if cue.word == "氏" {
		if r, _ := runeAt(s, h.End); r == '名' {
			return nameCand{}, false
		}
	}
	q := h.Start
	if r, n := runeBefore(s, q); r == ' ' || r == 0x3000 {
		q -= n
	}
	r, _ := runeBefore(s, q)
	if isKana(r) && cue.lang == langJP {
		// 山田はなこ様, 山田 ハナコ様: a kana given name after a kanji surname.
		ks := runStart(s, q, isKana)
		if g := runeCount(s[ks:q]); g < 2 || g > 6 {
			return nameCand{}, false
		}
		hq := ks
		sp, n := runeBefore(s, hq)
		if sp == ' ' || sp == 0x3000 {
			hq -= n
		}
		hs := runStart(s, hq, isHan)
		if hs < hq && d.jpSurnamePrefix(s[hs:hq]) == hq-hs {
			return nameCand{start: hs, end: q, lang: langJP, surname: hq - hs, conf: 0.75}, true
		}
		// かねこ ゆういち様: a name written wholly in kana, surname and given
		// name apart, before 様 or さま.
		if (sp == ' ' || sp == 0x3000) && hs == hq && (cue.word == "様" || cue.word == "さま") {
			ss := runStart(s, hq, isKana)
			if g := runeCount(s[ss:hq]); g >= 2 && g <= 6 && !isJPParticle(s[ss:hq]) {
				if r, _ := runeBefore(s, ss); !isKana(r) && !isHan(r) {
					return nameCand{start: ss, end: q, lang: langJP, surname: hq - ss, conf: 0.7}, true
				}
			}
		}
		return nameCand{}, false
	}
	if !isHan(r) {
		return nameCand{}, false
	}
	st := runStart(s, q, isHan)
	for runeCount(s[st:q]) > 6 {
		_, n := runeAt(s, st)
		st += n
	}
	run := s[st:q]
	jp := cue.lang == langJP
	if !jp {
		sl := d.jpSurnamePrefix(run)
		jp = sl > 0 && runeCount(run[:sl]) >= 2 && kanaNear(s, st, h.End)
	}
	if jp {
		return d.jpBackward(s, st, q)
	}
	return d.zhBackward(s, st, q)
}

// jpBackward reads a Japanese name that ends at q, inside the Han run [st, q).
func (d *Name) jpBackward(s string, st, q int) (nameCand, bool) {
	run := s[st:q]
	if d.t.cjkStop.has(run) {
		return nameCand{}, false
	}
	// 山田 太郎様: a given name after a spaced surname.
	if g := runeCount(run); g <= 3 && d.jpSurnamePrefix(run) == 0 {
		if r, n := runeBefore(s, st); r == ' ' || r == 0x3000 {
			hq := st - n
			hs := runStart(s, hq, isHan)
			if hs < hq && d.jpSurnamePrefix(s[hs:hq]) == hq-hs {
				return nameCand{start: hs, end: q, lang: langJP, surname: hq - hs, conf: 0.85}, true
			}
		}
	}
	for i := st; i < q; {
		sub := s[i:q]
		sl := d.jpSurnamePrefix(sub)
		if sl > 0 && (i == st || runeCount(sub[:sl]) >= 2) {
			g := runeCount(sub[sl:])
			if g <= 3 && !d.t.cjkStop.has(sub) && !placeLike(sub[sl:]) {
				c := 0.85
				switch {
				case g == 0:
					c = 0.6
				case d.t.jpGiven.has(sub[sl:]):
					c = 0.9
				}
				if i > st {
					c -= 0.15
				}
				return nameCand{start: i, end: q, lang: langJP, surname: sl, conf: c}, true
			}
		}
		_, n := runeAt(s, i)
		i += n
	}
	return nameCand{}, false
}

// zhBackward reads a Chinese name that ends at q, inside the Han run [st, q).
func (d *Name) zhBackward(s string, st, q int) (nameCand, bool) {
	// Try the whole run first, then its last 3, 2 and 4 characters.
	total := runeCount(s[st:q])
	for _, k := range [5]int{total, 3, 2, 4, 0} {
		if k < 2 || k > 4 || k > total {
			continue
		}
		i := st
		for j := 0; j < total-k; j++ {
			_, n := runeAt(s, i)
			i += n
		}
		v := s[i:q]
		sl := d.zhSurnamePrefix(v)
		if sl == 0 || sl == len(v) || runeCount(v[sl:]) > 2 || d.t.cjkStop.has(v) || placeLike(v[sl:]) {
			continue
		}
		c := 0.85
		if i > st {
			c = 0.7
		}
		return nameCand{start: i, end: q, lang: langZH, surname: sl, conf: c}, true
	}
	return nameCand{}, false
}
