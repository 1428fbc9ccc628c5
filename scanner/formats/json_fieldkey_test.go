package formats

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/google/go-cmp/cmp"
)

// TestJSONFieldKey: values under a top-level JSON array keep their exact
// path in Field and get in FieldKey that path with the top-level index 0,
// one string for every element (the detectors' field caches key on its
// address); other records have no FieldKey, also when a CSV member follows
// a JSON array in one archive (the reader's record is reused).
func TestJSONFieldKey(t *testing.T) {
	type got struct{ Field, FieldKey string }
	read := func(t *testing.T, o Object) ([]got, map[string]map[*byte]bool) {
		t.Helper()
		var out []got
		ptrs := map[string]map[*byte]bool{}
		_, err := Read(context.Background(), o, DefaultLimits(), func(r *Record) error {
			out = append(out, got{r.Field, r.FieldKey})
			if r.FieldKey != "" {
				if ptrs[r.FieldKey] == nil {
					ptrs[r.FieldKey] = map[*byte]bool{}
				}
				ptrs[r.FieldKey][unsafe.StringData(r.FieldKey)] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out, ptrs
	}
	arr := []byte(`[{"name":"a","tel":["010-1234-5678","x"]},{"name":"b","tel":["y"]},{"name":"c","addr":{"city":"z"}}]`)
	recs, ptrs := read(t, obj("customers.json", arr))
	want := []got{
		{"$[0].name", "$[0].name"}, {"$[0].tel[0]", "$[0].tel[0]"}, {"$[0].tel[1]", "$[0].tel[1]"},
		{"$[1].name", "$[0].name"}, {"$[1].tel[0]", "$[0].tel[0]"},
		{"$[2].name", "$[0].name"}, {"$[2].addr.city", "$[0].addr.city"},
	}
	if diff := cmp.Diff(want, recs); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	for k, ps := range ptrs {
		if len(ps) != 1 {
			t.Errorf("FieldKey %q came as %d different strings, want one", k, len(ps))
		}
	}

	recs, _ = read(t, obj("one.json", []byte(`{"name":"a","tel":["010-1234-5678"]}`)))
	if diff := cmp.Diff([]got{{"$.name", ""}, {"$.tel[0]", ""}}, recs); diff != "" {
		t.Errorf("a top-level object (-want +got):\n%s", diff)
	}
	recs, _ = read(t, obj("lines.ndjson", []byte("[\"a\"]\n[\"b\"]\n")))
	if diff := cmp.Diff([]got{{"$[0]", ""}, {"$[0]", ""}}, recs); diff != "" {
		t.Errorf("NDJSON (-want +got):\n%s", diff)
	}

	z := zipOf(t, member{name: "a.json", data: arr}, member{name: "b.csv", data: []byte("name,phone\nkim,010-1111-2222\n")}, member{name: "c.txt", data: []byte("free text")})
	recs, _ = read(t, obj("backup.zip", z))
	for _, r := range recs[len(recs)-3:] {
		if r.FieldKey != "" {
			t.Errorf("record %+v after the JSON member kept a FieldKey", r)
		}
	}
}

// TestJSONFieldKeySameMatches runs the detectors over every record of the
// labelled JSON arrays of testdata twice, with Field and with FieldKey as the
// field, and expects the same matches: what the detectors derive from a
// field name does not depend on an array index.
func TestJSONFieldKeySameMatches(t *testing.T) {
	files := []string{"../../testdata/corpus/data/orders.json", "../../testdata/holdout/data/tw/shipments.json", "../../testdata/holdout/data/kr/member_sync.json"}
	byField, byKey := detectors.NewEngine(detectors.All()), detectors.NewEngine(detectors.All())
	keyed := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var a, b []string
		_, err = Read(context.Background(), obj(filepath.Base(name), data), DefaultLimits(), func(r *Record) error {
			if r.FieldKey == "" {
				return nil
			}
			keyed++
			at := func(out *[]string) func(detectors.Match) {
				return func(m detectors.Match) {
					*out = append(*out, fmt.Sprintf("%s %d %d %d %s %s %s %.3f %s", r.Field, r.Row, m.Start, m.End, m.Kind, m.Subtype, m.Country, m.Confidence, m.Normalized))
				}
			}
			byField.Detect(r.Field, r.Row, r.Text, r.Column, at(&a))
			byKey.Detect(r.FieldKey, r.Row, r.Text, r.Column, at(&b))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(a) == 0 {
			t.Errorf("%s: no matches", name)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: matches with Field (-) and with FieldKey (+):\n%.2000s", name, diff)
		}
	}
	if keyed < 100 {
		t.Errorf("only %d records had a FieldKey", keyed)
	}
}
