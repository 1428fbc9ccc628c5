package harness

import (
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/google/go-cmp/cmp"
)

func TestScopeOf(t *testing.T) {
	s := dataset.Summary{
		Distinct:          map[string]int64{"name": 10, "phone": 12, "address": 30, "access_code": 4},
		DistinctCanonical: map[string]int64{"name": 9, "phone": 12, "address": 25, "access_code": 4},
		People:            dataset.People{Estimate: 12},
	}
	truth := &gen.Summary{
		Distinct:          map[string]int64{"name": 10, "phone": 11, "address": 20, "access_code": 4},
		DistinctCanonical: map[string]int64{"name": 8, "phone": 11, "address": 15, "access_code": 3},
		DistinctPeople:    11,
	}
	got := ScopeOf(s, truth)
	want := []Scope{
		{"name", 10, 10}, {"phone", 12, 11}, {"address", 30, 20}, {"access_code", 4, 4},
		{"name (canonical)", 9, 8}, {"address (canonical)", 25, 15},
		{"people (estimate)", 12, 11},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("scope (-want +got):\n%s", diff)
	}
	md := (&Report{Scope: got}).Markdown()
	for _, line := range []string{"| address | 30 | 20 | 1.5000 |", "| people (estimate) | 12 | 11 | 1.0909 |"} {
		if !strings.Contains(md, line) {
			t.Errorf("markdown lacks %q:\n%s", line, md)
		}
	}
}
