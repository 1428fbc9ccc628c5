package scanner

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/exposure-dev/exposure/scanner/formats"
)

// worker scans one object at a time with its own detectors, hasher and
// dataset part; nothing in it is shared with other workers.
type worker struct {
	cfg    *Config
	scanID string
	now    func() time.Time
	c      *counters
	engine *detectors.Engine
	hasher *detectors.Hasher
	part   *dataset.PartWriter
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
// itself becomes its row.
func (w *worker) scanObject(ctx context.Context, j job) error {
	start := w.now()
	info := j.info
	row := dataset.Object{
		ScanID: w.scanID, Bucket: info.Bucket, Key: info.Key, ETag: info.ETag,
		Size: info.Size, LastModified: info.LastModified,
	}
	var findings int64
	var writeErr error
	var fi formats.Info
	var readErr error
	if info.Err != nil {
		readErr = info.Err
	} else {
		obj := j.src.Object(info)
		fi, readErr = formats.Read(ctx, obj, w.cfg.Limits, func(rec *formats.Record) error {
			w.engine.Detect(rec.Field, rec.Row, rec.Text, rec.Column, func(m detectors.Match) {
				if m.Start < rec.Lo || m.Start >= rec.Hi || writeErr != nil {
					return
				}
				f := dataset.Finding{
					ScanID: w.scanID, Bucket: info.Bucket, Key: info.Key, ETag: info.ETag,
					ContainerPath: rec.ContainerPath, Field: rec.Field, Row: rec.Row,
					Offset: rec.Offset + int64(m.Start), Length: int32(m.End - m.Start),
					Kind: string(m.Kind), Subtype: m.Subtype, Country: m.Country,
					Confidence: m.Confidence, Masked: strings.Clone(m.Masked),
					ValueHash: w.hasher.Hash(m.Normalized),
				}
				if w.cfg.RevealValues {
					v := strings.Clone(rec.Text[m.Start:m.End])
					f.Value = &v
				}
				writeErr = w.part.Finding(f)
				findings++
			})
			return writeErr
		})
		if c, ok := obj.(io.Closer); ok {
			_ = c.Close()
		}
	}
	if writeErr != nil {
		return writeErr
	}
	if ctx.Err() != nil {
		return ctx.Err() // the object is not done: --resume scans it again
	}
	row.Format, row.Compression, row.Encoding = fi.Format, fi.Compression, fi.Encoding
	row.BytesScanned = fi.BytesScanned
	row.Findings = findings
	switch {
	case readErr != nil:
		row.Status, row.Reason = dataset.StatusError, reason(readErr)
		w.c.errs.Add(1)
	case fi.Skipped:
		row.Status, row.Reason = dataset.StatusSkipped, fi.SkipReason
	default:
		row.Status = dataset.StatusScanned
	}
	row.DurationMS = w.now().Sub(start).Milliseconds()
	if err := w.part.Object(row); err != nil {
		return err
	}
	w.c.done.Add(1)
	w.c.doneBytes.Add(info.Size)
	w.c.findings.Add(findings)
	return nil
}
