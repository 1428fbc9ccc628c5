package harness

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"

	"github.com/exposure-dev/exposure/bench/accuracy"
	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/scanner/dataset"
)

// place names an object member as one accuracy "file".
func place(key, container string) string {
	if container == "" {
		return key
	}
	return key + "!" + container
}

// findingSpan is the projection of a findings row that scoring needs.
type findingSpan struct {
	Key           string `parquet:"key"`
	ContainerPath string `parquet:"container_path"`
	Field         string `parquet:"field"`
	Row           int64  `parquet:"row"`
	Offset        int64  `parquet:"offset"`
	Length        int32  `parquet:"length"`
	Kind          string `parquet:"kind"`
	Country       string `parquet:"country"`
}

// Evaluate scores the findings of the dataset in dir against the labels
// file that gen wrote, with the accuracy package's matching rule (same
// object, member, field, row and kind; span IoU >= 0.5; one-to-one). Labels
// carry the keys a scan of the generated destination reports, so they
// compare as they are.
func Evaluate(dir, labelsPath string) (*accuracy.Result, error) {
	return EvaluateSample(dir, labelsPath, 1)
}

// EvaluateSample is Evaluate over a deterministic 1-in-every objects (by a
// hash of the key), so that estates of many GB, whose labels would not fit in
// memory, are scored on a fixed sample of their objects.
func EvaluateSample(dir, labelsPath string, every int) (*accuracy.Result, error) {
	in := func(key string) bool {
		if every <= 1 {
			return true
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		return h.Sum32()%uint32(every) == 0
	}
	var labels []accuracy.Span
	f, err := os.Open(labelsPath)
	if err != nil {
		return nil, fmt.Errorf("harness: cannot read labels: %w", err)
	}
	defer f.Close()
	err = gen.ReadLabels(f, func(l *gen.Label) error {
		if !in(l.Key) {
			return nil
		}
		labels = append(labels, accuracy.Span{
			File: place(l.Key, l.ContainerPath), Field: l.Field, Row: l.Row,
			Offset: int(l.Offset), Length: l.Length, Kind: l.Kind, Country: l.Country,
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
	var dets []accuracy.Span
	paths, err := filepath.Glob(filepath.Join(dir, dataset.FindingsDir, "*.parquet"))
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if dets, err = appendSampled(dets, p, in); err != nil {
			return nil, err
		}
	}
	return accuracy.Evaluate(labels, dets, accuracy.Options{}), nil
}

// appendSampled appends the findings of one part file whose key is in the
// sample: a part of the 10 GB estate holds millions of rows, so it is
// streamed rather than read whole.
func appendSampled(dets []accuracy.Span, path string, in func(string) bool) ([]accuracy.Span, error) {
	err := dataset.ReadRows(path, func(rows []findingSpan) {
		for _, row := range rows {
			if in(row.Key) {
				dets = append(dets, accuracy.Span{
					File: place(row.Key, row.ContainerPath), Field: row.Field, Row: row.Row,
					Offset: int(row.Offset), Length: int(row.Length), Kind: row.Kind, Country: row.Country,
				})
			}
		}
	})
	return dets, err
}
