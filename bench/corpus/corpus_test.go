package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/exposure-dev/exposure/bench/accuracy"
)

// committed is the corpus directory of the repository.
var committed = filepath.Join("..", "..", "testdata", "corpus")

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := Generate(), Generate()
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for name, x := range a.Files {
		if !bytes.Equal(x, b.Files[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	for name, x := range a.Meta() {
		if !bytes.Equal(x, b.Meta()[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// The committed corpus must be exactly what the generator writes.
func TestCommittedCorpusIsUpToDate(t *testing.T) {
	c := Generate()
	const fix = "run: go run ./bench/corpus/cmd/gencorpus"
	for name, want := range c.Files {
		got, err := os.ReadFile(filepath.Join(committed, DataDir, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("testdata/corpus/data/%s is stale or missing; %s", name, fix)
		}
	}
	for name, want := range c.Meta() {
		got, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("testdata/corpus/%s is stale or missing; %s", name, fix)
		}
	}
	entries, err := os.ReadDir(filepath.Join(committed, DataDir))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := c.Files[e.Name()]; !ok {
			t.Errorf("testdata/corpus/data/%s is not generated; %s", e.Name(), fix)
		}
	}
}

// Labels and negatives, located through the standard-library reader, hold
// exactly the text they claim.
func TestSpansMatchCommittedText(t *testing.T) {
	var recs []Record
	if err := Walk(committed, func(r Record) { recs = append(recs, r) }); err != nil {
		t.Fatal(err)
	}
	labels, err := LoadLabels(committed)
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) == 0 {
		t.Fatal("no labels")
	}
	for _, p := range Check(recs, labels, 20) {
		t.Error("label:", p)
	}
	for _, p := range Check(recs, Generate().Negatives, 20) {
		t.Error("negative:", p)
	}
}

func TestSpansDoNotOverlap(t *testing.T) {
	c := Generate()
	type key struct {
		file, field string
		row         int64
	}
	all := map[key][]accuracy.Span{}
	for _, s := range append(append([]accuracy.Span{}, c.Labels...), c.Negatives...) {
		k := key{s.File, s.Field, s.Row}
		for _, o := range all[k] {
			if s.Offset < o.End() && o.Offset < s.End() {
				t.Errorf("%s %s overlaps %s (%s%s / %s%s)", s.File, accuracy.Where(s), accuracy.Where(o), s.Kind, s.Category, o.Kind, o.Category)
			}
		}
		all[k] = append(all[k], s)
	}
}

func TestKindsAndCountries(t *testing.T) {
	c := Generate()
	for _, l := range c.Labels {
		if !strings.Contains(" name phone address access_code ", " "+l.Kind+" ") {
			t.Errorf("label of unknown kind %q", l.Kind)
		}
		if !strings.Contains(" KR JP TW US ", " "+l.Country+" ") {
			t.Errorf("label of unknown country %q", l.Country)
		}
	}
}

// The corpus is as large and as spread as issue 3 asks.
func TestCounts(t *testing.T) {
	n := Generate().Count()
	for _, k := range accuracy.StandardKinds {
		total := 0
		for _, cc := range countries {
			total += n.ByCountry[k][cc]
			floor := 100
			if k == AccessCode {
				floor = 50
			}
			if n.ByCountry[k][cc] < floor {
				t.Errorf("%s/%s: %d labels, want >= %d", k, cc, n.ByCountry[k][cc], floor)
			}
			if cc != "KR" && n.ByCountry[k][cc] >= n.ByCountry[k]["KR"] {
				t.Errorf("%s: %s has %d labels, not fewer than KR's %d", k, cc, n.ByCountry[k][cc], n.ByCountry[k]["KR"])
			}
		}
		if total < 300 {
			t.Errorf("%s: %d labels, want >= 300", k, total)
		}
		for _, form := range []string{"csv", "json", "text"} {
			if n.ByFormat[k][form] < 30 {
				t.Errorf("%s: %d labels in %s, want >= 30", k, n.ByFormat[k][form], form)
			}
		}
	}
	neg := 0
	for cat, v := range n.Negatives {
		neg += v
		if v < 3 {
			t.Errorf("negative category %s has only %d samples", cat, v)
		}
	}
	if neg < 1000 || len(n.Negatives) < 30 {
		t.Errorf("%d negatives in %d categories, want >= 1000 in >= 30", neg, len(n.Negatives))
	}
	size := 0
	for _, f := range n.ByFile {
		size += f[2]
	}
	if size > 600<<10 {
		t.Errorf("corpus data is %d bytes; keep it modest", size)
	}
}

// Every phone label is a number libphonenumber accepts as valid for its
// country, so that a detector that validates numbers is not penalised.
func TestPhoneLabelsAreValidNumbers(t *testing.T) {
	bad := 0
	for _, l := range Generate().Labels {
		if l.Kind != Phone {
			continue
		}
		num, err := phonenumbers.Parse(l.Text, l.Country)
		if err != nil || !phonenumbers.IsValidNumberForRegion(num, l.Country) {
			bad++
			if bad <= 20 {
				t.Errorf("%s %s: %q is not a valid %s number (%v)", l.File, accuracy.Where(l), l.Text, l.Country, err)
			}
		}
	}
}

// Another seed gives a consistent corpus of the same shape with other values.
func TestHeldOutSeed(t *testing.T) {
	c := GenerateSeed("held-out-1")
	dir := t.TempDir()
	if err := c.Write(dir); err != nil {
		t.Fatal(err)
	}
	var recs []Record
	if err := Walk(dir, func(r Record) { recs = append(recs, r) }); err != nil {
		t.Fatal(err)
	}
	for _, p := range Check(recs, c.Labels, 20) {
		t.Error("label:", p)
	}
	for _, p := range Check(recs, c.Negatives, 20) {
		t.Error("negative:", p)
	}
	base := Generate()
	same := 0
	for name, b := range c.Files {
		if bytes.Equal(b, base.Files[name]) {
			same++
		}
	}
	if same > 0 || len(c.Files) != len(base.Files) {
		t.Errorf("%d of %d files equal to the committed corpus", same, len(c.Files))
	}
	n := c.Count()
	for _, k := range accuracy.StandardKinds {
		total := 0
		for _, v := range n.ByCountry[k] {
			total += v
		}
		if total < 300 {
			t.Errorf("%s: %d labels", k, total)
		}
	}
}
