package detectors

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"hash/maphash"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Hasher computes value_hash: the hex HMAC-SHA256 (first 16 bytes) of a
// normalised value under a secret key. Equal values give equal hashes under
// one key, so shards of one scan can be joined. Not safe for concurrent use.
//
// Values repeat a lot (the same customer in many orders), so a Hasher keeps
// a small set-associative cache from normalised value to its hash: the HMAC
// runs about once per distinct value in a while, and the hex string is
// shared by every finding of that value. The cache lives only in memory and
// is bounded: hashCacheSlots entries of values up to hashCacheMaxLen bytes.
type Hasher struct {
	mac   hash.Hash
	sum   []byte
	seed  maphash.Seed
	cache []hashEntry
}

type hashEntry struct {
	normalized, hex string
	recent          bool
}

const (
	hashCacheSlots  = 8192 // a power of two
	hashCacheMaxLen = 128
)

// NewHasher returns a Hasher keyed with key.
func NewHasher(key []byte) *Hasher {
	return &Hasher{mac: hmac.New(sha256.New, key), seed: maphash.MakeSeed()}
}

// Hash returns the hex value_hash of normalized.
func (h *Hasher) Hash(normalized string) string {
	if len(normalized) > hashCacheMaxLen {
		return h.compute(normalized)
	}
	if h.cache == nil {
		h.cache = make([]hashEntry, hashCacheSlots)
	}
	// Two-way set associative: a value may sit in either slot of its set;
	// a miss replaces the slot not used last.
	set := h.cache[maphash.String(h.seed, normalized)&(hashCacheSlots/2-1)*2:][:2]
	for i := range set {
		if e := &set[i]; e.hex != "" && e.normalized == normalized {
			set[0].recent, set[1].recent = i == 0, i == 1
			return e.hex
		}
	}
	v := h.compute(normalized)
	i := 0
	if set[0].recent {
		i = 1
	}
	set[i] = hashEntry{normalized: strings.Clone(normalized), hex: v, recent: true}
	set[1-i].recent = false
	return v
}

func (h *Hasher) compute(normalized string) string {
	h.mac.Reset()
	h.mac.Write([]byte(normalized))
	h.sum = h.mac.Sum(h.sum[:0])
	return hex.EncodeToString(h.sum[:16])
}

// NormalizeText is the normalisation of names and addresses: Unicode NFC with
// runs of white space folded to one ASCII space and trimmed.
func NormalizeText(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
