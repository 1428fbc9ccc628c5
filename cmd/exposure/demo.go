package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/exposure-dev/exposure/bench/accuracy"
	"github.com/exposure-dev/exposure/bench/fakes3"
	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/bench/harness"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// demoBucket is the bucket the demo fills.
const demoBucket = "acme-shop-exports"

// runDemo starts an in-process S3 server on loopback, fills a bucket with a
// small synthetic estate of a Korean e-commerce firm (with ground truth),
// scans it through the same S3 code path as a real bucket, and prints the
// report and the accuracy against the ground truth.
func runDemo(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	out := fs.String("out", "", "keep the dataset in this directory (default: a new temporary directory, printed at the end)")
	seed := fs.Int64("seed", gen.Demo().Seed, "seed of the synthetic estate")
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(env.Stdout, helpText(fs, "exposure demo [--out DIR] [--seed N]"))
		return nil
	}
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("demo: takes no arguments")
	}
	work, err := os.MkdirTemp("", "exposure-demo-")
	if err != nil {
		return err
	}
	if *out == "" {
		*out = filepath.Join(work, "dataset")
	} else if dataset.Exists(*out) {
		return usagef("demo: %s already holds a dataset; choose another --out", *out)
	}
	start := time.Now()
	srv, err := fakes3.Start(ctx)
	if err != nil {
		return err
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		return err
	}
	if err := srv.CreateBucket(demoBucket); err != nil {
		return err
	}
	cfg := gen.Demo()
	cfg.Seed = *seed
	labels := filepath.Join(work, "labels.ndjson.gz")
	truth, err := gen.GenerateTo(ctx, cfg, gen.NewS3Sink(client, demoBucket, ""), labels)
	if err != nil {
		return fmt.Errorf("demo: cannot generate the estate: %w", err)
	}
	fmt.Fprintf(env.Stderr, "exposure demo: in-process S3 server at %s; wrote %d objects (%s) to s3://%s in %s\n",
		srv.Endpoint(), truth.Objects, formatBytes(truth.Bytes), demoBucket, time.Since(start).Round(time.Millisecond))

	scanStart := time.Now()
	s, err := scanner.Scan(ctx, scanner.Config{
		Targets: []scanner.Target{{Bucket: demoBucket}},
		S3: scanner.S3Options{
			Endpoint: srv.Endpoint(), Region: fakes3.Region,
			Creds: credentials.NewStaticV4(fakes3.AccessKey, fakes3.SecretKey, ""),
		},
		Out:    *out,
		Log:    env.Stderr,
		Limits: scanDefaults().Limits,
		Parts:  scanDefaults().Parts,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "exposure demo: scanned in %s\n\n", time.Since(scanStart).Round(time.Millisecond))
	printReport(env.Stdout, s)

	res, err := harness.Evaluate(*out, labels)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nground truth: %d people, distinct values name %d, phone %d, address %d, access_code %d\n",
		truth.DistinctPeople, truth.Distinct["name"], truth.Distinct["phone"], truth.Distinct["address"], truth.Distinct["access_code"])
	fmt.Fprintf(env.Stdout, "scope against the ground truth (what a breach count rests on):\n\n%s\n", harness.ScopeMarkdown(harness.ScopeOf(s, truth)))
	fmt.Fprintf(env.Stdout, "accuracy against the ground truth (span IoU >= %.1f):\n\n%s", accuracy.DefaultMinIoU, res.Markdown())
	fmt.Fprintf(env.Stdout, "\ndataset: %s\n  try: duckdb -c \"SELECT kind, subtype, count(*) FROM read_parquet('%s/findings/*.parquet') GROUP BY ALL ORDER BY 3 DESC\"\n",
		*out, *out)
	fmt.Fprintf(env.Stderr, "exposure demo: done in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
