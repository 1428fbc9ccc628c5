package detectors_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

// TestHoldoutProfiled runs the hold-out set as TestHoldout does, but with
// the column hint the scanner now gives CSV/TSV columns whose header says
// nothing: detectors.ProfileColumn over the column's first 64 rows. It logs
// both results and fails if profiling lowers any kind's precision or recall.
func TestHoldoutProfiled(t *testing.T) {
	labels := readHoldoutLabels(t, "labels.jsonl")
	ignores := readHoldoutLabels(t, "ignore.jsonl")
	recs := readHoldoutRecords(t)

	type colKey struct{ file, field string }
	samples := map[colKey][]string{}
	for _, r := range recs {
		if (r.format == "csv" || r.format == "tsv") && r.row >= 0 && r.row < 64 && detectors.FieldKind(r.field) == "" {
			k := colKey{r.file, r.field}
			samples[k] = append(samples[k], r.text)
		}
	}
	profiled := map[colKey]detectors.Kind{}
	var notes []string
	for k, vals := range samples {
		if kind := detectors.ProfileColumn(vals); kind != "" {
			profiled[k] = kind
			notes = append(notes, fmt.Sprintf("%s %q -> %s", k.file, k.field, kind))
		}
	}
	sort.Strings(notes)
	t.Logf("%d opaque CSV/TSV columns, %d profiled:\n%s", len(samples), len(profiled), strings.Join(notes, "\n"))

	eng := detectors.NewEngine(detectors.All())
	run := func(hint func(r holdoutRecord) detectors.Kind) *holdoutResult {
		var dets []holdoutDet
		for _, rec := range recs {
			key := holdoutKey{rec.file, rec.field, rec.row}
			eng.Detect(rec.field, rec.row, rec.text, hint(rec), func(m detectors.Match) {
				dets = append(dets, holdoutDet{key: key, m: m, text: rec.text[m.Start:m.End], market: holdoutMarket(rec.file), format: rec.format})
			})
		}
		resolveRecords(dets)
		return matchHoldout(labels, ignores, dets)
	}
	base := run(func(r holdoutRecord) detectors.Kind { return detectors.FieldKind(r.field) })
	prof := run(func(r holdoutRecord) detectors.Kind {
		if k := detectors.FieldKind(r.field); k != "" {
			return k
		}
		return profiled[colKey{r.file, r.field}]
	})
	t.Log("\nwith column profiles:\n" + prof.table())
	for _, k := range detectors.Kinds {
		b, p := base.total[k], prof.total[k]
		t.Logf("%s: precision %.3f -> %.3f, recall %.3f -> %.3f", k, b.precision(), p.precision(), b.recall(), p.recall())
		if p.precision() < b.precision() || p.recall() < b.recall() {
			t.Errorf("%s: column profiles lower precision or recall", k)
		}
	}
}
