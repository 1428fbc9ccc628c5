package detectors

// Kind is the class of personal data a match belongs to. The values are the
// ones written to the findings dataset's kind column.
type Kind string

// The four kinds of the findings dataset.
const (
	KindName       Kind = "name"
	KindPhone      Kind = "phone"
	KindAddress    Kind = "address"
	KindAccessCode Kind = "access_code"
)

// Kinds lists every kind in a fixed order.
var Kinds = []Kind{KindName, KindPhone, KindAddress, KindAccessCode}

// Input is one piece of text with its structural context, as a detector sees it.
type Input struct {
	// Field is the column name or JSON path the text came from ("" for free text).
	Field string
	// Row is the record index in structured data, -1 for free text.
	Row int64
	// Text is valid UTF-8 (the scanner decodes and repairs it before detection).
	Text string
	// Column is the kind the scanner believes the whole column holds, from its
	// header or from a profile of its values; "" when unknown or free text.
	Column Kind
	// Hits are the occurrences in Text of the detector's own cue words (see
	// Detector.Cues), sorted by Start. The Engine fills them.
	Hits []Hit
	// facts is what the detectors of this package derive from Field and
	// Column, looked up once per record by the Engine (nil when the
	// detector is called without one: it then looks them up itself).
	facts *fieldFacts
}

// Hit is one occurrence of a cue word in Input.Text.
type Hit struct {
	Start, End int // byte span in Input.Text
	Cue        int // index into the slice returned by the detector's Cues method
}

// Match is one detected value.
type Match struct {
	Start, End int // byte span in Input.Text
	Kind       Kind
	Subtype    string  // e.g. kr_mobile, kr_road_address, door_code
	Country    string  // ISO 3166-1 alpha-2, "" if unknown
	Confidence float64 // 0..1, reflecting the evidence
	// Normalized is the value that is hashed: E.164 for phones, NFC with white
	// space folded for names and addresses, digits and symbols for access codes.
	Normalized string
	// Masked is a preview safe to store without --reveal-values.
	Masked string
	// Alt lists other countries, two letters each ("JP", "JPTW"), in which
	// the same digits are a number too and that the text itself supports as
	// well as Country: 070-1234-5678 is a Korean VoIP or a Japanese mobile
	// number, and a bare one in a column named "phone" says which no more
	// than a column named 연락처 in a Korean firm's export of its Japanese
	// customers. Country is the reading the field name or the default order
	// chose; a caller that knows the record (the customer's address) may
	// choose another with Reread. Empty for all but such phones.
	Alt string
}

// Detector finds one kind of personal data.
type Detector interface {
	// Kind is the kind of every Match the detector emits.
	Kind() Kind
	// Cues lists words (positive or negative evidence) whose occurrences the
	// detector wants in Input.Hits. ASCII letters match case-insensitively.
	Cues() []string
	// Detect calls emit for every match in in.Text. It must not retain in or
	// its Text after returning, and must be safe to call from one goroutine
	// at a time per Detector value (the scanner builds an Engine per worker).
	Detect(in *Input, emit func(Match))
}

// All returns a fresh instance of every detector, in a fixed order.
func All() []Detector {
	return []Detector{
		NewName(),
		NewPhone(),
		NewAddress(),
		NewAccessCode(),
	}
}
