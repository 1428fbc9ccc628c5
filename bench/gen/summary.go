package gen

import (
	"encoding/json"
	"fmt"
	"os"
	"sync/atomic"
)

// Summary is the ground truth of an estate in totals: what was written and
// how many distinct values and people it holds. Distinct counts are over
// normalised values, the same notion as the `distinct` of a scan's
// summary.json (distinct value_hash per kind).
type Summary struct {
	Seed       int64 `json:"seed"`
	TargetSize int64 `json:"target_size"`
	Objects    int   `json:"objects"`
	Bytes      int64 `json:"bytes"`

	ObjectsByType map[ObjectType]int   `json:"objects_by_type"`
	BytesByType   map[ObjectType]int64 `json:"bytes_by_type"`

	// Labels counts the labelled values per kind (every occurrence).
	Labels map[string]int64 `json:"labels"`
	// LabelsByCountry counts them per country, then kind.
	LabelsByCountry map[string]map[string]int64 `json:"labels_by_country"`
	// Distinct counts distinct normalised values per kind.
	Distinct map[string]int64 `json:"distinct"`
	// DistinctByCountry counts them per country, then kind.
	DistinctByCountry map[string]map[string]int64 `json:"distinct_by_country"`
	// DistinctCanonical counts distinct values per kind with the spellings
	// of one value counted once (by the generator's own keys, Person.ident),
	// the notion of a scan's distinct_canonical.
	DistinctCanonical map[string]int64 `json:"distinct_canonical"`

	// PeoplePool is the number of synthetic people the estate drew from;
	// DistinctPeople those who appear in at least one labelled value.
	PeoplePool       int            `json:"people_pool"`
	DistinctPeople   int            `json:"distinct_people"`
	PeopleByCountry  map[string]int `json:"distinct_people_by_country"`
	LabelsWritten    bool           `json:"labels_written"`
	GeneratorVersion int            `json:"generator_version"`
}

// generatorVersion changes whenever the same Config starts producing
// different bytes. Version 2 writes second spellings of names and
// addresses (slotNameVar, slotAddrVar, slotAddrFullVar).
const generatorVersion = 2

// Current reports whether s was written by this version of the generator:
// an estate of another version holds other bytes for the same Config.
func (s *Summary) Current() bool { return s.GeneratorVersion == generatorVersion }

var kindNames = [numKinds]string{"name", "phone", "address", "access_code"}

func newSummary(cfg Config, people int) *Summary {
	s := &Summary{
		Seed: cfg.Seed, TargetSize: cfg.Size, PeoplePool: people,
		ObjectsByType: map[ObjectType]int{}, BytesByType: map[ObjectType]int64{},
		Labels: map[string]int64{}, LabelsByCountry: map[string]map[string]int64{},
		Distinct: map[string]int64{}, DistinctByCountry: map[string]map[string]int64{},
		DistinctCanonical: map[string]int64{},
		PeopleByCountry:   map[string]int{},
		GeneratorVersion:  generatorVersion,
	}
	for _, k := range kindNames {
		s.Labels[k] = 0
		s.Distinct[k] = 0
		s.DistinctCanonical[k] = 0
	}
	return s
}

// addCounts adds one object's label counts.
func (s *Summary) addCounts(c *[numKinds][numCountries]int64) {
	for k := range c {
		for ci, n := range c[k] {
			if n == 0 {
				continue
			}
			s.Labels[kindNames[k]] += n
			m := s.LabelsByCountry[countries[ci]]
			if m == nil {
				m = map[string]int64{}
				s.LabelsByCountry[countries[ci]] = m
			}
			m[kindNames[k]] += n
		}
	}
}

// addDistinct derives the distinct counts from the (person, slot) pairs
// that were written.
func (s *Summary) addDistinct(pl *pool, used []atomic.Uint32) {
	type ck struct{ country, kind string }
	all := make([]map[string]bool, numKinds)
	canon := make([]map[string]bool, numKinds)
	per := map[ck]map[string]bool{}
	for k := range all {
		all[k], canon[k] = map[string]bool{}, map[string]bool{}
	}
	for id := range used {
		mask := used[id].Load()
		if mask == 0 {
			continue
		}
		p := &pl.people[id]
		s.DistinctPeople++
		s.PeopleByCountry[p.Country]++
		for slot := 0; slot < numSlots; slot++ {
			if mask&(1<<slot) == 0 {
				continue
			}
			k := kindIndex(uint8(slot))
			v := p.norm[slot]
			all[k][v] = true
			canon[k][p.ident[slot]] = true
			key := ck{p.Country, kindNames[k]}
			if per[key] == nil {
				per[key] = map[string]bool{}
			}
			per[key][v] = true
		}
	}
	for k, set := range all {
		s.Distinct[kindNames[k]] = int64(len(set))
		s.DistinctCanonical[kindNames[k]] = int64(len(canon[k]))
	}
	for key, set := range per {
		m := s.DistinctByCountry[key.country]
		if m == nil {
			m = map[string]int64{}
			s.DistinctByCountry[key.country] = m
		}
		m[key.kind] = int64(len(set))
	}
}

// WriteFile writes the summary as indented JSON.
func (s *Summary) WriteFile(name string) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("gen: cannot write summary: %w", err)
	}
	return nil
}

// ReadSummary reads a summary written by WriteFile.
func ReadSummary(name string) (*Summary, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("gen: cannot read summary: %w", err)
	}
	var s Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("gen: cannot decode summary %q: %w", name, err)
	}
	return &s, nil
}
