package dataset

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
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
	// FindingsByCountry and DistinctByCountry break the counts down by kind,
	// then country ("" = unknown).
	FindingsByCountry map[string]map[string]int64 `json:"findings_by_country"`
	DistinctByCountry map[string]map[string]int64 `json:"distinct_by_country"`
	// Reasons counts objects per status/reason, e.g. "error: corrupt gzip".
	Reasons map[string]int64 `json:"reasons,omitempty"`
	// Datasets are the directories summarised; Complete is false when any of
	// them has no finished scan (no summary.json yet).
	Datasets []string `json:"datasets"`
	Complete bool     `json:"complete"`
}

// ObjectCounts counts objects by status.
type ObjectCounts struct {
	Scanned int64 `json:"scanned"`
	Skipped int64 `json:"skipped"`
	Error   int64 `json:"error"`
}

// kinds are the finding kinds, always present in Findings and Distinct.
var kinds = []string{"name", "phone", "address", "access_code"}

type findingKey struct {
	Kind      string `parquet:"kind"`
	Country   string `parquet:"country"`
	ValueHash string `parquet:"value_hash"`
}

type objectStat struct {
	Size         int64  `parquet:"size"`
	BytesScanned int64  `parquet:"bytes_scanned"`
	Status       string `parquet:"status"`
	Reason       string `parquet:"reason"`
}

// Summarize reads the committed parts of one or more datasets and computes
// their union's summary. Distinct counts are exact: equal value_hash under one
// hash key means an equal normalised value, so datasets must share the key.
func Summarize(dirs ...string) (Summary, error) {
	s := Summary{
		Findings: map[string]int64{}, Distinct: map[string]int64{},
		FindingsByCountry: map[string]map[string]int64{}, DistinctByCountry: map[string]map[string]int64{},
		Reasons: map[string]int64{}, Complete: true,
	}
	for _, k := range kinds {
		s.Findings[k], s.Distinct[k] = 0, 0
	}
	type kc struct{ kind, country string }
	distinct := map[string]map[[16]byte]struct{}{}
	distinctC := map[kc]map[[16]byte]struct{}{}
	var ids []string
	fingerprints := map[string]bool{}
	for _, dir := range dirs {
		m, err := ReadManifest(dir)
		if err != nil {
			return s, err
		}
		fingerprints[m.KeyFingerprint] = true
		if !contains(ids, m.ScanID) {
			ids = append(ids, m.ScanID)
		}
		if s.StartedAt.IsZero() || m.StartedAt.Before(s.StartedAt) {
			s.StartedAt = m.StartedAt
		}
		s.Datasets = append(s.Datasets, dir)
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
			return s, err
		}
		for i := range c.Seqs {
			err := readParquet(c.ObjectsPath(i), func(rows []objectStat) {
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
					if r.Reason != "" {
						s.Reasons[r.Status+": "+reasonClass(r.Reason)]++
					}
				}
			})
			if err != nil {
				return s, err
			}
			p := c.FindingsPath(i)
			if p == "" {
				continue
			}
			err = readParquet(p, func(rows []findingKey) {
				for _, r := range rows {
					s.Findings[r.Kind]++
					byC := s.FindingsByCountry[r.Kind]
					if byC == nil {
						byC = map[string]int64{}
						s.FindingsByCountry[r.Kind] = byC
					}
					byC[r.Country]++
					var h [16]byte
					if n, err := hex.Decode(h[:], []byte(r.ValueHash)); err != nil || n != 16 {
						continue
					}
					set := distinct[r.Kind]
					if set == nil {
						set = map[[16]byte]struct{}{}
						distinct[r.Kind] = set
					}
					set[h] = struct{}{}
					k := kc{r.Kind, r.Country}
					setC := distinctC[k]
					if setC == nil {
						setC = map[[16]byte]struct{}{}
						distinctC[k] = setC
					}
					setC[h] = struct{}{}
				}
			})
			if err != nil {
				return s, err
			}
		}
	}
	if len(fingerprints) > 1 {
		return s, errors.New("dataset: the datasets were hashed with different keys; their value_hash columns cannot be joined (use one --hash-key-file for every shard)")
	}
	sort.Strings(ids)
	s.ScanID = strings.Join(ids, ",")
	for k, set := range distinct {
		s.Distinct[k] = int64(len(set))
	}
	for k, set := range distinctC {
		byC := s.DistinctByCountry[k.kind]
		if byC == nil {
			byC = map[string]int64{}
			s.DistinctByCountry[k.kind] = byC
		}
		byC[k.country] = int64(len(set))
	}
	if len(s.Reasons) == 0 {
		s.Reasons = nil
	}
	return s, nil
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

// WriteSummary computes dir's summary with the given finish time and writes
// dir/summary.json atomically.
func WriteSummary(dir string, finished time.Time, mode os.FileMode) (Summary, error) {
	s, err := Summarize(dir)
	if err != nil {
		return s, err
	}
	t := finished.UTC()
	s.FinishedAt = &t
	s.Complete = true
	if err := WriteJSON(filepath.Join(dir, SummaryFile), s, mode); err != nil {
		return s, fmt.Errorf("dataset: cannot write summary: %w", err)
	}
	return s, nil
}
