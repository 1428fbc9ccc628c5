package detectors

// AccessCode is a placeholder until the full detector lands.
type AccessCode struct{}

var _ Detector = (*AccessCode)(nil)

// NewAccessCode returns the detector.
func NewAccessCode() *AccessCode { return &AccessCode{} }

// Kind implements Detector.
func (*AccessCode) Kind() Kind { return KindAccessCode }

// Cues implements Detector.
func (*AccessCode) Cues() []string { return nil }

// Detect implements Detector.
func (*AccessCode) Detect(in *Input, emit func(Match)) {}
