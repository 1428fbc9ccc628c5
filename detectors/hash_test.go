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

// HashCanonical must give Hash's value hash and the hash of Canonical's
// form, whatever the cache holds: the same value as two kinds or
// countries, values evicted and seen again.
func TestHashCanonical(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	h := NewHasher(key)
	type q struct {
		k       Kind
		country string
		v       string
	}
	qs := []q{
		{KindAddress, "KR", "서울 강남구 테헤란로 123"}, {KindAddress, "KR", "서울특별시 강남구 테헤란로 123"},
		{KindName, "JP", "佐藤 健太"}, {KindName, "", "佐藤 健太"}, {KindAddress, "JP", "佐藤 健太"},
		{KindAccessCode, "KR", "#1234"}, {KindAccessCode, "KR", "1234"}, {KindName, "US", "John Smith"},
	}
	for i := 0; i < 3*hashCacheSlots; i++ {
		qs = append(qs, q{KindAddress, "TW", fmt.Sprintf("台北市大安區忠孝東路四段%d號", i)})
	}
	for round := 0; round < 2; round++ {
		for _, x := range qs {
			v, c := h.HashCanonical(x.k, x.country, x.v)
			if want := refHash(key, x.v); v != want {
				t.Fatalf("value hash of %q = %s, want %s", x.v, v, want)
			}
			want := ""
			if cv := Canonical(x.k, x.country, x.v); cv != x.v {
				want = refHash(key, cv)
			}
			if c != want {
				t.Fatalf("canonical hash of %s %s %q = %q, want %q", x.k, x.country, x.v, c, want)
			}
			if h.Hash(x.v) != v {
				t.Fatalf("Hash(%q) differs from HashCanonical's", x.v)
			}
		}
	}
}
