package detectors

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveHits is the reference for cueIndex: every occurrence of every word,
// ASCII letters folded, in order of end, then start, then detector and cue.
func naiveHits(words [][]string, text string) []Hit {
	type hit struct{ start, end, det, cue int }
	var all []hit
	low := asciiLower(text)
	for d, ws := range words {
		for c, w := range ws {
			if w == "" {
				continue
			}
			w = asciiLower(w)
			for i := 0; i+len(w) <= len(low); i++ {
				if low[i:i+len(w)] == w {
					all = append(all, hit{i, i + len(w), d, c})
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b hit) int {
		for _, x := range [][2]int{{a.end, b.end}, {a.start, b.start}, {a.det, b.det}, {a.cue, b.cue}} {
			if x[0] != x[1] {
				return x[0] - x[1]
			}
		}
		return 0
	})
	out := make([]Hit, len(all))
	for i, h := range all {
		out[i] = Hit{Start: h.start, End: h.end, Cue: h.det*1000 + h.cue}
	}
	return out
}

// asciiLower folds ASCII letters only (and keeps every byte offset).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = foldByte(c)
	}
	return string(b)
}

// cueHits runs ix over text and flattens its per-detector hits like naiveHits.
func cueHits(ix *cueIndex, ndet int, text string) []Hit {
	hits := make([][]Hit, ndet)
	var seg [cueStreams][]cueOut
	ix.hits(text, hits, &seg)
	var out []Hit
	for d, hs := range hits {
		for _, h := range hs {
			out = append(out, Hit{Start: h.Start, End: h.End, Cue: d*1000 + h.Cue})
		}
	}
	slices.SortStableFunc(out, func(a, b Hit) int {
		if a.End != b.End {
			return a.End - b.End
		}
		return a.Start - b.Start
	})
	return out
}

func TestCueIndex(t *testing.T) {
	words := [][]string{
		{"고객", "고객님", "님", "he", "she", "hers", "his", ": \xe3", ": \xeb", "Tel", "📞"},
		{"tel", "hers", "객님", "", "ＴＥＬ", "e"},
		{"aaaa", "aa", "a b", "고객님께"},
	}
	ix := newCueIndex(words)
	pieces := []string{"고객", "님", "께", "he", "rs", "Hers", "TEL", "tel", ": ", "お", "ㄱ", "a", " ", "b", "\n", "📞", "ＴＥＬ", "xyz", "\xe3", "\x80"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, 40, 1023, 1024, 1025, 3000, 20000} {
		for rep := 0; rep < 5; rep++ {
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			text := b.String()
			got, want := cueHits(ix, len(words), text), naiveHits(words, text)
			if !slices.Equal(got, want) {
				t.Fatalf("length %d: %d hits, want %d; first difference at %d", len(text), len(got), len(want), firstDiff(got, want))
			}
		}
	}
	t.Run("order", func(t *testing.T) {
		// Per detector, hits come in order of end, then start, then cue.
		hits := make([][]Hit, len(words))
		var seg [cueStreams][]cueOut
		ix.hits("고객님께 hers", hits, &seg)
		want := []Hit{{0, 6, 0}, {0, 9, 1}, {6, 9, 2}, {13, 15, 3}, {13, 17, 5}}
		if !slices.Equal(hits[0], want) {
			t.Errorf("detector 0 hits %v, want %v", hits[0], want)
		}
	})
}

func firstDiff(a, b []Hit) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func FuzzCueIndex(f *testing.F) {
	words := [][]string{{"고객", "고객님", "님", "he", "she", "hers", ": \xe3", "Tel"}, {"tel", "hers", "e"}}
	ix := newCueIndex(words)
	f.Add("고객님 she hers TEL: \xe3")
	f.Add(strings.Repeat("hershe고객님", 200))
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := cueHits(ix, len(words), text), naiveHits(words, text); !slices.Equal(got, want) {
			t.Fatalf("%d hits, want %d; first difference at %d", len(got), len(want), firstDiff(got, want))
		}
	})
}
