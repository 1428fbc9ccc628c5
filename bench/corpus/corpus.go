// Package corpus generates the labelled evaluation corpus of the detectors
// (testdata/corpus) and reads it back.
//
// The corpus is synthetic but realistic: names, phone numbers, postal
// addresses and building access codes of Korean, Japanese, Taiwanese and US
// people (real districts and roads, fake numbers), placed in CSV exports,
// JSON and NDJSON documents and free text (chats, delivery memos, e-mails,
// logs, reviews), among hard negatives that look like them (business and
// bank numbers, order and tracking numbers, dates, prices, IPs, versions,
// words that start with a surname, "no code" notes near door cues, ...).
//
// Every labelled value is located as the findings dataset locates a match:
// file, field (CSV header or JSON path), row, and a byte span of the decoded
// cell (structured data) or of the whole file (free text). Generation is
// deterministic: the same program writes the same bytes.
package corpus

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/exposure-dev/exposure/bench/accuracy"
)

// Corpus is a generated corpus: its files and the spans in them.
type Corpus struct {
	seed      string
	Files     map[string][]byte // file name (under data/) -> content
	Labels    []accuracy.Span   // labelled values
	Negatives []accuracy.Span   // hard negatives (Category set, Kind empty); not written to disk
}

// Layout of a corpus directory.
const (
	DataDir    = "data"
	LabelsFile = "labels.jsonl"
	ReadmeFile = "README.md"
)

// Generate builds the committed corpus (the one under testdata/corpus).
func Generate() *Corpus { return GenerateSeed("") }

// GenerateSeed builds a corpus of the same files, templates and word lists
// with values drawn from another random stream: a held-out set for checking
// that detectors tuned on the committed corpus did not learn its values.
// GenerateSeed("") is Generate().
func GenerateSeed(seed string) *Corpus {
	c := &Corpus{seed: seed, Files: map[string][]byte{}}
	c.krOrders()
	c.krMembers()
	c.opaqueExport()
	c.usCustomers()
	c.jpOrders()
	c.twOrders()
	c.products()
	c.opsMetrics()
	c.ordersJSON()
	c.eventsNDJSON()
	c.ticketsJSON()
	c.profilesNDJSON()
	c.freeText()
	slices.SortFunc(c.Labels, cmpSpan)
	slices.SortFunc(c.Negatives, cmpSpan)
	return c
}

// gen returns the generator of one file.
func (c *Corpus) gen(file string) *gen {
	if c.seed == "" {
		return &gen{r: newRNG(file)}
	}
	return &gen{r: newRNG(c.seed + "/" + file)}
}

func cmpSpan(a, b accuracy.Span) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if a.Row != b.Row {
		return int(a.Row - b.Row)
	}
	if c := strings.Compare(a.Field, b.Field); c != 0 {
		return c
	}
	return a.Offset - b.Offset
}

// record adds the spans of t, found in field/row of file.
func (c *Corpus) record(file, field string, row int64, t *text) {
	s := t.String()
	for _, sp := range t.spans {
		a := accuracy.Span{File: file, Field: field, Row: row, Offset: sp.start, Length: sp.end - sp.start, Text: s[sp.start:sp.end]}
		if sp.kind != "" {
			a.Kind, a.Country = sp.kind, sp.country
			c.Labels = append(c.Labels, a)
		} else {
			a.Category = sp.cat
			c.Negatives = append(c.Negatives, a)
		}
	}
}

// addText adds a free-text file.
func (c *Corpus) addText(name string, t *text) {
	c.Files[name] = []byte(t.String())
	c.record(name, "", -1, t)
}

// addCSV adds a CSV file; a nil cell is empty.
func (c *Corpus) addCSV(name string, header []string, rows [][]*text) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(header); err != nil {
		panic(err)
	}
	for r, row := range rows {
		if len(row) != len(header) {
			panic(fmt.Sprintf("corpus: %s row %d has %d cells for %d columns", name, r, len(row), len(header)))
		}
		rec := make([]string, len(row))
		for i, t := range row {
			if t != nil {
				rec[i] = t.String()
				c.record(name, header[i], int64(r), t)
			}
		}
		if err := w.Write(rec); err != nil {
			panic(err)
		}
	}
	w.Flush()
	c.Files[name] = buf.Bytes()
}

// Write writes the corpus under dir: data files, label and negative files
// and the README. Files in dir/data that the corpus no longer has are removed.
func (c *Corpus) Write(dir string) error {
	data := filepath.Join(dir, DataDir)
	if err := os.MkdirAll(data, 0o755); err != nil {
		return fmt.Errorf("corpus: cannot create %s: %w", data, err)
	}
	old, err := os.ReadDir(data)
	if err != nil {
		return fmt.Errorf("corpus: cannot list %s: %w", data, err)
	}
	for _, e := range old {
		if _, ok := c.Files[e.Name()]; !ok && e.Type().IsRegular() {
			if err := os.Remove(filepath.Join(data, e.Name())); err != nil {
				return fmt.Errorf("corpus: cannot remove stale %s: %w", e.Name(), err)
			}
		}
	}
	for name, b := range c.Files {
		if err := os.WriteFile(filepath.Join(data, name), b, 0o644); err != nil {
			return fmt.Errorf("corpus: cannot write %s: %w", name, err)
		}
	}
	for name, b := range c.Meta() {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("corpus: cannot write %s: %w", name, err)
		}
	}
	return nil
}

// Meta returns the files written beside data/: the labels and the README.
// The hard negatives are not written (they are thousands of spans); the
// README counts them and Generate lists them.
func (c *Corpus) Meta() map[string][]byte {
	var l bytes.Buffer
	if err := accuracy.WriteSpans(&l, c.Labels); err != nil {
		panic(err)
	}
	return map[string][]byte{LabelsFile: l.Bytes(), ReadmeFile: []byte(c.readme())}
}
