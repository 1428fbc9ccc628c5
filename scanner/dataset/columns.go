package dataset

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/parquet-go/parquet-go"
)

// readColumns reads the named byte-array or int64 columns of the Parquet
// file at path, one row group at a time, and calls fn for each row r with
// the columns in the order of names: cols[i][r] is column names[i] of the
// row. It skips row reconstruction (the generic reader's reflection costs
// several times more), allocates per row group, not per row, and copies no
// value (a parquet.Value holds a pointer: copying one while the collector
// runs costs a write barrier). The byte slices are valid only during fn.
// A column of optionalColumns that the file lacks (a part written before
// the column was added) reads as nulls.
func readColumns(path string, names []string, fn func(cols [][]parquet.Value, r int)) error {
	f, pf, err := openParquetFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	idx := make([]int, len(names))
	for i, n := range names {
		leaf, ok := pf.Schema().Lookup(n)
		switch {
		case ok:
			idx[i] = leaf.ColumnIndex
		case optionalColumns[n]:
			idx[i] = -1
		default:
			return fmt.Errorf("dataset: part %q has no column %q", path, n)
		}
	}
	cols := make([][]parquet.Value, len(names))
	var held []parquet.Page
	var open []parquet.Pages
	release := func() {
		for _, p := range held {
			parquet.Release(p)
		}
		for _, ps := range open {
			ps.Close()
		}
		held, open = held[:0], open[:0]
	}
	defer release()
	for _, rg := range pf.RowGroups() {
		chunks := rg.ColumnChunks()
		n := int(rg.NumRows())
		for i, ci := range idx {
			if ci < 0 {
				cols[i] = slices.Grow(cols[i][:0], n)[:n]
				clear(cols[i])
				continue
			}
			pages := chunks[ci].Pages()
			open = append(open, pages)
			vals, err := readChunk(pages, cols[i][:0], &held)
			if err != nil {
				return fmt.Errorf("dataset: cannot read part %q: %w", path, err)
			}
			if len(vals) != n {
				return fmt.Errorf("dataset: part %q: column %q has %d values for %d rows", path, names[i], len(vals), n)
			}
			cols[i] = vals
		}
		for r := 0; r < n; r++ {
			fn(cols, r)
		}
		release()
	}
	return nil
}

// optionalColumns are the findings columns added after the first release:
// older parts do not have them.
var optionalColumns = map[string]bool{"canonical_hash": true}

// readChunk appends every value of a column chunk to dst, keeping the pages
// (whose memory the values point into) in held until the caller releases
// them.
func readChunk(pages parquet.Pages, dst []parquet.Value, held *[]parquet.Page) ([]parquet.Value, error) {
	for {
		p, err := pages.ReadPage()
		if errors.Is(err, io.EOF) {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
		*held = append(*held, p)
		vr := p.Values()
		if need := len(dst) + int(p.NumValues()); cap(dst) < need {
			dst = append(make([]parquet.Value, 0, need), dst...)
		}
		for {
			n, err := vr.ReadValues(dst[len(dst):cap(dst)])
			dst = dst[:len(dst)+n]
			if errors.Is(err, io.EOF) || (err == nil && n == 0) {
				break
			}
			if err != nil {
				return dst, err
			}
		}
	}
}

// openParquetFile opens a committed Parquet part; the caller closes the file.
func openParquetFile(path string) (*os.File, *parquet.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("dataset: cannot open part: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("dataset: cannot open part: %w", err)
	}
	// Parts are read front to back: the page index and bloom filters (about
	// 10 MB for a part of 4M findings) are not needed.
	pf, err := parquet.OpenFile(f, st.Size(), parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("dataset: part %q is corrupt: %w", path, err)
	}
	return f, pf, nil
}
