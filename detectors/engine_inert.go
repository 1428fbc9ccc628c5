package detectors

// Structured data is full of short numbers: counts, prices, percentages,
// IDs, times ("93082", "66.7", "00:05"). A cell of such bytes reaches no
// detector's output: a name, an address or a cue word needs a letter, and
// the phone detector drops a digit run of fewer than seven digits before it
// looks at anything else. Outside a column the field name or the scanner
// marks as holding one of our kinds (where a whole cell can be a door code
// or a postal code), the Engine skips the keyword pass and the four
// detectors for such cells; at 60 to 100 ns a cell saved, that is about a
// quarter of the detection cost of a metrics export.
// TestInertCellsHaveNoMatches checks the claim against the detectors.

// inertMaxDigits is one less than the shortest digit run the phone
// detector looks at (phoneRun.lookBehind and Phone.Detect drop runs of
// fewer than 7 digits).
const inertMaxDigits = 6

// inertByte marks the bytes an inert cell may hold besides digits.
var inertByte = [256]bool{'.': true, ',': true, ':': true, '-': true, '/': true, ' ': true}

// inertText reports whether s is made of ASCII digits and inertByte
// separators only, with at most inertMaxDigits digits.
func inertText(s string) bool {
	if len(s) > 24 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'0' < 10 {
			digits++
			continue
		}
		if !inertByte[c] {
			return false
		}
	}
	return digits <= inertMaxDigits
}

// inertCell reports whether no detector of this package can match text in
// a field with facts f under the scanner's column kind.
func inertCell(text string, column Kind, f *fieldFacts) bool {
	return column == "" && f.name.kind == "" && !f.ac.code && !f.phone.phone && inertText(text)
}

// ownDetectors reports whether every detector in dets is one of this
// package's four, whose behaviour on inert cells TestInertCellsHaveNoMatches
// checks.
func ownDetectors(dets []Detector) bool {
	for _, d := range dets {
		switch d.(type) {
		case *Name, *Phone, *Address, *AccessCode:
		default:
			return false
		}
	}
	return true
}
