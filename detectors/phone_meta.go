package detectors

import (
	"regexp/syntax"
	"sort"
	"strconv"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// Phone number validation without libphonenumber's per-call cost.
//
// phonenumbers.Parse plus GetNumberType costs about 30µs and 70 allocations
// per number (it builds and matches a dozen regular expressions), far too
// slow for columns of phone numbers. The rules themselves are libphonenumber's:
// each region's metadata holds, per number type, a regular expression over
// the national significant number (NSN) and a list of possible lengths. We
// compile every such expression once into a deterministic automaton over the
// ten digits (subset construction over the regexp/syntax program), so that
// classifying an NSN is one table walk per type, with no allocation. A
// differential test checks the result against phonenumbers itself.

// phoneType is the libphonenumber number type, in the order
// getNumberTypeHelper tests them.
type phoneType uint8

const (
	ptUnknown phoneType = iota
	ptPremium
	ptTollFree
	ptSharedCost
	ptVoIP
	ptPersonal
	ptPager
	ptUAN
	ptVoicemail
	ptFixed
	ptMobile
	ptFixedOrMobile
)

// digitDFA is a complete deterministic automaton over the digits 0-9 that
// runs several patterns at once: accept[state] has bit i set when pattern i
// matches the whole input read so far. State 0 is dead, state 1 the start.
type digitDFA struct {
	next   []int32 // state*10 + digit -> state
	accept []uint16
}

// run returns the set of patterns that match the whole of ds (ASCII digits).
func (d *digitDFA) run(ds []byte) uint16 {
	s := int32(1)
	for _, c := range ds {
		s = d.next[int(s)*10+int(c-'0')]
		if s == 0 {
			return 0
		}
	}
	return d.accept[s]
}

// matches reports whether pattern 0 matches the whole of ds.
func (d *digitDFA) matches(ds []byte) bool { return d != nil && d.run(ds)&1 != 0 }

// Pattern indices in a region's automaton: the general description, then
// one per phoneType from ptPremium to ptVoicemail, then fixed and mobile.
const (
	descGeneral = 0
	descFixed   = int(ptVoicemail) + 1
	descMobile  = descFixed + 1
	numDescs    = descMobile + 1
)

// regionRules are the validation rules of one region.
type regionRules struct {
	region      string
	countryCode int
	plusCC      string // "+82"
	subtypes    *[ptFixedOrMobile + 1]string
	sameFixMob  bool
	dfa         *digitDFA
	// lenOK[n] has bit i set when description i allows an NSN of n digits.
	lenOK [32]uint16
}

// typeOf classifies an NSN (ASCII digits, no national prefix) the way
// libphonenumber's getNumberTypeHelper does.
func (r *regionRules) typeOf(nsn []byte) phoneType {
	if r.dfa == nil || len(nsn) >= len(r.lenOK) {
		return ptUnknown
	}
	m := r.dfa.run(nsn) & r.lenOK[len(nsn)]
	if m&(1<<descGeneral) == 0 {
		return ptUnknown
	}
	for t := ptPremium; t <= ptVoicemail; t++ {
		if m&(1<<t) != 0 {
			return t
		}
	}
	fixed, mobile := m&(1<<descFixed) != 0, m&(1<<descMobile) != 0
	switch {
	case fixed && (r.sameFixMob || mobile):
		return ptFixedOrMobile
	case fixed:
		return ptFixed
	case mobile && !r.sameFixMob:
		return ptMobile
	}
	return ptUnknown
}

// phoneRulesCache holds the compiled rules of every region used so far.
var phoneRulesCache struct {
	once     sync.Once
	meta     map[string]*phonenumbers.PhoneMetadata
	kr       *regionRules
	jp       *regionRules
	tw       *regionRules
	us       *regionRules
	mu       sync.Mutex
	byRegion map[string]*regionRules
}

// loadPhoneRules loads the metadata and compiles the four home regions.
func loadPhoneRules() {
	c := &phoneRulesCache
	c.once.Do(func() {
		c.meta = map[string]*phonenumbers.PhoneMetadata{}
		c.byRegion = map[string]*regionRules{}
		coll, err := phonenumbers.MetadataCollection()
		if err == nil {
			for _, m := range coll.GetMetadata() {
				c.meta[m.GetId()] = m
			}
		}
		c.kr = compileRegionLocked("KR")
		c.jp = compileRegionLocked("JP")
		c.tw = compileRegionLocked("TW")
		c.us = compileRegionLocked("US")
	})
}

// rulesFor returns the compiled rules of a region, compiling them on first
// use; nil when the region has no metadata.
func rulesFor(region string) *regionRules {
	loadPhoneRules()
	c := &phoneRulesCache
	switch region {
	case "KR":
		return c.kr
	case "JP":
		return c.jp
	case "TW":
		return c.tw
	case "US":
		return c.us
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return compileRegionLocked(region)
}

// compileRegionLocked compiles (or returns the cached) rules of region.
// The caller holds c.mu or runs inside c.once.
func compileRegionLocked(region string) *regionRules {
	c := &phoneRulesCache
	if r, ok := c.byRegion[region]; ok {
		return r
	}
	m := c.meta[region]
	if m == nil {
		c.byRegion[region] = nil
		return nil
	}
	r := &regionRules{region: region, countryCode: int(m.GetCountryCode()), sameFixMob: m.GetSameMobileAndFixedLinePattern()}
	r.plusCC = "+" + strconv.Itoa(r.countryCode)
	r.subtypes = phoneSubtypes[region]
	descs := [numDescs]*phonenumbers.PhoneNumberDesc{
		descGeneral:  m.GetGeneralDesc(),
		ptPremium:    m.GetPremiumRate(),
		ptTollFree:   m.GetTollFree(),
		ptSharedCost: m.GetSharedCost(),
		ptVoIP:       m.GetVoip(),
		ptPersonal:   m.GetPersonalNumber(),
		ptPager:      m.GetPager(),
		ptUAN:        m.GetUan(),
		ptVoicemail:  m.GetVoicemail(),
		descFixed:    m.GetFixedLine(),
		descMobile:   m.GetMobile(),
	}
	var patterns [numDescs]string
	for i, d := range descs {
		if d == nil {
			continue
		}
		if p := d.GetNationalNumberPattern(); p != "NA" {
			patterns[i] = p
		}
		var lens uint32
		for _, l := range d.GetPossibleLength() {
			if l >= 0 && l < 32 {
				lens |= 1 << uint(l)
			}
		}
		for n := range r.lenOK {
			if lens == 0 || lens&(1<<uint(n)) != 0 {
				r.lenOK[n] |= 1 << uint(i)
			}
		}
	}
	r.dfa = compileDigitDFA(patterns[:])
	c.byRegion[region] = r
	return r
}

// maxDFAStates bounds the subset construction; no libphonenumber pattern
// comes near it, and a pattern that did would simply match nothing.
const maxDFAStates = 1 << 16

// compileDigitDFA builds one automaton running every pattern (an empty
// pattern, or one that does not parse, matches nothing) against the whole
// input: a subset construction over the patterns' regexp/syntax programs.
// It returns nil if the automaton would exceed maxDFAStates.
func compileDigitDFA(patterns []string) *digitDFA {
	type nfaState struct {
		prog int
		pc   uint32
	}
	var progs []*syntax.Prog
	var ids []int // pattern index of progs[i]
	for i, p := range patterns {
		if p == "" {
			continue
		}
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			continue
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			continue
		}
		progs = append(progs, prog)
		ids = append(ids, i)
	}
	// closure adds st and every instruction reachable from it without
	// consuming input.
	var closure func(set map[nfaState]bool, st nfaState)
	closure = func(set map[nfaState]bool, st nfaState) {
		if set[st] {
			return
		}
		set[st] = true
		in := &progs[st.prog].Inst[st.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			closure(set, nfaState{st.prog, in.Out})
			closure(set, nfaState{st.prog, in.Arg})
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			closure(set, nfaState{st.prog, in.Out})
		}
	}
	// key keeps the states that distinguish subsets: consuming and matching
	// instructions.
	key := func(set map[nfaState]bool) (string, []nfaState) {
		var sts []nfaState
		for st := range set {
			switch progs[st.prog].Inst[st.pc].Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL, syntax.InstMatch:
				sts = append(sts, st)
			}
		}
		sort.Slice(sts, func(a, b int) bool {
			if sts[a].prog != sts[b].prog {
				return sts[a].prog < sts[b].prog
			}
			return sts[a].pc < sts[b].pc
		})
		b := make([]byte, 0, 6*len(sts))
		for _, st := range sts {
			b = append(b, byte(st.prog), byte(st.prog>>8), byte(st.pc), byte(st.pc>>8), byte(st.pc>>16), byte(st.pc>>24))
		}
		return string(b), sts
	}
	d := &digitDFA{next: make([]int32, 20), accept: make([]uint16, 2)}
	start := map[nfaState]bool{}
	for i, prog := range progs {
		closure(start, nfaState{i, uint32(prog.Start)})
	}
	k, sts := key(start)
	index := map[string]int32{"": 0, k: 1}
	queue := [][]nfaState{sts}
	for q := 0; q < len(queue); q++ {
		state := int32(q + 1)
		for _, st := range queue[q] {
			if progs[st.prog].Inst[st.pc].Op == syntax.InstMatch {
				d.accept[state] |= 1 << uint(ids[st.prog])
			}
		}
		for dg := 0; dg < 10; dg++ {
			set := map[nfaState]bool{}
			for _, st := range queue[q] {
				in := &progs[st.prog].Inst[st.pc]
				if in.Op != syntax.InstMatch && in.MatchRune(rune('0'+dg)) {
					closure(set, nfaState{st.prog, in.Out})
				}
			}
			k, sts := key(set)
			id, ok := index[k]
			if !ok {
				if len(queue) >= maxDFAStates {
					return nil
				}
				id = int32(len(queue) + 1)
				index[k] = id
				queue = append(queue, sts)
				d.next = append(d.next, make([]int32, 10)...)
				d.accept = append(d.accept, 0)
			}
			d.next[int(state)*10+dg] = id
		}
	}
	return d
}

// regionsForCallingCode returns the regions sharing a country calling code,
// main region first (as libphonenumber lists them).
func regionsForCallingCode(cc int) []string {
	return phonenumbers.GetRegionCodesForCountryCode(cc)
}
