package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Walk follows the documented conventions for fields and rows.
func TestWalkConventions(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.csv":    "name,phone\n\"Kim, Minjun\",010-1234-5678\n,\n x ,7\n",
		"b.json":   `[{"shipping":{"address":"서울 강남구 테헤란로 1"},"items":[{"qty":2},{"ok":true,"n":null}]},{"x":"y"}]`,
		"c.json":   `{"tickets":[{"text":"hi"}],"count":1.50}`,
		"d.ndjson": "{\"a\":{\"b\":\"one\"}}\n{\"a\":[\"two\",\"\"]}\n",
		"e.txt":    "free\ntext",
	}
	if err := os.MkdirAll(filepath.Join(dir, DataDir), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, DataDir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := Walk(dir, func(r Record) { got = append(got, r.File+"|"+r.Field+"|"+itoa(int(r.Row))+"|"+r.Text) }); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"a.csv|name|0|Kim, Minjun", "a.csv|phone|0|010-1234-5678", "a.csv|name|2| x ", "a.csv|phone|2|7",
		"b.json|$[0].items[0].qty|0|2", "b.json|$[0].shipping.address|0|서울 강남구 테헤란로 1", "b.json|$[1].x|1|y",
		"c.json|$.count|0|1.50", "c.json|$.tickets[0].text|0|hi",
		"d.ndjson|$.a.b|0|one", "d.ndjson|$.a[0]|1|two",
		"e.txt||-1|free\ntext",
	}
	if !slices.Equal(got, want) {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := os.WriteFile(filepath.Join(dir, DataDir, "f.json"), []byte(`{"a":1} {"b":2}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Walk(dir, func(Record) {}); err == nil || !strings.Contains(err.Error(), `cannot decode "f.json"`) {
		t.Errorf("trailing data: %v", err)
	}
}

// The decoders never panic and yield only non-empty texts.
func FuzzWalkDecoders(f *testing.F) {
	f.Add([]byte(`[{"a":{"b":["x",1,true,null]}}]`))
	f.Add([]byte("h1,h2\n\"a\nb\",c\n"))
	f.Add([]byte("{\"k\":\"v\"}\n{\"k\":[]}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(r Record) {
			if r.Text == "" {
				t.Fatalf("empty text at %s row %d", r.Field, r.Row)
			}
		}
		_ = walkJSON("f.json", b, check)
		_ = walkNDJSON("f.ndjson", b, check)
		_ = walkCSV("f.csv", b, check)
	})
}
