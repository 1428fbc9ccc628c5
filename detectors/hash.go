package detectors

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Hasher computes value_hash: the hex HMAC-SHA256 (first 16 bytes) of a
// normalised value under a secret key. Equal values give equal hashes under
// one key, so shards of one scan can be joined. Not safe for concurrent use.
type Hasher struct {
	mac hash.Hash
	sum []byte
}

// NewHasher returns a Hasher keyed with key.
func NewHasher(key []byte) *Hasher {
	return &Hasher{mac: hmac.New(sha256.New, key)}
}

// Hash returns the hex value_hash of normalized.
func (h *Hasher) Hash(normalized string) string {
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
