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
	Dir  string
	Seqs []int64 // part numbers whose objects part exists, ascending
	// Findings[i] are the findings files of part Seqs[i]: its findings
	// part, then the continuations of a part sealed in the middle of an
	// object (PartFileName), in order; none when the part had no findings.
	Findings [][]string
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

// FindingsPaths names the findings files of committed part i, in order
// (none when the part had no findings).
func (c Committed) FindingsPaths(i int) []string {
	paths := make([]string, len(c.Findings[i]))
	for k, name := range c.Findings[i] {
		paths[k] = filepath.Join(c.Dir, FindingsDir, name)
	}
	return paths
}

// partFileSeq parses a part file name: part-000012.parquet is file 0 of
// part 12, part-000012-3.parquet its continuation 3.
func partFileSeq(name string) (seq int64, k int, ok bool) {
	if !strings.HasPrefix(name, "part-") || !strings.HasSuffix(name, ".parquet") {
		return 0, 0, false
	}
	base := strings.TrimSuffix(strings.TrimPrefix(name, "part-"), ".parquet")
	if b, cont, found := strings.Cut(base, "-"); found {
		n, err := strconv.Atoi(cont)
		if err != nil || n < 1 || strconv.Itoa(n) != cont {
			return 0, 0, false
		}
		base, k = b, n
	}
	seq, err := strconv.ParseInt(base, 10, 64)
	return seq, k, err == nil
}

// partSeq parses the name of a part's first file.
func partSeq(name string) (int64, bool) {
	seq, k, ok := partFileSeq(name)
	return seq, ok && k == 0
}

// List reads which parts of dir are committed, without changing anything.
func List(dir string) (Committed, error) {
	objs, finds, err := readPartDirs(dir)
	if err != nil {
		return Committed{Dir: dir}, err
	}
	return committed(dir, objs, finds), nil
}

// readPartDirs reads the objects and findings directories of dir; a
// directory that does not exist reads as empty.
func readPartDirs(dir string) (objs, finds []os.DirEntry, err error) {
	if objs, err = os.ReadDir(filepath.Join(dir, ObjectsDir)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("dataset: cannot list %q: %w", dir, err)
	}
	if finds, err = os.ReadDir(filepath.Join(dir, FindingsDir)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("dataset: cannot list %q: %w", dir, err)
	}
	return objs, finds, nil
}

// committed lists the committed parts of dir from the entries of its
// objects and findings directories. Findings files of uncommitted parts
// are left out (Recover removes them).
func committed(dir string, objs, finds []os.DirEntry) Committed {
	c := Committed{Dir: dir}
	for _, e := range objs {
		if n, ok := partSeq(e.Name()); ok {
			c.Seqs = append(c.Seqs, n)
		}
	}
	sort.Slice(c.Seqs, func(i, j int) bool { return c.Seqs[i] < c.Seqs[j] })
	type file struct {
		k    int
		name string
	}
	files := map[int64][]file{}
	for _, e := range finds {
		if n, k, ok := partFileSeq(e.Name()); ok {
			files[n] = append(files[n], file{k, e.Name()})
		}
	}
	c.Findings = make([][]string, len(c.Seqs))
	for i, n := range c.Seqs {
		fs := files[n]
		sort.Slice(fs, func(a, b int) bool { return fs[a].k < fs[b].k })
		for _, f := range fs {
			c.Findings[i] = append(c.Findings[i], f.name)
		}
	}
	return c
}

// Recover brings a dataset left by a crash back to its last committed state:
// it removes temporary files and findings parts whose objects part is missing
// (their objects were not committed and will be scanned again), with their
// continuations. It returns the committed parts. Each directory is read
// once.
func Recover(dir string) (Committed, error) {
	objs, finds, err := readPartDirs(dir)
	if err != nil {
		return Committed{Dir: dir}, err
	}
	for _, d := range []struct {
		sub  string
		ents []os.DirEntry
	}{{FindingsDir, finds}, {ObjectsDir, objs}} {
		for _, e := range d.ents {
			if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".tmp") {
				if err := os.Remove(filepath.Join(dir, d.sub, e.Name())); err != nil {
					return Committed{}, fmt.Errorf("dataset: cannot remove temporary part: %w", err)
				}
			}
		}
	}
	// Temporary names do not parse as part files: committed skips them.
	c := committed(dir, objs, finds)
	have := map[int64]bool{}
	for _, n := range c.Seqs {
		have[n] = true
	}
	for _, e := range finds {
		if n, _, ok := partFileSeq(e.Name()); ok && !have[n] {
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
