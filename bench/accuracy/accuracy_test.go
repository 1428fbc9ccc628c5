package accuracy

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sp(file, field string, row int64, off, n int, kind string) Span {
	return Span{File: file, Field: field, Row: row, Offset: off, Length: n, Kind: kind}
}

func TestIoU(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b Span
		want float64
	}{
		{"same", sp("f", "", -1, 10, 10, "name"), sp("f", "", -1, 10, 10, "name"), 1},
		{"half inside", sp("f", "", -1, 0, 10, "name"), sp("f", "", -1, 0, 5, "name"), 0.5},
		{"shifted", sp("f", "", -1, 0, 10, "name"), sp("f", "", -1, 5, 10, "name"), 5.0 / 15},
		{"touching", sp("f", "", -1, 0, 10, "name"), sp("f", "", -1, 10, 5, "name"), 0},
		{"disjoint", sp("f", "", -1, 0, 3, "name"), sp("f", "", -1, 7, 3, "name"), 0},
		{"other row", sp("f", "c", 1, 0, 10, "name"), sp("f", "c", 2, 0, 10, "name"), 0},
		{"other field", sp("f", "a", 1, 0, 10, "name"), sp("f", "b", 1, 0, 10, "name"), 0},
		{"other file", sp("f", "", -1, 0, 10, "name"), sp("g", "", -1, 0, 10, "name"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IoU(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("IoU = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestEvaluateMatching(t *testing.T) {
	label := sp("a.txt", "", -1, 100, 13, "phone") // e.g. 010-1234-5678
	for _, tc := range []struct {
		name   string
		dets   []Span
		tp, fp int
		reason string // reason of the first false positive, if any
	}{
		{"exact", []Span{label}, 1, 0, ""},
		{"with prefix, IoU 13/17", []Span{sp("a.txt", "", -1, 96, 17, "phone")}, 1, 0, ""},
		{"7 of 13 bytes, IoU 0.54", []Span{sp("a.txt", "", -1, 100, 7, "phone")}, 1, 0, ""},
		{"too short, IoU 6/13", []Span{sp("a.txt", "", -1, 100, 6, "phone")}, 0, 1, "partial:phone"},
		{"too long, IoU 13/27", []Span{sp("a.txt", "", -1, 86, 27, "phone")}, 0, 1, "partial:phone"},
		{"wrong kind", []Span{sp("a.txt", "", -1, 100, 13, "access_code")}, 0, 1, "confused:phone"},
		{"wrong row", []Span{sp("a.txt", "", 0, 100, 13, "phone")}, 0, 1, "unlabelled"},
		{"two detections, one label", []Span{label, sp("a.txt", "", -1, 101, 12, "phone")}, 1, 1, "partial:phone"},
		{"elsewhere", []Span{sp("a.txt", "", -1, 0, 5, "phone")}, 0, 1, "negative:date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			neg := sp("a.txt", "", -1, 0, 10, "")
			neg.Category = "date"
			r := Evaluate([]Span{label}, tc.dets, Options{Negatives: []Span{neg}})
			s := r.Score("phone")
			if s.TP != tc.tp || s.FN != 1-tc.tp {
				t.Errorf("phone TP=%d FN=%d, want TP=%d FN=%d", s.TP, s.FN, tc.tp, 1-tc.tp)
			}
			fp := len(r.FalsePositives)
			if fp != tc.fp {
				t.Fatalf("false positives = %d, want %d", fp, tc.fp)
			}
			if fp > 0 && r.FalsePositives[0].Reason != tc.reason {
				t.Errorf("reason = %q, want %q", r.FalsePositives[0].Reason, tc.reason)
			}
			if len(r.Matches) != tc.tp || len(r.Misses) != 1-tc.tp {
				t.Errorf("matches=%d misses=%d", len(r.Matches), len(r.Misses))
			}
		})
	}
}

// A long detection over two labels may match only one of them, the better one.
func TestEvaluateOneToOne(t *testing.T) {
	l1 := sp("x.csv", "c1", 3, 0, 10, "address")
	l2 := sp("x.csv", "c1", 3, 10, 4, "address")
	det := sp("x.csv", "c1", 3, 0, 12, "address")
	r := Evaluate([]Span{l1, l2}, []Span{det}, Options{})
	s := r.Score("address")
	if s.TP != 1 || s.FN != 1 || s.FP != 0 {
		t.Fatalf("got %+v", s)
	}
	if r.Matches[0].Label != l1 {
		t.Errorf("matched %+v, want the label with the higher IoU", r.Matches[0].Label)
	}
	if r.Misses[0] != l2 {
		t.Errorf("missed %+v", r.Misses[0])
	}
}

func TestScoreConventions(t *testing.T) {
	for _, tc := range []struct {
		name    string
		s       Score
		p, r, f float64
	}{
		{"nothing at all", Score{}, 1, 1, 1},
		{"found nothing", Score{FN: 5}, 0, 0, 0},
		{"only false alarms", Score{FP: 2}, 0, 1, 0},
		{"mixed", Score{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75},
		{"perfect", Score{TP: 4}, 1, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := tc.s.Precision(); math.Abs(g-tc.p) > 1e-9 {
				t.Errorf("precision %v, want %v", g, tc.p)
			}
			if g := tc.s.Recall(); math.Abs(g-tc.r) > 1e-9 {
				t.Errorf("recall %v, want %v", g, tc.r)
			}
			if g := tc.s.F1(); math.Abs(g-tc.f) > 1e-9 {
				t.Errorf("F1 %v, want %v", g, tc.f)
			}
		})
	}
}

func TestEvaluateKindsAndCountries(t *testing.T) {
	labels := []Span{
		{File: "a", Row: -1, Offset: 0, Length: 5, Kind: "name", Country: "KR"},
		{File: "a", Row: -1, Offset: 10, Length: 5, Kind: "name", Country: "JP"},
		{File: "a", Row: -1, Offset: 20, Length: 5, Kind: "custom", Country: "US"},
	}
	dets := []Span{
		{File: "a", Row: -1, Offset: 0, Length: 5, Kind: "name", Country: "KR"},
		{File: "a", Row: -1, Offset: 30, Length: 5, Kind: "phone", Country: "TW"},
	}
	r := Evaluate(labels, dets, Options{})
	var kinds []string
	for _, s := range r.Kinds {
		kinds = append(kinds, s.Kind)
	}
	if got := strings.Join(kinds, ","); got != "name,phone,address,access_code,custom" {
		t.Errorf("kinds %s", got)
	}
	want := map[string]Score{
		"name/KR":  {Kind: "name", Country: "KR", Labels: 1, Detections: 1, TP: 1},
		"name/JP":  {Kind: "name", Country: "JP", Labels: 1, FN: 1},
		"phone/TW": {Kind: "phone", Country: "TW", Detections: 1, FP: 1},
	}
	for _, s := range r.Countries {
		k := s.Kind + "/" + s.Country
		if w, ok := want[k]; ok && s != w {
			t.Errorf("%s: %+v, want %+v", k, s, w)
		}
		delete(want, k)
	}
	if len(want) != 0 {
		t.Errorf("missing country rows %v", want)
	}
	md := r.Markdown()
	if !strings.Contains(md, "| name | 2 | 1 | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |") {
		t.Errorf("markdown:\n%s", md)
	}
	if !strings.Contains(r.CountryMarkdown(), "| phone | TW | 0 | 0 | 0 | - | 1 | 1 |") {
		t.Errorf("country markdown:\n%s", r.CountryMarkdown())
	}
}

func TestWorst(t *testing.T) {
	var labels, dets []Span
	for i := range 5 {
		labels = append(labels, Span{File: "m.txt", Row: -1, Offset: i * 20, Length: 13, Kind: "phone", Country: "KR", Text: "010-1234-5678"})
	}
	for i := range 3 {
		dets = append(dets, Span{File: "m.txt", Row: -1, Offset: 200 + i*20, Length: 12, Kind: "phone", Text: "123-45-67890"})
	}
	r := Evaluate(labels, dets, Options{})
	lines := r.Worst(10)
	if len(lines) != 2 {
		t.Fatalf("lines: %q", lines)
	}
	if !strings.Contains(lines[0], "5× miss phone/KR in m.txt") || !strings.Contains(lines[0], "0**-****-***8") {
		t.Errorf("first line %q", lines[0])
	}
	if !strings.Contains(lines[1], "3× false phone (unlabelled)") {
		t.Errorf("second line %q", lines[1])
	}
	for _, l := range lines {
		if strings.Contains(l, "1234") || strings.Contains(l, "67890") {
			t.Errorf("raw value in %q", l)
		}
	}
	if got := r.Worst(1); len(got) != 1 {
		t.Errorf("Worst(1) gave %d lines", len(got))
	}
	if got := r.Worst(10, "name"); len(got) != 0 {
		t.Errorf("Worst for names: %q", got)
	}
	if got := r.Worst(10, "phone", "address"); len(got) != 2 {
		t.Errorf("Worst for phones: %q", got)
	}
}

func TestMask(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"010-1234-5678", "0**-****-***8"},
		{"김민준", "김*준"},
		{"#1234*", "#1**4*"},
		{"John Smith", "J*** ****h"},
		{"AB", "A*"},
		{"7", "7"},
		{"--", "--"},
		{"", ""},
	} {
		if got := Mask(tc.in); got != tc.want {
			t.Errorf("Mask(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWhereAndQuote(t *testing.T) {
	if got := Where(Span{Field: "주소", Row: 3, Offset: 0, Length: 42}); got != "주소 row 3 @0+42" {
		t.Errorf("Where = %q", got)
	}
	if got := Where(Span{Row: -1, Offset: 1200, Length: 13}); got != "@1200+13" {
		t.Errorf("Where = %q", got)
	}
	if got := Quote("佐藤\u3000健太\nX\"y"); got != "\"佐*\u3000**\\n*\\\"y\"" {
		t.Errorf("Quote = %s", got)
	}
}

func TestSpansRoundTrip(t *testing.T) {
	in := []Span{
		{File: "a.csv", Field: "주소", Row: 2, Offset: 3, Length: 9, Kind: "address", Country: "KR", Text: "서울 <강남구>"},
		{File: "b.txt", Row: -1, Offset: 0, Length: 3, Category: "date", Text: "x&y"},
	}
	var buf bytes.Buffer
	if err := WriteSpans(&buf, in); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Errorf("HTML-escaped output: %s", buf.String())
	}
	out, err := ReadSpans(strings.NewReader(buf.String() + "\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0] != in[0] || out[1] != in[1] {
		t.Errorf("round trip: %+v", out)
	}
	if _, err := ReadSpans(strings.NewReader("{\"file\":1}\n")); err == nil {
		t.Error("bad span accepted")
	}
}

func FuzzMask(f *testing.F) {
	for _, s := range []string{"010-1234-5678", "김민준", "", "a", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := Mask(s)
		if utf8.ValidString(s) && utf8.RuneCountInString(m) != utf8.RuneCountInString(s) {
			t.Fatalf("Mask changed the rune count: %q -> %q", s, m)
		}
	})
}

func FuzzReadSpans(f *testing.F) {
	f.Add(`{"file":"a","field":"","row":-1,"offset":0,"length":1,"kind":"name","text":"x"}`)
	f.Add("\n{}\n")
	f.Fuzz(func(t *testing.T, s string) {
		spans, err := ReadSpans(strings.NewReader(s))
		if err == nil {
			var buf bytes.Buffer
			if err := WriteSpans(&buf, spans); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// bruteMatches is the matching rule applied to every pair: what Evaluate's
// offset search must reproduce.
func bruteMatches(labels, dets []Span, minIoU float64) []Pair {
	type cand struct {
		l, d int
		iou  float64
	}
	var cands []cand
	for li, l := range labels {
		for di, d := range dets {
			if l.Kind == d.Kind {
				if v := IoU(l, d); v >= minIoU {
					cands = append(cands, cand{li, di, v})
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.iou != b.iou {
			return a.iou > b.iou
		}
		if a.l != b.l {
			return a.l < b.l
		}
		return a.d < b.d
	})
	lh, dh := map[int]bool{}, map[int]bool{}
	var out []Pair
	for _, c := range cands {
		if lh[c.l] || dh[c.d] {
			continue
		}
		lh[c.l], dh[c.d] = true, true
		out = append(out, Pair{labels[c.l], dets[c.d], c.iou})
	}
	sort.Slice(out, func(i, j int) bool { return compareSpan(out[i].Label, out[j].Label) < 0 })
	return out
}

// canonical orders pairs fully (equal labels by their detection), since
// Evaluate orders them by label only.
func canonical(ps []Pair) []Pair {
	sort.Slice(ps, func(i, j int) bool { return fmt.Sprint(ps[i]) < fmt.Sprint(ps[j]) })
	return ps
}

func TestEvaluateMatchesEveryPairRule(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	kinds := []string{"name", "phone"}
	span := func() Span {
		return Span{File: "chat.txt", Row: -1, Offset: rng.IntN(3000), Length: 1 + rng.IntN(40), Kind: kinds[rng.IntN(2)]}
	}
	for round := range 50 {
		var labels, dets []Span
		for range 200 {
			labels = append(labels, span())
		}
		for range 200 {
			if rng.IntN(2) == 0 {
				l := labels[rng.IntN(len(labels))]
				l.Offset += rng.IntN(5) - 2
				l.Length = max(1, l.Length+rng.IntN(5)-2)
				dets = append(dets, l)
			} else {
				dets = append(dets, span())
			}
		}
		got := canonical(Evaluate(labels, dets, Options{}).Matches)
		want := canonical(bruteMatches(labels, dets, DefaultMinIoU))
		if len(got) == 0 {
			t.Fatalf("round %d: no matches", round)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("round %d: Evaluate differs from the every-pair rule (-want +got):\n%s", round, d)
		}
	}
}
