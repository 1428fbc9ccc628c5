package detectors

// Name is a placeholder until the full detector lands.
type Name struct{}

var _ Detector = (*Name)(nil)

// NewName returns the detector.
func NewName() *Name { return &Name{} }

// Kind implements Detector.
func (*Name) Kind() Kind { return KindName }

// Cues implements Detector.
func (*Name) Cues() []string { return nil }

// Detect implements Detector.
func (*Name) Detect(in *Input, emit func(Match)) {}
