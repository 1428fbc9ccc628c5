package detectors

import "strings"

// Korean, Japanese and Chinese names written in Latin letters, as on
// international orders, passports and English-language forms: surname first
// (Park Ji-hoon, PARK JI HOON, Tanaka Taro, Lin Chih-hao) or last (Ji-hoon
// Park, Taro Tanaka). The given name is rarely in the name tables, so it is
// read by its shape instead: one to four romanised syllables, joined,
// hyphenated or spaced. Only after a cue (Name:, Recipient:) or in a name
// column, where a name is expected anyway.

// eaExtraSurnames are romanised Korean, Japanese and Chinese surnames the
// US table lacks. Many are short English words (Go, Ha, An, Jo, Ma), so
// they count only in this reading, next to a romanised given name.
var eaExtraSurnames = newSet([]string{
	"chou", "ma", "he", "heo", "na", "ji", "cheon", "yeo", "choe", "gang", "jo", "im", "suh",
	"sin", "gwon", "an", "jun", "chun", "go", "mun", "hur", "roh", "ha", "seong", "ju", "pyo",
	"kong", "yeom", "eom", "um", "bak", "pak", "rhee", "yi", "gwak", "byeon", "hyeon", "namgung",
	"hwangbo", "jegal", "seonu", "sunwoo", "dokgo", "satou", "itou", "katou", "ohno", "oono",
	"hsieh", "chiang", "chuang", "hsiao", "tsao", "shih", "tung", "ku", "ou", "yeh", "hsueh",
	"xie", "zeng", "xiao", "deng", "cao", "peng", "ye", "lu", "du", "ren", "yao", "tan",
}, false)

// eaOnsets, eaNuclei and eaCodas make up a romanised syllable: Revised
// Romanisation and McCune-Reischauer for Korean (ji, hoon, yeon, eun),
// Hepburn for Japanese (ta, shi, tsu, n), Pinyin and Wade-Giles for Chinese
// (xiao, zhi, hsiao, chih). Longest first.
var (
	eaOnsets = []string{"tch", "ch", "sh", "ts", "hs", "zh", "jj", "kk", "tt", "pp", "ss",
		"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "w", "x", "y", "z", ""}
	eaNuclei = []string{"yeo", "yae", "wae", "iao", "uai", "ueh", "wo", "wa", "we", "wi", "ae", "eo",
		"eu", "ui", "oe", "oi", "ya", "yo", "yu", "ye", "yi", "oo", "ou", "ia", "ie", "ua", "uo", "ai",
		"ei", "ao", "iu", "ue", "io", "ee", "a", "e", "i", "o", "u"}
	eaCodas = []string{"ng", "n", "m", "l", "k", "p", "t", "r", "h", ""}
)

// eaSyllables returns the fewest romanised syllables w (lower case ASCII)
// splits into, or 0 when it does not split.
func eaSyllables(w string) int {
	if len(w) == 0 {
		return 0
	}
	// best[i]: fewest syllables for w[:i], 0 when none.
	var best [25]int8
	if len(w) >= len(best) {
		return 0
	}
	for i := range best {
		best[i] = -1
	}
	best[0] = 0
	for i := 0; i < len(w); i++ {
		if best[i] < 0 {
			continue
		}
		for _, on := range eaOnsets {
			if !strings.HasPrefix(w[i:], on) {
				continue
			}
			j := i + len(on)
			for _, nu := range eaNuclei {
				if !strings.HasPrefix(w[j:], nu) {
					continue
				}
				k := j + len(nu)
				for _, co := range eaCodas {
					if !strings.HasPrefix(w[k:], co) {
						continue
					}
					e := k + len(co)
					if best[e] < 0 || best[e] > best[i]+1 {
						best[e] = best[i] + 1
					}
				}
			}
		}
	}
	if best[len(w)] < 0 {
		return 0
	}
	return int(best[len(w)])
}

// eaGivenWord returns how many syllables the word w of a given name has
// (Ji-hoon 2, Jihoon 2, Taro 2, Chih-hao 2), or 0 when w is no romanised
// given name.
func eaGivenWord(w string) int {
	var buf [24]byte
	k := foldKey(&buf, w)
	if k == nil {
		return 0
	}
	n := 0
	for part := range strings.SplitSeq(unsafeString(k), "-") {
		m := eaSyllables(part)
		if m == 0 {
			return 0
		}
		n += m
	}
	return n
}

// eaSurnameWord reports whether w is a romanised East Asian surname, and
// whether it is one of eaExtraSurnames, which a joined given name (Go
// Home, Ma Time) does not make a name.
func (d *Name) eaSurnameWord(w string) (ok, extra bool) {
	if strings.ContainsRune(w, '-') {
		return false, false
	}
	if d.knownSurname(w) {
		return true, false
	}
	var buf [24]byte
	ok = eaExtraSurnames.hasKey(foldKey(&buf, w))
	return ok, ok
}

// eaName reads an East Asian name from the capitalised words toks (n of
// them) after a cue: surname then one to three given-name words, or one or
// two given-name words then the surname. It returns how many words the name
// takes, or 0.
func (d *Name) eaName(s string, toks []latinTok) int {
	n := len(toks)
	for n > 0 && (toks[n-1].label || toks[n-1].particle) {
		n--
	}
	if n < 2 {
		return 0
	}
	for _, t := range toks[:n] {
		if !t.capital || t.initial {
			return 0
		}
	}
	word := func(i int) string { return s[toks[i].start:toks[i].end] }
	// given reports whether words from..to-1 are a given name: one word
	// of up to four syllables, or one-syllable words (JI HOON); with joined
	// false, one word must be hyphenated (Ha-neul).
	given := func(from, to int, joined bool) bool {
		syl := 0
		for i := from; i < to; i++ {
			m := eaGivenWord(word(i))
			if m == 0 {
				return false
			}
			syl += m
		}
		if to-from > 1 {
			return syl == to-from
		}
		return syl <= 4 && (joined || strings.ContainsRune(word(from), '-'))
	}
	// Surname first: Park Ji-hoon, PARK JI HOON, Tanaka Taro.
	if ok, extra := d.eaSurnameWord(word(0)); ok {
		for k := min(n, 3); k >= 2; k-- {
			if given(1, k, !extra) {
				return k
			}
		}
	}
	// Surname last: Ji-hoon Park, Ji Hoon Park, Taro Tanaka.
	for k := min(n, 3); k >= 2; k-- {
		if ok, extra := d.eaSurnameWord(word(k - 1)); ok && given(0, k-1, !extra) {
			return k
		}
	}
	return 0
}
