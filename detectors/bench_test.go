package detectors_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/detectors"
)

// The Engine benchmarks run over a fixed, seeded mix of inputs: the text
// files and structured files of testdata/corpus and testdata/holdout, and a
// small synthetic estate (bench/gen, default object mix, seed 1) generated in
// memory. BenchmarkEngineMixed feeds free text in 256 KiB chunks, as the
// scanner does; BenchmarkEngineCells makes one call per CSV cell or JSON
// value, with the column name or JSON path as the field.

// benchChunk is the size of a free-text chunk, as the scanner cuts them.
const benchChunk = 256 << 10

// benchCell is one structured value with its field.
type benchCell struct {
	field string
	row   int64
	text  string
	col   detectors.Kind
}

// benchSet is the input of the Engine benchmarks.
type benchSet struct {
	// prose is dense personal data in running text: the free-text files of
	// the corpus and the hold-out set and the estate's chat transcripts
	// (Korean, Japanese, Chinese and English, about 700 KB).
	prose []string
	// logs are the estate's application logs (timestamps, ids, IP
	// addresses, a few phone numbers), cut to the size of prose.
	logs []string
	// mixed is prose and logs together, in a seeded order.
	mixed []string
	// cells are every non-empty CSV cell and JSON string or number of the
	// structured files.
	cells []benchCell
}

// benchInputs builds the inputs of the Engine benchmarks once.
var benchInputs = sync.OnceValue(func() *benchSet {
	prose := map[string][]byte{}
	logs := map[string][]byte{}
	structured := map[string][]byte{}
	add := func(name string, b []byte) {
		if !utf8.Valid(b) {
			return // legacy encodings: the scanner decodes them first
		}
		switch filepath.Ext(name) {
		case ".csv", ".tsv", ".json", ".ndjson":
			structured[name] = b
		case ".log":
			if strings.HasPrefix(name, "estate/") {
				logs[name] = b
			} else {
				prose[name] = b
			}
		case ".txt", ".md", ".eml":
			prose[name] = b
		}
	}
	for _, root := range []string{filepath.Join("..", "testdata", "corpus", "data"), filepath.Join("..", "testdata", "holdout", "data")} {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err == nil {
				add(p, b)
			}
			return err
		})
	}
	sink := &memSink{objs: map[string][]byte{}}
	cfg := gen.Sized(1, 6<<20)
	cfg.Workers = 1
	if _, err := gen.Generate(context.Background(), cfg, sink, nil); err != nil {
		panic("bench: cannot generate the estate: " + err.Error())
	}
	for k, b := range sink.objs {
		if strings.HasSuffix(k, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				continue
			}
			if b, err = io.ReadAll(zr); err != nil {
				continue
			}
			k = strings.TrimSuffix(k, ".gz")
		}
		add("estate/"+k, b)
	}

	rng := rand.New(rand.NewPCG(1, 2))
	set := &benchSet{}
	proseText := concat(rng, prose, -1)
	logText := concat(rng, logs, len(proseText))
	set.prose = chunked(proseText)
	set.logs = chunked(logText)
	set.mixed = chunked(concat(rng, map[string][]byte{"a": proseText, "b": logText}, -1))
	for _, name := range shuffled(rng, structured) {
		b := structured[name]
		switch filepath.Ext(name) {
		case ".csv", ".tsv":
			set.cells = append(set.cells, csvCells(b, strings.HasSuffix(name, ".tsv"))...)
		case ".json":
			set.cells = append(set.cells, jsonCells(b, false)...)
		case ".ndjson":
			set.cells = append(set.cells, jsonCells(b, true)...)
		}
	}
	return set
})

// concat joins the files of m in a seeded order, one newline after each,
// stopping at the first line end past limit bytes (no limit if negative).
func concat(rng *rand.Rand, m map[string][]byte, limit int) []byte {
	var all []byte
	for _, name := range shuffled(rng, m) {
		all = append(all, m[name]...)
		all = append(all, '\n')
		if limit >= 0 && len(all) >= limit {
			if i := bytes.IndexByte(all[limit:], '\n'); i >= 0 {
				all = all[:limit+i+1]
			}
			break
		}
	}
	return all
}

// chunked cuts text into chunks of benchChunk bytes at rune boundaries.
func chunked(all []byte) []string {
	var chunks []string
	for off := 0; off < len(all); {
		end := min(off+benchChunk, len(all))
		for end < len(all) && !utf8.RuneStart(all[end]) {
			end++
		}
		chunks = append(chunks, string(all[off:end]))
		off = end
	}
	return chunks
}

// shuffled returns the keys of m in a seeded random order.
func shuffled(rng *rand.Rand, m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	return keys
}

// memSink keeps the generated estate in memory.
type memSink struct {
	mu   sync.Mutex
	objs map[string][]byte
}

func (s *memSink) Put(_ context.Context, key string, r io.Reader, _ int64) error {
	b, err := io.ReadAll(r)
	s.mu.Lock()
	s.objs[key] = b
	s.mu.Unlock()
	return err
}

func (s *memSink) Key(key string) string { return key }

func csvCells(b []byte, tab bool) []benchCell {
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))))
	if tab {
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil || len(rows) < 2 {
		return nil
	}
	var out []benchCell
	for i, r := range rows[1:] {
		for j, v := range r {
			if v == "" || j >= len(rows[0]) {
				continue
			}
			f := rows[0][j]
			out = append(out, benchCell{field: f, row: int64(i), text: v, col: detectors.FieldKind(f)})
		}
	}
	return out
}

func jsonCells(b []byte, nd bool) []benchCell {
	var out []benchCell
	var walk func(path string, row int64, v any)
	walk = func(path string, row int64, v any) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(path+"."+k, row, x[k])
			}
		case []any:
			for i, e := range x {
				walk(path+"["+strconv.Itoa(i)+"]", row, e)
			}
		case string:
			if x != "" {
				out = append(out, benchCell{field: path, row: row, text: x, col: detectors.FieldKind(path)})
			}
		case json.Number:
			out = append(out, benchCell{field: path, row: row, text: x.String(), col: detectors.FieldKind(path)})
		}
	}
	docs := [][]byte{b}
	if nd {
		docs = bytes.Split(b, []byte("\n"))
	}
	for i, d := range docs {
		if len(bytes.TrimSpace(d)) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(d))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) != nil {
			continue
		}
		if arr, ok := v.([]any); ok && !nd {
			for j, x := range arr {
				walk("$["+strconv.Itoa(j)+"]", int64(j), x)
			}
			continue
		}
		walk("$", int64(i), v)
	}
	return out
}

// BenchmarkEngineMixed measures the Engine over free text in 256 KiB
// chunks: prose dense with personal data (the text files of the corpus, the
// hold-out set and the estate's chat transcripts), application logs, and
// both mixed half and half.
func BenchmarkEngineMixed(b *testing.B) {
	set := benchInputs()
	for _, c := range []struct {
		name   string
		chunks []string
	}{{"mixed", set.mixed}, {"prose", set.prose}, {"logs", set.logs}} {
		b.Run(c.name, func(b *testing.B) {
			var size int64
			for _, t := range c.chunks {
				size += int64(len(t))
			}
			eng := detectors.NewEngine(detectors.All())
			found := 0
			emit := func(detectors.Match) { found++ }
			b.SetBytes(size)
			b.ReportAllocs()
			cpu := startCPU()
			for b.Loop() {
				for _, t := range c.chunks {
					eng.Detect("", -1, t, "", emit)
				}
			}
			cpu.report(b)
			if found == 0 {
				b.Fatal("no detections")
			}
		})
	}
}

// BenchmarkEngineCells measures the Engine over structured data: one call
// per CSV cell or JSON value, with its column name or JSON path as the
// field and FieldKind of it as the column hint.
func BenchmarkEngineCells(b *testing.B) {
	cells := benchInputs().cells
	var size int64
	for _, c := range cells {
		size += int64(len(c.text))
	}
	eng := detectors.NewEngine(detectors.All())
	found := 0
	emit := func(detectors.Match) { found++ }
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		for _, c := range cells {
			eng.Detect(c.field, c.row, c.text, c.col, emit)
		}
	}
	cpu.report(b)
	if found == 0 {
		b.Fatal("no detections in the cells")
	}
	b.ReportMetric(float64(size)/float64(len(cells)), "B/cell")
}

// BenchmarkEngineParts measures the parts of the Engine alone over the
// mixed free text of BenchmarkEngineMixed: the keyword pass, then each
// detector over hits found beforehand.
func BenchmarkEngineParts(b *testing.B) {
	set := benchInputs()
	var size int64
	for _, t := range set.mixed {
		size += int64(len(t))
	}
	pb := detectors.NewPartBench(set.mixed)
	b.Run("cues", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		n := 0
		cpu := startCPU()
		for b.Loop() {
			n = pb.Cues()
		}
		cpu.report(b)
		b.ReportMetric(float64(n), "hits")
	})
	for d, k := range pb.Detectors() {
		b.Run(string(k), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			n := 0
			cpu := startCPU()
			for b.Loop() {
				n = pb.Detector(d)
			}
			cpu.report(b)
			b.ReportMetric(float64(n), "matches")
		})
	}
}
