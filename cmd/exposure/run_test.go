package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = Run(context.Background(), args, Env{Stdout: &o, Stderr: &e, Getenv: func(k string) string {
		if k == "EXPOSURE_HASH_KEY" {
			return "0123456789abcdef0123456789abcdef"
		}
		return ""
	}})
	return o.String(), e.String(), err
}

func TestUsageErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"frobnicate"}},
		{"scan without target", []string{"scan"}},
		{"unknown flag", []string{"scan", "--bogus", dir}},
		{"bad workers", []string{"scan", "--workers", "0", dir}},
		{"bad shard", []string{"scan", "--shard", "3/3", dir}},
		{"bad shard syntax", []string{"scan", "--shard", "x", dir}},
		{"missing dir", []string{"scan", filepath.Join(dir, "nope")}},
		{"bad scheme", []string{"scan", "gs://bucket"}},
		{"bad size", []string{"scan", "--max-object-size", "lots", dir}},
		{"inventory with a local target", []string{"scan", "--inventory", "s3://inv/manifest.json", dir}},
		{"bad sample", []string{"scan", "--sample", "1.5", dir}},
		{"bad glob", []string{"scan", "--include", "a[b", dir}},
		{"bad time", []string{"scan", "--modified-after", "yesterday", dir}},
		{"report without dir", []string{"report"}},
		{"report of no dataset", []string{"report", dir}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, tc.args...)
			if exitCode(err) != 2 {
				t.Fatalf("err = %v, exit %d; want a usage error (exit 2)", err, exitCode(err))
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("usage error spans lines: %q", err)
			}
		})
	}
}

func TestScanLocalAndReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "memo.txt"), []byte("연락처: 010-2345-6789\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	stdout, _, err := run(t, "scan", src, "--out", out, "--no-progress")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, "phone") || strings.Contains(stdout, "010-2345-6789") {
		t.Errorf("scan report:\n%s", stdout)
	}
	// A second scan into the same OUT is a usage error.
	if _, _, err := run(t, "scan", src, "--out", out); exitCode(err) != 2 {
		t.Fatalf("rescan into OUT: err = %v, want exit 2", err)
	}
	var u *UsageError
	if _, _, err := run(t, "scan", src, "--out", out); !errors.As(err, &u) || !strings.Contains(u.Msg, "--resume") {
		t.Fatalf("rescan message %v should point at --resume", err)
	}
	js, _, err := run(t, "report", "--json", out)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		ScanID  string           `json:"scan_id"`
		Objects map[string]int64 `json:"objects"`
		Finding map[string]int64 `json:"findings"`
		Distict map[string]int64 `json:"distinct"`
	}
	if err := json.Unmarshal([]byte(js), &s); err != nil {
		t.Fatalf("report --json: %v\n%s", err, js)
	}
	if s.ScanID == "" || s.Objects["scanned"] != 1 || s.Finding["phone"] != 1 || s.Distict["phone"] != 1 {
		t.Errorf("report --json = %s", js)
	}
	for _, k := range []string{"scan_id", "started_at", "finished_at", "objects", "bytes_scanned", "findings", "distinct"} {
		if !strings.Contains(js, `"`+k+`"`) {
			t.Errorf("report --json lacks %q", k)
		}
	}
}
