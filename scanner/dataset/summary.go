package dataset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// Summary is summary.json, and what `exposure report --json` prints for the
// union of datasets. Fields beyond CONTRACT.md's minimum are additions.
type Summary struct {
	ScanID       string           `json:"scan_id"`
	StartedAt    time.Time        `json:"started_at"`
	FinishedAt   *time.Time       `json:"finished_at"`
	Objects      ObjectCounts     `json:"objects"`
	BytesScanned int64            `json:"bytes_scanned"`
	BytesListed  int64            `json:"bytes_listed"`
	Findings     map[string]int64 `json:"findings"`
	Distinct     map[string]int64 `json:"distinct"`
	// DistinctCanonical counts distinct canonical values per kind:
	// coalesce(canonical_hash, value_hash), so that the spellings of one
	// address or name count once (an addition to CONTRACT.md).
	DistinctCanonical map[string]int64 `json:"distinct_canonical"`
	// FindingsByCountry and DistinctByCountry break the counts down by kind,
	// then country ("" = unknown).
	FindingsByCountry map[string]map[string]int64 `json:"findings_by_country"`
	DistinctByCountry map[string]map[string]int64 `json:"distinct_by_country"`
	// FindingsByPrefix and DistinctByPrefix break them down by top-level
	// prefix ("bucket/first-segment/"), then kind.
	FindingsByPrefix map[string]map[string]int64 `json:"findings_by_prefix"`
	DistinctByPrefix map[string]map[string]int64 `json:"distinct_by_prefix"`
	// People estimates how many distinct people the findings belong to.
	People People `json:"people"`
	// DistinctApproximate is true when some distinct count came from a
	// HyperLogLog sketch (the exact sets outgrew their memory budget);
	// DistinctRelativeError is then the sketches' relative standard error.
	DistinctApproximate   bool    `json:"distinct_approximate"`
	DistinctRelativeError float64 `json:"distinct_relative_error,omitempty"`
	// Reasons counts objects per status/reason, e.g. "error: corrupt gzip".
	Reasons map[string]int64 `json:"reasons,omitempty"`
	// Sample extrapolates a --sample scan to the whole population.
	Sample *Extrapolation `json:"sample,omitempty"`
	// Datasets are the directories summarised; Complete is false when any of
	// them has no finished scan (no summary.json yet).
	Datasets []string `json:"datasets"`
	Complete bool     `json:"complete"`
}

// People is the scope estimate in people. Phone numbers are the best single
// identifier in the data this tool is built for (one mobile per customer);
// record-level pairs corroborate it where records are structured.
type People struct {
	// Estimate is DistinctPhones when phones were found, else the larger of
	// the record-level pair counts.
	Estimate       int64  `json:"estimate"`
	Basis          string `json:"basis"`
	DistinctPhones int64  `json:"distinct_phones"`
	// NamePhone and NameAddress count distinct (name, phone) and (name,
	// address) pairs found in the same structured record (CSV row, JSON
	// document, Parquet row).
	NamePhone   int64 `json:"distinct_name_phone_records"`
	NameAddress int64 `json:"distinct_name_address_records"`
}

// ObjectCounts counts objects by status.
type ObjectCounts struct {
	Scanned int64 `json:"scanned"`
	Skipped int64 `json:"skipped"`
	Error   int64 `json:"error"`
}

// kinds are the finding kinds, always present in Findings and Distinct.
var kinds = []string{"name", "phone", "address", "access_code"}

// findingColumns are the findings columns a summary reads, in the order
// summarize indexes them.
var findingColumns = []string{"bucket", "key", "container_path", "row", "kind", "country", "value_hash", "canonical_hash"}

type objectStat struct {
	Size         int64  `parquet:"size"`
	BytesScanned int64  `parquet:"bytes_scanned"`
	Status       string `parquet:"status"`
	Reason       string `parquet:"reason"`
}

// TopPrefix is the top-level prefix a key counts under: the bucket and the
// key's first path segment ("exports/2025/a.csv" -> "bucket/exports/").
func TopPrefix(bucket, key string) string {
	p := ""
	if i := strings.IndexByte(key, '/'); i >= 0 {
		p = key[:i+1]
	}
	if bucket == "" {
		return p
	}
	return bucket + "/" + p
}

// Summarize reads the committed parts of one or more datasets and computes
// their union's summary. Distinct counts are exact up to
// DefaultDistinctBudget values, then estimated with HyperLogLog (see
// DistinctApproximate). Equal value_hash means an equal normalised value only
// under one key, so the datasets must share it.
func Summarize(dirs ...string) (Summary, error) {
	s, _, err := summarize(DefaultDistinctBudget, dirs...)
	return s, err
}

func summarize(budget int, dirs ...string) (Summary, *counters, error) {
	s := Summary{
		Findings: map[string]int64{}, Distinct: map[string]int64{}, DistinctCanonical: map[string]int64{},
		FindingsByCountry: map[string]map[string]int64{}, DistinctByCountry: map[string]map[string]int64{},
		FindingsByPrefix: map[string]map[string]int64{}, DistinctByPrefix: map[string]map[string]int64{},
		Reasons: map[string]int64{}, Complete: true,
	}
	for _, k := range kinds {
		s.Findings[k], s.Distinct[k], s.DistinctCanonical[k] = 0, 0, 0
	}
	cs := newCounters(budget)
	var findingParts [][]string // per part, its findings files in order
	var pop Population
	sampled := false
	var ids []string
	fingerprints := map[string]bool{}
	for _, dir := range dirs {
		m, err := ReadManifest(dir)
		if err != nil {
			return s, nil, err
		}
		fingerprints[m.KeyFingerprint] = true
		if !contains(ids, m.ScanID) {
			ids = append(ids, m.ScanID)
		}
		if s.StartedAt.IsZero() || m.StartedAt.Before(s.StartedAt) {
			s.StartedAt = m.StartedAt
		}
		s.Datasets = append(s.Datasets, dir)
		var p Population
		if b, err := os.ReadFile(filepath.Join(dir, PopulationFile)); err == nil && json.Unmarshal(b, &p) == nil {
			sampled = true
			pop.Fraction = p.Fraction
			pop.Objects += p.Objects
			pop.Bytes += p.Bytes
		}
		var prev Summary
		if b, err := os.ReadFile(filepath.Join(dir, SummaryFile)); err == nil && json.Unmarshal(b, &prev) == nil && prev.FinishedAt != nil {
			if s.FinishedAt == nil || prev.FinishedAt.After(*s.FinishedAt) {
				t := *prev.FinishedAt
				s.FinishedAt = &t
			}
		} else {
			s.Complete = false
		}
		c, err := List(dir)
		if err != nil {
			return s, nil, err
		}
		for i := range c.Seqs {
			err := ReadRows(c.ObjectsPath(i), func(rows []objectStat) {
				for _, r := range rows {
					switch r.Status {
					case StatusScanned:
						s.Objects.Scanned++
					case StatusSkipped:
						s.Objects.Skipped++
					default:
						s.Objects.Error++
					}
					s.BytesScanned += r.BytesScanned
					s.BytesListed += r.Size
					if r.Reason != "" && r.Status != StatusScanned {
						s.Reasons[r.Status+": "+reasonClass(r.Reason)]++
					}
				}
			})
			if err != nil {
				return s, nil, err
			}
			if fs := c.FindingsPaths(i); len(fs) > 0 {
				findingParts = append(findingParts, fs)
			}
		}
	}
	sum2, err := tallyParts(findingParts, cs, &s)
	if err != nil {
		return s, nil, err
	}
	if sampled {
		s.Sample = extrapolate(pop, s.Objects.Scanned+s.Objects.Skipped+s.Objects.Error, s.Findings, sum2)
	}
	if len(fingerprints) > 1 {
		return s, nil, errors.New("dataset: the datasets were hashed with different keys; their value_hash columns cannot be joined (use one --hash-key-file for every shard)")
	}
	sort.Strings(ids)
	s.ScanID = strings.Join(ids, ",")
	for name, c := range cs.m {
		parts := strings.Split(name, "|")
		n := c.count()
		if c.approx() {
			s.DistinctApproximate = true
			s.DistinctRelativeError = HLLRelativeError()
		}
		switch parts[0] {
		case "kind":
			s.Distinct[parts[1]] = n
		case "canonical":
			s.DistinctCanonical[parts[1]] = n
		case "country":
			addCount(s.DistinctByCountry, parts[1], parts[2], n)
		case "prefix":
			addCount(s.DistinctByPrefix, parts[1], parts[2], n)
		case "people":
			if parts[1] == "name_phone" {
				s.People.NamePhone = n
			} else {
				s.People.NameAddress = n
			}
		}
	}
	s.People.DistinctPhones = s.Distinct["phone"]
	switch {
	case s.People.DistinctPhones > 0:
		s.People.Estimate, s.People.Basis = s.People.DistinctPhones, "distinct phone numbers"
	case s.People.NamePhone >= s.People.NameAddress && s.People.NamePhone > 0:
		s.People.Estimate, s.People.Basis = s.People.NamePhone, "distinct name+phone records"
	case s.People.NameAddress > 0:
		s.People.Estimate, s.People.Basis = s.People.NameAddress, "distinct name+address records"
	default:
		s.People.Basis = "no phone numbers or structured records found"
	}
	if len(s.Reasons) == 0 {
		s.Reasons = nil
	}
	return s, cs, nil
}

// tallyParts counts the findings parts into s and cs: one tally per CPU
// (at most maxTallies), each taking the next part, all sharing cs. The
// findings and exact distinct counts do not depend on which tally reads
// which part; only which sets switch to sketches, once the distinct budget
// is spent, can differ from one run to the next. It returns the per-object
// sums of squares of the findings per kind (for sample extrapolation).
//
// parts holds each part's findings files in order. Each object is one
// worker's, and its rows lie in one part; a part sealed in the middle of an
// object holds it in several files, which one tally reads in order as one
// stream, so that the object's records pair up and it counts once.
func tallyParts(parts [][]string, cs *counters, s *Summary) (map[string]float64, error) {
	n := min(runtime.GOMAXPROCS(0), maxTallies, len(parts))
	if n < 1 {
		n = 1
	}
	tallies := make([]*tally, n)
	var next atomic.Int64
	g, ctx := errgroup.WithContext(context.Background())
	for i := range tallies {
		t := newTally(cs, maxSeen/n)
		tallies[i] = t
		g.Go(func() error {
			for ctx.Err() == nil {
				k := int(next.Add(1)) - 1
				if k >= len(parts) {
					return nil
				}
				// A part's files in order, as one stream: an object that
				// goes on in a continuation file stays one object.
				for _, path := range parts[k] {
					if err := readColumns(path, findingColumns, t.add); err != nil {
						return err
					}
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	sum2 := map[string]float64{}
	for _, t := range tallies {
		t.finish(s)
		for k, v := range t.per.sum2 {
			sum2[k] += v
		}
	}
	return sum2, nil
}

// maxTallies bounds the tallies of one summary (each holds a part's
// columns being read and up to maxSeen/n remembered values).
const maxTallies = 8

// addCount adds n to m[a][b]: counts of several tallies add up, and a
// distinct count, set once, lands on zero.
func addCount(m map[string]map[string]int64, a, b string, n int64) {
	if m[a] == nil {
		m[a] = map[string]int64{}
	}
	m[a][b] += n
}

// reasonClass shortens a reason to its class (the text before the first
// colon) so that per-object details do not explode the report.
func reasonClass(r string) string {
	if i := strings.Index(r, ":"); i > 0 {
		return r[:i]
	}
	return r
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// SketchesFile holds a dataset's HyperLogLog sketches (kind, country and
// people counters) so that reports over many shards can merge them without
// reading every finding again (report --from-sketches).
const SketchesFile = "sketches.json"

// WriteSummary computes dir's summary with the given finish time and writes
// dir/summary.json and dir/sketches.json atomically.
func WriteSummary(dir string, finished time.Time, mode os.FileMode) (Summary, error) {
	s, cs, err := summarize(DefaultDistinctBudget, dir)
	if err != nil {
		return s, err
	}
	t := finished.UTC()
	s.FinishedAt = &t
	s.Complete = true
	sk := map[string]*HLL{}
	for name, c := range cs.m {
		if !strings.HasPrefix(name, "prefix|") {
			sk[name] = c.sketch()
		}
	}
	if err := WriteJSON(filepath.Join(dir, SketchesFile), sk, mode); err != nil {
		return s, fmt.Errorf("dataset: cannot write sketches: %w", err)
	}
	if err := WriteJSON(filepath.Join(dir, SummaryFile), s, mode); err != nil {
		return s, fmt.Errorf("dataset: cannot write summary: %w", err)
	}
	return s, nil
}

// SummarizeSketches merges finished datasets' summary.json and sketches.json
// without reading their findings: totals add up, distinct counts come from
// the merged sketches (approximate, see DistinctRelativeError). Per-prefix
// distinct counts are left out (prefixes of different shards may overlap).
func SummarizeSketches(dirs ...string) (Summary, error) {
	out := Summary{
		Findings: map[string]int64{}, Distinct: map[string]int64{}, DistinctCanonical: map[string]int64{},
		FindingsByCountry: map[string]map[string]int64{}, DistinctByCountry: map[string]map[string]int64{},
		FindingsByPrefix: map[string]map[string]int64{}, Reasons: map[string]int64{}, Complete: true,
		DistinctApproximate: true, DistinctRelativeError: HLLRelativeError(),
	}
	merged := map[string]*HLL{}
	var ids []string
	fps := map[string]bool{}
	for _, dir := range dirs {
		m, err := ReadManifest(dir)
		if err != nil {
			return out, err
		}
		fps[m.KeyFingerprint] = true
		var s Summary
		b, err := os.ReadFile(filepath.Join(dir, SummaryFile))
		if err != nil {
			return out, fmt.Errorf("dataset: %s has no finished scan to merge: %w", dir, err)
		}
		if err := json.Unmarshal(b, &s); err != nil {
			return out, fmt.Errorf("dataset: %s: corrupt summary: %w", dir, err)
		}
		var sk map[string]*HLL
		b, err = os.ReadFile(filepath.Join(dir, SketchesFile))
		if err != nil {
			return out, fmt.Errorf("dataset: %s has no sketches: %w", dir, err)
		}
		if err := json.Unmarshal(b, &sk); err != nil {
			return out, fmt.Errorf("dataset: %s: corrupt sketches: %w", dir, err)
		}
		merge := func(name string, h *HLL) {
			if merged[name] == nil {
				merged[name] = NewHLL()
			}
			merged[name].Merge(h)
		}
		for name, h := range sk {
			merge(name, h)
			// A dataset written before canonical_hash has no canonical
			// sketches: its canonical values are its values.
			if k, ok := strings.CutPrefix(name, "kind|"); ok && sk["canonical|"+k] == nil {
				merge("canonical|"+k, h)
			}
		}
		if !contains(ids, s.ScanID) {
			ids = append(ids, s.ScanID)
		}
		if out.StartedAt.IsZero() || s.StartedAt.Before(out.StartedAt) {
			out.StartedAt = s.StartedAt
		}
		if s.FinishedAt != nil && (out.FinishedAt == nil || s.FinishedAt.After(*out.FinishedAt)) {
			t := *s.FinishedAt
			out.FinishedAt = &t
		}
		out.Objects.Scanned += s.Objects.Scanned
		out.Objects.Skipped += s.Objects.Skipped
		out.Objects.Error += s.Objects.Error
		out.BytesScanned += s.BytesScanned
		out.BytesListed += s.BytesListed
		for k, v := range s.Findings {
			out.Findings[k] += v
		}
		for k, m := range s.FindingsByCountry {
			for c, v := range m {
				if out.FindingsByCountry[k] == nil {
					out.FindingsByCountry[k] = map[string]int64{}
				}
				out.FindingsByCountry[k][c] += v
			}
		}
		for p, m := range s.FindingsByPrefix {
			for k, v := range m {
				if out.FindingsByPrefix[p] == nil {
					out.FindingsByPrefix[p] = map[string]int64{}
				}
				out.FindingsByPrefix[p][k] += v
			}
		}
		for k, v := range s.Reasons {
			out.Reasons[k] += v
		}
		out.Datasets = append(out.Datasets, dir)
	}
	if len(fps) > 1 {
		return out, errors.New("dataset: the datasets were hashed with different keys; their sketches cannot be merged")
	}
	sort.Strings(ids)
	out.ScanID = strings.Join(ids, ",")
	for _, k := range kinds {
		out.Distinct[k], out.DistinctCanonical[k] = 0, 0
	}
	for name, h := range merged {
		parts := strings.Split(name, "|")
		n := int64(h.Estimate() + 0.5)
		switch parts[0] {
		case "kind":
			out.Distinct[parts[1]] = n
		case "canonical":
			out.DistinctCanonical[parts[1]] = n
		case "country":
			addCount(out.DistinctByCountry, parts[1], parts[2], n)
		case "people":
			if parts[1] == "name_phone" {
				out.People.NamePhone = n
			} else {
				out.People.NameAddress = n
			}
		}
	}
	out.People.DistinctPhones = out.Distinct["phone"]
	out.People.Estimate, out.People.Basis = out.People.DistinctPhones, "distinct phone numbers (merged sketches)"
	if out.People.Estimate == 0 {
		out.People.Estimate, out.People.Basis = max(out.People.NamePhone, out.People.NameAddress), "distinct name+phone / name+address records (merged sketches)"
	}
	if len(out.Reasons) == 0 {
		out.Reasons = nil
	}
	return out, nil
}
