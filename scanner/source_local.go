package scanner

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/exposure-dev/exposure/scanner/formats"
)

// LocalSource lists the regular files below a directory, in lexical order.
// Symbolic links are not followed; directories in Exclude (such as the output
// dataset) are not entered.
type LocalSource struct {
	Root    string
	Exclude []string
}

var _ Source = (*LocalSource)(nil)

func (s *LocalSource) String() string { return s.Root }

// List implements Source.
func (s *LocalSource) List(ctx context.Context, fn func(ObjectInfo) error) error {
	root, err := filepath.Abs(s.Root)
	if err != nil {
		return fmt.Errorf("scanner: cannot list %q: %w", s.Root, err)
	}
	st, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("scanner: cannot list %q: %w", s.Root, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("scanner: target %q is not a directory", s.Root)
	}
	excl := map[string]bool{}
	for _, e := range s.Exclude {
		if a, err := filepath.Abs(e); err == nil {
			excl[a] = true
		}
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			// An unreadable directory is reported as an object that failed.
			if path == root {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			return fn(ObjectInfo{Key: filepath.ToSlash(rel), Err: err})
		}
		if d.IsDir() {
			if excl[path] {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // vanished between readdir and stat
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		return fn(ObjectInfo{Key: filepath.ToSlash(rel), Size: info.Size(), LastModified: info.ModTime().UTC()})
	})
}

// Object implements Source.
func (s *LocalSource) Object(info ObjectInfo) formats.Object {
	return &localObject{path: filepath.Join(s.Root, filepath.FromSlash(info.Key)), info: info}
}

type localObject struct {
	path string
	info ObjectInfo
	f    *os.File // opened by ReaderAt, closed by Close
}

func (o *localObject) Key() string { return o.info.Key }
func (o *localObject) Size() int64 { return o.info.Size }

func (o *localObject) Open(ctx context.Context) (io.ReadCloser, error) {
	return os.Open(o.path)
}

func (o *localObject) ReaderAt(ctx context.Context) (io.ReaderAt, error) {
	if o.f == nil {
		f, err := os.Open(o.path)
		if err != nil {
			return nil, err
		}
		o.f = f
	}
	return o.f, nil
}

// Close releases what ReaderAt opened.
func (o *localObject) Close() error {
	if o.f != nil {
		err := o.f.Close()
		o.f = nil
		return err
	}
	return nil
}
