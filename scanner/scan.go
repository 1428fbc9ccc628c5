package scanner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"golang.org/x/sync/errgroup"
)

// job is one listed object on its way to a worker.
type job struct {
	src  Source
	info ObjectInfo
}

// counters are shared between the lister, the workers and the progress bar.
type counters struct {
	listed, listedBytes atomic.Int64
	done, doneBytes     atomic.Int64
	findings, errs      atomic.Int64
	skippedDone         atomic.Int64 // objects already committed by an earlier run (resume)
	carried             atomic.Int64 // objects carried forward from --since
	population          atomic.Int64 // objects listed in the scan's scope, before --sample
	populationBytes     atomic.Int64
	listingFinished     atomic.Bool
}

// Scan runs one scan as cfg says and returns the dataset's summary. It
// returns ErrInterrupted (wrapped) when ctx ends first; the committed parts
// then stand and a later Scan with Resume completes the dataset.
func Scan(ctx context.Context, cfg Config) (dataset.Summary, error) {
	if len(cfg.Targets) == 0 {
		return dataset.Summary{}, errors.New("scanner: no target")
	}
	sources, err := buildSources(cfg)
	if err != nil {
		return dataset.Summary{}, err
	}
	return ScanSources(ctx, cfg, sources)
}

// ScanSources is Scan over sources that are already built; cfg.Targets still
// names them in the manifest (so --resume can check it is given the same).
func ScanSources(ctx context.Context, cfg Config, sources []Source) (dataset.Summary, error) {
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	logw := cfg.Log
	if logw == nil {
		logw = io.Discard
	}
	var remote *s3Output
	if IsS3URL(cfg.Out) {
		var err error
		if remote, err = newS3Output(cfg, cfg.StageDir); err != nil {
			return dataset.Summary{}, err
		}
		exists, err := remote.exists(ctx)
		if err != nil {
			return dataset.Summary{}, err
		}
		if exists && !cfg.Resume {
			return dataset.Summary{}, ErrDatasetExists
		}
		if exists {
			if err := remote.pull(ctx); err != nil {
				return dataset.Summary{}, err
			}
		} else if err := os.RemoveAll(remote.stage); err != nil {
			return dataset.Summary{}, fmt.Errorf("scanner: cannot clear staging directory: %w", err)
		}
		fmt.Fprintf(logw, "exposure: writing to %s through the staging directory %s\n", remote, remote.stage)
		uploadCtx := context.WithoutCancel(ctx) // committed parts are uploaded even when interrupted
		cfg.Out = remote.stage
		cfg.Parts.OnCommit = func(files []string) error { return remote.push(uploadCtx, files...) }
	}
	st, err := prepare(cfg, now, logw)
	if err != nil {
		return dataset.Summary{}, err
	}
	if remote != nil && st.resumed {
		if err := remote.prune(ctx); err != nil {
			return dataset.Summary{}, err
		}
	}
	if remote != nil && !st.resumed {
		files := []string{dataset.ManifestFile}
		if fileExists(filepath.Join(cfg.Out, dataset.KeyFile)) {
			files = append(files, dataset.KeyFile)
		}
		if err := remote.push(ctx, files...); err != nil {
			return dataset.Summary{}, err
		}
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = DefaultWorkers()
	}
	newDets := cfg.Detectors
	if newDets == nil {
		newDets = detectors.All
	}

	var c counters
	prog := startProgress(cfg.Progress, &c)
	jobs := make(chan job, workers)
	listed := make(chan struct{})
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(jobs)
		for _, src := range sources {
			err := src.List(gctx, func(info ObjectInfo) error {
				if !cfg.Filter.Match(info) || !cfg.Shard.Contains(info.Bucket, info.Key) {
					return nil
				}
				c.population.Add(1)
				c.populationBytes.Add(info.Size)
				if !Sampled(cfg.Sample, info.Bucket, info.Key) {
					return nil
				}
				id := dataset.ObjectID{Bucket: info.Bucket, Key: info.Key}
				if st.done.Contains(id) {
					c.skippedDone.Add(1)
					return nil
				}
				// Carry marks the object in st.prev, which CarryForward
				// reads once the listing is over.
				if info.Err == nil && st.prev.Carry(id, info.ETag, info.Size, info.LastModified) {
					return nil
				}
				c.listed.Add(1)
				c.listedBytes.Add(info.Size)
				select {
				case jobs <- job{src: src, info: info}:
					return nil
				case <-gctx.Done():
					return gctx.Err()
				}
			})
			if err != nil {
				return err
			}
		}
		c.listingFinished.Store(true)
		close(listed)
		return nil
	})
	if st.prev != nil {
		g.Go(func() error {
			select {
			case <-listed:
			case <-gctx.Done():
				return gctx.Err()
			}
			p := st.writer.NewPart()
			n, err := dataset.CarryForward(st.prevParts, st.prev, st.manifest.ScanID, p)
			c.carried.Add(n)
			if err != nil {
				return errors.Join(err, p.Abort())
			}
			return nil
		})
	}
	for range workers {
		w := &worker{
			cfg: &cfg, scanID: st.manifest.ScanID, now: now, c: &c,
			engine: detectors.NewEngine(newDets()), hasher: detectors.NewHasher(st.key),
			part: st.writer.NewPart(), retry: cfg.Retry, timeout: cfg.ObjectTimeout,
		}
		w.record.part, w.record.hasher = w.part, w.hasher
		if w.retry.Attempts <= 0 {
			w.retry = DefaultRetry()
		}
		if w.timeout <= 0 {
			w.timeout = 10 * time.Minute
		}
		g.Go(func() error { return w.run(gctx, jobs) })
	}
	err = g.Wait()
	prog.stop()
	if err == nil && ctx.Err() == nil && c.listingFinished.Load() {
		if cfg.Sample > 0 && cfg.Sample < 1 {
			pop := dataset.Population{Fraction: cfg.Sample, Objects: c.population.Load(), Bytes: c.populationBytes.Load()}
			if err := dataset.WriteJSON(filepath.Join(cfg.Out, dataset.PopulationFile), pop, st.writer.Mode()); err != nil {
				return dataset.Summary{}, err
			}
			if remote != nil {
				if err := remote.push(ctx, dataset.PopulationFile); err != nil {
					return dataset.Summary{}, err
				}
			}
		}
		s, err := dataset.WriteSummary(cfg.Out, now(), st.writer.Mode())
		if err != nil {
			return s, err
		}
		if remote != nil {
			err = remote.push(ctx, dataset.SketchesFile, dataset.SummaryFile)
		}
		return s, err
	}
	s, _ := dataset.Summarize(cfg.Out)
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return s, fmt.Errorf("%w (%v)", ErrInterrupted, context.Cause(ctx))
	}
	return s, fmt.Errorf("%w: %w", ErrInterrupted, err)
}

// state is what prepare sets up in OUT.
type state struct {
	manifest dataset.Manifest
	key      []byte
	done     *dataset.ObjectSet
	writer   *dataset.Writer
	// prev and prevParts are the previous dataset of --since.
	prev      *dataset.PrevObjects
	prevParts dataset.Committed
	resumed   bool // OUT held a dataset that this scan continues
}

// prepare checks OUT, loads or makes the hash key and the manifest, and, for
// --resume, recovers the committed state.
func prepare(cfg Config, now func() time.Time, logw io.Writer) (*state, error) {
	out := cfg.Out
	if out == "" {
		return nil, errors.New("scanner: no output directory")
	}
	exists := dataset.Exists(out)
	if exists && !cfg.Resume {
		return nil, ErrDatasetExists
	}
	if cfg.Resume && !exists {
		fmt.Fprintf(logw, "exposure: --resume: no dataset in %s; starting a new scan\n", out)
	}
	keyFile := cfg.HashKeyFile
	var prevManifest dataset.Manifest
	if cfg.Since != "" {
		var err error
		if prevManifest, err = dataset.ReadManifest(cfg.Since); err != nil {
			return nil, fmt.Errorf("scanner: --since: %w", err)
		}
		// An incremental scan hashes with the previous scan's key, so that
		// carried and new findings join.
		if keyFile == "" && cfg.HashKeyEnv == "" && !exists {
			if p := filepath.Join(cfg.Since, dataset.KeyFile); fileExists(p) {
				keyFile = p
			}
		}
	}
	key, generated, err := dataset.LoadKey(out, keyFile, cfg.HashKeyEnv)
	if err != nil {
		return nil, err
	}
	if cfg.Since != "" && prevManifest.KeyFingerprint != dataset.KeyFingerprint(key) {
		return nil, errors.New("scanner: --since: the previous dataset was hashed with another key; give its key with --hash-key-file")
	}
	if generated {
		fmt.Fprintf(logw, "exposure: made a new hash key in %s (keep it to join value_hash across scans; pass it with --hash-key-file to other shards)\n", out+"/"+dataset.KeyFile)
	}
	targets := make([]string, len(cfg.Targets))
	for i, t := range cfg.Targets {
		targets[i] = t.String()
	}
	st := &state{key: key}
	var firstSeq int64 = 1
	if exists {
		m, err := dataset.ReadManifest(out)
		if err != nil {
			return nil, err
		}
		if m.KeyFingerprint != dataset.KeyFingerprint(key) {
			return nil, errors.New("scanner: --resume with a different hash key than the dataset was started with")
		}
		if !slices.Equal(m.Targets, targets) || m.Shard != cfg.Shard.Index || m.Shards != cfg.Shard.Count {
			return nil, fmt.Errorf("scanner: --resume with other targets or shard than the dataset was started with (%v shard %d/%d)", m.Targets, m.Shard, m.Shards)
		}
		if m.Sample != cfg.Sample {
			return nil, fmt.Errorf("scanner: --resume must use the same --sample as the interrupted scan (%g)", m.Sample)
		}
		if m.RevealValues != cfg.RevealValues {
			return nil, errors.New("scanner: --resume must use the same --reveal-values setting as the interrupted scan")
		}
		c, err := dataset.Recover(out)
		if err != nil {
			return nil, err
		}
		if st.done, err = dataset.CommittedObjects(c); err != nil {
			return nil, err
		}
		firstSeq = c.MaxSeq() + 1
		st.manifest = m
		st.resumed = true
		fmt.Fprintf(logw, "exposure: resuming scan %s: %d objects already done\n", m.ScanID, st.done.Len())
	} else {
		st.manifest = dataset.Manifest{
			Version: 1, ScanID: dataset.NewScanID(now()), StartedAt: now().UTC(),
			Targets: targets, Shard: cfg.Shard.Index, Shards: cfg.Shard.Count,
			KeyFingerprint: dataset.KeyFingerprint(key), RevealValues: cfg.RevealValues, Sample: cfg.Sample,
		}
	}
	if cfg.Since != "" {
		if st.prevParts, err = dataset.List(cfg.Since); err != nil {
			return nil, err
		}
		if st.prev, err = dataset.PreviousObjects(st.prevParts); err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "exposure: --since: %d objects in the previous dataset\n", st.prev.Len())
	}
	st.writer, err = dataset.NewWriter(out, firstSeq, cfg.RevealValues, cfg.Parts)
	if err != nil {
		return nil, err
	}
	if !exists {
		if err := dataset.WriteJSON(out+"/"+dataset.ManifestFile, st.manifest, st.writer.Mode()); err != nil {
			return nil, err
		}
	}
	return st, nil
}

func buildSources(cfg Config) ([]Source, error) {
	var out []Source
	for _, t := range cfg.Targets {
		if !t.IsS3() {
			out = append(out, &LocalSource{Root: t.Dir, Exclude: []string{cfg.Out}})
			continue
		}
		o := cfg.S3
		if o.Conns == 0 {
			o.Conns = cfg.Workers
		}
		client, err := NewS3Client(o)
		if err != nil {
			return nil, err
		}
		if cfg.Inventory != "" {
			if len(cfg.Targets) != 1 {
				return nil, errors.New("scanner: --inventory takes exactly one s3:// target (the inventoried bucket)")
			}
			out = append(out, &InventorySource{Client: client, Manifest: cfg.Inventory, Prefix: t.Prefix,
				S3Source: S3Source{Client: client, Bucket: t.Bucket, Retry: cfg.Retry}})
			continue
		}
		out = append(out, &S3Source{Client: client, Bucket: t.Bucket, Prefix: t.Prefix, Retry: cfg.Retry})
	}
	return out, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
