// Package accuracy scores detections against labelled values: per-kind
// precision, recall and F1 under one span-matching rule, shared by the
// detectors' corpus test and the benchmark harness.
//
// # Matching rule
//
// A detection and a label are compared only when they are in the same place
// (same File, Field and Row) and of the same Kind. Their spans are byte
// ranges [Offset, Offset+Length) of the same text (a CSV cell or JSON value
// for structured data, the whole file for free text). They match when the
// intersection over union of the two byte ranges is at least Options.MinIoU
// (0.5 by default). Matching is one-to-one: candidate pairs are taken
// greedily by decreasing IoU, so every label is matched by at most one
// detection and every detection matches at most one label.
//
// An IoU of 0.5 tolerates what labellers legitimately disagree on — an
// honorific or a "Mr." inside the span, a postal code before an address, the
// # and * around an access code — but not a detection that covers only half
// of a value (a surname alone, a street without its city) nor one that swallows
// a whole sentence around it.
//
// Matched labels are true positives; unmatched labels are false negatives;
// unmatched detections are false positives. Negatives need no labels: every
// detection is judged, and one that matches no label is a false positive
// whatever text it covers. Options.Negatives (spans of deliberately placed
// hard negatives) only serve to explain a false positive.
package accuracy

import (
	"cmp"
	"slices"
)

// Span is a labelled value, a hard negative or a detection, located in a
// corpus. It is also the JSON Lines record of the corpus' label files.
type Span struct {
	File     string `json:"file"`              // path relative to the corpus data directory
	Field    string `json:"field"`             // CSV header or JSON path; "" for free text
	Row      int64  `json:"row"`               // record index; -1 for free text
	Offset   int    `json:"offset"`            // byte offset in the decoded cell or file text
	Length   int    `json:"length"`            // byte length
	Kind     string `json:"kind,omitempty"`    // name, phone, address, access_code ("" for a negative)
	Country  string `json:"country,omitempty"` // ISO 3166-1 alpha-2, "" if unknown
	Category string `json:"category,omitempty"`
	Text     string `json:"text"` // the exact text of the span
}

// End is the byte offset just past the span.
func (s Span) End() int { return s.Offset + s.Length }

// place identifies the text a span lies in.
type place struct {
	file, field string
	row         int64
}

func (s Span) place() place { return place{s.File, s.Field, s.Row} }

// IoU is the intersection over union of the byte ranges of a and b; 0 when
// they are in different places or do not overlap.
func IoU(a, b Span) float64 {
	if a.place() != b.place() {
		return 0
	}
	inter := min(a.End(), b.End()) - max(a.Offset, b.Offset)
	if inter <= 0 {
		return 0
	}
	union := max(a.End(), b.End()) - min(a.Offset, b.Offset)
	return float64(inter) / float64(union)
}

func overlaps(a, b Span) bool {
	return a.place() == b.place() && a.Offset < b.End() && b.Offset < a.End()
}

// DefaultMinIoU is the IoU a detection needs with a label to match it.
const DefaultMinIoU = 0.5

// Options tune Evaluate.
type Options struct {
	// MinIoU is the least IoU of a match; 0 means DefaultMinIoU.
	MinIoU float64
	// Negatives are hard-negative spans; they only label false positives
	// (FalsePositive.Reason) and never change a score.
	Negatives []Span
}

// Score counts the outcome for one kind (or one kind in one country).
type Score struct {
	Kind       string
	Country    string // "" for all countries
	Labels     int    // labelled values
	Detections int    // detections reported
	TP, FP, FN int
}

// Precision is TP/(TP+FP). With no detections it is 1 if there was nothing
// to find and 0 otherwise: a detector that reports nothing earns nothing.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		if s.FN == 0 {
			return 1
		}
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), and 1 when there was nothing to find.
func (s Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Pair is a label and the detection that matched it.
type Pair struct {
	Label, Detection Span
	IoU              float64
}

// FalsePositive is a detection that matched no label, with why it is thought
// to have fired.
type FalsePositive struct {
	Detection Span
	// Reason is one of "confused:<kind>" (it overlaps a label of another
	// kind), "partial:<kind>" (it overlaps a label of its own kind too little,
	// or one already matched by a better detection), "negative:<category>"
	// (it overlaps a hard negative) or "unlabelled".
	Reason string
}

// Result is the outcome of Evaluate.
type Result struct {
	// Kinds has one Score per kind seen in labels or detections: the four
	// standard kinds first, in the findings dataset's order, then any other
	// in lexical order.
	Kinds []Score
	// Countries has one Score per (kind, country): labels and TP/FN by the
	// label's country, detections and FP by the detection's country.
	Countries      []Score
	Matches        []Pair
	Misses         []Span // labels no detection matched (false negatives)
	FalsePositives []FalsePositive
}

// StandardKinds are the kinds of the findings dataset, in its order.
var StandardKinds = []string{"name", "phone", "address", "access_code"}

// Score returns the Score of kind (zero counts if it never occurred).
func (r *Result) Score(kind string) Score {
	for _, s := range r.Kinds {
		if s.Kind == kind {
			return s
		}
	}
	return Score{Kind: kind}
}

type groupKey struct {
	p    place
	kind string
}

// Evaluate matches dets against labels under the package's matching rule and
// scores every kind. Neither slice is modified.
func Evaluate(labels, dets []Span, opt Options) *Result {
	minIoU := opt.MinIoU
	if minIoU <= 0 {
		minIoU = DefaultMinIoU
	}
	groups := map[groupKey]*[2][]int{}
	group := func(s Span) *[2][]int {
		k := groupKey{s.place(), s.Kind}
		g := groups[k]
		if g == nil {
			g = &[2][]int{}
			groups[k] = g
		}
		return g
	}
	for i, l := range labels {
		g := group(l)
		g[0] = append(g[0], i)
	}
	for i, d := range dets {
		g := group(d)
		g[1] = append(g[1], i)
	}
	labelHit := make([]bool, len(labels))
	detHit := make([]bool, len(dets))
	res := &Result{}
	type cand struct {
		l, d int
		iou  float64
	}
	var cands []cand
	for _, g := range groups {
		cands = cands[:0]
		// Free text is one place (row -1) holding every span of an object,
		// tens of thousands in a large one: find the detections that can
		// overlap a label by binary search over their offsets instead of
		// trying every pair.
		ds := g[1]
		slices.SortFunc(ds, func(a, b int) int { return cmp.Compare(dets[a].Offset, dets[b].Offset) })
		maxLen := 0
		for _, di := range ds {
			maxLen = max(maxLen, dets[di].Length)
		}
		for _, li := range g[0] {
			l := labels[li]
			// an overlapping detection starts after l.Offset-maxLen and before l.End()
			j, _ := slices.BinarySearchFunc(ds, l.Offset-maxLen, func(di, off int) int { return cmp.Compare(dets[di].Offset, off+1) })
			for ; j < len(ds) && dets[ds[j]].Offset < l.End(); j++ {
				if v := IoU(l, dets[ds[j]]); v >= minIoU {
					cands = append(cands, cand{li, ds[j], v})
				}
			}
		}
		slices.SortFunc(cands, func(a, b cand) int {
			if c := cmp.Compare(b.iou, a.iou); c != 0 {
				return c
			}
			if c := cmp.Compare(a.l, b.l); c != 0 {
				return c
			}
			return cmp.Compare(a.d, b.d)
		})
		for _, c := range cands {
			if labelHit[c.l] || detHit[c.d] {
				continue
			}
			labelHit[c.l], detHit[c.d] = true, true
			res.Matches = append(res.Matches, Pair{labels[c.l], dets[c.d], c.iou})
		}
	}
	slices.SortFunc(res.Matches, func(a, b Pair) int { return compareSpan(a.Label, b.Label) })

	byPlace := map[place][]Span{}
	for _, l := range labels {
		byPlace[l.place()] = append(byPlace[l.place()], l)
	}
	negByPlace := map[place][]Span{}
	for _, n := range opt.Negatives {
		negByPlace[n.place()] = append(negByPlace[n.place()], n)
	}
	for i, l := range labels {
		if !labelHit[i] {
			res.Misses = append(res.Misses, l)
		}
	}
	for i, d := range dets {
		if !detHit[i] {
			res.FalsePositives = append(res.FalsePositives, FalsePositive{d, reason(d, byPlace[d.place()], negByPlace[d.place()])})
		}
	}
	slices.SortFunc(res.Misses, compareSpan)
	slices.SortFunc(res.FalsePositives, func(a, b FalsePositive) int { return compareSpan(a.Detection, b.Detection) })
	res.score(labels, dets, labelHit, detHit)
	return res
}

// reason explains why an unmatched detection d fired.
func reason(d Span, labels, negs []Span) string {
	for _, l := range labels {
		if l.Kind == d.Kind && overlaps(l, d) {
			return "partial:" + l.Kind
		}
	}
	for _, l := range labels {
		if overlaps(l, d) {
			return "confused:" + l.Kind
		}
	}
	for _, n := range negs {
		if overlaps(n, d) {
			return "negative:" + n.Category
		}
	}
	return "unlabelled"
}

func (r *Result) score(labels, dets []Span, labelHit, detHit []bool) {
	kinds := map[string]*Score{}
	countries := map[[2]string]*Score{}
	get := func(kind, country string) (*Score, *Score) {
		k := kinds[kind]
		if k == nil {
			k = &Score{Kind: kind}
			kinds[kind] = k
		}
		c := countries[[2]string{kind, country}]
		if c == nil {
			c = &Score{Kind: kind, Country: country}
			countries[[2]string{kind, country}] = c
		}
		return k, c
	}
	for i, l := range labels {
		k, c := get(l.Kind, l.Country)
		k.Labels++
		c.Labels++
		if labelHit[i] {
			k.TP++
			c.TP++
		} else {
			k.FN++
			c.FN++
		}
	}
	for i, d := range dets {
		k, c := get(d.Kind, d.Country)
		k.Detections++
		c.Detections++
		if !detHit[i] {
			k.FP++
			c.FP++
		}
	}
	rank := func(kind string) int {
		if i := slices.Index(StandardKinds, kind); i >= 0 {
			return i
		}
		return len(StandardKinds)
	}
	byKind := func(a, b *Score) int {
		if c := cmp.Compare(rank(a.Kind), rank(b.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return cmp.Compare(a.Country, b.Country)
	}
	for _, want := range StandardKinds {
		if kinds[want] == nil {
			get(want, "")
			delete(countries, [2]string{want, ""})
		}
	}
	ks := make([]*Score, 0, len(kinds))
	for _, s := range kinds {
		ks = append(ks, s)
	}
	slices.SortFunc(ks, byKind)
	for _, s := range ks {
		r.Kinds = append(r.Kinds, *s)
	}
	cs := make([]*Score, 0, len(countries))
	for _, s := range countries {
		cs = append(cs, s)
	}
	slices.SortFunc(cs, byKind)
	for _, s := range cs {
		r.Countries = append(r.Countries, *s)
	}
}

func compareSpan(a, b Span) int {
	if c := cmp.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Row, b.Row); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Field, b.Field); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Offset, b.Offset); c != 0 {
		return c
	}
	return cmp.Compare(a.Kind, b.Kind)
}
