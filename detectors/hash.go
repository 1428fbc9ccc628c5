package detectors

import (
	"crypto/sha256"
	"encoding/hex"
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
// is bounded: hashCacheSlots entries of values up to hashCacheMaxLen bytes,
// each one string of the hex hash followed by the value (about 1.4 MB when
// full of 30-byte values).
type Hasher struct {
	ipad, opad [sha256.BlockSize]byte // the HMAC key XOR 0x36, 0x5c
	in         []byte
	buf        []byte
	seed       maphash.Seed
	cache      []string
}

const (
	hashCacheSlots  = 16384 // a power of two
	hashCacheMaxLen = 128
	hexLen          = 32
)

// NewHasher returns a Hasher keyed with key.
func NewHasher(key []byte) *Hasher {
	h := &Hasher{seed: maphash.MakeSeed()}
	if len(key) > sha256.BlockSize {
		k := sha256.Sum256(key)
		key = k[:]
	}
	copy(h.ipad[:], key)
	copy(h.opad[:], key)
	for i := range h.ipad {
		h.ipad[i] ^= 0x36
		h.opad[i] ^= 0x5c
	}
	return h
}

// Hash returns the hex value_hash of normalized.
func (h *Hasher) Hash(normalized string) string {
	if len(normalized) > hashCacheMaxLen {
		return string(h.compute(normalized))
	}
	if h.cache == nil {
		h.cache = make([]string, hashCacheSlots)
	}
	// Two-way set associative, the most recently used entry first.
	i := maphash.String(h.seed, normalized) & (hashCacheSlots/2 - 1) * 2
	set := h.cache[i : i+2 : i+2]
	for j, e := range set {
		if len(e) == hexLen+len(normalized) && e[hexLen:] == normalized {
			if j == 1 {
				set[0], set[1] = e, set[0]
			}
			return e[:hexLen]
		}
	}
	e := string(append(h.compute(normalized), normalized...))
	set[0], set[1] = e, set[0]
	return e[:hexLen]
}

// compute returns the hex hash of normalized in h.buf: HMAC-SHA256 (RFC
// 2104) spelled out with one-shot sha256.Sum256, which allocates nothing
// and is about twice as fast as crypto/hmac's Reset, Write and Sum.
func (h *Hasher) compute(normalized string) []byte {
	h.in = append(append(h.in[:0], h.ipad[:]...), normalized...)
	inner := sha256.Sum256(h.in)
	var outer [sha256.BlockSize + sha256.Size]byte
	copy(outer[:], h.opad[:])
	copy(outer[sha256.BlockSize:], inner[:])
	sum := sha256.Sum256(outer[:])
	h.buf = hex.AppendEncode(h.buf[:0], sum[:16])
	return h.buf
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
