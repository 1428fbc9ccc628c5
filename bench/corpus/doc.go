package corpus

import "strings"

// Kinds of labelled values, as in the findings dataset.
const (
	Name       = "name"
	Phone      = "phone"
	Address    = "address"
	AccessCode = "access_code"
)

// span is a labelled value (kind set) or a hard negative (cat set) inside one
// text, in byte offsets of that text.
type span struct {
	start, end    int
	kind, country string
	cat           string
}

// text is a piece of corpus text under construction (a file of free text, a
// CSV cell, a JSON string) that remembers where its labelled values and hard
// negatives are.
type text struct {
	b     strings.Builder
	spans []span
}

// lit appends unlabelled text.
func (t *text) lit(s string) *text {
	t.b.WriteString(s)
	return t
}

// pos appends a labelled value of kind from country.
func (t *text) pos(kind, country, s string) *text {
	if s == "" {
		panic("corpus: empty labelled value")
	}
	start := t.b.Len()
	t.b.WriteString(s)
	t.spans = append(t.spans, span{start: start, end: t.b.Len(), kind: kind, country: country})
	return t
}

// neg appends a hard negative of category cat.
func (t *text) neg(cat, s string) *text {
	if s == "" {
		panic("corpus: empty negative " + cat)
	}
	start := t.b.Len()
	t.b.WriteString(s)
	t.spans = append(t.spans, span{start: start, end: t.b.Len(), cat: cat})
	return t
}

// add appends u, spans and all.
func (t *text) add(u *text) *text {
	off := t.b.Len()
	t.b.WriteString(u.b.String())
	for _, s := range u.spans {
		s.start += off
		s.end += off
		t.spans = append(t.spans, s)
	}
	return t
}

func (t *text) String() string { return t.b.String() }

// Len is the byte length so far.
func (t *text) Len() int { return t.b.Len() }

// cell returns a new text holding just a labelled value.
func cell(kind, country, s string) *text { return new(text).pos(kind, country, s) }

// negCell returns a new text holding just a hard negative.
func negCell(cat, s string) *text { return new(text).neg(cat, s) }

// plain returns a new text with no labels.
func plain(s string) *text { return new(text).lit(s) }
