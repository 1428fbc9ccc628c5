// Command benchrun measures exposure on a generated estate, in one run on
// the same data: a scan over S3 (a MinIO it starts on loopback), a scan of
// the local directory, a raw read of the bucket (GET into io.Discard with the
// same concurrency), and precision/recall against the generator's labels. It
// writes a JSON report and a Markdown table (the README's benchmark section).
//
//	go run ./bench/cmd/benchrun --size 1GB --out bench/results
//	go run ./bench/cmd/benchrun --per-type --size 30MB --workers 2
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/bench/harness"
	"github.com/exposure-dev/exposure/scanner/dataset"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
}

func run() error {
	size := flag.String("size", "1GB", "estate size (e.g. 1GB, 10GB)")
	seed := flag.Int64("seed", 1, "generator seed")
	workers := flag.Int("workers", 0, "scanner workers (0: the scanner's default)")
	work := flag.String("work", filepath.Join(os.TempDir(), "exposure-bench"), "work directory (estate, MinIO data, datasets); the estate is reused across runs of the same seed and size")
	outDir := flag.String("out", "bench/results", "where to write the JSON and Markdown reports")
	minioBin := flag.String("minio-bin", harness.DefaultMinIOBin(), "MinIO server binary")
	skipS3 := flag.Bool("skip-s3", false, "only the local scan and accuracy")
	mixFlag := flag.String("mix", "default", "object mix of the estate, TYPE=SHARE,... as `exposure gen --mix` reads it")
	perTypeFlag := flag.Bool("per-type", false, "instead: one estate of --size per object type, each scanned locally (cost per byte and per finding by type)")
	generateOnly := flag.Bool("generate-only", false, "generate (or find) the estate and stop: to prepare a large estate ahead of the runs")
	flag.Parse()
	mix, err := gen.ParseMix(*mixFlag)
	if err != nil {
		return err
	}
	n, err := parseSize(*size)
	if err != nil {
		return err
	}
	ctx := context.Background()
	r := &harness.Report{Date: time.Now().UTC().Format("2006-01-02"), Machine: harness.ThisMachine(), Seed: *seed, Size: n, Workers: *workers}
	if *mixFlag != "default" && *mixFlag != "" {
		r.Mix = gen.FormatMix(mix)
	}
	if r.Workers == 0 {
		r.Workers = 4 * r.Machine.CPUs
		if r.Workers > 64 {
			r.Workers = 64
		}
	}
	bin := filepath.Join(*work, "exposure")
	if !*generateOnly {
		if err := os.MkdirAll(*work, 0o755); err != nil {
			return err
		}
		build := exec.Command("go", "build", "-o", bin, "./cmd/exposure")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build: %w", err)
		}
	}
	if *perTypeFlag {
		return perType(ctx, *work, *outDir, *seed, n, r.Workers, bin)
	}
	base := filepath.Join(*work, fmt.Sprintf("estate-s%d-%d%s", *seed, n, mixSuffix(r.Mix)))
	data, labels := filepath.Join(base, "data"), filepath.Join(base, "data-labels.ndjson.gz")
	if r.Generate, err = generate(ctx, base, data, labels, *seed, n, mix); err != nil {
		return err
	}
	if *generateOnly {
		fmt.Fprintf(os.Stderr, "estate ready in %s\n", data)
		return nil
	}
	wflag := "--workers=" + strconv.Itoa(r.Workers)
	key := "EXPOSURE_HASH_KEY=benchmark-key-0123456789abcdef"

	localOut := filepath.Join(*work, "out-local")
	os.RemoveAll(localOut)
	fmt.Fprintln(os.Stderr, "scanning the local directory")
	var s dataset.Summary
	r.ScanLocal, s, err = harness.RunScan(ctx, "exposure scan (local dir)", bin, []string{key}, localOut, wflag, data)
	if err != nil {
		return err
	}
	r.Objects = r.ScanLocal.Objects
	for _, v := range s.Findings {
		r.Findings += v
	}
	r.DatasetSize = harness.DirBytes(filepath.Join(localOut, dataset.FindingsDir))
	if !*skipS3 {
		mdir := filepath.Join(*work, "minio")
		os.RemoveAll(mdir)
		m, err := harness.StartMinIO(*minioBin, mdir)
		if err != nil {
			return err
		}
		defer m.Stop()
		const bucket = "estate"
		if err := m.Client.MakeBucket(ctx, bucket, minioMakeBucketOptions()); err != nil {
			return err
		}
		fmt.Fprintln(os.Stderr, "uploading the estate to MinIO")
		if err := harness.Upload(ctx, m.Client, data, bucket, 16); err != nil {
			return err
		}
		fmt.Fprintln(os.Stderr, "raw read")
		if r.RawRead, err = harness.RawRead(ctx, m.Client, bucket, r.Workers); err != nil {
			return err
		}
		s3Out := filepath.Join(*work, "out-s3")
		os.RemoveAll(s3Out)
		fmt.Fprintln(os.Stderr, "scanning over S3")
		env := []string{key, "AWS_ACCESS_KEY_ID=" + m.Access, "AWS_SECRET_ACCESS_KEY=" + m.Secret}
		if r.ScanS3, _, err = harness.RunScan(ctx, "exposure scan (MinIO, S3 API)", bin, env, s3Out, wflag, "--endpoint", m.Endpoint, "s3://"+bucket); err != nil {
			return err
		}
	}
	// Score a fixed sample of objects: about 50 MB of the estate's labels
	// are held in memory at once.
	every := int(n / 50e6)
	res, err := harness.EvaluateSample(localOut, labels, every)
	r.AccuracySample = every
	if err != nil {
		return err
	}
	r.Accuracy = harness.Summarise(res)
	truth, err := gen.ReadSummary(gen.TruthPath(labels))
	if err != nil {
		return err
	}
	r.Scope = harness.ScopeOf(s, truth)

	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	stem := filepath.Join(*outDir, fmt.Sprintf("bench-%s-%s%s", r.Date, strings.ToLower(*size), mixSuffix(r.Mix)))
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
