package harness

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for a small child process: with
// EXPOSURE_RSS_CHILD set it only sleeps, so no outside binary is needed.
func TestMain(m *testing.M) {
	if os.Getenv("EXPOSURE_RSS_CHILD") != "" {
		time.Sleep(300 * time.Millisecond)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestReadVmHWM(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, status string
		want         int64
		ok           bool
	}{
		{"live", "Name:\tx\nVmPeak:\t  900 kB\nVmHWM:\t   123456 kB\nVmRSS:\t 1000 kB\n", 123456, true},
		{"last line", "Name:\tx\nVmHWM:\t7 kB", 7, true},
		{"zombie", "Name:\tx\nState:\tZ (zombie)\n", 0, false},
		{"odd unit", "VmHWM:\t 12 MB\n", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, []byte(tc.status), 0o600); err != nil {
				t.Fatal(err)
			}
			got, ok := readVmHWM(p)
			if got != tc.want || ok != tc.ok {
				t.Fatalf("readVmHWM = %d, %v; want %d, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// A child started by a parent holding a large heap must be measured at its
// own size: the polled VmHWM, not the rusage figure that execve inherits.
func TestWatchPeakRSSMeasuresTheChildNotTheParent(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is read from /proc")
	}
	ballast := make([]byte, 256<<20)
	for i := 0; i < len(ballast); i += 4096 {
		ballast[i] = 1 // resident, not just reserved
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "EXPOSURE_RSS_CHILD=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w := watchPeakRSS(cmd.Process.Pid, 10*time.Millisecond)
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	mb, ok := w.Stop()
	runtime.KeepAlive(ballast)
	if !ok {
		t.Fatal("no VmHWM reading of a live child")
	}
	if mb <= 0 || mb > 64 {
		t.Fatalf("child peak RSS %.1f MB; want the sleeping child's few MB, not the parent's 256 MB", mb)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		t.Logf("polled VmHWM %.1f MB; rusage ru_maxrss %.1f MB", mb, float64(ru.Maxrss)/1024)
	}
}
