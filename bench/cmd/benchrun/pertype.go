package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/bench/harness"
)

// perType generates one estate of size n per object type (reused across
// runs) and scans each as a local directory, so the cost of each type per
// byte and per finding can be read apart.
func perType(ctx context.Context, work, outDir string, seed, n int64, workers int, bin string) error {
	r := &harness.TypeReport{Date: time.Now().UTC().Format("2006-01-02"), Machine: harness.ThisMachine(), Seed: seed, Size: n, Workers: workers}
	key := "EXPOSURE_HASH_KEY=benchmark-key-0123456789abcdef"
	for _, t := range gen.AllTypes {
		base := filepath.Join(work, fmt.Sprintf("pertype-s%d-%d", seed, n), string(t))
		data, labels := filepath.Join(base, "data"), filepath.Join(base, "data-labels.ndjson.gz")
		if _, err := generate(ctx, base, data, labels, seed, n, map[gen.ObjectType]float64{t: 1}); err != nil {
			return err
		}
		out := filepath.Join(base, "out")
		os.RemoveAll(out)
		fmt.Fprintf(os.Stderr, "scanning %s\n", t)
		tm, s, err := harness.RunScan(ctx, "exposure scan "+string(t), bin, []string{key}, out, "--workers="+strconv.Itoa(workers), data)
		if err != nil {
			return err
		}
		run := harness.TypeRun{Type: string(t), Scan: tm, BytesScanned: s.BytesScanned}
		for _, v := range s.Findings {
			run.Findings += v
		}
		r.Runs = append(r.Runs, run)
		os.RemoveAll(out)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	stem := filepath.Join(outDir, fmt.Sprintf("bench-%s-pertype-%s", r.Date, human(n)))
	js, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile(stem+".json", append(js, '\n'), 0o644); err != nil {
		return err
	}
	md := r.Markdown()
	if err := os.WriteFile(stem+".md", []byte(md), 0o644); err != nil {
		return err
	}
	fmt.Print(md)
	return nil
}
