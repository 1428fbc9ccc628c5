package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/scanner"
)

// genFlags are the flags of `exposure gen`.
type genFlags struct {
	size             sizeFlag
	seed             int64
	people, workers  int
	labels, endpoint string
	region           string
	mix              string
	demo             bool
}

func runGen(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	f := genFlags{size: sizeFlag(100 << 20)}
	fs.Var(&f.size, "size", "total size of the estate (e.g. 500MB, 10GB)")
	fs.Int64Var(&f.seed, "seed", 1, "seed: the same seed and size give the same bytes and labels")
	fs.IntVar(&f.people, "people", 0, "synthetic people the estate draws from (0: scaled with --size)")
	fs.IntVar(&f.workers, "workers", 0, "objects generated at once (0: one per CPU)")
	fs.StringVar(&f.labels, "labels", "", "ground-truth labels file (NDJSON, gzip); default beside DEST, never inside it")
	fs.StringVar(&f.endpoint, "endpoint", "", "S3-compatible endpoint for an s3:// DEST (default AWS_ENDPOINT_URL, else AWS)")
	fs.StringVar(&f.region, "region", "", "S3 region for an s3:// DEST")
	fs.StringVar(&f.mix, "mix", "default", "share of the bytes per object type, TYPE=SHARE,... (types: "+strings.Join(genTypes(), ", ")+")")
	fs.BoolVar(&f.demo, "demo", false, "write the small estate of `exposure demo` (ignores --size and --people)")
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(env.Stdout, helpText(fs, "exposure gen [flags] DEST   (DEST: a local directory or s3://bucket/prefix)"))
		return nil
	}
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("gen: want exactly one DEST (a directory or s3://bucket/prefix)")
	}
	if f.size <= 0 || f.people < 0 || f.workers < 0 {
		return usagef("gen: --size must be positive, --people and --workers not negative")
	}
	cfg := gen.Sized(f.seed, int64(f.size))
	if cfg.Mix, err = gen.ParseMix(f.mix); err != nil {
		return usagef("%v", err)
	}
	if f.demo {
		cfg = gen.Demo()
		cfg.Seed = f.seed
	}
	if f.people > 0 {
		cfg.People = f.people
	}
	cfg.Workers = f.workers
	dest, err := scanner.ParseTarget(pos[0])
	if err != nil {
		return usagef("gen: %v", err)
	}
	start := time.Now()
	var sum *gen.Summary
	labels := f.labels
	if dest.IsS3() {
		endpoint := f.endpoint
		if endpoint == "" {
			endpoint = env.Getenv("AWS_ENDPOINT_URL")
		}
		client, err := scanner.NewS3Client(scanner.S3Options{Endpoint: endpoint, Region: f.region, Conns: 16})
		if err != nil {
			return err
		}
		if labels == "" {
			labels = gen.LabelsPathForS3(dest.Bucket, dest.Prefix)
		}
		sum, err = gen.GenerateTo(ctx, cfg, gen.NewS3Sink(client, dest.Bucket, dest.Prefix), labels)
		if err != nil {
			return err
		}
	} else {
		if entries, err := os.ReadDir(dest.Dir); err == nil && len(entries) > 0 {
			return usagef("gen: %s is not empty", dest.Dir)
		}
		if labels == "" {
			labels = gen.LabelsPath(dest.Dir)
		}
		sum, err = gen.GenerateDir(ctx, cfg, dest.Dir, labels)
		if err != nil {
			return err
		}
	}
	el := time.Since(start)
	fmt.Fprintf(env.Stdout, "wrote %d objects, %s, to %s in %s (%.0f MB/s)\n", sum.Objects, formatBytes(sum.Bytes), pos[0], el.Round(time.Millisecond), float64(sum.Bytes)/1e6/el.Seconds())
	fmt.Fprintf(env.Stdout, "labels: %s (name %d, phone %d, address %d, access_code %d)\n", labels, sum.Labels["name"], sum.Labels["phone"], sum.Labels["address"], sum.Labels["access_code"])
	fmt.Fprintf(env.Stdout, "truth:  %s (%d distinct people)\n", gen.TruthPath(labels), sum.DistinctPeople)
	return nil
}

func genTypes() []string {
	names := make([]string, len(gen.AllTypes))
	for i, t := range gen.AllTypes {
		names[i] = string(t)
	}
	return names
}
