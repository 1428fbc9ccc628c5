package gen

import "math/bits"

// rng is a small, fast, deterministic pseudo-random generator (wyrand). Its
// output for a given seed never changes, so generated estates are
// reproducible across Go versions (math/rand makes no such promise for every
// helper).
type rng struct{ s uint64 }

// newRNG returns a generator for the stream identified by seed and the
// stream numbers; different streams are independent for practical purposes.
func newRNG(seed int64, stream ...uint64) *rng {
	s := mix64(uint64(seed) ^ 0x9e3779b97f4a7c15)
	for _, x := range stream {
		s = mix64(s ^ mix64(x+0x632be59bd9b4e019))
	}
	return &rng{s: s}
}

// mix64 is the splitmix64 finaliser.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// u64 returns 64 random bits.
func (r *rng) u64() uint64 {
	r.s += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(r.s, r.s^0xe7037ed1a0b428db)
	return hi ^ lo
}

// intn returns a uniform int in [0,n); n must be > 0.
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.u64(), uint64(n))
	return int(hi)
}

// between returns a uniform int in [lo,hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// float returns a uniform float64 in [0,1).
func (r *rng) float() float64 { return float64(r.u64()>>11) / (1 << 53) }

// chance reports true with probability p.
func (r *rng) chance(p float64) bool { return r.float() < p }

// pick returns a uniform element of xs.
func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

// weighted is a table for drawing indexes with given relative weights.
type weighted struct{ cum []float64 }

func newWeighted(w []float64) weighted {
	c := make([]float64, len(w))
	t := 0.0
	for i, x := range w {
		t += x
		c[i] = t
	}
	for i := range c {
		c[i] /= t
	}
	return weighted{cum: c}
}

// draw returns an index with probability proportional to its weight.
func (w weighted) draw(r *rng) int {
	u := r.float()
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if u < w.cum[m] {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// fill writes random bytes to b.
func (r *rng) fill(b []byte) {
	for len(b) >= 8 {
		v := r.u64()
		b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		b[4], b[5], b[6], b[7] = byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56)
		b = b[8:]
	}
	v := r.u64()
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
}
