package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Memory: a scan's live heap is a fixed amount per worker (part buffers,
// decompression windows, one chunk of text) plus shared tables; the Go
// runtime by default lets the heap grow to twice the live heap before it
// collects. A soft limit (the runtime's GOMEMLIMIT) keeps the peak near the
// live heap instead, at the price of more frequent collections when the
// heap is close to the limit.

// The limit's distance from the live heap sets how often the collector
// runs: a scan of 8 workers holds about 145 MB after a collection, and
// under a limit of 64 MiB + 16 MiB per worker (192 MiB, less the runtime's
// own memory) the heap's goal was 8–10 MB above that, so a scan of the
// 1 GB benchmark estate collected about 250 times. Five interleaved runs
// each there: 64.3 CPU-seconds under 192 MiB, 59.3 under 200 MiB and 57.2
// under 208 MiB, for a peak RSS of 207, 215 and 223 MB. At 10 GB, 208 MiB
// peaked at 243 and 250 MB in two runs, too close to the benchmark's
// 256 MB target, so the limit is 1 MiB more per worker (200 MiB for 8).

// autoMemoryLimit is the soft heap limit for a scan with this many workers
// when neither --memory-limit nor GOMEMLIMIT says otherwise.
func autoMemoryLimit(workers int) int64 {
	return 64<<20 + int64(workers)*17<<20
}

// applyMemoryLimit sets the soft heap limit for a scan and returns a
// function restoring the previous one. limit 0 means automatic: left to
// GOMEMLIMIT when the environment sets it, else autoMemoryLimit(workers).
// A negative limit leaves the runtime alone.
func applyMemoryLimit(limit int64, workers int, getenv func(string) string) (restore func()) {
	if limit < 0 || (limit == 0 && getenv("GOMEMLIMIT") != "") {
		return func() {}
	}
	if limit == 0 {
		limit = autoMemoryLimit(workers)
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}

// memLimitFlag is --memory-limit: "auto" (0), "off" (-1) or a size.
type memLimitFlag int64

func (m *memLimitFlag) String() string {
	switch {
	case *m == 0:
		return "auto"
	case *m < 0:
		return "off"
	}
	return formatBytes(int64(*m))
}

func (m *memLimitFlag) Set(v string) error {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "auto", "":
		*m = 0
		return nil
	case "off", "none":
		*m = -1
		return nil
	}
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	if n < 16<<20 {
		return fmt.Errorf("%s is too small for a scan (at least 16 MiB)", formatBytes(n))
	}
	*m = memLimitFlag(n)
	return nil
}
