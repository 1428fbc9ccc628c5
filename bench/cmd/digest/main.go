// Command digest prints an order-independent digest of the findings of one
// or more datasets: the number of findings per kind and one SHA-256 over
// every row but scan_id. Two scans of the same data with the same hash key
// (--hash-key-file) give the same digest exactly when they found the same
// values at the same places with the same attributes, whatever the worker
// count or part layout; speed work checks with it that detections did not
// change.
//
//	go run ./bench/cmd/digest OUT...
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sort"

	"github.com/exposure-dev/exposure/scanner/dataset"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: digest OUT...")
		os.Exit(2)
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "digest:", err)
		os.Exit(1)
	}
}

func run(dirs []string) error {
	// The digest is the sum, lane by lane, of one SHA-256 per row, so the
	// order of rows and parts does not matter and repeated rows count.
	var lanes [4]uint64
	counts := map[string]int64{}
	var row []byte
	add := func(rows []dataset.Finding) {
		for i := range rows {
			f := &rows[i]
			row = row[:0]
			for _, s := range []string{f.Bucket, f.Key, f.ETag, f.ContainerPath, f.Field, f.Kind, f.Subtype, f.Country, f.Masked, f.ValueHash} {
				row = binary.AppendUvarint(row, uint64(len(s)))
				row = append(row, s...)
			}
			row = binary.AppendVarint(row, f.Row)
			row = binary.AppendVarint(row, f.Offset)
			row = binary.AppendVarint(row, int64(f.Length))
			row = binary.LittleEndian.AppendUint64(row, math.Float64bits(f.Confidence))
			if f.Value != nil {
				row = append(row, 1)
				row = append(row, *f.Value...)
			}
			// A row without canonical_hash digests as before the column.
			if f.CanonicalHash != "" {
				row = append(row, 2)
				row = append(row, f.CanonicalHash...)
			}
			sum := sha256.Sum256(row)
			for l := range lanes {
				lanes[l] += binary.LittleEndian.Uint64(sum[8*l:])
			}
			counts[f.Kind]++
		}
	}
	for _, dir := range dirs {
		// Committed parts only, as the summary counts them.
		c, err := dataset.List(dir)
		if err != nil {
			return err
		}
		for i := range c.Seqs {
			for _, p := range c.FindingsPaths(i) {
				if err := dataset.ReadRows(p, add); err != nil {
					return err
				}
			}
		}
	}
	kinds := make([]string, 0, len(counts))
	var total int64
	for k, n := range counts {
		kinds = append(kinds, k)
		total += n
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-12s %d\n", k, counts[k])
	}
	fmt.Printf("%-12s %d\n", "total", total)
	fmt.Printf("digest       %016x%016x%016x%016x\n", lanes[0], lanes[1], lanes[2], lanes[3])
	return nil
}
