package detectors

import (
	"strings"
	"unicode/utf8"
)

// affixes is a word list asked "does s start (or end) with one of these
// words?" many times per record. Most texts share no first or last rune
// with any word, so a bit per rune (Basic Multilingual Plane) answers
// those at once; the others compare the words in list order, as a plain
// loop over the list would.
type affixes struct {
	words             []string
	first, last       runeBits
	anyFirst, anyLast bool // a word whose first (last) rune has no bit: always compare
}

// runeBits is a set of runes of the Basic Multilingual Plane.
type runeBits [1 << 16 / 64]uint64

func (b *runeBits) add(r rune) { b[r>>6] |= 1 << (r & 63) }

func (b *runeBits) has(r rune) bool { return r < 1<<16 && b[r>>6]&(1<<(r&63)) != 0 }

// runeBitsOf returns the set of the runes of s (all in the BMP).
func runeBitsOf(s string) *runeBits {
	var b runeBits
	for _, r := range s {
		if r >= 1<<16 {
			panic("detectors: runeBitsOf outside the BMP")
		}
		b.add(r)
	}
	return &b
}

// newAffixes indexes words.
func newAffixes(words []string) *affixes {
	a := &affixes{words: words}
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if n == 0 || r >= 1<<16 || (r == utf8.RuneError && n == 1) {
			a.anyFirst = true
		} else {
			a.first.add(r)
		}
		r, n = utf8.DecodeLastRuneInString(w)
		if n == 0 || r >= 1<<16 || (r == utf8.RuneError && n == 1) {
			a.anyLast = true
		} else {
			a.last.add(r)
		}
	}
	return a
}

// hasSuffix reports whether s ends with one of the words.
func (a *affixes) hasSuffix(s string) bool {
	_, ok := a.suffix(s)
	return ok
}

// suffix returns the first word in list order that ends s.
func (a *affixes) suffix(s string) (string, bool) {
	if !a.anyLast {
		// A valid word ends s only if the last rune of s is its last rune.
		if r, n := runeBefore(s, len(s)); n == 0 || !a.last.has(r) {
			return "", false
		}
	}
	for _, w := range a.words {
		if strings.HasSuffix(s, w) {
			return w, true
		}
	}
	return "", false
}

// hasPrefix reports whether s starts with one of the words.
func (a *affixes) hasPrefix(s string) bool {
	if !a.anyFirst {
		if r, n := runeAt(s, 0); n == 0 || !a.first.has(r) {
			return false
		}
	}
	for _, w := range a.words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
