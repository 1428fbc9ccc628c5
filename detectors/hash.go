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
// is bounded: hashCacheSlots entries of values up to hashCacheMaxLen bytes,
// each one string of the hex hash followed by the value (about 1.4 MB when
// full of 30-byte values).
type Hasher struct {
	mac   hash.Hash // HMAC-SHA256 under the key
	in    []byte
	sum   []byte
	buf   []byte
	seed  maphash.Seed
	cache []string
}

const (
	hashCacheSlots  = 16384 // a power of two
	hashCacheMaxLen = 128
	hexLen          = 32
)

// NewHasher returns a Hasher keyed with key.
func NewHasher(key []byte) *Hasher {
	return &Hasher{seed: maphash.MakeSeed(), mac: hmac.New(sha256.New, key)}
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
	h.buf = append(h.compute(normalized), normalized...) // keeps its capacity
	e := string(h.buf)
	set[0], set[1] = e, set[0]
	return e[:hexLen]
}

// compute returns the hex hash of normalized in h.buf. crypto/hmac keeps
// the SHA-256 states after the padded key and restores them on Reset, so a
// short value costs two block compressions instead of four (about 190 ns
// instead of 290 ns for a phone number with one-shot sha256.Sum256 calls).
func (h *Hasher) compute(normalized string) []byte {
	h.mac.Reset()
	h.in = append(h.in[:0], normalized...)
	h.mac.Write(h.in)
	h.sum = h.mac.Sum(h.sum[:0])
	h.buf = hex.AppendEncode(h.buf[:0], h.sum[:16])
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
