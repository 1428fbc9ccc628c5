package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/exposure-dev/exposure/bench/accuracy"
)

// Record is one text of the corpus as a detector sees it.
type Record struct {
	File  string // name under data/
	Field string // CSV header or JSON path; "" for free text
	Row   int64  // record index; -1 for free text
	Text  string
}

// Walk reads every data file of the corpus in dir (in name order) with the
// standard library's decoders, independently of the generator, and calls fn
// for each text:
//
//   - .csv: the first record is the header; each non-empty cell of data
//     record r (from 0) is a Record with Field = its header and Row = r;
//   - .json: a top-level array's element i is row i, its paths start "$[i]";
//     any other document is row 0 with paths from "$". Object members add
//     ".key", array elements "[i]". Strings and numbers (as written) are
//     Records; booleans and nulls are not;
//   - .ndjson: line i (from 0) is row i, its paths start "$";
//   - anything else is free text: the whole file, Field "" and Row -1.
func Walk(dir string, fn func(Record)) error {
	data := filepath.Join(dir, DataDir)
	entries, err := os.ReadDir(data)
	if err != nil {
		return fmt.Errorf("corpus: cannot list %s: %w", data, err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		name := e.Name()
		b, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			return fmt.Errorf("corpus: cannot read %s: %w", name, err)
		}
		switch filepath.Ext(name) {
		case ".csv":
			err = walkCSV(name, b, fn)
		case ".json":
			err = walkJSON(name, b, fn)
		case ".ndjson":
			err = walkNDJSON(name, b, fn)
		default:
			fn(Record{File: name, Row: -1, Text: string(b)})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkCSV(name string, b []byte, fn func(Record)) error {
	r := csv.NewReader(bytes.NewReader(b))
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("corpus: cannot decode %q: %w", name, err)
	}
	for row := int64(0); ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("corpus: cannot decode %q: %w", name, err)
		}
		for i, v := range rec {
			if v != "" {
				fn(Record{File: name, Field: header[i], Row: row, Text: v})
			}
		}
	}
}

func decodeJSON(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the document")
	}
	return v, nil
}

func walkJSON(name string, b []byte, fn func(Record)) error {
	v, err := decodeJSON(b)
	if err != nil {
		return fmt.Errorf("corpus: cannot decode %q: %w", name, err)
	}
	if arr, ok := v.([]any); ok {
		for i, x := range arr {
			walkValue(name, "$["+strconv.Itoa(i)+"]", int64(i), x, fn)
		}
		return nil
	}
	walkValue(name, "$", 0, v, fn)
	return nil
}

func walkNDJSON(name string, b []byte, fn func(Record)) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for row := int64(0); sc.Scan(); row++ {
		v, err := decodeJSON(sc.Bytes())
		if err != nil {
			return fmt.Errorf("corpus: cannot decode %q line %d: %w", name, row+1, err)
		}
		walkValue(name, "$", row, v, fn)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpus: cannot read %q: %w", name, err)
	}
	return nil
}

func walkValue(file, path string, row int64, v any, fn func(Record)) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			walkValue(file, path+"."+k, row, v[k], fn)
		}
	case []any:
		for i, x := range v {
			walkValue(file, path+"["+strconv.Itoa(i)+"]", row, x, fn)
		}
	case string:
		if v != "" {
			fn(Record{File: file, Field: path, Row: row, Text: v})
		}
	case json.Number:
		fn(Record{File: file, Field: path, Row: row, Text: v.String()})
	}
}

// LoadLabels reads the labels of the corpus in dir.
func LoadLabels(dir string) ([]accuracy.Span, error) {
	f, err := os.Open(filepath.Join(dir, LabelsFile))
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	return accuracy.ReadSpans(f)
}

// Check verifies that every span names a text Walk yields and that the text
// at its offset is exactly its Text. It returns one line per problem (at most
// max), without the values themselves.
func Check(records []Record, spans []accuracy.Span, max int) []string {
	type key struct {
		file, field string
		row         int64
	}
	texts := make(map[key]string, len(records))
	for _, r := range records {
		texts[key{r.File, r.Field, r.Row}] = r.Text
	}
	var out []string
	for _, s := range spans {
		if len(out) == max {
			break
		}
		t, ok := texts[key{s.File, s.Field, s.Row}]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s %s: no such text", s.File, accuracy.Where(s)))
		case s.Offset < 0 || s.Length <= 0 || s.End() > len(t):
			out = append(out, fmt.Sprintf("%s %s: span outside a text of %d bytes", s.File, accuracy.Where(s), len(t)))
		case t[s.Offset:s.End()] != s.Text:
			out = append(out, fmt.Sprintf("%s %s: text differs (%s at that place)", s.File, accuracy.Where(s), accuracy.Quote(t[s.Offset:s.End()])))
		case strings.TrimSpace(s.Text) != s.Text:
			out = append(out, fmt.Sprintf("%s %s: span has outer white space", s.File, accuracy.Where(s)))
		}
	}
	return out
}
