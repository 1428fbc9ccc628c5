package dataset

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
)

// hllPrecision gives 2^14 registers: a relative standard error of
// 1.04/sqrt(2^14) ≈ 0.81%, 16 KiB per sketch.
const hllPrecision = 14

// HLL is a HyperLogLog sketch of distinct 64-bit hashes (Flajolet et al.,
// with the small-range linear counting correction). Sketches of the same
// precision merge by taking register maxima, so shards' sketches combine
// into the sketch of their union.
type HLL struct {
	reg []uint8
}

// NewHLL returns an empty sketch.
func NewHLL() *HLL { return &HLL{reg: make([]uint8, 1<<hllPrecision)} }

// HLLRelativeError is the sketch's relative standard error (one sigma).
func HLLRelativeError() float64 { return 1.04 / math.Sqrt(float64(int(1)<<hllPrecision)) }

// Add adds a uniformly distributed 64-bit hash.
func (h *HLL) Add(x uint64) {
	idx := x >> (64 - hllPrecision)
	w := x<<hllPrecision | 1<<(hllPrecision-1) // guard bit bounds the rank
	rank := uint8(bits.LeadingZeros64(w)) + 1
	if rank > h.reg[idx] {
		h.reg[idx] = rank
	}
}

// Merge folds o into h.
func (h *HLL) Merge(o *HLL) {
	for i, r := range o.reg {
		if r > h.reg[i] {
			h.reg[i] = r
		}
	}
}

// Estimate returns the estimated number of distinct hashes added.
func (h *HLL) Estimate() float64 {
	m := float64(len(h.reg))
	sum, zeros := 0.0, 0
	for _, r := range h.reg {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	alpha := 0.7213 / (1 + 1.079/m)
	e := alpha * m * m / sum
	if e <= 2.5*m && zeros > 0 {
		e = m * math.Log(m/float64(zeros)) // linear counting
	}
	return e
}

// MarshalText encodes the registers as base64 (for summary.json).
func (h *HLL) MarshalText() ([]byte, error) {
	buf := make([]byte, 2+len(h.reg))
	binary.BigEndian.PutUint16(buf, hllPrecision)
	copy(buf[2:], h.reg)
	out := make([]byte, base64.StdEncoding.EncodedLen(len(buf)))
	base64.StdEncoding.Encode(out, buf)
	return out, nil
}

// UnmarshalText decodes what MarshalText wrote.
func (h *HLL) UnmarshalText(b []byte) error {
	buf := make([]byte, base64.StdEncoding.DecodedLen(len(b)))
	n, err := base64.StdEncoding.Decode(buf, b)
	if err != nil {
		return err
	}
	buf = buf[:n]
	if len(buf) != 2+1<<hllPrecision || binary.BigEndian.Uint16(buf) != hllPrecision {
		return errors.New("dataset: sketch of another precision")
	}
	h.reg = append(h.reg[:0], buf[2:]...)
	return nil
}
