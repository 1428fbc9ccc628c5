package detectors

import (
	"slices"
	"strings"
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
var krEnding = runeBitsOf("한할해하된될되을를은는이가에의로도만과와서고며시니요다지게던인일적상용점란처센님중신")

// krVerbEnds are the endings of a verb (주문하신, 변경하는, 도착했던), which
// no three-syllable given name ends with.
var krVerbEnds = []string{"하신", "하시", "하셨", "하는", "하고", "하여", "해서", "했던", "했고", "되신", "되는", "되어", "됐던"}

// krStopSuffix are suffixes that make a noun of a stop word (사용자,
// 지정시, 정규화, 정규식, 정수형, 고유성, 정수기); a name whose first two
// syllables are a stop word does not end with one.
var krStopSuffix = runeBitsOf("자시화식형성기")

// krParticleLast are particles and endings that the given-name table
// holds as syllables (을지, 의정) but that end no given name: 명령을,
// 요소의, 포기함, 완료됨.
var krParticleLast = runeBitsOf("을를의함됨")

// krNotNameEnds end the names of banks, shops and services, not of people.
var krNotNameEnds = []string{
	"은행", "마트", "센터", "카드", "택배", "보험", "증권", "병원", "약국", "학교", "회사", "공사", "식당",
	"마켓", "상사", "전자", "통운", "물산", "건설", "제약", "식품",
}

// The word lists above, indexed by first and last rune.
var (
	krTitlesIx      = newAffixes(krTitles)
	krNotNameEndsIx = newAffixes(krNotNameEnds)
)

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
//
// krSplit depends on its arguments and the immutable tables only, and
// running text repeats its words, so the last results are memoised.
func (d *Name) krSplit(run string, exact, strong, closed bool) (n, sl int, conf float64, ok bool) {
	if d.krMemo == nil || len(run) == 0 || len(run) > krMemoKey {
		return d.krSplitRun(run, exact, strong, closed)
	}
	var flags uint8
	if exact {
		flags |= 1
	}
	if strong {
		flags |= 2
	}
	if closed {
		flags |= 4
	}
	e := &d.krMemo[(setHash(run)+uint64(flags))%uint64(len(d.krMemo))]
	if int(e.klen) == len(run) && e.flags == flags && string(e.key[:e.klen]) == run {
		return int(e.n), int(e.sl), e.conf, e.ok
	}
	n, sl, conf, ok = d.krSplitRun(run, exact, strong, closed)
	e.klen, e.flags, e.n, e.sl, e.conf, e.ok = uint8(copy(e.key[:], run)), flags, int32(n), int32(sl), conf, ok
	return n, sl, conf, ok
}

// krMemoKey is the longest run krSplit memoises (krForward cuts runs there).
const krMemoKey = 36

// krSplitEntry is one memoised result of krSplit (klen 0: an empty slot).
type krSplitEntry struct {
	key   [krMemoKey]byte
	klen  uint8
	flags uint8 // exact, strong, closed
	ok    bool
	n, sl int32
	conf  float64
}

// krSplitRun is krSplit without the memo.
func (d *Name) krSplitRun(run string, exact, strong, closed bool) (n, sl int, conf float64, ok bool) {
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
			if last, _ := runeBefore(run, 3*k); !strong && krParticleLast.has(last) {
				// 명령을, 요소의, 포기함, 작업됨: a word and its particle or
				// ending; no given name ends with one.
				continue
			}
			cand := run[:3*k]
			if d.t.krStop.has(cand) || (rest != "" && d.t.krStop.has(run)) || krNotNameEndsIx.hasSuffix(cand) {
				continue
			}
			if gl == 3 && (hasAnySuffix(cand, krVerbEnds) || (sn == 1 && d.t.krStop.has(cand[:6]))) {
				// 주문하신, 문의하신, 이용하시는: a word and a verb's
				// ending, which a native given name (김빛나리) is not.
				continue
			}
			if !strong && sn == 1 && gl == 2 && d.t.krStop.has(cand[:6]) {
				// 주문한 상품, 이번에 정말: a word and its ending, inside a
				// sentence. 이민서, / 이하은 / stand alone and are names, and
				// so is one the copula follows (이하은입니다, 이하은이고,
				// 이민지이에요): it attaches to nouns, not to a word's ending.
				strongRest := strings.HasPrefix(rest, "님") || strings.HasPrefix(rest, "씨") || strings.HasPrefix(rest, "입니") ||
					strings.HasPrefix(rest, "이고") || strings.HasPrefix(rest, "이며") || strings.HasPrefix(rest, "이에요")
				r, _ := runeAt(cand, 6)
				if krEnding.has(r) && ((rest != "" && !strongRest) || (rest == "" && !closed)) {
					continue
				}
				if krStopSuffix.has(r) {
					continue // 사용자, 지정시, 정규화, 정규식: a word and its suffix
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
	if e >= len(s) || s[e] != ' ' {
		return true
	}
	r, _ := runeAt(s, e+1)
	return !isHangulSyllable(r)
}

// krAfterIdx indexes krAfter by first syllable; krAfterFirst has a bit for
// each of those syllables.
var (
	krAfterIdx = func() map[rune][]string {
		m := map[rune][]string{}
		for _, w := range krAfter {
			r, _ := runeAt(w, 0)
			m[r] = append(m[r], w)
		}
		return m
	}()
	krAfterFirst = func() *runeBits {
		var b runeBits
		for r := range krAfterIdx {
			b.add(r)
		}
		return &b
	}()
)

// krAfterOK reports whether rest starts with a word of krAfter.
func krAfterOK(rest string) bool {
	r, _ := runeAt(rest, 0)
	if !krAfterFirst.has(r) {
		return false
	}
	return hasAnyPrefix(rest, krAfterIdx[r])
}

// krForward reads a Korean name starting at p.
func (d *Name) krForward(s string, p int, field bool) (nameCand, bool) {
	e := hangulRunEnd(s, p)
	if e-p > 36 {
		e = p + 36
	}
	n, sl, c, ok := d.krSplit(s[p:e], false, field, krClosed(s, e))
	if !ok {
		// 박 정우: a surname, one space, the given name.
		if (e-p == 3 || e-p == 6) && e < len(s) && s[e] == ' ' {
			ge := hangulRunEnd(s, e+1)
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
	st := hangulRunStart(s, q)
	run := s[st:q]
	if t, ok := krTitlesIx.suffix(run); ok {
		run = run[:len(run)-len(t)]
		q = st + len(run)
		if run == "" {
			r, n := runeBefore(s, q)
			if r != ' ' {
				return nameCand{}, false
			}
			q -= n
			st = hangulRunStart(s, q)
			run = s[st:q]
		}
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

// krCueStandsAlone reports whether a Korean cue word ending at e is a word
// of its own and not the subject of a sentence: it is not followed by more
// syllables of its word (이름이나, 이름으로, 성명서), except 명 or 님
// (주문자명, 회원님) and a topic particle (이름은, 성함은요), and not by the
// subject particle 이 (이름이 필요함, 받는 분이 누구).
func krCueStandsAlone(s string, e int) bool {
	if strings.HasPrefix(s[e:], "명") || strings.HasPrefix(s[e:], "님") {
		e += 3 // 주문자명, 예금주명, 회원님
	}
	r, _ := runeAt(s, e)
	if !isHangulSyllable(r) {
		return true
	}
	for _, p := range krCueParticles {
		if strings.HasPrefix(s[e:], p) {
			if p == "이" {
				return false // 이름이 …, 이름이나
			}
			r, _ := runeAt(s, e+len(p))
			return !isHangulSyllable(r)
		}
	}
	return false
}

// krNameWords are the cue words that mean "name"; krNameWordIx indexes
// them.
var (
	krNameWords  = []string{"이름", "성함", "성명"}
	krNameWordIx = newAffixes(krNameWords)
)

// krCaseParticles are the case particles that end a word of a sentence
// (유일성을, 문자열이); the copula (입니다, 이고) and honorifics are not
// among them.
var krCaseParticles = []string{"을", "를", "이", "가", "은", "는", "에", "의", "로", "으로", "과", "와", "도", "만"}

// krCaseParticleAt reports whether the word that ends a name candidate at
// i goes on with a case particle alone: the particle, then no more
// syllables.
func krCaseParticleAt(s string, i int) bool {
	return slices.Contains(krCaseParticles, s[i:hangulRunEnd(s, i)])
}

// krCueValueOK checks a Korean name c read after the Korean cue of hit h
// (a cueBefore or cueWeak cue) against the sentence around it.
func (d *Name) krCueValueOK(s string, h Hit, c nameCand) bool {
	switch {
	case krNameWordIx.hasPrefix(s[h.Start:h.End]) && krCaseParticleAt(s, c.end):
		// The word "name" and a word with a case particle: the sentence
		// goes on about the name (이름은 유일성을 가지지, 이름 문자열을); a
		// value stands alone.
		return false
	case c.end-c.start == 6 && !strings.ContainsAny(s[h.End:c.start], ":："):
		// Two syllables after a cue and a space, not a colon: a word of
		// the sentence (이름 해석 실패, 이름 무시), unless an honorific, a
		// title or the copula follows (이름 김솔입니다).
		return d.weakOK(s, c)
	}
	return true
}
