package detectors

// Address is a placeholder until the full detector lands.
type Address struct{}

var _ Detector = (*Address)(nil)

// NewAddress returns the detector.
func NewAddress() *Address { return &Address{} }

// Kind implements Detector.
func (*Address) Kind() Kind { return KindAddress }

// Cues implements Detector.
func (*Address) Cues() []string { return nil }

// Detect implements Detector.
func (*Address) Detect(in *Input, emit func(Match)) {}
