package detectors

import (
	"embed"
	"math/bits"
	"strings"
	"sync"
	"unsafe"
)

// dataFS holds the word lists of the name and address detectors. Each file
// is UTF-8 text: words separated by white space, '#' starts a comment line.
//
//go:embed data/names_*.txt data/address_*.txt
var dataFS embed.FS

// dataWords returns the words of one embedded list, in file order.
func dataWords(file string) []string {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		panic("detectors: missing embedded list " + file) // a build defect, not an input error
	}
	var out []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// dataLines returns the non-comment lines of one embedded list, each split
// into its white-space separated words.
func dataLines(file string) [][]string {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		panic("detectors: missing embedded list " + file)
	}
	var out [][]string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out
}

// set is a set of strings. Most look-ups on the hot paths miss (a word
// of running text is rarely a surname or a stop word), so a Bloom filter
// over a cheap hash answers them before the map is consulted; a miss in the
// filter is exact, a hit is confirmed by the map.
type set struct {
	m     map[string]struct{}
	bloom []uint64 // 2 bits per word; len a power of two
	mask  uint64   // bits in bloom - 1
}

// setHash mixes the length and up to sixteen bytes of w (the first and the
// last eight) into 64 bits.
func setHash(w string) uint64 {
	n := len(w)
	x := uint64(n) * 0x9E3779B97F4A7C15
	switch {
	case n >= 8:
		x ^= load8(w, 0) ^ bits.RotateLeft64(load8(w, n-8), 29)
	case n >= 4:
		x ^= uint64(load4(w, 0)) | uint64(load4(w, n-4))<<32
	case n > 0:
		x ^= uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	x ^= x >> 32
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	x *= 0x94D049BB133111EB
	return x ^ x>>32
}

// load4 returns the four bytes s[i:i+4] as a little-endian word.
func load4(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (s *set) maybe(h uint64) bool {
	b1, b2 := h&s.mask, (h>>32)&s.mask
	return s.bloom[b1/64]&(1<<(b1%64)) != 0 && s.bloom[b2/64]&(1<<(b2%64)) != 0
}

func (s *set) has(w string) bool {
	if !s.maybe(setHash(w)) {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// hasKey is has for a word in a byte buffer, without allocating.
func (s *set) hasKey(k []byte) bool {
	if !s.maybe(setHash(unsafeString(k))) {
		return false
	}
	_, ok := s.m[string(k)]
	return ok
}

// unsafeString views b as a string, for a look-up that does not keep it.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// newSet builds a set of words, lower-casing ASCII when fold is true.
func newSet(words []string, fold bool) set {
	s := set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		if fold {
			w = strings.ToLower(w)
		}
		s.m[w] = struct{}{}
	}
	nb := 512
	for nb < 32*len(s.m) {
		nb *= 2
	}
	s.bloom, s.mask = make([]uint64, nb/64), uint64(nb-1)
	for w := range s.m {
		h := setHash(w)
		b1, b2 := h&s.mask, (h>>32)&s.mask
		s.bloom[b1/64] |= 1 << (b1 % 64)
		s.bloom[b2/64] |= 1 << (b2 % 64)
	}
	return s
}

// nameData are the tables of the name detector, built once per process.
type nameData struct {
	krSurname set        // 1 and 2 syllables
	krSur1    hangulSet  // the one-syllable surnames
	krGiven   *hangulSet // syllables of given names
	krStop    set
	jpSurname set
	jpGiven   set
	zhSurname set
	cjkStop   set
	usGiven   set // lower case
	usSurname set // lower case
}

var (
	nameOnce  sync.Once
	nameTable *nameData
)

// loadNameData parses the embedded name lists once.
func loadNameData() *nameData {
	nameOnce.Do(func() {
		d := &nameData{
			krSurname: newSet(dataWords("names_kr_surnames.txt"), false),
			krGiven:   new(hangulSet),
			krStop:    newSet(dataWords("names_kr_stop.txt"), false),
			jpSurname: newSet(dataWords("names_jp_surnames.txt"), false),
			jpGiven:   newSet(dataWords("names_jp_given.txt"), false),
			zhSurname: newSet(dataWords("names_zh_surnames.txt"), false),
			cjkStop:   newSet(dataWords("names_cjk_stop.txt"), false),
			usGiven:   newSet(dataWords("names_us_given.txt"), true),
			usSurname: newSet(dataWords("names_us_surnames.txt"), true),
		}
		for _, w := range dataWords("names_kr_given.txt") {
			for _, r := range w {
				d.krGiven.add(r)
			}
		}
		for w := range d.krSurname.m {
			if r, n := runeAt(w, 0); n == len(w) {
				d.krSur1.add(r)
			}
		}
		nameTable = d
	})
	return nameTable
}

// addressData are the tables of the address detector, built once per process.
type addressData struct {
	krSido    map[string]string // any written form -> official name
	krSigungu set
	jpPref    set
	twCity    set
	usState   map[string]string // upper-case code or lower-case full name -> code
	usSuffix  set               // lower case
	usUnit    set               // lower case
	usMaxName int               // words in the longest full state name
	cues      []addrCue         // the cue words of the address detector
}

var (
	addressOnce  sync.Once
	addressTable *addressData
)

// loadAddressData parses the embedded address lists once.
func loadAddressData() *addressData {
	addressOnce.Do(func() {
		d := &addressData{
			krSido:    map[string]string{},
			krSigungu: newSet(dataWords("address_kr_sigungu.txt"), false),
			jpPref:    newSet(dataWords("address_jp_prefectures.txt"), false),
			twCity:    newSet(dataWords("address_tw_cities.txt"), false),
			usState:   map[string]string{},
			usSuffix:  newSet(dataWords("address_us_suffixes.txt"), true),
			usUnit:    newSet(dataWords("address_us_units.txt"), true),
		}
		for _, l := range dataLines("address_kr_sido.txt") {
			for _, w := range l {
				d.krSido[w] = l[0]
			}
		}
		for _, l := range dataLines("address_us_states.txt") {
			d.usState[l[0]] = l[0]
			d.usState[strings.ToLower(strings.Join(l[1:], " "))] = l[0]
			if len(l)-1 > d.usMaxName {
				d.usMaxName = len(l) - 1
			}
		}
		d.cues = buildAddrCues(d)
		addressTable = d
	})
	return addressTable
}
