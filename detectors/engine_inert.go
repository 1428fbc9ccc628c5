package detectors

// Structured data is full of short numbers (counts, prices, percentages,
// IDs, times: "93082", "66.7", "00:05"), timestamps and IPv4 addresses, and
// of long numbers in columns named for them (amounts, order numbers). A
// cell of such bytes reaches no detector's output: a name, an address or a
// cue word needs a letter, the phone detector drops a digit run of
// fewer than seven digits before it looks at anything else, and takes no
// bare number in a column of other numbers. Outside a
// column the field name or the scanner marks as holding one of our kinds
// (where a whole cell can be a door code or a postal code), the Engine
// skips the keyword pass and the four detectors for such cells: 10 ns a
// cell instead of 60 to 270, a third of the CPU of a scan of a metrics
// export. TestInertCellsHaveNoMatches and FuzzInertCells check the claim
// against the detectors.

// inertMaxDigits is one less than the shortest digit run the phone
// detector looks at (phoneRun.lookBehind and Phone.Detect drop runs of
// fewer than 7 digits).
const inertMaxDigits = 6

// inertByte marks the bytes an inert cell may hold besides digits.
var inertByte = [256]bool{'.': true, ',': true, ':': true, '-': true, '/': true, ' ': true}

// numberShape reports whether s is made of ASCII digits and inertByte
// separators only, and counts its digits.
func numberShape(s string) (digits int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'0' < 10 {
			digits++
			continue
		}
		if !inertByte[c] {
			return 0, false
		}
	}
	return digits, true
}

// inertTimestamp reports whether s is a date or a date and time of a log or
// an export, and nothing else: 2023-07-03, 2023/07/03, 2023.07.03, then
// optionally " " or "T", HH:MM[:SS[.fraction]] and "Z" or an offset ±HH:MM.
// Year 1900-2099, month, day, hour and minute in range: a phone number of
// ours never reads so (national numbers start with 0, NANP ones have ten
// digits and a "1" country code).
func inertTimestamp(s string) bool {
	if len(s) < 10 || len(s) > 35 {
		return false
	}
	sep := s[4]
	if !(sep == '-' || sep == '/' || sep == '.') || s[7] != sep ||
		!numIn(s[0:4], 1900, 2099) || !numIn(s[5:7], 1, 12) || !numIn(s[8:10], 1, 31) {
		return false
	}
	s = s[10:]
	if s == "" {
		return true
	}
	if len(s) < 6 || (s[0] != ' ' && s[0] != 'T') || s[3] != ':' || !numIn(s[1:3], 0, 23) || !numIn(s[4:6], 0, 59) {
		return false
	}
	s = s[6:]
	if len(s) >= 3 && s[0] == ':' {
		if !numIn(s[1:3], 0, 60) {
			return false
		}
		s = s[3:]
		if len(s) >= 2 && s[0] == '.' {
			n := 1
			for n < len(s) && n <= 9 && s[n]-'0' < 10 {
				n++
			}
			if n == 1 {
				return false
			}
			s = s[n:]
		}
	}
	switch {
	case s == "" || s == "Z":
		return true
	case len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':':
		return numIn(s[1:3], 0, 14) && numIn(s[4:6], 0, 59)
	}
	return false
}

// inertIPv4 reports whether s is a dotted-quad IPv4 address whose first
// octet is not 0 and no octet has a leading zero ("10.20.113.177"). Four
// groups of at most three digits with a non-zero lead are no phone number
// of ours (see inertTimestamp).
func inertIPv4(s string) bool {
	if len(s) < 7 || len(s) > 15 {
		return false
	}
	for part := 0; part < 4; part++ {
		n := 0
		for n < len(s) && n < 4 && s[n]-'0' < 10 {
			n++
		}
		if n == 0 || n > 3 || (n > 1 && s[0] == '0') || (part == 0 && s[0] == '0') || !numIn(s[:n], 0, 255) {
			return false
		}
		s = s[n:]
		if part < 3 {
			if s == "" || s[0] != '.' {
				return false
			}
			s = s[1:]
		}
	}
	return s == ""
}

// numIn reports whether s is all ASCII digits and its value is in [lo, hi].
func numIn(s string, lo, hi int) bool {
	v := 0
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d >= 10 {
			return false
		}
		v = v*10 + int(d)
	}
	return s != "" && v >= lo && v <= hi
}

// inertCell reports whether no detector of this package can match text in
// a field with facts f under the scanner's column kind.
func inertCell(text string, column Kind, f *fieldFacts) bool {
	if column != "" || f.name.kind != "" || f.ac.code || f.phone.phone {
		return false
	}
	// A short number (up to 24 bytes, inertMaxDigits digits) is inert in
	// any such column. In a column of other numbers (amounts, order and
	// tracking numbers, revenue: phoneFieldFacts.negative) so is a number
	// of any digit count under 48 bytes: the phone detector takes no value
	// that short there without a positive cue word next to it, and a cue
	// word needs a letter or a symbol ("35667457807" in revenue_krw,
	// "20230314-0257336" in order_no).
	if len(text) <= 24 || (f.phone.negative && len(text) < 48) {
		if digits, ok := numberShape(text); ok && (digits <= inertMaxDigits && len(text) <= 24 || f.phone.negative) {
			return true
		}
	}
	return inertTimestamp(text) || inertIPv4(text)
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
