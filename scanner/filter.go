package scanner

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Filter selects which listed objects a scan considers. The zero value
// selects all. Objects it leaves out get no row: they are outside the scan.
type Filter struct {
	Include []Glob // when set, a key must match one of them
	Exclude []Glob // a key that matches one of them is left out
	// ModifiedAfter and ModifiedBefore bound LastModified (the exposure
	// window of a breach); zero means unbounded.
	ModifiedAfter, ModifiedBefore time.Time
}

// Match reports whether the object is in the scan.
func (f Filter) Match(info ObjectInfo) bool {
	if len(f.Include) > 0 {
		ok := false
		for _, g := range f.Include {
			if g.Match(info.Key) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, g := range f.Exclude {
		if g.Match(info.Key) {
			return false
		}
	}
	if !f.ModifiedAfter.IsZero() && !info.LastModified.After(f.ModifiedAfter) {
		return false
	}
	if !f.ModifiedBefore.IsZero() && !info.LastModified.Before(f.ModifiedBefore) {
		return false
	}
	return true
}

// Glob is a shell-style pattern over object keys: '*' matches within one path
// segment, '**' across segments ("**/*.csv", "exports/**"), '?' one
// character, '[...]' a class.
type Glob struct {
	pattern string
	re      *regexp.Regexp
}

func (g Glob) String() string { return g.pattern }

// Match reports whether key matches the whole pattern.
func (g Glob) Match(key string) bool { return g.re.MatchString(key) }

// ParseGlob compiles a pattern.
func ParseGlob(p string) (Glob, error) {
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 0x80 { // a multi-byte rune: copy it whole
			_, n := utf8.DecodeRuneInString(p[i:])
			b.WriteString(regexp.QuoteMeta(p[i : i+n]))
			i += n - 1
			continue
		}
		switch c {
		case '*':
			if i+1 < len(p) && p[i+1] == '*' {
				i++
				if i+1 < len(p) && p[i+1] == '/' {
					i++
					b.WriteString("(?:.*/)?") // "**/" also matches nothing
				} else {
					b.WriteString(".*")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		case '[':
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				return Glob{}, fmt.Errorf("bad pattern %q: unclosed [", p)
			}
			class := p[i+1 : i+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return Glob{}, fmt.Errorf("bad pattern %q: %w", p, err)
	}
	return Glob{pattern: p, re: re}, nil
}
