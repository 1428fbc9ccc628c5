package owned

import (
	"testing"
	"unsafe"
)

// A finding outlives the reader's buffer: String must copy exactly the
// strings that point into the record's text.
func TestString(t *testing.T) {
	buf := []byte("고객 김민준 010-1234-5678")
	text := unsafe.String(unsafe.SliceData(buf), len(buf))
	inside := text[7:16]
	got := String(inside, text)
	if got != inside || unsafe.StringData(got) == unsafe.StringData(inside) {
		t.Errorf("a string inside the text was not copied")
	}
	buf[7] = 'X' // the reader reuses its buffer
	if got[0] == 'X' {
		t.Errorf("the copy changed with the buffer")
	}
	own := string([]byte("김*준"))
	if got := String(own, text); unsafe.StringData(got) != unsafe.StringData(own) {
		t.Errorf("a string of its own was copied")
	}
	if got := String("", text); got != "" {
		t.Errorf("empty string: %q", got)
	}
}
