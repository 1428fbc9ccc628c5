//go:build unix

package detectors_test

import (
	"syscall"
	"testing"
)

// cpuTimer reports the process CPU time (user and system, all threads) a
// benchmark loop used per operation as the metric cpu-ns/op, which other
// processes on a loaded machine do not inflate the way they do wall time.
type cpuTimer struct{ start int64 }

func startCPU() cpuTimer { return cpuTimer{cpuNanos()} }

func (c cpuTimer) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuNanos()-c.start)/float64(b.N), "cpu-ns/op")
	}
}

func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
