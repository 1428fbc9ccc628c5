package main

import (
	"runtime/debug"
	"testing"
)

func TestMemLimitFlag(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want memLimitFlag
		bad  bool
	}{
		{in: "auto", want: 0},
		{in: "off", want: -1},
		{in: "512MiB", want: 512 << 20},
		{in: "1GB", want: 1e9},
		{in: "1MB", bad: true},
		{in: "lots", bad: true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var m memLimitFlag
			err := m.Set(tc.in)
			if tc.bad != (err != nil) {
				t.Fatalf("Set(%q) = %v", tc.in, err)
			}
			if !tc.bad && m != tc.want {
				t.Errorf("Set(%q) = %d, want %d", tc.in, m, tc.want)
			}
		})
	}
}

func TestApplyMemoryLimitRestores(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	env := func(v string) func(string) string { return func(string) string { return v } }
	restore := applyMemoryLimit(0, 8, env(""))
	if got := debug.SetMemoryLimit(-1); got != autoMemoryLimit(8) {
		t.Errorf("auto limit for 8 workers = %d, want %d", got, autoMemoryLimit(8))
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
	restore = applyMemoryLimit(0, 8, env("1GiB"))
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the scan changed the limit to %d", got)
	}
	restore()
	restore = applyMemoryLimit(300<<20, 8, env("1GiB"))
	if got := debug.SetMemoryLimit(-1); got != 300<<20 {
		t.Errorf("explicit limit = %d, want %d", got, 300<<20)
	}
	restore()
}
