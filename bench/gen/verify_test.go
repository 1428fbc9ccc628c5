package gen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/nyaruka/phonenumbers"
)

// normalizeAs normalises raw text the way the scanner is asked to, for a
// label of kind in country.
func normalizeAs(raw, kind, country string) string {
	switch kind {
	case "phone":
		n, err := phonenumbers.Parse(raw, country)
		if err != nil || !phonenumbers.IsValidNumber(n) {
			return "invalid phone"
		}
		return phonenumbers.Format(n, phonenumbers.E164)
	case "access_code":
		var b strings.Builder
		for _, r := range raw {
			if r >= '0' && r <= '9' || r == '#' || r == '*' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return detectors.NormalizeText(raw)
}

// decodeAll decodes every object of sink: key -> container -> view.
func decodeAll(t *testing.T, sink *memSink) map[string]map[string]*view {
	t.Helper()
	all := map[string]map[string]*view{}
	for _, k := range sink.keys() {
		vs, err := decodeObject(k, sink.objs[k])
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		all[sink.Key(k)] = vs
	}
	return all
}

// TestLabelsPointAtText re-reads every object with readers independent of
// the generator (encoding/csv, encoding/json, parquet-go's row reader,
// x/text decoders, archive/zip, compress/gzip) and checks that each label's
// span holds text that normalises to the label's value.
func TestLabelsPointAtText(t *testing.T) {
	for name, cfg := range verifyConfigs() {
		t.Run(name, func(t *testing.T) { checkLabelsPointAtText(t, cfg) })
	}
}

// verifyConfigs are the estates the label checks run on: the demo, and a
// scaled one with several lake objects (Snappy and zstd) and zips.
func verifyConfigs() map[string]Config {
	scaled := Sized(11, 6<<20)
	scaled.Counts = map[ObjectType]int{TypeLake: 4, TypeBackupZip: 2}
	return map[string]Config{"demo": Demo(), "scaled": scaled}
}

func checkLabelsPointAtText(t *testing.T, cfg Config) {
	sink, raw, sum := generate(t, cfg)
	zstd := 0
	for _, k := range sink.keys() {
		if strings.HasSuffix(k, ".zstd.parquet") {
			zstd++
		}
	}
	views := decodeAll(t, sink)
	labels := readAllLabels(t, raw)
	if len(labels) == 0 {
		t.Fatal("no labels")
	}
	var total int64
	for _, n := range sum.Labels {
		total += n
	}
	if int64(len(labels)) != total {
		t.Fatalf("labels file has %d labels, summary counts %d", len(labels), total)
	}
	perKey := map[string]int{}
	for i, l := range labels {
		perKey[l.Key]++
		vs, ok := views[l.Key]
		if !ok {
			t.Fatalf("label %d: no object %q", i, l.Key)
		}
		v := vs[l.ContainerPath]
		if v == nil {
			t.Fatalf("label %d: no member %q in %q", i, l.ContainerPath, l.Key)
		}
		var text string
		if l.Field == "" {
			if l.Row != -1 {
				t.Fatalf("label %d: free text with row %d", i, l.Row)
			}
			text = v.text
		} else {
			cell, ok := v.cells[l.Field][l.Row]
			if !ok {
				t.Fatalf("label %d: %s %s has no cell %q row %d", i, l.Key, l.ContainerPath, l.Field, l.Row)
			}
			text = cell
		}
		end := l.Offset + int64(l.Length)
		if l.Offset < 0 || l.Length <= 0 || end > int64(len(text)) {
			t.Fatalf("label %d: span [%d,%d) outside text of %d bytes", i, l.Offset, end, len(text))
		}
		span := text[l.Offset:end]
		if !utf8.ValidString(span) {
			t.Fatalf("label %d: span cuts a rune", i)
		}
		if got := normalizeAs(span, l.Kind, l.Country); got != l.Value {
			t.Fatalf("label %d (%s %s %s row %d): span normalises to %q, label says %q", i, l.Key, l.ContainerPath, l.Field, l.Row, got, l.Value)
		}
		if l.Kind == "access_code" && span != l.Value {
			t.Fatalf("label %d: code written as %q, value %q", i, span, l.Value)
		}
	}
	if cfg.Counts[TypeLake] >= 4 && zstd == 0 {
		t.Error("no zstd Parquet object checked")
	}
	// Noise objects hold no personal data.
	for _, k := range sink.keys() {
		for _, noise := range []string{"metrics/", "catalog/", "config/", "assets/"} {
			if strings.HasPrefix(k, noise) && perKey[k] > 0 {
				t.Errorf("noise object %s has %d labels", k, perKey[k])
			}
		}
	}
}

// TestEveryPhoneIsLabelled searches every decoded text and cell for every
// written form of every pool member's phone number and requires a label at
// each occurrence, and no phone label anywhere else: the phone labels are
// complete as well as correct.
func TestEveryPhoneIsLabelled(t *testing.T) {
	for name, cfg := range verifyConfigs() {
		t.Run(name, func(t *testing.T) { checkEveryPhoneIsLabelled(t, cfg.withDefaults()) })
	}
}

func checkEveryPhoneIsLabelled(t *testing.T, cfg Config) {
	sink, raw, _ := generate(t, cfg)
	views := decodeAll(t, sink)
	pl, err := newPool(cfg.Seed, cfg.People, 2)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]int{} // written form -> person
	var lengths []int         // of the forms, longest first
	for i := range pl.people {
		for f := 0; f < numPhoneFormats; f++ {
			s := string(appendPhone(nil, &pl.people[i].Phone, f))
			forms[s] = i
			if !slices.Contains(lengths, len(s)) {
				lengths = append(lengths, len(s))
			}
		}
	}
	slices.Sort(lengths)
	slices.Reverse(lengths)
	type place struct {
		key, container, field string
		row, off              int64
	}
	found := map[place]int{}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	scan := func(p place, text string) {
		for i := 0; i < len(text); i++ {
			c := text[i]
			if !(isDigit(c) || c == '+' || c == '(') || i > 0 && (isDigit(text[i-1]) || text[i-1] == '+') {
				continue
			}
			for _, n := range lengths {
				if i+n > len(text) || i+n < len(text) && isDigit(text[i+n]) {
					continue
				}
				if id, ok := forms[text[i:i+n]]; ok {
					q := p
					q.off = int64(i)
					found[q] = id
					i += n - 1 // the longest form wins; no match inside it
					break
				}
			}
		}
	}
	for key, vs := range views {
		for container, v := range vs {
			if v.cells == nil {
				scan(place{key, container, "", -1, 0}, v.text)
				continue
			}
			for field, rows := range v.cells {
				for row, cell := range rows {
					scan(place{key, container, field, row, 0}, cell)
				}
			}
		}
	}
	labelled := map[place]int{}
	for _, l := range readAllLabels(t, raw) {
		if l.Kind == "phone" {
			labelled[place{l.Key, l.ContainerPath, l.Field, l.Row, l.Offset}] = l.Person
		}
	}
	if len(found) < 1000 {
		t.Fatalf("only %d phone occurrences found: the search is broken", len(found))
	}
	for p, id := range found {
		if got, ok := labelled[p]; !ok || got != id {
			t.Errorf("phone of person %d at %+v: labelled %v (person %d)", id, p, ok, got)
		}
	}
	for p := range labelled {
		if _, ok := found[p]; !ok {
			t.Errorf("phone label at %+v matches no written phone", p)
		}
	}
}
