package detectors

import "strings"

// Japanese names without a cue. Running Japanese text names people with a
// case particle and no honorific: 山田花子が来店しました, 佐藤健一に渡した.
// The tables make that safe enough when the whole run of kanji before the
// particle is a surname of two or three characters and a given name of two
// or more that the given-name table holds: one-character given names (学,
// 明, 光) and surnames (林, 森) are also words, and a run that does not
// split exactly is a compound word (中央大学が). Confidence 0.6.

// jpFreeParticles are the particles that may follow a name without a cue.
var jpFreeParticles = []string{"が", "は", "を", "に", "と", "の", "も", "へ", "から", "より"}

// jpFree finds the Japanese names of running text that no cue introduces.
// The particles lead: a byte search finds the next kana (lead byte 0xE3),
// the kana that follow it are passed in a tight loop, and the run of kanji
// before the first one is read when a particle starts there.
func (d *Name) jpFree(s string, emit func(Match)) {
	found := d.cueFound()
	// A name is four kanji at least: the first particle is at 12 or later.
	for i := 12; i+3 <= len(s); {
		k := strings.IndexByte(s[i:], 0xE3)
		if k < 0 {
			return
		}
		i += k
		if s[i-3] >= 0xE4 && s[i-3] <= 0xE9 { // a kanji's lead byte
			d.jpFreeAt(s, i, &found, emit)
		}
		for i += 3; i+3 <= len(s) && s[i] == 0xE3; i += 3 {
		}
	}
}

// jpFreeAt reads a name without a cue before the kana at i, which follows
// a kanji; found walks the names the cues found.
func (d *Name) jpFreeAt(s string, i int, found *spanWalk, emit func(Match)) {
	if !hasAnyPrefix(s[i:], jpFreeParticles) {
		return
	}
	// The run of kanji before the particle: four to six characters.
	if r, _ := runeBefore(s, i); !isHan(r) {
		return
	}
	st := hanRunStart(s, i)
	if n := runeCount(s[st:i]); n < 4 || n > 6 {
		return
	}
	sl, ok := d.jpFreeSplit(s[st:i])
	if !ok {
		return
	}
	if found.overlaps(st, i) {
		return // a cue found it
	}
	d.put(s, nameCand{start: st, end: i, lang: langJP, surname: sl, conf: 0.6}, emit)
}

// jpFreeSplit splits run (kanji only) into a surname of two or three
// characters and a given name of two or more that the tables hold; it
// returns the surname's byte length.
func (d *Name) jpFreeSplit(run string) (int, bool) {
	if d.t.cjkStop.has(run) || placeLike(run) {
		return 0, false
	}
	for _, sn := range [2]int{2, 3} {
		b := 0
		for range sn {
			_, w := runeAt(run, b)
			b += w
		}
		given := run[b:]
		if runeCount(given) < 2 {
			continue
		}
		if d.t.jpSurname.has(run[:b]) && d.t.jpGiven.has(given) {
			return b, true
		}
	}
	return 0, false
}
