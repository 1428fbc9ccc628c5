package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/exposure-dev/exposure/scanner/formats"
	"golang.org/x/term"
)

// scanFlags are the flags of `exposure scan`; they fill a scanner.Config.
type scanFlags struct {
	endpoint, region, out, hashKeyFile, shard string
	workers                                   int
	reveal, resume, noProgress                bool
	maxObjectSize, maxExpanded                sizeFlag
	memoryLimit                               memLimitFlag
	maxExpansion, sample                      float64
	maxDepth, maxMembers                      int
	checkpoint                                time.Duration
	include, exclude                          listFlag
	modAfter, modBefore                       string
	since, stageDir, inventory                string
	cpuProfile, memProfile                    string
}

func (f *scanFlags) register(fs *flag.FlagSet) {
	lim := formats.DefaultLimits()
	f.maxObjectSize = sizeFlag(lim.MaxObjectSize)
	f.maxExpanded = sizeFlag(lim.MaxExpandedBytes)
	fs.StringVar(&f.endpoint, "endpoint", "", "S3-compatible endpoint URL (http:// means no TLS); default AWS_ENDPOINT_URL, else AWS")
	fs.StringVar(&f.region, "region", "", "S3 region (default AWS_REGION, else us-east-1)")
	fs.StringVar(&f.out, "out", "./exposure-out", "dataset directory, or s3://bucket/prefix (staged locally, parts uploaded as they commit)")
	fs.StringVar(&f.stageDir, "stage-dir", "", "local staging directory for --out s3:// (default: the system temporary directory)")
	fs.IntVar(&f.workers, "workers", scanner.DefaultWorkers(), "objects scanned at once")
	fs.BoolVar(&f.reveal, "reveal-values", false, "also write the raw matched text in column value (dataset files become mode 0600)")
	fs.StringVar(&f.hashKeyFile, "hash-key-file", "", "file holding the HMAC key for value_hash (also EXPOSURE_HASH_KEY); default: a random key saved as OUT/hash.key")
	fs.BoolVar(&f.resume, "resume", false, "continue an interrupted scan in OUT: no object scanned twice, none lost")
	fs.StringVar(&f.shard, "shard", "", "scan only shard I (0-based) of N, as I/N")
	fs.BoolVar(&f.noProgress, "no-progress", false, "no progress bar (also off when stderr is not a terminal)")
	fs.Var(&f.maxObjectSize, "max-object-size", "skip objects larger than this (e.g. 50GB; 0 = no limit)")
	fs.Var(&f.maxExpanded, "max-expanded-bytes", "stop decompressing an object after this many bytes (decompression bomb guard)")
	fs.Float64Var(&f.maxExpansion, "max-expansion-ratio", lim.MaxExpansion, "stop when decompressed/compressed bytes exceed this ratio")
	fs.IntVar(&f.maxDepth, "max-archive-depth", lim.MaxArchiveDepth, "how deep archives and compressions are unwrapped")
	fs.IntVar(&f.maxMembers, "max-archive-members", lim.MaxMembers, "members read per archive object")
	fs.StringVar(&f.since, "since", "", "incremental scan: read only objects new or changed since the dataset PREVIOUS_OUT, carry the rest forward")
	fs.Float64Var(&f.sample, "sample", 0, "scan a deterministic fraction P (0 < P <= 1) of the objects; the report extrapolates totals with a 95% interval")
	fs.StringVar(&f.inventory, "inventory", "", "list the s3:// target from this S3 Inventory manifest (s3://.../manifest.json; CSV or Parquet) instead of LIST")
	fs.Var(&f.include, "include", "scan only keys matching this glob (repeatable; * within a segment, ** across: '**/*.csv')")
	fs.Var(&f.exclude, "exclude", "leave out keys matching this glob (repeatable)")
	fs.StringVar(&f.modAfter, "modified-after", "", "scan only objects modified after this time (RFC 3339 or YYYY-MM-DD): the exposure window")
	fs.StringVar(&f.modBefore, "modified-before", "", "scan only objects modified before this time (RFC 3339 or YYYY-MM-DD)")
	fs.Var(&f.memoryLimit, "memory-limit", "soft limit on the heap (the Go runtime's GOMEMLIMIT): a size, off, or auto = GOMEMLIMIT if set, else 64 MiB + 17 MiB per worker")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a pprof CPU profile of the scan to this file")
	fs.StringVar(&f.memProfile, "memprofile", "", "write a pprof heap profile at the end of the scan to this file")
	fs.DurationVar(&f.checkpoint, "checkpoint-interval", dataset.DefaultPartOptions().MaxAge, "commit completed objects at least this often (what a crash can cost per worker)")
}

func (f *scanFlags) config(targets []string, env Env) (scanner.Config, error) {
	cfg := scanner.Config{
		S3:           scanner.S3Options{Endpoint: f.endpoint, Region: f.region},
		Out:          f.out,
		Workers:      f.workers,
		RevealValues: f.reveal,
		HashKeyFile:  f.hashKeyFile,
		HashKeyEnv:   env.Getenv("EXPOSURE_HASH_KEY"),
		Resume:       f.resume,
		Since:        f.since,
		Log:          env.Stderr,
		Limits:       formats.DefaultLimits(),
		Parts:        dataset.DefaultPartOptions(),
	}
	if cfg.S3.Endpoint == "" {
		cfg.S3.Endpoint = env.Getenv("AWS_ENDPOINT_URL")
	}
	if cfg.S3.Region == "" {
		cfg.S3.Region = env.Getenv("AWS_REGION")
	}
	if len(targets) == 0 {
		return cfg, usagef("scan: no TARGET given (s3://bucket[/prefix] or a directory)")
	}
	for _, t := range targets {
		tg, err := scanner.ParseTarget(t)
		if err != nil {
			return cfg, usagef("scan: %v", err)
		}
		if !tg.IsS3() {
			if st, err := os.Stat(tg.Dir); err != nil || !st.IsDir() {
				return cfg, usagef("scan: target %q is not a directory or s3:// URL", t)
			}
		}
		cfg.Targets = append(cfg.Targets, tg)
	}
	if f.workers < 1 || f.workers > 4096 {
		return cfg, usagef("scan: --workers must be between 1 and 4096")
	}
	if strings.HasPrefix(f.out, "s3://") {
		if _, err := scanner.ParseTarget(f.out); err != nil {
			return cfg, usagef("scan: --out: %v", err)
		}
	}
	cfg.StageDir = f.stageDir
	if f.inventory != "" {
		if len(cfg.Targets) != 1 || !cfg.Targets[0].IsS3() || !strings.HasPrefix(f.inventory, "s3://") {
			return cfg, usagef("scan: --inventory s3://.../manifest.json takes exactly one s3:// TARGET, the inventoried bucket")
		}
		cfg.Inventory = f.inventory
	}
	if f.sample < 0 || f.sample > 1 {
		return cfg, usagef("scan: --sample must be a fraction between 0 and 1")
	}
	if f.sample < 1 {
		cfg.Sample = f.sample
	}
	if f.out == "" {
		return cfg, usagef("scan: --out must not be empty")
	}
	if f.since != "" {
		if _, err := os.Stat(filepath.Join(f.since, "scan.json")); err != nil {
			return cfg, usagef("scan: --since %q holds no exposure dataset", f.since)
		}
	}
	if f.shard != "" {
		sh, err := scanner.ParseShard(f.shard)
		if err != nil {
			return cfg, usagef("scan: %v", err)
		}
		cfg.Shard = sh
	}
	if f.maxExpansion <= 1 || f.maxDepth < 0 || f.maxMembers < 1 {
		return cfg, usagef("scan: archive limits must be positive (ratio > 1)")
	}
	if f.checkpoint <= 0 {
		return cfg, usagef("scan: --checkpoint-interval must be positive")
	}
	for _, p := range f.include {
		g, err := scanner.ParseGlob(p)
		if err != nil {
			return cfg, usagef("scan: --include: %v", err)
		}
		cfg.Filter.Include = append(cfg.Filter.Include, g)
	}
	for _, p := range f.exclude {
		g, err := scanner.ParseGlob(p)
		if err != nil {
			return cfg, usagef("scan: --exclude: %v", err)
		}
		cfg.Filter.Exclude = append(cfg.Filter.Exclude, g)
	}
	var err error
	if cfg.Filter.ModifiedAfter, err = parseTime(f.modAfter); err != nil {
		return cfg, usagef("scan: --modified-after: %v", err)
	}
	if cfg.Filter.ModifiedBefore, err = parseTime(f.modBefore); err != nil {
		return cfg, usagef("scan: --modified-before: %v", err)
	}
	cfg.Limits.MaxObjectSize = int64(f.maxObjectSize)
	cfg.Limits.MaxExpandedBytes = int64(f.maxExpanded)
	cfg.Limits.MaxExpansion = f.maxExpansion
	cfg.Limits.MaxArchiveDepth = f.maxDepth
	cfg.Limits.MaxMembers = f.maxMembers
	cfg.Parts.MaxAge = f.checkpoint
	if !f.noProgress {
		if file, ok := env.Stderr.(*os.File); ok && term.IsTerminal(int(file.Fd())) {
			cfg.Progress = env.Stderr
		}
	}
	return cfg, nil
}

func runScan(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	var f scanFlags
	f.register(fs)
	targets, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(env.Stdout, helpText(fs, "exposure scan [flags] TARGET..."))
		return nil
	}
	if err != nil {
		return err
	}
	cfg, err := f.config(targets, env)
	if err != nil {
		return err
	}
	stop, err := startProfiles(f.cpuProfile, f.memProfile)
	if err != nil {
		return err
	}
	defer applyMemoryLimit(int64(f.memoryLimit), cfg.Workers, env.Getenv)()
	s, err := scanner.Scan(ctx, cfg)
	if perr := stop(); err == nil {
		err = perr
	}
	if errors.Is(err, scanner.ErrDatasetExists) {
		return usagef("scan: %s already holds a dataset; use --resume to continue it or choose another --out", cfg.Out)
	}
	if err != nil {
		return err
	}
	printReport(env.Stdout, s)
	return nil
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// parseTime reads RFC 3339 or a date (midnight UTC); "" is the zero time.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("bad time %q: want RFC 3339 (2025-06-01T00:00:00Z) or a date (2025-06-01)", s)
}

// scanDefaults is a Config with the flags' default limits and part options,
// for commands that scan without scan's flags (demo, bench).
func scanDefaults() scanner.Config {
	return scanner.Config{Limits: formats.DefaultLimits(), Parts: dataset.DefaultPartOptions()}
}
