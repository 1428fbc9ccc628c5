// Command motext prints the translated messages of GNU gettext catalogues
// (.mo files), one line each, without repeats: natural text in a language
// with no personal data in it, for counting the false positives of the
// detectors (see the README's measured precision).
//
//	go run ./bench/cmd/motext /usr/share/locale/ko/LC_MESSAGES/*.mo > ko.txt
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: motext FILE.mo...")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	seen := map[string]bool{}
	for _, p := range os.Args[1:] {
		msgs, err := translations(p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "motext: %v\n", err)
			os.Exit(1)
		}
		for _, m := range msgs {
			for _, line := range strings.FieldsFunc(m, func(r rune) bool { return r == '\n' || r == 0 }) {
				line = strings.TrimSpace(line)
				if line != "" && utf8.ValidString(line) && !seen[line] {
					seen[line] = true
					fmt.Fprintln(w, line)
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "motext: %v\n", err)
		os.Exit(1)
	}
}

// translations returns the translated strings of the .mo file at p (the
// header entry included: it names no one but the translators).
func translations(p string) ([]string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, fmt.Errorf("%s: too short for a .mo file", p)
	}
	var order binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		order = binary.LittleEndian
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", p)
	}
	n, table := order.Uint32(b[8:]), order.Uint32(b[16:])
	var out []string
	for i := range n {
		at := uint64(table) + 8*uint64(i)
		if at+8 > uint64(len(b)) {
			return nil, fmt.Errorf("%s: truncated", p)
		}
		l, off := uint64(order.Uint32(b[at:])), uint64(order.Uint32(b[at+4:]))
		if off+l > uint64(len(b)) {
			return nil, fmt.Errorf("%s: truncated", p)
		}
		out = append(out, string(b[off:off+l]))
	}
	return out, nil
}
