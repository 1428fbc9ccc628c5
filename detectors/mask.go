package detectors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Masking helpers shared by the detectors. A masked preview must be safe to
// store without --reveal-values: it shows the shape of a value (its
// separators, its length, a prefix that says what it is) and never enough of
// it to identify a person.

// MaskChar replaces hidden characters in every masked preview.
const MaskChar = '*'

// MaskDigits returns s with every digit (ASCII or full-width) replaced by
// MaskChar, except the first keepHead and the last keepTail digits. Other
// runes (separators, +, parentheses, letters) are kept as they are. If
// keepHead+keepTail would hide too few digits (see minHidden), fewer are
// kept, the head first (the tail says more to whoever owns the number).
func MaskDigits(s string, keepHead, keepTail int) string {
	if ascii, n := asciiDigitCount(s); ascii {
		keepHead, keepTail = clampKeep(n, keepHead, keepTail, false)
		var b strings.Builder
		b.Grow(len(s))
		i := 0
		for j := 0; j < len(s); j++ {
			c := s[j]
			if c-'0' < 10 {
				if i >= keepHead && i < n-keepTail {
					c = MaskChar
				}
				i++
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	n := 0
	for _, r := range s {
		if isDigitOrFullWidth(r) {
			n++
		}
	}
	keepHead, keepTail = clampKeep(n, keepHead, keepTail, false)
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, r := range s {
		if !isDigitOrFullWidth(r) {
			b.WriteRune(r)
			continue
		}
		if i < keepHead || i >= n-keepTail {
			b.WriteRune(r)
		} else {
			b.WriteByte(MaskChar)
		}
		i++
	}
	return b.String()
}

// asciiDigitCount reports whether s is ASCII and, if so, how many digits it holds.
func asciiDigitCount(s string) (bool, int) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, 0
		}
		if c-'0' < 10 {
			n++
		}
	}
	return true, n
}

// clampKeep limits the kept head and tail of n maskable units so that at
// least minHidden(n) of them stay hidden. With preferHead the head is kept
// in preference to the tail, else the tail is.
func clampKeep(n, head, tail int, preferHead bool) (int, int) {
	head, tail = max(head, 0), max(tail, 0)
	maxKeep := max(n-minHidden(n), 0)
	if preferHead {
		head = min(head, maxKeep)
		tail = min(tail, maxKeep-head)
	} else {
		tail = min(tail, maxKeep)
		head = min(head, maxKeep-tail)
	}
	return head, tail
}

// minHidden is how many of n units a preview must hide: 4 of 11 or more
// (010-****-5678), 3 of 7-10 ((415) ***-2671), 2 of 4-6, else 1 (김*준).
func minHidden(n int) int {
	switch {
	case n >= 11:
		return 4
	case n >= 7:
		return 3
	case n >= 4:
		return 2
	case n >= 1:
		return 1
	}
	return 0
}

// MaskAllDigits returns s with every digit replaced by MaskChar: the
// preview of a secret (an access code) whose length may be shown but none
// of whose digits may.
func MaskAllDigits(s string) string { return MaskDigits(s, 0, 0) }

// MaskRunes returns s with every letter or digit replaced by MaskChar except
// the first keepHead and last keepTail of them; white space and punctuation
// are kept so the preview keeps the value's shape ("김*준", "서울 ***").
// The same minimum of hidden units as in MaskDigits applies, but the tail is
// given up first (a name's or address's start says what it is).
func MaskRunes(s string, keepHead, keepTail int) string {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	keepHead, keepTail = clampKeep(n, keepHead, keepTail, true)
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if r == utf8.RuneError {
				r = MaskChar
			}
			b.WriteRune(r)
			continue
		}
		if i < keepHead || i >= n-keepTail {
			b.WriteRune(r)
		} else {
			b.WriteByte(MaskChar)
		}
		i++
	}
	return b.String()
}
