package detectors

import (
	"math/bits"
	"slices"
	"strings"
)

// Korean names without a cue. Running Korean text names people with a case
// particle and no honorific: 김민수가 주문을 취소했어요, 배송기사가 최수진에게
// 전달함, 오늘 김민수랑 이영희가 왔다. The particle is the evidence: a
// frequent surname, a given name of two common syllables, then a particle
// that agrees with the name's last sound (가 after a vowel, 이 after a
// consonant), and nothing else in the word. Everyday words of the same
// shape (이상은, 사용자가, 정하다가) are kept out by the stop words, the
// agreement and the verb endings. Confidence is lower than with a cue.

// krFreeSurnames are the surnames a name without a cue may have: the 41
// most frequent of the 2015 census order in names_kr_surnames.txt (류 and
// 유 both), which most Koreans bear. Rarer surnames are also common
// syllables of words (운영자, 공무원).
const krFreeSurnames = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진"

// krFreeGiven are the most common syllables of given names; a name without
// a cue has two of them (민수, 지훈, 서연).
const krFreeGiven = "민서준지현우영수진은윤연예하도유주성재정승혜희원호경상동석훈철용미숙자순옥선명태규형빈율아린채나다온솔별결건찬욱환범근식기인종한혁완열헌웅섭택필균남"

// krFreeAfterVowel and krFreeAfterConsonant are the particles that end a
// word made of a name whose last syllable has no final consonant (김민수가)
// or has one (박지훈이): the whole word is the name and one of them.
var (
	krFreeAfterVowel     = []string{"가", "는", "를", "와", "랑", "의", "도", "한테", "에게", "께서", "한테서", "에게서"}
	krFreeAfterConsonant = []string{"이", "은", "을", "과", "의", "도", "이랑", "한테", "에게", "께서", "이가", "이는", "이를", "이도", "이한테", "이에게"}
)

// krFreePersonal are the particles of persons: 에게, 한테 and 께서 follow
// the living, and 이가, 이는, 이를 the familiar form of a name ending in a
// consonant (지훈이가); a thing takes 가, 는, 를 alone.
var krFreePersonal = []string{"한테", "에게", "께서", "한테서", "에게서", "이가", "이는", "이를", "이도", "이한테", "이에게"}

// krNounSuffix are the given-name syllables that also end nouns made of a
// two-syllable word and a suffix: 정수형, 고유성, 구현상, 정수기, 사용자,
// 민원인, 이유식. A name ending in one of them (준형, 지성, 준기) needs a
// particle of persons.
var krNounSuffix = runeBitsOf("형성상기용자인식")

// krFreeStop are words that start nouns with a suffix (정수형, 조수석,
// 임원진, 손수건, 민주주의, 고용인, 유명인) and also the names of people
// (정수아, 조수민, 손수빈, 고유준, 차지현): a name without a cue may not
// start with one, a name with a cue may.
var krFreeStop = newSet([]string{
	"정수", "조수", "임원", "손수", "민주", "구현", "배열", "이식", "고유", "유연", "고용", "전성", "차지", "유명",
}, false)

// krDemonstrativeNouns are nouns that 이 (this) often precedes with its
// space left out, in chat: 이정도는, 이경우는, 이상태가, 이영상은.
var krDemonstrativeNouns = newSet([]string{"정도", "경우", "상태", "영상", "현상", "원인", "수준", "지원", "성향", "순서"}, false)

var (
	krFreeSurnameSet = runeBitsOf(krFreeSurnames)
	krFreeGivenSet   = runeBitsOf(krFreeGiven)
)

// hangulLeadBits sets the high bit of every byte of x that can lead the
// UTF-8 encoding of a Hangul syllable (0xEA-0xED) and clears every other bit
// (see digitBits).
func hangulLeadBits(x uint64) uint64 {
	t := x & (swarLo * 0x7F)
	return (swarLo*(0x7F+0x6E) - t) & x & (t + swarLo*(0x7F-0x69)) & swarHi
}

// hangulWordBits sets the high bit of each byte of the eight of x (loaded
// by load8) that can lead a Hangul syllable and follows an ASCII byte,
// prev being the byte before x (0 at the start of the text): the start of
// a Korean word after a space, a line break or punctuation. The syllables
// inside a word, and a word after a non-ASCII character (“김민수가), are
// passed over.
func hangulWordBits(x, prev uint64) uint64 {
	return hangulLeadBits(x) &^ (x<<8 | prev)
}

// hasFinalConsonant reports whether the Hangul syllable r ends in a
// consonant (받침): 훈, 진, but not 수, 희.
func hasFinalConsonant(r rune) bool { return (r-0xAC00)%28 != 0 }

// krFreeBreak has a bit for each ASCII byte that may stand before a name
// without a cue: a space, a line break, a quote, a bracket or punctuation;
// not a letter, a digit or the _ - / . @ of an identifier or an address.
var krFreeBreak = func() (b [2]uint64) {
	for c := range 128 {
		if !isASCIILetter(byte(c)) && !isASCIIDigit(byte(c)) && !strings.ContainsRune("_-/.@", rune(c)) {
			b[c/64] |= 1 << (c % 64)
		}
	}
	return b
}()

// krFreeWordStart reports whether a Korean word that hangulWordBits found
// at i may start a name: the text starts there or krFreeBreak has the
// ASCII byte before it.
func krFreeWordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	return c < 128 && krFreeBreak[c/64]&(1<<(c%64)) != 0
}

// krFreeName reads the word run (Hangul only, at a word start) as a name
// and its particle. It returns the name's byte length.
func (d *Name) krFreeName(run string) (int, bool) {
	const sn, k = 3, 9 // a one-syllable surname and two given syllables
	if len(run) < k+3 || len(run) > k+9 {
		return 0, false
	}
	g0, _ := runeAt(run, 0)
	g1, _ := runeAt(run, 3)
	g2, _ := runeAt(run, 6)
	if !krFreeGivenSet.has(g1) || !krFreeGivenSet.has(g2) {
		return 0, false
	}
	particles := krFreeAfterVowel
	if hasFinalConsonant(g2) {
		particles = krFreeAfterConsonant
	}
	p := run[k:]
	if !slices.Contains(particles, p) {
		return 0, false
	}
	personal := slices.Contains(krFreePersonal, p)
	if krNounSuffix.has(g2) && !personal {
		return 0, false
	}
	if g2 == '하' && (p == "는" || p == "도") {
		return 0, false // 차지하는, 구별하는: a verb; 하도: an adverb
	}
	if g2 == '다' || (g1 == '하' && (g2 == '기' || g2 == '지' || g2 == '고')) {
		// 정하다가, 이하기는: a verb's ending or its noun form and a
		// particle; given names end in 다 rarely, and 하 starts 하은,
		// 하준 and 하윤, not 하기 or 하지.
		return 0, false
	}
	name := run[:k]
	if d.t.krStop.has(name) || d.t.krStop.has(name[:sn+3]) || krFreeStop.has(name[:sn+3]) || d.t.krStop.has(run) || krNotNameEndsIx.hasSuffix(name) {
		// 이상은, 정보를, 조수석이, 이용자에게: a word the stop words
		// start, whatever the particle (정수민에게 is lost with them).
		return 0, false
	}
	if g0 == '이' && krDemonstrativeNouns.has(name[sn:]) {
		return 0, false // 이정도는, 이경우에: 이 (this) before a noun
	}
	return k, true
}

// krFree finds the Korean names of running text that no cue introduces.
func (d *Name) krFree(s string, emit func(Match)) {
	found := d.cueFound()
	// The word starts of each eight bytes. A name and its particle are
	// twelve bytes at least, so none starts in a tail shorter than eight.
	var prev uint64
	for i := 0; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		m := hangulWordBits(x, prev)
		prev = x >> 56
		for ; m != 0; m &= m - 1 {
			if j := i + bits.TrailingZeros64(m)/8; krFreeMaybe(s, j) {
				d.krFreeAt(s, j, &found, emit)
			}
		}
	}
}

// krFreeMaybe is the cheap test of a Korean word start j, small enough to
// inline: four syllables at least (the fourth's lead byte is a three-byte
// lead; most words are shorter), the first one a surname of
// krFreeSurnames. krFreeAt reads the run exactly.
func krFreeMaybe(s string, j int) bool {
	if j+12 > len(s) || s[j+9]&0xF0 != 0xE0 {
		return false
	}
	// The character at j, decoded in place (the text is valid UTF-8; a
	// three-byte sequence is in the BMP), looked up as runeBits.has does.
	r := rune(s[j]&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F)
	return krFreeSurnameSet[r>>6]&(1<<(r&63)) != 0
}

// krFreeAt reads a name without a cue at the Korean word start j, which
// krFreeMaybe accepted; found walks the names the cues found.
func (d *Name) krFreeAt(s string, j int, found *spanWalk, emit func(Match)) {
	if !krFreeWordStart(s, j) {
		return
	}
	// A name and its particle are four to six syllables: the run is read
	// no further than a seventh.
	e := hangulRunEnd(s[:min(len(s), j+21)], j)
	if e-j < 12 || e-j > 18 {
		return
	}
	n, ok := d.krFreeName(s[j:e])
	if !ok {
		return
	}
	if found.overlaps(j, j+n) {
		return // a cue found it
	}
	d.put(s, nameCand{start: j, end: j + n, lang: langKR, surname: 3, conf: 0.6}, emit)
}
