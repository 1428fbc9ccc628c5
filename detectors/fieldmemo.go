package detectors

import (
	"strings"
	"unsafe"
)

// Structured data calls the detectors once per cell, and what a detector
// derives from the field name (is it a phone column, a column of other
// numbers, a door-code column, which country its script points to) costs
// many substring searches. fieldMemo keeps those facts per field name, per
// detector instance (a detector is used by one goroutine at a time, so no
// lock), bounded in size.
//
// JSON paths carry array indices ($[41].phone, $.items[3].tel), so the key
// writes every index as [0]: one entry serves all the elements of an array.
// That is exact only because no word the facts are computed from contains
// "[", "]" or an ASCII digit (a digit run between brackets can then neither
// make nor break an occurrence, nor change the script votes);
// TestFieldWordsHaveNoDigits checks it.

// fieldMemoMax bounds a fieldMemo; past it the memo starts afresh.
const fieldMemoMax = 4096

// fieldMemo maps (field, column kind) to facts V computed from them.
type fieldMemo[V any] struct {
	hot fieldHot[V]
	m   map[string]V
	key []byte // scratch for the look-up key
}

// fieldHot is a small cache in front of a map keyed by field names. The
// scanner passes the same string for every value of a column (the header
// cell, the memoised JSON path), so the set is picked by the address of
// the string's bytes and an entry checked by comparing strings, which is
// immediate for the same string. Two ways per set, the most recent first:
// with one, two columns of a file whose header strings fell into one slot
// (for a CSV file of a dozen columns, more likely than not) missed by
// turns on every row.
type fieldHot[V any] [hotSets][2]hotEntry[V]

type hotEntry[V any] struct {
	field  string
	column Kind
	v      V
	ok     bool
}

const hotSets = 32 // a power of two

// hotSet picks the set of field in a fieldHot.
func hotSet(field string) int {
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(field)))) + uint64(len(field))
	return int((p * 0x9e3779b97f4a7c15) >> 59) // top 5 bits: hotSets = 32
}

// find returns the value cached for (field, column).
func (h *fieldHot[V]) find(field string, column Kind) (V, bool) {
	set := &h[hotSet(field)]
	if e := &set[0]; e.ok && e.field == field && e.column == column {
		return e.v, true
	}
	if e := set[1]; e.ok && e.field == field && e.column == column {
		set[1], set[0] = set[0], e
		return e.v, true
	}
	var zero V
	return zero, false
}

// put caches v for (field, column), evicting the set's older entry.
func (h *fieldHot[V]) put(field string, column Kind, v V) {
	set := &h[hotSet(field)]
	set[1], set[0] = set[0], hotEntry[V]{field: field, column: column, v: v, ok: true}
}

// get returns compute(field, column), memoised.
func (f *fieldMemo[V]) get(field string, column Kind, compute func(field string, column Kind) V) V {
	if v, ok := f.hot.find(field, column); ok {
		return v
	}
	v := f.lookup(field, column, compute)
	f.hot.put(field, column, v)
	return v
}

// lookup is get without the hot cache.
func (f *fieldMemo[V]) lookup(field string, column Kind, compute func(field string, column Kind) V) V {
	k := append(f.key[:0], column...)
	k = append(k, 0)
	k = appendFieldKey(k, field)
	f.key = k
	if v, ok := f.m[string(k)]; ok {
		return v
	}
	v := compute(field, column)
	if f.m == nil || len(f.m) >= fieldMemoMax {
		f.m = make(map[string]V)
	}
	f.m[string(k)] = v
	return v
}

// appendFieldKey appends field to k with every array index ("[12]")
// written as "[0]".
func appendFieldKey(k []byte, field string) []byte {
	for {
		i := strings.IndexByte(field, '[')
		if i < 0 {
			return append(k, field...)
		}
		k = append(k, field[:i+1]...)
		field = field[i+1:]
		j := 0
		for j < len(field) && isASCIIDigit(field[j]) {
			j++
		}
		if j > 0 && j < len(field) && field[j] == ']' {
			k = append(k, '0')
			field = field[j:]
		}
	}
}

// fieldFacts are the facts of one (field, column kind) for every detector
// of this package. The Engine looks them up once per record and hands them
// on in Input.facts, instead of each detector looking up its own.
type fieldFacts struct {
	name  fieldInfo // the name and address detectors'
	phone phoneFieldFacts
	ac    acFieldFacts
	cells cellStats // the Engine's use of its cell memo for the field
}

// fieldFactsOf computes the fieldFacts of field and column.
func fieldFactsOf(field string, column Kind) *fieldFacts {
	return &fieldFacts{name: fieldInfoOf(field), phone: phoneFieldFactsOf(field, column), ac: acFieldFactsOf(field, column)}
}
