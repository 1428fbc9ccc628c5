package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
)

// sniffRows is how many rows of the head the CSV sniffer looks at.
const sniffRows = 50

// sniffCSV decides whether a text head is CSV/TSV: some delimiter (',',
// tab, ';', '|') splits its rows into a stable number (>= 2) of fields,
// over at least 3 rows (2 when the head is the whole text; 1 when the name
// ends in .csv/.tsv, which also allows a single column). Quoted fields are
// honoured when they parse; a header is guessed from the first row.
func sniffCSV(head []byte, atEOF bool, ext string) (textFormat, bool) {
	cands := []byte{',', '\t', ';', '|'}
	hint := ext == ".csv" || ext == ".tsv" || ext == ".tab" || ext == ".psv"
	if ext == ".tsv" || ext == ".tab" {
		cands = []byte{'\t', ',', ';', '|'}
	}
	need := 3
	switch {
	case hint:
		need = 1
	case atEOF:
		need = 2
	}
	var (
		best     textFormat
		bestCols int
		widths   [sniffRows]int
	)
	for _, d := range cands {
		for _, quote := range []bool{true, false} {
			rows := rowWidths(head, d, quote, atEOF, widths[:0])
			if len(rows) < need {
				continue
			}
			cols, ok := stableWidth(rows)
			if !ok || cols < 2 && !(hint && cols == 1 && d == cands[0]) {
				continue
			}
			if !hint && proseDelimiter(head, d) {
				break // ", " after nearly every comma: prose or a log, not a table
			}
			if cols > bestCols {
				best, bestCols = textFormat{delim: d, quote: quote}, cols
			}
			break // quoting parsed: do not try without
		}
	}
	if bestCols == 0 {
		if !hint {
			return textFormat{}, false
		}
		best = textFormat{delim: cands[0], quote: true}
	}
	bestRows := splitRows(head, best.delim, best.quote, atEOF)
	best.format = "csv"
	if best.delim == '\t' {
		best.format = "tsv"
	}
	best.header = len(bestRows) > 0 && looksLikeHeader(bestRows)
	return best, true
}

// splitRows splits up to sniffRows rows of head into fields. Without atEOF
// the last, possibly cut, row is dropped; blank lines are skipped.
func splitRows(head []byte, delim byte, quote, atEOF bool) [][]string {
	var rows [][]string
	walkRows(head, delim, quote, atEOF, &rows, nil)
	return rows
}

// rowWidths is the number of fields of each row splitRows would return,
// without building them (the sniffer tries eight dialects per object).
func rowWidths(head []byte, delim byte, quote, atEOF bool, widths []int) []int {
	widths = widths[:0]
	walkRows(head, delim, quote, atEOF, nil, &widths)
	return widths
}

// walkRows is splitRows: it appends the rows to *rows, or only their
// widths to *widths, whichever is not nil.
func walkRows(head []byte, delim byte, quote, atEOF bool, rows *[][]string, widths *[]int) {
	var row []string
	var cell []byte
	n, width := 0, 0 // rows kept, cells in the row so far
	blank := false   // the row's only cell so far is empty (or "\r")
	keep := func() {
		if width == 1 && blank {
			return // blank line
		}
		n++
		if rows != nil {
			*rows = append(*rows, row)
		} else {
			*widths = append(*widths, width)
		}
	}
	s := head
	for len(s) > 0 && n < sniffRows {
		// one cell
		cell = cell[:0]
		cellLen, last := 0, byte(0)
		if quote && s[0] == '"' {
			s = s[1:]
			closed := false
			for len(s) > 0 {
				c := s[0]
				s = s[1:]
				if c == '"' {
					if len(s) > 0 && s[0] == '"' {
						if rows != nil {
							cell = append(cell, '"')
						}
						cellLen, last = cellLen+1, '"'
						s = s[1:]
						continue
					}
					closed = true
					break
				}
				if rows != nil {
					cell = append(cell, c)
				}
				cellLen, last = cellLen+1, c
			}
			if !closed {
				return // runs past the head (or is never closed): drop the row
			}
		}
		i := 0
		for i < len(s) && s[i] != delim && s[i] != '\n' {
			i++
		}
		if i > 0 {
			if rows != nil {
				cell = append(cell, s[:i]...)
			}
			cellLen, last = cellLen+i, s[i-1]
		}
		s = s[i:]
		if rows != nil {
			row = append(row, strings.TrimSuffix(string(cell), "\r"))
		}
		width++
		if width == 1 {
			blank = cellLen == 0 || cellLen == 1 && last == '\r'
		}
		if len(s) == 0 {
			if atEOF {
				keep()
			}
			return
		}
		c := s[0]
		s = s[1:]
		if c == '\n' {
			keep()
			row, width = nil, 0
		}
	}
	if atEOF && len(s) == 0 && width > 0 {
		keep()
	}
}

// proseDelimiter reports whether d is followed by a space nearly every
// time it occurs in head, as commas and semicolons are in sentences.
func proseDelimiter(head []byte, d byte) bool {
	if d != ',' && d != ';' {
		return false
	}
	n, spaced := 0, 0
	for i, c := range head {
		if c == d {
			n++
			if i+1 < len(head) && head[i+1] == ' ' {
				spaced++
			}
		}
	}
	return n > 0 && spaced*10 >= n*8
}

// stableWidth returns the most common number of fields and whether at
// least 90% of the rows have it.
func stableWidth(widths []int) (int, bool) {
	mode, modeN := 0, 0
	for i, w := range widths {
		n := 0
		for _, v := range widths[i:] {
			if v == w {
				n++
			}
		}
		if n > modeN {
			mode, modeN = w, n
		}
	}
	return mode, modeN*10 >= len(widths)*9
}

// looksLikeHeader guesses whether the first row names the columns: its
// cells are non-empty, distinct, short and not numeric, and either a cell
// is a known field name (phone, 주소, 氏名 ...), or a column is numeric in
// the data but not in the first row, or every cell is an ASCII identifier
// that does not recur in its column's data.
func looksLikeHeader(rows [][]string) bool {
	h := rows[0]
	seen := map[string]bool{}
	for _, c := range h {
		c = strings.TrimSpace(c)
		if c == "" || len(c) > 64 || numericish(c) || seen[c] || digitRun(c) >= 4 {
			return false
		}
		seen[c] = true
	}
	for _, c := range h {
		if detectors.FieldKind(strings.TrimSpace(c)) != "" {
			return true
		}
	}
	data := rows[1:]
	for j := range h {
		num, n := 0, 0
		for _, r := range data {
			if j < len(r) && strings.TrimSpace(r[j]) != "" {
				n++
				if numericish(strings.TrimSpace(r[j])) {
					num++
				}
			}
		}
		if n > 0 && num*2 >= n {
			return true
		}
	}
	for j, c := range h {
		if !identifier(strings.TrimSpace(c)) {
			return false
		}
		for _, r := range data {
			if j < len(r) && strings.TrimSpace(r[j]) == strings.TrimSpace(c) {
				return false
			}
		}
	}
	return len(data) > 0
}

// digitRun is the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// numericish: digits with number, date or phone punctuation only.
func numericish(s string) bool {
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case strings.ContainsRune(" +-().,/:#", c):
		default:
			return false
		}
	}
	return digits > 0
}

// identifier: an ASCII name such as a column header (letter first).
func identifier(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i, c := range s {
		if c >= utf8.RuneSelf {
			return false
		}
		if i == 0 && !unicode.IsLetter(c) && c != '_' {
			return false
		}
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("_ -.", c)) {
			return false
		}
	}
	return true
}
