package main

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/bench/harness"

	"github.com/minio/minio-go/v7"
)

func minioMakeBucketOptions() minio.MakeBucketOptions { return minio.MakeBucketOptions{} }

// parseSize reads 500MB, 1GB, 10GB (decimal units) or a byte count.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mul := int64(1)
	for _, x := range []struct {
		suf string
		m   int64
	}{{"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if strings.HasSuffix(u, x.suf) {
			u, mul = strings.TrimSuffix(u, x.suf), x.m
			break
		}
	}
	f, err := strconv.ParseFloat(u, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(f * float64(mul)), nil
}

// mixSuffix names a non-default mix in file names: "-mix" and a short hash.
func mixSuffix(mix string) string {
	if mix == "" {
		return ""
	}
	h := fnv.New32a()
	h.Write([]byte(mix))
	return fmt.Sprintf("-mix%08x", h.Sum32())
}

// generate writes the estate into data (labels beside it) unless an earlier
// run left it complete, and returns the generation's timing: measured now,
// or as the earlier run recorded it in base/generate.json.
func generate(ctx context.Context, base, data, labels string, seed, n int64, mix map[gen.ObjectType]float64) (harness.Timing, error) {
	record := filepath.Join(base, "generate.json")
	// An estate of an older generator is generated again.
	if truth, err := gen.ReadSummary(gen.TruthPath(labels)); err == nil && truth.Current() {
		var t harness.Timing
		b, err := os.ReadFile(record)
		if err != nil || json.Unmarshal(b, &t) != nil {
			return harness.Timing{Name: "generate (earlier run, not recorded)"}, nil
		}
		return t, nil
	}
	os.RemoveAll(base)
	if err := os.MkdirAll(base, 0o755); err != nil {
		return harness.Timing{}, err
	}
	fmt.Fprintf(os.Stderr, "generating %s into %s\n", human(n), data)
	cfg := gen.Sized(seed, n)
	cfg.Mix = mix
	cpu0, start := selfCPU(), time.Now()
	sum, err := gen.GenerateDir(ctx, cfg, data, labels)
	if err != nil {
		return harness.Timing{}, err
	}
	t := harness.Timing{Name: "generate (with labels)", Seconds: time.Since(start).Seconds(), CPUSeconds: selfCPU() - cpu0, Bytes: sum.Bytes, Objects: int64(sum.Objects)}
	b, _ := json.Marshal(t)
	return t, os.WriteFile(record, b, 0o644)
}

// selfCPU is the CPU time (user and system) this process has used, in seconds.
func selfCPU() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func human(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%gGB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%gMB", float64(n)/1e6)
	}
	return fmt.Sprintf("%dB", n)
}
