package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/scanner/dataset"
)

// TestDemo runs the README's first command: the in-process S3 server, the
// synthetic estate, the scan, the report and the comparison with the
// ground truth. Every distinct count (of values, and of canonical values:
// the estate spells some addresses and names two ways) and the people
// estimate must equal the truth, and the dataset must be readable.
func TestDemo(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dataset")
	stdout, stderr, err := run(t, "demo", "--out", out)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr)
	}
	for _, want := range []string{"exposure report: scan ", "people (estimate): ", "ground truth: 300 people", "accuracy against the ground truth"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	rows := regexp.MustCompile(`(?m)^\| (name|phone|address|access_code|(?:name|address) \(canonical\)|people \(estimate\)) \| (\d+) \| (\d+) \| [0-9.]+ \|$`).FindAllStringSubmatch(stdout, -1)
	if len(rows) != 7 {
		t.Fatalf("scope table has %d rows, want 7:\n%s", len(rows), stdout)
	}
	for _, r := range rows {
		if r[2] != r[3] || r[2] == "0" {
			t.Errorf("scope %s: found %s, truth %s", r[1], r[2], r[3])
		}
	}
	s, err := dataset.Summarize(out)
	if err != nil || !s.Complete || s.Findings["phone"] == 0 {
		t.Fatalf("dataset %s: %+v, %v", out, s, err)
	}
}
