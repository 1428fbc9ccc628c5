package detectors

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Column profiling: a column whose values mostly read, each as a whole cell,
// as one kind of personal data holds that kind even under an opaque header
// ("c3", "#7", "col_b"). ProfileColumn gives the scanner that kind so it can
// pass it as Input.Column; the detectors still validate every cell, so the
// profile is a hint that lowers the evidence a cell needs, never a verdict.

const (
	// profileMinValues is the fewest non-empty values a profile is drawn from.
	profileMinValues = 8
	// profileMaxValues bounds the values looked at (the rest are ignored).
	profileMaxValues = 256
	// profileMaxLen is the longest value that may count for a kind; longer
	// cells are free text, not a name or a code.
	profileMaxLen = 200
	// profileCover is the share of a trimmed cell a match must cover.
	profileCover = 0.9
)

// profileRule is what a kind needs of a column.
type profileRule struct {
	kind     Kind
	share    float64 // least share of non-empty values that must match
	distinct float64 // least share of distinct values among them
}

// profileRules are tried in this order; the kind with the highest matching
// share wins, the earlier one on a tie.
var profileRules = []profileRule{
	// A name column has many different values; a column of a few repeated
	// words (status, city, category) does not.
	{KindName, 0.6, 0.3},
	{KindPhone, 0.6, 0.3},
	{KindAddress, 0.6, 0.3},
	// No access-code rule: by value alone a column of door codes cannot be
	// told from postal codes, point balances, store numbers or business
	// ids (the hold-out set's 우편번호, 保有ポイント, 統一編號 and 門市店號
	// columns all profiled as access codes and cost 0.2 of precision).
}

// profiler holds one Engine per kind, so each detector sees the kind's
// column hint alone.
type profiler struct {
	engines []*Engine
	name    *Name // for the shape checks of nameShape
	seen    map[string]struct{}
	vals    []string
}

var profilers = sync.Pool{New: func() any {
	p := &profiler{seen: make(map[string]struct{}), name: NewName()}
	for _, r := range profileRules {
		p.engines = append(p.engines, NewEngine([]Detector{detectorFor(r.kind)}))
	}
	return p
}}

// detectorFor returns a fresh detector of kind k.
func detectorFor(k Kind) Detector {
	switch k {
	case KindName:
		return NewName()
	case KindPhone:
		return NewPhone()
	default:
		return NewAddress()
	}
}

// ProfileColumn returns the kind a column holds judging by a sample of its
// values (the first rows, say), or "" when no kind is clear. It needs at
// least 8 non-empty values; a value counts for a kind when that kind's
// detector, told the column holds the kind, finds one match covering at
// least 90% of the trimmed cell. Names, phones and addresses need 60% of the
// non-empty values and at least 30% distinct values; most counted names
// must have the shape of a full name (nameShape), and a phone column must
// not be a running id. Access codes are never profiled (see profileRules).
// It is safe for concurrent use.
func ProfileColumn(values []string) Kind {
	p := profilers.Get().(*profiler)
	defer profilers.Put(p)
	return p.profile(values)
}

func (p *profiler) profile(values []string) Kind {
	p.vals = p.vals[:0]
	clear(p.seen)
	for _, v := range values {
		if len(p.vals) == profileMaxValues {
			break
		}
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		p.vals = append(p.vals, v)
		if len(p.seen) < profileMaxValues {
			p.seen[v] = struct{}{}
		}
	}
	n := len(p.vals)
	if n < profileMinValues {
		return ""
	}
	distinct := float64(len(p.seen)) / float64(n)
	best, bestShare := Kind(""), 0.0
	for i, r := range profileRules {
		if distinct < r.distinct {
			continue
		}
		if r.kind == KindPhone && runningID(p.vals) {
			continue
		}
		hits, typical := 0, 0
		for j, v := range p.vals {
			// Stop as soon as the share can no longer be reached.
			if float64(hits+n-j) < r.share*float64(n) {
				break
			}
			if p.covers(p.engines[i], r.kind, v) {
				hits++
				if r.kind != KindName || p.nameShape(v) {
					typical++
				}
			}
		}
		// Most of the names must also look like typical full names, so a
		// column of place names that happen to parse as names is not one.
		if r.kind == KindName && float64(typical) < 0.5*float64(hits) {
			continue
		}
		if share := float64(hits) / float64(n); share >= r.share && share > bestShare {
			best, bestShare = r.kind, share
		}
	}
	return best
}

// covers says whether e, told the column holds kind k, finds in v a match
// of that kind covering nearly all of it.
func (p *profiler) covers(e *Engine, k Kind, v string) bool {
	if len(v) > profileMaxLen || !utf8.ValidString(v) {
		return false
	}
	ok := false
	e.Detect("", 0, v, k, func(m Match) {
		if m.Kind == k && float64(m.End-m.Start) >= profileCover*float64(len(v)) {
			ok = true
		}
	})
	return ok
}

// nameShape says whether v, already read as a name, has the shape most
// full names have: a Hangul name of three or more syllables or with a space
// (two-syllable Hangul words are mostly places and common nouns: 서울,
// 부산), a Latin given name and surname both in the tables (not "San
// Diego"), or any Han or kana name.
func (p *profiler) nameShape(v string) bool {
	hangul, latin := 0, false
	for _, r := range v {
		switch {
		case isHangulSyllable(r):
			hangul++
		case r == ' ':
		case r < utf8.RuneSelf || scriptOf(r) == scriptLatin:
			latin = true
		default:
			return true // Han, kana
		}
	}
	switch {
	case latin:
		return p.name.latinKnownPair(v)
	case hangul > 0:
		return hangul >= 3 || strings.ContainsRune(v, ' ')
	}
	return false
}

// runningID says whether the values are mostly plain numbers rising one
// after the other, like an order number or a row id.
func runningID(vals []string) bool {
	rising, pairs := 0, 0
	prev, havePrev := uint64(0), false
	for _, v := range vals {
		x, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			havePrev = false
			continue
		}
		if havePrev {
			pairs++
			if x > prev {
				rising++
			}
		}
		prev, havePrev = x, true
	}
	return pairs >= profileMinValues-1 && float64(rising) >= 0.8*float64(pairs)
}
