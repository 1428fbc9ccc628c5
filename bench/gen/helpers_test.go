package gen

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/parquet-go/parquet-go"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/traditionalchinese"
)

// memSink keeps objects in memory.
type memSink struct {
	mu     sync.Mutex
	prefix string
	objs   map[string][]byte
}

func newMemSink() *memSink { return &memSink{objs: map[string][]byte{}} }

func (m *memSink) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if int64(len(b)) != size {
		return fmt.Errorf("size %d, read %d", size, len(b))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.objs[key]; dup {
		return fmt.Errorf("key %q stored twice", key)
	}
	m.objs[key] = b
	return nil
}

func (m *memSink) Key(k string) string { return m.prefix + k }

func (m *memSink) keys() []string { return slices.Sorted(maps.Keys(m.objs)) }

// generate runs Generate into memory and returns the sink, the raw labels
// file and the summary.
func generate(t testing.TB, cfg Config) (*memSink, []byte, *Summary) {
	t.Helper()
	sink := newMemSink()
	var labels bytes.Buffer
	sum, err := Generate(context.Background(), cfg, sink, &labels)
	if err != nil {
		t.Fatal(err)
	}
	return sink, labels.Bytes(), sum
}

func readAllLabels(t testing.TB, raw []byte) []Label {
	t.Helper()
	var ls []Label
	if err := ReadLabels(bytes.NewReader(raw), func(l *Label) error {
		ls = append(ls, *l)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return ls
}

// view is an object (or archive member) decoded independently of the
// generator: free text, or cells by field and row.
type view struct {
	text  string
	cells map[string]map[int64]string
}

// decodeObject decodes key's bytes into views by container path ("" for
// the object itself).
func decodeObject(key string, b []byte) (map[string]*view, error) {
	out := map[string]*view{}
	var err error
	switch {
	case strings.HasSuffix(key, ".zip"):
		zr, zerr := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if zerr != nil {
			return nil, zerr
		}
		for _, f := range zr.File {
			rc, oerr := f.Open()
			if oerr != nil {
				return nil, oerr
			}
			data, rerr := io.ReadAll(rc)
			rc.Close()
			if rerr != nil {
				return nil, rerr
			}
			sub, derr := decodeObject(f.Name, data)
			if derr != nil {
				return nil, fmt.Errorf("%s: %w", f.Name, derr)
			}
			out[f.Name] = sub[""]
		}
		return out, nil
	case strings.HasSuffix(key, ".gz"):
		zr, zerr := gzip.NewReader(bytes.NewReader(b))
		if zerr != nil {
			return nil, zerr
		}
		data, rerr := io.ReadAll(zr)
		if rerr != nil {
			return nil, rerr
		}
		out[""] = &view{text: string(data)}
	case strings.HasSuffix(key, ".parquet"):
		out[""], err = decodeParquet(b)
	case strings.HasSuffix(key, ".ndjson"):
		out[""], err = decodeNDJSON(b)
	case strings.HasSuffix(key, ".csv"):
		var dec *encoding.Decoder
		switch {
		case strings.Contains(key, "_euckr"):
			dec = korean.EUCKR.NewDecoder()
		case strings.Contains(key, "_sjis"):
			dec = japanese.ShiftJIS.NewDecoder()
		}
		if dec != nil {
			if b, err = dec.Bytes(b); err != nil {
				return nil, err
			}
		}
		out[""], err = decodeCSV(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")))
	case strings.HasSuffix(key, ".txt"):
		if strings.Contains(key, "_big5") {
			if b, err = traditionalchinese.Big5.NewDecoder().Bytes(b); err != nil {
				return nil, err
			}
		}
		out[""] = &view{text: string(b)}
	default:
		out[""] = &view{text: string(b)}
	}
	return out, err
}

func decodeCSV(b []byte) (*view, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	v := &view{cells: map[string]map[int64]string{}}
	for i, rec := range recs[1:] {
		for j, cell := range rec {
			h := recs[0][j]
			if v.cells[h] == nil {
				v.cells[h] = map[int64]string{}
			}
			v.cells[h][int64(i)] = cell
		}
	}
	return v, nil
}

func decodeNDJSON(b []byte) (*view, error) {
	v := &view{cells: map[string]map[int64]string{}}
	for i, line := range bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n")) {
		var x any
		if err := json.Unmarshal(line, &x); err != nil {
			return nil, fmt.Errorf("line %d: %w", i, err)
		}
		var walk func(path string, x any)
		walk = func(path string, x any) {
			switch x := x.(type) {
			case map[string]any:
				for k, y := range x {
					walk(path+"."+k, y)
				}
			case []any:
				for j, y := range x {
					walk(path+"["+strconv.Itoa(j)+"]", y)
				}
			case string:
				if v.cells[path] == nil {
					v.cells[path] = map[int64]string{}
				}
				v.cells[path][int64(i)] = x
			}
		}
		walk("$", x)
	}
	return v, nil
}

func decodeParquet(b []byte) (*view, error) {
	f, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	v := &view{cells: map[string]map[int64]string{}}
	names := map[int]string{}
	for _, path := range f.Schema().Columns() {
		leaf, _ := f.Schema().Lookup(path...)
		names[leaf.ColumnIndex] = strings.Join(path, ".")
	}
	r := parquet.NewReader(bytes.NewReader(b))
	defer r.Close()
	rows := make([]parquet.Row, 64)
	var row int64
	for {
		n, err := r.ReadRows(rows)
		for _, rw := range rows[:n] {
			for _, val := range rw {
				if val.Kind() != parquet.ByteArray {
					continue
				}
				name := names[val.Column()]
				if v.cells[name] == nil {
					v.cells[name] = map[int64]string{}
				}
				v.cells[name][row] = string(val.ByteArray())
			}
			row++
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func csvRecord(s string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	r.LazyQuotes = false
	return r.Read()
}
