package detectors

import (
	"math/bits"
	"unicode/utf8"
)

// The cheap checks the Phone detector's scan loop makes before it parses
// a run: most digit runs of text (times, counts, ids) are no number.

// skipShortRuns skips, from the ASCII digit at s[i], the runs that are the
// commonest case of shortDigits, cheaply: a single group of fewer than seven
// ASCII digits that at most three ASCII separators and then an ASCII byte of
// no number (a letter, ':', '/', '=', '+', ...) or the end of s follow:
// "00:", "749ms", "27013 status". It returns where the Detect loop goes on:
// the first byte found by indexDigitish that does not start such a run (i
// itself if s[i] does not); no digit stands between a skipped run's end and
// the next run, so indexDigitish from either finds the same byte.
func skipShortRuns(s string, i int) int {
	for {
		j := i + 1
		if j+8 <= len(s) {
			m := ^digitBits(load8(s, j)) & swarHi
			if m == 0 {
				return i // nine digits or more
			}
			j += bits.TrailingZeros64(m) / 8
		} else {
			for j < len(s) && s[j]-'0' < 10 {
				j++
			}
		}
		if j-i >= 7 {
			return i
		}
		k := j
		for ; ; k++ {
			if k >= len(s) {
				return len(s)
			}
			c := skipClass[s[k]]
			if c == skipStop {
				break
			}
			if c != skipSep || k == j+2 {
				return i // a digit after separators, a multi-byte rune, or three separators
			}
		}
		if i = k + 1; i < len(s) && s[i]-'0' < 10 {
			continue // "00:48", "10T00": the next run right after the stop
		}
		i = indexDigitish(s, i)
		if i >= len(s) || s[i]-'0' >= 10 {
			return i
		}
	}
}

// skipClass classifies bytes for skipShortRuns: skipStop for the ASCII bytes
// that end a run (ntOther and ntPlus), skipSep for the ASCII separators, 0
// for digits and the bytes of multi-byte runes.
var skipClass = func() (t [256]uint8) {
	for c := range 256 {
		switch byteNumTok[c] {
		case ntOther, ntPlus:
			t[c] = skipStop
		case ntHyphen, ntDot, ntSpace, ntOpen, ntClose:
			t[c] = skipSep
		}
	}
	return t
}()

const (
	skipStop = 1
	skipSep  = 2
)

// shortDigits reports whether the run that starts with the ASCII digit at
// s[i] is too short for any number: fewer than nine digits, in groups joined
// by the separators parse accepts, all ASCII, and no '+' before it (a count,
// a time, a date, an IP address part, an id). It reads the run as parse
// does, without recording it; end is where parse would end it. Runs with a
// full-width digit or separator are left to parse.
func shortDigits(s string, i int) (end int, ok bool) {
	end, nd, _, ok := asciiRun(s, i)
	return end, ok && nd < 9 && !(nd >= 7 && plusBefore(s, i))
}

// noNumberRun reports whether the run that starts with the ASCII digit at
// s[i] cannot hold a number: shortDigits says it is too short, or it is a
// single token (no separator of plain spaces) of nine digits or more, all
// ASCII, without a '+' before it, whose length plausibleLength rejects (an
// IP address, an order number): evalRun tries such a token whole or not at
// all. end is where parse would end the run.
func noNumberRun(s string, i int) (end int, ok bool) {
	end, nd, tokens, ok := asciiRun(s, i)
	switch {
	case !ok:
		return end, false
	case nd < 9:
		return end, !(nd >= 7 && plusBefore(s, i))
	case tokens || plusBefore(s, i) || nd > phoneMaxDigits:
		// parse ends a run whose first group overflows its digits early
		return end, false
	}
	switch s[i] {
	case '0':
		return end, false
	case '1':
		return end, nd != 11
	}
	return end, nd != 10
}

// plusBefore reports whether lookBehind could find a '+' before s[i]: a
// '+' or a '(' (which a '+' may precede) stands right before it.
func plusBefore(s string, i int) bool {
	tok, _ := numTokBefore(s, i)
	return tok == ntOpen || tok == ntPlus
}

// asciiRun reads the run that starts with the ASCII digit at s[i] as parse
// does: end is the end of its last digit group, nd its digits, tokens
// whether a separator of plain spaces splits it. ok is false, and the rest
// unset, when a full-width digit or separator is involved.
func asciiRun(s string, i int) (end, nd int, tokens, ok bool) {
	j := i
	for {
		e := asciiDigitsEnd(s, j)
		nd += e - j
		j = e
		end = j
		// The separator: at most one hyphen or dot, two spaces, one of each
		// parenthesis, three bytes in all (see parse).
		var sep uint8
		spaces := 0
		good := true
	sepLoop:
		for n := 0; n < 3 && good; n++ {
			if j >= len(s) {
				break
			}
			if s[j] >= utf8.RuneSelf {
				if tok, _, _ := numTokenWide(s, j); tok != ntOther {
					return end, nd, tokens, false // a full-width separator: left to parse
				}
				break sepLoop
			}
			held, isSep := addSep(byteNumTok[s[j]], &sep, &spaces)
			if !isSep {
				break sepLoop
			}
			good = held
			j++
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			if tok, _, _ := numTokenWide(s, j); tok == ntDigit {
				return end, nd, tokens, false // a full-width digit goes on: left to parse
			}
		}
		if !good || sep == 0 || j >= len(s) || s[j]-'0' >= 10 {
			return end, nd, tokens, true
		}
		if spaceOnly(sep) {
			tokens = true
		}
	}
}
