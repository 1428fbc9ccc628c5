package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/google/go-cmp/cmp"
)

// TestShardsUnionEqualsFullScan scans a bucket whole and as three shards:
// the shards are disjoint, their union is the full scan, and report --json
// over the shards gives the full scan's counts, distinct counts included
// (values repeat across objects, so a naive sum of distinct counts would be
// wrong).
func TestShardsUnionEqualsFullScan(t *testing.T) {
	_, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	for i := range 60 {
		// Phones repeat across objects: 60 objects, 25 distinct numbers.
		body := fmt.Sprintf("연락처 010-%04d-%04d\n담당 연락처 010-%04d-%04d\n", 5000+i%20, 6000+i%20, 7000+i%5, 8000)
		s3test.Put(t, c, bucket, fmt.Sprintf("p%02d/obj-%03d.txt", i%7, i), []byte(body))
	}
	access, secret := s3test.Creds()
	t.Setenv("AWS_ACCESS_KEY_ID", access)
	t.Setenv("AWS_SECRET_ACCESS_KEY", secret)
	dir := t.TempDir()
	base := []string{"scan", "--endpoint", os.Getenv("EXPOSURE_TEST_S3_ENDPOINT"), "--no-progress", "s3://" + bucket}
	full := filepath.Join(dir, "full")
	if _, _, err := run(t, append(base, "--out", full)...); err != nil {
		t.Fatal(err)
	}
	var shards []string
	seen := map[string]string{}
	for i := range 3 {
		out := filepath.Join(dir, fmt.Sprintf("shard-%d", i))
		shards = append(shards, out)
		if _, _, err := run(t, append(base, "--out", out, "--shard", fmt.Sprintf("%d/3", i))...); err != nil {
			t.Fatal(err)
		}
		_, objs := readFindings(t, out)
		if len(objs) == 0 {
			t.Errorf("shard %d is empty", i)
		}
		for k := range objs {
			if prev, ok := seen[k]; ok {
				t.Errorf("%s is in %s and %s", k, prev, out)
			}
			seen[k] = out
		}
	}
	wantF, wantObjs := readFindings(t, full)
	var gotF []findingID
	for _, s := range shards {
		f, _ := readFindings(t, s)
		gotF = append(gotF, f...)
	}
	sortFindings(gotF)
	if len(seen) != len(wantObjs) {
		t.Errorf("shards hold %d objects, the full scan %d", len(seen), len(wantObjs))
	}
	if diff := cmp.Diff(wantF, gotF); diff != "" {
		t.Errorf("union of shards differs from the full scan (-full +shards):\n%.2000s", diff)
	}
	report := func(dirs ...string) map[string]any {
		out, _, err := run(t, append([]string{"report", "--json"}, dirs...)...)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	rf, rs := report(full), report(shards...)
	for _, k := range []string{"objects", "findings", "distinct", "distinct_by_country", "bytes_scanned"} {
		if diff := cmp.Diff(rf[k], rs[k]); diff != "" {
			t.Errorf("report %s: full vs shards (-full +shards):\n%s", k, diff)
		}
	}
	if d := rf["distinct"].(map[string]any)["phone"].(float64); d != 25 {
		t.Errorf("distinct phones %v, want 25", d)
	}
}
