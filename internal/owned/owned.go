// Package owned tells strings that are views of a reused buffer from
// strings of their own. Readers hand out text that points into buffers
// they reuse; whatever outlives a record must not point into its text.
package owned

import (
	"strings"
	"unsafe"
)

// String returns s, copied if it points into text.
func String(s, text string) string {
	if len(s) == 0 || len(text) == 0 {
		return s
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	t := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	if p >= t && p < t+uintptr(len(text)) {
		return strings.Clone(s)
	}
	return s
}
