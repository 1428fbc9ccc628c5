//go:build !unix

package detectors_test

import "testing"

// cpuTimer reports nothing where the process CPU time is not available.
type cpuTimer struct{}

func startCPU() cpuTimer { return cpuTimer{} }

func (cpuTimer) report(*testing.B) {}
