package dataset

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// ObjectID names an object across buckets.
type ObjectID struct{ Bucket, Key string }

// Committed lists the committed parts of a dataset.
type Committed struct {
	Dir      string
	Seqs     []int64 // part numbers whose objects part exists, ascending
	Findings []bool  // Findings[i]: the findings part of Seqs[i] exists
}

// MaxSeq is the highest committed part number, 0 if none.
func (c Committed) MaxSeq() int64 {
	if len(c.Seqs) == 0 {
		return 0
	}
	return c.Seqs[len(c.Seqs)-1]
}

// ObjectsPath and FindingsPath name the files of committed part i.
func (c Committed) ObjectsPath(i int) string {
	return filepath.Join(c.Dir, ObjectsDir, PartName(c.Seqs[i]))
}

// FindingsPath names the findings file of committed part i ("" when the part
// had no findings).
func (c Committed) FindingsPath(i int) string {
	if !c.Findings[i] {
		return ""
	}
	return filepath.Join(c.Dir, FindingsDir, PartName(c.Seqs[i]))
}

func partSeq(name string) (int64, bool) {
	if !strings.HasPrefix(name, "part-") || !strings.HasSuffix(name, ".parquet") {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(name, "part-"), ".parquet"), 10, 64)
	return n, err == nil
}

// List reads which parts of dir are committed, without changing anything.
func List(dir string) (Committed, error) {
	c := Committed{Dir: dir}
	objs, err := os.ReadDir(filepath.Join(dir, ObjectsDir))
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("dataset: cannot list %q: %w", dir, err)
	}
	for _, e := range objs {
		if n, ok := partSeq(e.Name()); ok {
			c.Seqs = append(c.Seqs, n)
		}
	}
	sort.Slice(c.Seqs, func(i, j int) bool { return c.Seqs[i] < c.Seqs[j] })
	c.Findings = make([]bool, len(c.Seqs))
	for i, n := range c.Seqs {
		_, err := os.Stat(filepath.Join(dir, FindingsDir, PartName(n)))
		c.Findings[i] = err == nil
	}
	return c, nil
}

// Recover brings a dataset left by a crash back to its last committed state:
// it removes temporary files and findings parts whose objects part is missing
// (their objects were not committed and will be scanned again). It returns
// the committed parts.
func Recover(dir string) (Committed, error) {
	for _, sub := range []string{FindingsDir, ObjectsDir} {
		ents, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			continue
		}
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".tmp") {
				if err := os.Remove(filepath.Join(dir, sub, e.Name())); err != nil {
					return Committed{}, fmt.Errorf("dataset: cannot remove temporary part: %w", err)
				}
			}
		}
	}
	c, err := List(dir)
	if err != nil {
		return c, err
	}
	have := map[int64]bool{}
	for _, n := range c.Seqs {
		have[n] = true
	}
	ents, _ := os.ReadDir(filepath.Join(dir, FindingsDir))
	for _, e := range ents {
		if n, ok := partSeq(e.Name()); ok && !have[n] {
			if err := os.Remove(filepath.Join(dir, FindingsDir, e.Name())); err != nil {
				return c, fmt.Errorf("dataset: cannot remove uncommitted part: %w", err)
			}
		}
	}
	return c, nil
}

// objectKey is the projection of an objects row that resume needs.
type objectKey struct {
	Bucket string `parquet:"bucket"`
	Key    string `parquet:"key"`
}

// CommittedObjects returns the set of objects with a row in a committed part.
func CommittedObjects(c Committed) (*ObjectSet, error) {
	done := newObjectSet()
	for i := range c.Seqs {
		err := ReadRows(c.ObjectsPath(i), func(rows []objectKey) {
			for _, r := range rows {
				done.add(r.Bucket, r.Key)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	done.seal()
	return done, nil
}

// ReadRows streams the rows of the Parquet file at path into fn in batches
// of 4096, reading only the columns T names (struct tags as in Finding and
// Object): memory stays flat however many rows a part holds. fn must not
// keep the slice.
func ReadRows[T any](path string, fn func([]T)) error {
	f, pf, err := openParquetFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := parquet.NewGenericReader[T](pf)
	defer r.Close()
	buf := make([]T, 4096)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			fn(buf[:n])
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("dataset: cannot read part %q: %w", path, err)
		}
	}
}
