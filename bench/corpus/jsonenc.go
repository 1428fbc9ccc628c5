package corpus

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// JSON values of the corpus, in an order-preserving form:
//
//	jobj      an object, keys in order
//	[]any     an array
//	*text     a string, whose spans are recorded
//	jnum      a number literal, whose spans are recorded
//	string    a string without spans
//	int, bool, nil
type jobj []jkv

type jkv struct {
	k string
	v any
}

type jnum struct{ t *text }

// obj builds a jobj from alternating keys and values.
func obj(kv ...any) jobj {
	o := make(jobj, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			continue // absent, not null
		}
		if t, ok := kv[i+1].(*text); ok && t == nil {
			continue
		}
		o = append(o, jkv{kv[i].(string), kv[i+1]})
	}
	return o
}

// jenc writes JSON and records the spans of its *text and jnum values under
// their JSON paths.
type jenc struct {
	c      *Corpus
	file   string
	row    int64
	pretty bool
	buf    bytes.Buffer
}

func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (e *jenc) nl(depth int) {
	if e.pretty {
		e.buf.WriteByte('\n')
		e.buf.WriteString(strings.Repeat("  ", depth))
	}
}

func (e *jenc) value(v any, path string, depth int) {
	switch v := v.(type) {
	case jobj:
		e.buf.WriteByte('{')
		for i, kv := range v {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.nl(depth + 1)
			e.buf.WriteString(quote(kv.k))
			e.buf.WriteByte(':')
			if e.pretty {
				e.buf.WriteByte(' ')
			}
			e.value(kv.v, path+"."+kv.k, depth+1)
		}
		if len(v) > 0 {
			e.nl(depth)
		}
		e.buf.WriteByte('}')
	case []any:
		e.buf.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.nl(depth + 1)
			e.value(x, path+"["+strconv.Itoa(i)+"]", depth+1)
		}
		if len(v) > 0 {
			e.nl(depth)
		}
		e.buf.WriteByte(']')
	case *text:
		e.buf.WriteString(quote(v.String()))
		e.c.record(e.file, path, e.row, v)
	case jnum:
		e.buf.WriteString(v.t.String())
		e.c.record(e.file, path, e.row, v.t)
	case string:
		e.buf.WriteString(quote(v))
	case int:
		e.buf.WriteString(strconv.Itoa(v))
	case bool:
		e.buf.WriteString(strconv.FormatBool(v))
	case nil:
		e.buf.WriteString("null")
	default:
		panic("corpus: unsupported JSON value")
	}
}

// addJSON adds a pretty-printed JSON document. When it is an array, element
// i is row i and its paths start "$[i]"; otherwise the document is row 0.
func (c *Corpus) addJSON(name string, v any) {
	e := &jenc{c: c, file: name, pretty: true}
	if arr, ok := v.([]any); ok {
		e.buf.WriteByte('[')
		for i, x := range arr {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.nl(1)
			e.row = int64(i)
			e.value(x, "$["+strconv.Itoa(i)+"]", 1)
		}
		e.nl(0)
		e.buf.WriteString("]\n")
	} else {
		e.value(v, "$", 0)
		e.buf.WriteByte('\n')
	}
	c.Files[name] = e.buf.Bytes()
}

// addNDJSON adds newline-delimited JSON: line i is row i, paths start "$".
func (c *Corpus) addNDJSON(name string, lines []any) {
	e := &jenc{c: c, file: name}
	for i, v := range lines {
		e.row = int64(i)
		e.value(v, "$", 0)
		e.buf.WriteByte('\n')
	}
	c.Files[name] = e.buf.Bytes()
}
