package accuracy

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// Markdown formats the per-kind scores as a Markdown table.
func (r *Result) Markdown() string {
	var b strings.Builder
	b.WriteString("| kind | labels | detections | TP | FP | FN | precision | recall | F1 |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, s := range r.Kinds {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |\n",
			s.Kind, s.Labels, s.Detections, s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1())
	}
	return b.String()
}

// CountryMarkdown formats the per-(kind, country) counts as a Markdown table:
// recall over the labels of that country, and false positives among the
// detections that claimed that country.
func (r *Result) CountryMarkdown() string {
	var b strings.Builder
	b.WriteString("| kind | country | labels | TP | FN | recall | detections | FP |\n")
	b.WriteString("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, s := range r.Countries {
		c := s.Country
		if c == "" {
			c = "?"
		}
		rec := "-"
		if s.Labels > 0 {
			rec = fmt.Sprintf("%.3f", s.Recall())
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %s | %d | %d |\n",
			s.Kind, c, s.Labels, s.TP, s.FN, rec, s.Detections, s.FP)
	}
	return b.String()
}

// Worst summarises the errors in at most n lines, largest groups first:
// misses grouped by kind, country and file, false positives by kind and
// reason. Each line gives the count and the place and masked text of one
// example, so that no raw value reaches a log. With kinds given, only errors
// of those kinds count.
func (r *Result) Worst(n int, kinds ...string) []string {
	want := func(k string) bool { return len(kinds) == 0 || slices.Contains(kinds, k) }
	type group struct {
		key   string
		count int
		ex    Span
	}
	groups := map[string]*group{}
	var order []*group
	add := func(key string, s Span) {
		g := groups[key]
		if g == nil {
			g = &group{key: key, ex: s}
			groups[key] = g
			order = append(order, g)
		}
		g.count++
	}
	for _, m := range r.Misses {
		if !want(m.Kind) {
			continue
		}
		add(fmt.Sprintf("miss %s/%s in %s", m.Kind, orUnknown(m.Country), m.File), m)
	}
	for _, fp := range r.FalsePositives {
		d := fp.Detection
		if !want(d.Kind) {
			continue
		}
		add(fmt.Sprintf("false %s (%s) in %s", d.Kind, fp.Reason, d.File), d)
	}
	slices.SortStableFunc(order, func(a, b *group) int { return cmp.Compare(b.count, a.count) })
	var out []string
	for _, g := range order {
		if len(out) == n {
			break
		}
		out = append(out, fmt.Sprintf("%4d× %s — e.g. %s %s", g.count, g.key, Where(g.ex), Quote(g.ex.Text)))
	}
	return out
}

func orUnknown(c string) string {
	if c == "" {
		return "?"
	}
	return c
}

// Where is a short location of s: field, row and byte span
// ("배송지 주소 row 3 @0+42", or "@1200+13" in free text).
func Where(s Span) string {
	if s.Row < 0 && s.Field == "" {
		return fmt.Sprintf("@%d+%d", s.Offset, s.Length)
	}
	return fmt.Sprintf("%s row %d @%d+%d", s.Field, s.Row, s.Offset, s.Length)
}

// Quote is Mask(s) between quotes, with line breaks and tabs made visible
// and every other character (full-width spaces included) left as it is.
func Quote(s string) string {
	return "\"" + strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`, "\"", `\"`).Replace(Mask(s)) + "\""
}

// Mask hides a value for logs: every letter and digit except the first and
// the last becomes '*'; separators, spaces and symbols stay, so the shape of
// the value remains readable ("010-1234-5678" → "0**-****-***8", "김민준" →
// "김*준"). A value of one or two letters or digits keeps only its first.
func Mask(s string) string {
	rs := []rune(s)
	first, last := -1, -1
	for i, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 && last-first < 2 {
		last = -1
	}
	for i, r := range rs {
		if i != first && i != last && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			rs[i] = '*'
		}
	}
	return string(rs)
}

// ReadSpans reads JSON Lines of Span records (blank lines are skipped).
func ReadSpans(r io.Reader) ([]Span, error) {
	var out []Span
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var s Span
		if err := json.Unmarshal(b, &s); err != nil {
			return nil, fmt.Errorf("accuracy: cannot decode span on line %d: %w", line, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("accuracy: cannot read spans: %w", err)
	}
	return out, nil
}

// WriteSpans writes spans as JSON Lines, one object per line, without HTML
// escaping (so the text of a label stays readable).
func WriteSpans(w io.Writer, spans []Span) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range spans {
		if err := enc.Encode(s); err != nil {
			return fmt.Errorf("accuracy: cannot write span: %w", err)
		}
	}
	return nil
}
