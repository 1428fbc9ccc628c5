package detectors

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func refHash(key []byte, v string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(v))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// The cache must never change a hash: values that share a slot, values too
// long to cache, the empty value and repeats all hash as without a cache.
func TestHasherCache(t *testing.T) {
	for _, key := range [][]byte{[]byte("0123456789abcdef0123456789abcdef"), nil, []byte(strings.Repeat("long key ", 20))} {
		testHasherCache(t, key)
	}
}

func testHasherCache(t *testing.T, key []byte) {
	h := NewHasher(key)
	var vals []string
	for i := 0; i < 3*hashCacheSlots; i++ {
		vals = append(vals, fmt.Sprintf("+8210%08d", i))
	}
	vals = append(vals, "", strings.Repeat("서울특별시 ", 40), strings.Repeat("x", 128))
	for round := 0; round < 3; round++ {
		for _, v := range vals {
			if got, want := h.Hash(v), refHash(key, v); got != want {
				t.Fatalf("Hash(%q) = %s, want %s", v, got, want)
			}
		}
	}
}

// BenchmarkHasher hashes values drawn Zipf-like from 16k distinct phone
// numbers, the shape of a customer table joined to its orders.
func BenchmarkHasher(b *testing.B) {
	h := NewHasher([]byte("0123456789abcdef0123456789abcdef"))
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 1, 16<<10-1)
	vals := make([]string, 1<<16)
	for i := range vals {
		vals[i] = fmt.Sprintf("+8210%08d", z.Uint64()*7919)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		h.Hash(vals[i%len(vals)])
		i++
	}
}

// BenchmarkHasherMiss hashes distinct values: the cost of a cache miss.
func BenchmarkHasherMiss(b *testing.B) {
	h := NewHasher([]byte("0123456789abcdef0123456789abcdef"))
	vals := make([]string, 1<<20)
	for i := range vals {
		vals[i] = fmt.Sprintf("+8210%08d", i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		h.Hash(vals[i%len(vals)])
		i++
	}
}
