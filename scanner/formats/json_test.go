package formats

import (
	"errors"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

func TestJSONRecords(t *testing.T) {
	for _, tc := range []struct {
		name, key, data, format string
		want                    []string
	}{
		{"document", "c.json",
			`{"name":"김민준","phone":"010-1234-5678","address":{"line":"서울 강남구","zip":"06236"},"tags":["a","b"],"n":1,"ok":true,"x":null,"e":{},"l":[]}`,
			"json",
			[]string{"$.name|0|김민준", "$.phone|0|010-1234-5678", "$.address.line|0|서울 강남구", "$.address.zip|0|06236", "$.tags[0]|0|a", "$.tags[1]|0|b"}},
		{"top-level array", "a.json",
			"[\n {\"phone\": \"010-1111-2222\"},\n {\"phone\": \"010-3333-4444\", \"kids\": [{\"name\": \"x\"}]}\n]\n",
			"json",
			[]string{"$[0].phone|0|010-1111-2222", "$[1].phone|1|010-3333-4444", "$[1].kids[0].name|1|x"}},
		{"ndjson rows are lines", "events.jsonl",
			"{\"phone\":\"010-1\"}\n\n{\"user\":{\"name\":\"kim\"}}\n[\"a\"]\n",
			"ndjson",
			[]string{"$.phone|0|010-1", "$.user.name|2|kim", "$[0]|3|a"}},
		{"ndjson sniffed without name", "events",
			"{\"a\":\"1\"}\n{\"a\":\"2\"}\n",
			"ndjson",
			[]string{"$.a|0|1", "$.a|1|2"}},
		{"escapes", "e.json",
			`{"s":"a\"b\\c\/d\n\u00e9\uAC00\ud83d\ude00\ud800x","t":"\é"}`,
			"json",
			[]string{"$.s|0|a\"b\\c/d\né가😀\uFFFDx", "$.t|0|é"}},
		{"numbers only in phone and code fields", "n.json",
			`{"phone":821012345678,"age":30,"door_code":1234,"tel":-1.5e3}`,
			"json",
			[]string{"$.phone|0|821012345678", "$.door_code|0|1234", "$.tel|0|-1.5e3"}},
		{"keys that need quoting", "k.json",
			`{"first name":"a","it's":"b","":"c","주소":"d"}`,
			"json",
			[]string{"$['first name']|0|a", `$['it\'s']|0|b`, "$['']|0|c", "$.주소|0|d"}},
		{"concatenated documents", "multi.json",
			"{\n\"a\":\"1\"\n}\n{\n\"a\":\"2\"\n}\n",
			"json",
			[]string{"$.a|0|1", "$.a|1|2"}},
		{"scalar document", "s.json", `["only"]`, "json", []string{"$[0]|0|only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, info, err := collect(t, obj(tc.key, []byte(tc.data)), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if info.Format != tc.format {
				t.Fatalf("format %q, want %q", info.Format, tc.format)
			}
			equalStrings(t, cells(rs), tc.want)
			for _, r := range rs {
				if r.Offset != 0 || r.Lo != 0 || r.Hi != len(r.Text) {
					t.Fatalf("value record %v: want Offset 0, [0,len)", r)
				}
			}
		})
	}
}

func TestJSONColumnKinds(t *testing.T) {
	rs, _, err := collect(t, obj("k.json", []byte(`{"customer":{"full_name":"x","phones":["y"],"memo":"z"}}`)), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	want := []detectors.Kind{detectors.KindName, detectors.KindPhone, ""}
	for i, r := range rs {
		if r.Column != want[i] {
			t.Errorf("%s: column %q, want %q", r.Field, r.Column, want[i])
		}
		if r.Column != detectors.FieldKind(r.Field) {
			t.Errorf("%s: column %q differs from FieldKind %q", r.Field, r.Column, detectors.FieldKind(r.Field))
		}
	}
}

// A document malformed halfway: the values before the damage are records,
// the rest is scanned as free text at its true offset, then the error.
func TestJSONMalformedHalfway(t *testing.T) {
	data := `{"name":"김민준","ok": tru, "phone":"010-1234-5678"}`
	rs, info, err := collect(t, obj("m.json", []byte(data)), DefaultLimits())
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Format != "json" {
		t.Fatalf("err = %v, want json *CorruptError", err)
	}
	if info.Format != "json" {
		t.Fatalf("format %q", info.Format)
	}
	if rs[0].Field != "$.name" || rs[0].Text != "김민준" {
		t.Fatalf("first record %v", rs[0])
	}
	rest := rs[1:]
	if len(rest) == 0 || rest[0].Row != -1 {
		t.Fatalf("no free-text fallback: %v", rs)
	}
	found := false
	for _, r := range rest {
		if i := strings.Index(r.Text, "010-1234-5678"); i >= r.Lo && i < r.Hi {
			if got, want := r.Offset+int64(i), int64(strings.Index(data, "010-")); got != want {
				t.Fatalf("phone at %d, want %d", got, want)
			}
			found = true
		}
	}
	if !found {
		t.Fatal("phone after the damage not scanned")
	}
}

func TestJSONDeepNesting(t *testing.T) {
	data := strings.Repeat("[", 100000) + `"010-1234-5678"` + strings.Repeat("]", 100000)
	rs, _, err := collect(t, obj("deep.json", []byte(data)), DefaultLimits())
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "nesting deeper") {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(freeTextFrom(t, rs, maxJSONDepth), "010-1234-5678") {
		t.Fatal("text past the nesting limit not scanned")
	}
}

func TestNDJSONBadLine(t *testing.T) {
	data := "{\"a\":\"1\"}\n{\"a\": oops 010-1234-5678}\n{\"a\":\"3\"}\n{\"a\":\n"
	rs, _, err := collect(t, obj("x.ndjson", []byte(data)), DefaultLimits())
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Format != "ndjson" || !strings.Contains(err.Error(), "2 malformed lines, the first at line 1") {
		t.Fatalf("err = %v", err)
	}
	var vals []string
	text := ""
	for _, r := range rs {
		if r.Row == -1 {
			text += r.reported()
		} else {
			vals = append(vals, r.Field+"|"+r.Text)
		}
	}
	equalStrings(t, vals, []string{"$.a|1", "$.a|3"})
	if !strings.Contains(text, "oops 010-1234-5678}") {
		t.Fatalf("bad line not scanned as text: %q", text)
	}
}

func TestJSONLongStringChunked(t *testing.T) {
	long := strings.Repeat("주소 서울 \\n 강남구 ", 100)
	data := `{"memo":"` + long + `","phone":"x"}`
	rs, _, err := collect(t, obj("l.json", []byte(data)), smallLimits(64, 8))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.ReplaceAll(long, `\n`, "\n")
	var b strings.Builder
	next := int64(0)
	for _, r := range rs {
		if r.Field != "$.memo" {
			continue
		}
		if r.Offset+int64(r.Lo) != next {
			t.Fatalf("chunk %v does not continue at %d", r, next)
		}
		b.WriteString(r.reported())
		next = r.Offset + int64(r.Hi)
	}
	if b.String() != want {
		t.Fatalf("reassembled %d bytes, want %d", b.Len(), len(want))
	}
}

func TestSniffJSON(t *testing.T) {
	for _, tc := range []struct {
		head  string
		atEOF bool
		want  jsonVerdict
	}{
		{`{"a":1}`, true, jsonDoc},
		{"{\"a\":1}\n{\"a\":2}\n", true, jsonStream},
		{"{\"a\":1}\n{\"a\":", false, jsonStream},
		{"{\n  \"a\": [1, 2", false, jsonDoc},
		{`[1, 2, "abc`, false, jsonDoc},
		{"[2024-01-01 12:00:00] INFO started", true, jsonNo},
		{"{timestamp} message", true, jsonNo},
		{"hello", true, jsonNo},
		{"[]", true, jsonDoc},
		{"{\n\"a\":1\n}\nnot json at all\n", true, jsonNo},
		{`{"a":tr`, false, jsonDoc},
	} {
		if got := sniffJSON([]byte(tc.head), tc.atEOF); got != tc.want {
			t.Errorf("sniffJSON(%q, %v) = %v, want %v", tc.head, tc.atEOF, got, tc.want)
		}
	}
}

func TestValidNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "-0": true, "12": true, "1.5": true, "1e9": true, "-1.25E-3": true,
		"": false, "-": false, "01": false, "1.": false, ".5": false, "1e": false, "2024-01-01": false, "1+2": false,
	} {
		if validNumber([]byte(s)) != want {
			t.Errorf("validNumber(%q) != %v", s, want)
		}
	}
}
