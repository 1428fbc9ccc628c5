package formats

import (
	"errors"
	"io"
)

// jsonVerdict is what sniffJSON makes of a text's head.
type jsonVerdict int

const (
	jsonNo     jsonVerdict = iota // not JSON
	jsonDoc                       // one document (or several spanning lines)
	jsonStream                    // one value per line (NDJSON)
)

// sniffJSON parses the head without emitting anything: JSON if it starts
// with '{' or '[' and parses (up to the end of the head), NDJSON if at
// least one value ended and every value so far fits on its line.
func sniffJSON(head []byte, atEOF bool) jsonVerdict {
	i := 0
	for i < len(head) && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n') {
		i++
	}
	if i == len(head) || head[i] != '{' && head[i] != '[' {
		return jsonNo
	}
	// err is set so that the window never slides: buf is the caller's.
	j := &jsonParser{w: &window{buf: head, end: len(head), err: io.EOF}}
	err := j.parse()
	var se syntaxError
	if errors.As(err, &se) {
		// Damage right at the start (a log line "[2024-01-01 ...", text
		// "{placeholder}") means text; damage after a few good values
		// means JSON to be read up to the damage.
		truncated := !atEOF && j.w.off() >= int64(len(head))-16
		if !truncated && j.scalars < 2 {
			return jsonNo
		}
		if !truncated && j.multiLine && j.values > 0 {
			return jsonNo // a document followed by something else
		}
	}
	if j.values >= 1 && !j.multiLine && (j.line >= 1 || !atEOF) && (j.values >= 2 || len(j.stack) > 0) {
		return jsonStream
	}
	return jsonDoc
}
