package detectors

import (
	"strings"
	"testing"
)

func TestAppendFieldKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"phone", "phone"},
		{"$[41].phone", "$[0].phone"},
		{"$.items[3].tel[12]", "$.items[0].tel[0]"},
		{"$['a[1]']", "$['a[0]']"},
		{"tel1", "tel1"},
		{"$[]", "$[]"},
		{"$[12", "$[12"},
		{"$[1x]", "$[1x]"},
		{"[[7]]", "[[0]]"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := string(appendFieldKey(nil, c.in)); got != c.want {
				t.Errorf("appendFieldKey(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestFieldWordsHaveNoDigits checks what makes fieldMemo's keys exact: the
// words field facts are computed from have no digit and no bracket, so an
// array index cannot change the facts.
func TestFieldWordsHaveNoDigits(t *testing.T) {
	var words []string
	for _, w := range fieldWords {
		words = append(words, w.word)
	}
	words = append(words, fieldExclusions...)
	words = append(words, phoneNegativeFieldWords...)
	for _, c := range phoneCueList {
		if !c.neg && c.region != "" {
			words = append(words, c.word)
		}
	}
	for _, c := range acCueList {
		if !c.neg && c.word[0] >= 0x80 {
			words = append(words, c.word)
		}
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789[]") {
			t.Errorf("field word %q has a digit or a bracket: fieldMemo keys would not be exact", w)
		}
	}
}

// TestFieldMemoIndexInvariant checks that fields differing only in array
// indices have the same facts, and that the memo returns what a fresh
// computation does.
func TestFieldMemoIndexInvariant(t *testing.T) {
	bases := []string{
		"$[%].phone", "$.customers[%].tel", "$[%].door_code", "$[%].배송[%].연락처", "$[%].userId",
		"$[%].order_no", "$.手機[%]", "$[%].オートロック", "$.x[%].公寓大門密碼", "$[%].revenue_krw",
		"$[%]", "$[%].id", "$.a[%].b[%].mobile", "$.names[%]", "$[%].first_name", "$[%].product_name",
	}
	var pm fieldMemo[phoneFieldFacts]
	var am fieldMemo[acFieldFacts]
	for _, b := range bases {
		for _, col := range []Kind{"", KindPhone, KindAccessCode} {
			want := phoneFieldFactsOf(strings.ReplaceAll(b, "%", "0"), col)
			wantAC := acFieldFactsOf(strings.ReplaceAll(b, "%", "0"), col)
			wantName := fieldInfoOf(strings.ReplaceAll(b, "%", "0"))
			for _, idx := range []string{"0", "7", "12", "31337"} {
				f := strings.ReplaceAll(b, "%", idx)
				if got := phoneFieldFactsOf(f, col); got != want {
					t.Errorf("phone facts of %q (%q) = %+v, of index 0 %+v", f, col, got, want)
				}
				if got := pm.get(f, col, phoneFieldFactsOf); got != want {
					t.Errorf("memoised phone facts of %q (%q) = %+v, want %+v", f, col, got, want)
				}
				if got := acFieldFactsOf(f, col); got != wantAC {
					t.Errorf("access-code facts of %q (%q) = %+v, of index 0 %+v", f, col, got, wantAC)
				}
				if got := fieldInfoOf(f); got != wantName {
					t.Errorf("name facts of %q = %+v, of index 0 %+v", f, got, wantName)
				}
				if got := am.get(f, col, acFieldFactsOf); got != wantAC {
					t.Errorf("memoised access-code facts of %q (%q) = %+v, want %+v", f, col, got, wantAC)
				}
			}
		}
	}
}

// TestFieldMemoHot cycles through more fields than the hot cache holds,
// with equal names in different strings, and checks every answer.
func TestFieldMemoHot(t *testing.T) {
	var pm fieldMemo[phoneFieldFacts]
	var nc fieldCache
	names := []string{"phone", "order_no", "tel", "주문번호", "휴대폰", "door_code", "name", "product_name", "$.a.mobile", "id"}
	var fields []string
	for i := range 300 {
		fields = append(fields, names[i%len(names)]+strings.Repeat("_x", i%7))
	}
	for round := range 3 {
		for i, f := range fields {
			if round == 1 {
				f = strings.Clone(f) // same name, another string
			}
			col := []Kind{"", KindPhone}[i%2]
			if got, want := pm.get(f, col, phoneFieldFactsOf), phoneFieldFactsOf(f, col); got != want {
				t.Fatalf("round %d: facts of %q (%q) = %+v, want %+v", round, f, col, got, want)
			}
			var fresh fieldCache
			if got, want := nc.info(f), fresh.info(f); got != want {
				t.Fatalf("round %d: name facts of %q = %+v, want %+v", round, f, got, want)
			}
		}
	}
}

// appendFieldKeyRef is appendFieldKey written byte by byte, as reference.
func appendFieldKeyRef(k []byte, field string) []byte {
	for i := 0; i < len(field); i++ {
		c := field[i]
		k = append(k, c)
		if c != '[' {
			continue
		}
		j := i + 1
		for j < len(field) && isASCIIDigit(field[j]) {
			j++
		}
		if j > i+1 && j < len(field) && field[j] == ']' {
			k = append(k, '0')
			i = j - 1
		}
	}
	return k
}

func TestAppendFieldKeyReference(t *testing.T) {
	alphabet := "[]0129a."
	var rec func(prefix string, n int)
	rec = func(prefix string, n int) {
		if got, want := string(appendFieldKey([]byte("k"), prefix)), string(appendFieldKeyRef([]byte("k"), prefix)); got != want {
			t.Fatalf("appendFieldKey(%q) = %q, reference %q", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			rec(prefix+alphabet[i:i+1], n-1)
		}
	}
	rec("", 6)
}
