package detectors_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
)

// The hold-out set (testdata/holdout) is an independent evaluation corpus
// written without looking at the detectors or at the tuning corpus. It must
// never be used for tuning: this test reports precision and recall on it and
// fails only below a loose regression floor.

const (
	holdoutDir   = "../testdata/holdout"
	holdoutFloor = 0.80 // per kind, precision and recall
	holdoutIoU   = 0.5  // minimum byte-span intersection over union for a match
	holdoutShow  = 15   // misses and false positives listed per kind
	holdoutMinN  = 150  // labelled positives expected per kind
)

// holdoutLabel is one line of labels.jsonl or ignore.jsonl.
type holdoutLabel struct {
	File    string         `json:"file"`
	Field   string         `json:"field"`
	Row     int64          `json:"row"`
	Offset  int            `json:"offset"`
	Length  int            `json:"length"`
	Kind    detectors.Kind `json:"kind"`
	Country string         `json:"country"`
	Text    string         `json:"text"`
	Reason  string         `json:"reason,omitempty"`
}

// holdoutRecord is one piece of text as the scanner would hand it over.
type holdoutRecord struct {
	file, format, field string
	row                 int64
	text                string
}

type holdoutKey struct {
	file, field string
	row         int64
}

// holdoutDet is one detection with its place.
type holdoutDet struct {
	key    holdoutKey
	m      detectors.Match
	text   string
	market string // KR, JP, TW, US from the file's directory; XX for mixed files
	format string
}

func TestHoldout(t *testing.T) {
	labels := readHoldoutLabels(t, "labels.jsonl")
	ignores := readHoldoutLabels(t, "ignore.jsonl")
	recs := readHoldoutRecords(t)

	// Self-check: every label's text is exactly the bytes it points at.
	byKey := map[holdoutKey]*holdoutRecord{}
	for i := range recs {
		byKey[holdoutKey{recs[i].file, recs[i].field, recs[i].row}] = &recs[i]
	}
	perKind := map[detectors.Kind]int{}
	for _, set := range [][]holdoutLabel{labels, ignores} {
		for _, l := range set {
			rec := byKey[holdoutKey{l.File, l.Field, l.Row}]
			if rec == nil {
				t.Fatalf("label %s %q row %d: no such record", l.File, l.Field, l.Row)
			}
			if l.Offset < 0 || l.Length <= 0 || l.Offset+l.Length > len(rec.text) || rec.text[l.Offset:l.Offset+l.Length] != l.Text {
				t.Fatalf("label %s %q row %d offset %d: text %q does not match the data", l.File, l.Field, l.Row, l.Offset, holdoutMask(l.Text))
			}
		}
	}
	for _, l := range labels {
		perKind[l.Kind]++
	}
	for _, k := range detectors.Kinds {
		if perKind[k] < holdoutMinN {
			t.Fatalf("holdout has %d %s labels, want at least %d", perKind[k], k, holdoutMinN)
		}
	}

	// Detection, as the scanner does it: one record at a time, column kind from the field name.
	eng := detectors.NewEngine(detectors.All())
	var dets []holdoutDet
	for _, rec := range recs {
		key := holdoutKey{rec.file, rec.field, rec.row}
		eng.Detect(rec.field, rec.row, rec.text, detectors.FieldKind(rec.field), func(m detectors.Match) {
			dets = append(dets, holdoutDet{key: key, m: m, text: rec.text[m.Start:m.End], market: holdoutMarket(rec.file), format: rec.format})
		})
	}

	resolveRecords(dets)
	res := matchHoldout(labels, ignores, dets)
	t.Log("\n" + res.table())
	for _, k := range detectors.Kinds {
		t.Log("\n" + res.failures(k))
	}
	for _, k := range detectors.Kinds {
		s := res.total[k]
		if p, r := s.precision(), s.recall(); p < holdoutFloor || r < holdoutFloor {
			t.Errorf("%s: precision %.3f recall %.3f, floor %.2f", k, p, r, holdoutFloor)
		}
	}
}

// resolveRecords reads each phone with readings in several countries in
// the country of its record's addresses and names, as the scanner does.
func resolveRecords(dets []holdoutDet) {
	type recordKey struct {
		file string
		row  int64
	}
	votes := map[recordKey]detectors.RecordVotes{}
	for _, d := range dets {
		if d.key.row >= 0 {
			k := recordKey{d.key.file, d.key.row}
			votes[k] = votes[k].Add(d.m)
		}
	}
	for i, d := range dets {
		if d.key.row >= 0 {
			dets[i].m = votes[recordKey{d.key.file, d.key.row}].Resolve(d.m)
		}
	}
}

// holdoutStats counts true positives, false positives and false negatives.
type holdoutStats struct{ tp, fp, fn int }

func (s holdoutStats) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s holdoutStats) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

type holdoutResult struct {
	total        map[detectors.Kind]holdoutStats
	byCountry    map[detectors.Kind]map[string]holdoutStats
	byFormat     map[detectors.Kind]map[string]holdoutStats
	countryAgree map[detectors.Kind][2]int // TPs whose Match.Country equals the label's, and all TPs
	misses       map[detectors.Kind][]holdoutLabel
	falsePos     map[detectors.Kind][]holdoutDet
	ignored      int
}

// matchHoldout pairs detections and labels of the same record and kind,
// one to one, best IoU first. Unmatched detections that overlap an ignore
// span of their kind count neither way.
func matchHoldout(labels, ignores []holdoutLabel, dets []holdoutDet) *holdoutResult {
	type gk struct {
		k    holdoutKey
		kind detectors.Kind
	}
	res := &holdoutResult{
		total: map[detectors.Kind]holdoutStats{}, byCountry: map[detectors.Kind]map[string]holdoutStats{},
		byFormat: map[detectors.Kind]map[string]holdoutStats{}, countryAgree: map[detectors.Kind][2]int{},
		misses: map[detectors.Kind][]holdoutLabel{}, falsePos: map[detectors.Kind][]holdoutDet{},
	}
	for _, k := range detectors.Kinds {
		res.byCountry[k] = map[string]holdoutStats{}
		res.byFormat[k] = map[string]holdoutStats{}
	}
	labs, ign, ds := map[gk][]int{}, map[gk][]holdoutLabel{}, map[gk][]int{}
	for i, l := range labels {
		g := gk{holdoutKey{l.File, l.Field, l.Row}, l.Kind}
		labs[g] = append(labs[g], i)
	}
	for _, l := range ignores {
		g := gk{holdoutKey{l.File, l.Field, l.Row}, l.Kind}
		ign[g] = append(ign[g], l)
	}
	for i, d := range dets {
		g := gk{d.key, d.m.Kind}
		ds[g] = append(ds[g], i)
	}
	labMatched := make([]bool, len(labels))
	detMatched := make([]bool, len(dets))
	for g, li := range labs {
		type pair struct {
			l, d int
			iou  float64
		}
		var pairs []pair
		for _, l := range li {
			for _, d := range ds[g] {
				if v := holdoutIoUOf(labels[l].Offset, labels[l].Offset+labels[l].Length, dets[d].m.Start, dets[d].m.End); v >= holdoutIoU {
					pairs = append(pairs, pair{l, d, v})
				}
			}
		}
		sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].iou > pairs[b].iou })
		for _, p := range pairs {
			if labMatched[p.l] || detMatched[p.d] {
				continue
			}
			labMatched[p.l], detMatched[p.d] = true, true
			l, d := labels[p.l], dets[p.d]
			res.add(l.Kind, l.Country, d.format, holdoutStats{tp: 1})
			a := res.countryAgree[l.Kind]
			a[1]++
			if d.m.Country == l.Country {
				a[0]++
			}
			res.countryAgree[l.Kind] = a
		}
	}
	for i, l := range labels {
		if !labMatched[i] {
			res.add(l.Kind, l.Country, holdoutFormatOf(l.File), holdoutStats{fn: 1})
			res.misses[l.Kind] = append(res.misses[l.Kind], l)
		}
	}
	for i, d := range dets {
		if detMatched[i] {
			continue
		}
		skip := false
		for _, l := range ign[gk{d.key, d.m.Kind}] {
			if d.m.Start < l.Offset+l.Length && l.Offset < d.m.End {
				skip = true
				break
			}
		}
		if skip {
			res.ignored++
			continue
		}
		res.add(d.m.Kind, d.market, d.format, holdoutStats{fp: 1})
		res.falsePos[d.m.Kind] = append(res.falsePos[d.m.Kind], d)
	}
	return res
}

func (r *holdoutResult) add(k detectors.Kind, country, format string, s holdoutStats) {
	sum := func(a, b holdoutStats) holdoutStats { return holdoutStats{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }
	r.total[k] = sum(r.total[k], s)
	r.byCountry[k][country] = sum(r.byCountry[k][country], s)
	r.byFormat[k][format] = sum(r.byFormat[k][format], s)
}

// table renders the per-kind, per-country and per-format figures as Markdown.
func (r *holdoutResult) table() string {
	var b strings.Builder
	ratio := func(num, den int) string {
		if den == 0 {
			return "—"
		}
		return fmt.Sprintf("%.3f", float64(num)/float64(den))
	}
	row := func(k detectors.Kind, what string, s holdoutStats) {
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %s | %s |\n", k, what, s.tp+s.fn, s.tp, s.fp, s.fn,
			ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn))
	}
	b.WriteString("| kind | slice | labels | TP | FP | FN | precision | recall |\n|---|---|---:|---:|---:|---:|---:|---:|\n")
	for _, k := range detectors.Kinds {
		row(k, "**all**", r.total[k])
		for _, c := range []string{"KR", "JP", "TW", "US", "XX"} {
			if s, ok := r.byCountry[k][c]; ok {
				row(k, c, s)
			}
		}
		for _, f := range []string{"text", "csv", "json", "ndjson"} {
			if s, ok := r.byFormat[k][f]; ok {
				row(k, f, s)
			}
		}
	}
	b.WriteString("\nCountry agreement on true positives:")
	for _, k := range detectors.Kinds {
		a := r.countryAgree[k]
		fmt.Fprintf(&b, " %s %d/%d;", k, a[0], a[1])
	}
	fmt.Fprintf(&b, "\nDetections inside ignore spans (not counted): %d\n", r.ignored)
	b.WriteString("(FP country = the file's market; XX = mixed-market files. Recall country = the label's country.)\n")
	return b.String()
}

// failures lists masked misses and false positives for one kind.
func (r *holdoutResult) failures(k detectors.Kind) string {
	var b strings.Builder
	ms := r.misses[k]
	fmt.Fprintf(&b, "%s: %d misses", k, len(ms))
	for i, l := range ms {
		if i == holdoutShow {
			break
		}
		fmt.Fprintf(&b, "\n  miss %s %s row %d [%s] %q", l.File, holdoutField(l.Field), l.Row, l.Country, holdoutMask(l.Text))
	}
	fps := r.falsePos[k]
	fmt.Fprintf(&b, "\n%s: %d false positives", k, len(fps))
	for i, d := range fps {
		if i == holdoutShow {
			break
		}
		fmt.Fprintf(&b, "\n  fp   %s %s row %d [%s %s %.2f] %q", d.key.file, holdoutField(d.key.field), d.key.row,
			d.m.Subtype, d.m.Country, d.m.Confidence, holdoutMask(d.text))
	}
	return b.String()
}

func holdoutField(f string) string {
	if f == "" {
		return "(text)"
	}
	return f
}

// holdoutMask keeps the first and the last rune and stars the rest;
// line breaks are shown as ⏎ so a listing stays on one line.
func holdoutMask(s string) string {
	rs := []rune(s)
	if len(rs) <= 2 {
		return string(rs[:1]) + strings.Repeat("*", len(rs)-1)
	}
	out := make([]rune, len(rs))
	for i, c := range rs {
		switch {
		case i == 0 || i == len(rs)-1:
			out[i] = c
		case c == '\n':
			out[i] = '⏎'
		default:
			out[i] = '*'
		}
	}
	return string(out)
}

func holdoutIoUOf(a0, a1, b0, b1 int) float64 {
	inter := min(a1, b1) - max(a0, b0)
	if inter <= 0 {
		return 0
	}
	return float64(inter) / float64(max(a1, b1)-min(a0, b0))
}

// holdoutMarket is the market a file belongs to, from its directory.
func holdoutMarket(file string) string {
	parts := strings.Split(file, "/")
	if len(parts) >= 2 {
		switch parts[1] {
		case "kr", "jp", "tw", "us":
			return strings.ToUpper(parts[1])
		}
	}
	return "XX"
}

func holdoutFormatOf(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".csv", ".tsv":
		return "csv"
	case ".json":
		return "json"
	case ".ndjson", ".jsonl":
		return "ndjson"
	}
	return "text"
}

func readHoldoutLabels(t *testing.T, name string) []holdoutLabel {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(holdoutDir, name))
	if err != nil {
		t.Fatalf("holdout: cannot read %s: %v", name, err)
	}
	var out []holdoutLabel
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l holdoutLabel
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatalf("holdout: %s line %d: %v", name, i+1, err)
		}
		out = append(out, l)
	}
	return out
}

// readHoldoutRecords reads every file under data/ the way the scanner
// would: free text whole (Row -1), CSV/TSV one record per non-empty cell,
// JSON one record per string (and per number in phone or access-code
// fields) with its path, NDJSON likewise with Row = line index.
func readHoldoutRecords(t *testing.T) []holdoutRecord {
	t.Helper()
	var recs []holdoutRecord
	root := filepath.Join(holdoutDir, "data")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(holdoutDir, p)
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !utf8.Valid(data) {
			return fmt.Errorf("holdout: %s is not UTF-8", rel)
		}
		n := len(recs)
		format := holdoutFormatOf(rel)
		add := func(field string, row int64, text string) {
			recs = append(recs, holdoutRecord{file: rel, format: format, field: field, row: row, text: text})
		}
		switch format {
		case "csv":
			err = readHoldoutCSV(data, strings.HasSuffix(rel, ".tsv"), add)
		case "json":
			err = readHoldoutJSON(data, false, add)
		case "ndjson":
			err = readHoldoutJSON(data, true, add)
		default:
			add("", -1, string(data))
		}
		if err != nil {
			return fmt.Errorf("holdout: cannot decode %q: %w", rel, err)
		}
		if len(recs) == n {
			return fmt.Errorf("holdout: %s gave no records", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func readHoldoutCSV(data []byte, tab bool, add func(string, int64, string)) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	cr := csv.NewReader(bytes.NewReader(data))
	if tab {
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	header := rows[0]
	for i, cells := range rows[1:] {
		for j, c := range cells {
			if c == "" {
				continue
			}
			field := fmt.Sprintf("#%d", j+1)
			if j < len(header) {
				field = header[j]
			}
			add(field, int64(i), c)
		}
	}
	return nil
}

func readHoldoutJSON(data []byte, nd bool, add func(string, int64, string)) error {
	if !nd {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if arr, ok := v.([]any); ok {
			for i, x := range arr {
				walkHoldoutJSON(fmt.Sprintf("$[%d]", i), int64(i), x, add)
			}
			return nil
		}
		walkHoldoutJSON("$", 0, v, add)
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for line := int64(0); sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		walkHoldoutJSON("$", line, v, add)
	}
	return sc.Err()
}

func walkHoldoutJSON(path string, row int64, v any, add func(string, int64, string)) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walkHoldoutJSON(holdoutKeyPath(path, k), row, x[k], add)
		}
	case []any:
		for i, e := range x {
			walkHoldoutJSON(fmt.Sprintf("%s[%d]", path, i), row, e, add)
		}
	case string:
		if x != "" {
			add(path, row, x)
		}
	case json.Number:
		if k := detectors.FieldKind(path); k == detectors.KindPhone || k == detectors.KindAccessCode {
			add(path, row, x.String())
		}
	}
}

// holdoutKeyPath appends an object key to a JSON path: .key for keys of
// letters, digits, '_', '-' and non-ASCII runes, ['key'] otherwise.
func holdoutKeyPath(parent, key string) string {
	simple := key != ""
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c >= utf8.RuneSelf) {
			simple = false
			break
		}
	}
	if simple {
		return parent + "." + key
	}
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`)
	return parent + "['" + r.Replace(key) + "']"
}
