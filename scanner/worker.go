package scanner

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/exposure-dev/exposure/internal/owned"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/exposure-dev/exposure/scanner/formats"
)

// worker scans one object at a time with its own detectors, hasher and
// dataset part; nothing in it is shared with other workers.
type worker struct {
	cfg     *Config
	scanID  string
	now     func() time.Time
	c       *counters
	engine  *detectors.Engine
	hasher  *detectors.Hasher
	part    *dataset.PartWriter
	retry   Retry
	timeout time.Duration
	record  recordResolver // reads phones in the country of their record
}

func (w *worker) run(ctx context.Context, jobs <-chan job) error {
	for {
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), w.part.Abort())
		case j, ok := <-jobs:
			if !ok {
				return w.part.Commit()
			}
			if err := w.scanObject(ctx, j); err != nil {
				return errors.Join(err, w.part.Abort())
			}
		}
	}
}

// scanObject scans one object and adds its findings and its objects row to
// the part. It returns an error only when the scan as a whole must stop
// (interrupted, or the dataset cannot be written); a failure of the object
// itself becomes its row. Transient failures (throttling, a server gone for a
// while) are retried with backoff, as long as none of the object's findings
// has gone into the part yet.
func (w *worker) scanObject(ctx context.Context, j job) error {
	start := w.now()
	info := j.info
	row := dataset.Object{
		ScanID: w.scanID, Bucket: info.Bucket, Key: info.Key, ETag: info.ETag,
		Size: info.Size, LastModified: info.LastModified,
	}
	var r readResult
	for attempt := 1; ; attempt++ {
		r = w.readObject(ctx, j)
		if r.writeErr != nil {
			return r.writeErr
		}
		if ctx.Err() != nil {
			return ctx.Err() // the object is not done: --resume scans it again
		}
		if r.err == nil || !transient(r.err) || attempt >= w.retry.Attempts || !w.part.ResetObject() {
			break
		}
		if err := w.retry.sleep(ctx, attempt); err != nil {
			return err
		}
	}
	row.Format, row.Compression, row.Encoding = r.info.Format, r.info.Compression, r.info.Encoding
	row.BytesScanned = r.info.BytesScanned
	row.Findings = r.findings
	switch {
	case r.err != nil:
		row.Status, row.Reason = dataset.StatusError, reason(r.err)
		w.c.errs.Add(1)
	case r.info.Skipped:
		row.Status, row.Reason = dataset.StatusSkipped, r.info.SkipReason
	default:
		row.Status = dataset.StatusScanned
	}
	row.DurationMS = w.now().Sub(start).Milliseconds()
	if err := w.part.Object(row); err != nil {
		return err
	}
	w.c.done.Add(1)
	w.c.doneBytes.Add(info.Size)
	w.c.findings.Add(r.findings)
	return nil
}

// readResult is the outcome of one attempt at an object.
type readResult struct {
	info     formats.Info
	findings int64
	err      error // the object's own failure
	writeErr error // the dataset's failure: the scan must stop
}

// readObject makes one attempt at reading and detecting an object, within
// the per-object deadline.
func (w *worker) readObject(ctx context.Context, j job) (r readResult) {
	info := j.info
	if info.Err != nil {
		r.err = info.Err
		return r
	}
	octx, cancel := context.WithTimeout(ctx, w.timeout+time.Duration(info.Size/1e6)*time.Second)
	defer cancel()
	obj := j.src.Object(info)
	if c, ok := obj.(io.Closer); ok {
		defer c.Close()
	}
	buf := &w.record
	r.info, r.err = formats.Read(octx, obj, w.cfg.Limits, func(rec *formats.Record) error {
		w.engine.Detect(rec.DetectField(), rec.Row, rec.Text, rec.Column, func(m detectors.Match) {
			if m.Start < rec.Lo || m.Start >= rec.Hi || r.writeErr != nil {
				return
			}
			f := dataset.Finding{
				ScanID: w.scanID, Bucket: info.Bucket, Key: info.Key, ETag: info.ETag,
				ContainerPath: rec.ContainerPath, Field: rec.Field, Row: rec.Row,
				Offset: rec.Offset + int64(m.Start), Length: int32(m.End - m.Start),
				Kind: string(m.Kind), Subtype: m.Subtype, Country: m.Country,
				// The finding is held until its batch is written, and the
				// record's text is a view of a buffer the reader reuses.
				Confidence: m.Confidence, Masked: owned.String(m.Masked, rec.Text),
			}
			if m.Kind == detectors.KindPhone { // E.164 is canonical
				f.ValueHash = w.hasher.Hash(m.Normalized)
			} else {
				f.ValueHash, f.CanonicalHash = w.hasher.HashCanonical(m.Kind, m.Country, m.Normalized)
			}
			if w.cfg.RevealValues {
				v := strings.Clone(rec.Text[m.Start:m.End])
				f.Value = &v
			}
			r.writeErr = buf.add(rec, f, m)
			r.findings++
		})
		return r.writeErr
	})
	if err := buf.end(); err != nil && r.writeErr == nil {
		r.writeErr = err
	}
	if r.err != nil && octx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
		r.err = errObjectTimeout
	}
	return r
}

var errObjectTimeout = errors.New("timeout: the object took longer than its deadline")
