package detectors

// Phone is a placeholder until the full detector lands.
type Phone struct{}

var _ Detector = (*Phone)(nil)

// NewPhone returns the detector.
func NewPhone() *Phone { return &Phone{} }

// Kind implements Detector.
func (*Phone) Kind() Kind { return KindPhone }

// Cues implements Detector.
func (*Phone) Cues() []string { return nil }

// Detect implements Detector.
func (*Phone) Detect(in *Input, emit func(Match)) {}
