package harness

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"time"
)

// The peak RSS of a child process cannot be taken from its rusage on Linux:
// execve records the RSS high-water mark of the mm it replaces, and Go's
// os/exec starts children with vfork semantics, so the mm replaced is the
// parent's. A benchmark parent that has generated an estate or loaded labels
// (hundreds of MB) would report its own peak as the scanner's. VmHWM in
// /proc/PID/status belongs to the child's own mm, so the harness polls it.

// rssWatcher polls the VmHWM of one process until stopped.
type rssWatcher struct {
	stop chan struct{}
	wg   sync.WaitGroup
	peak int64 // KiB; 0 when /proc was not readable
}

// watchPeakRSS starts polling process pid every interval.
func watchPeakRSS(pid int, interval time.Duration) *rssWatcher {
	w := &rssWatcher{stop: make(chan struct{})}
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if kb, ok := readVmHWM(path); ok && kb > w.peak {
				w.peak = kb
			}
			select {
			case <-w.stop:
				return
			case <-t.C:
			}
		}
	}()
	return w
}

// Stop ends the polling and returns the highest VmHWM seen, in MiB, and
// whether any reading succeeded.
func (w *rssWatcher) Stop() (float64, bool) {
	close(w.stop)
	w.wg.Wait()
	return float64(w.peak) / 1024, w.peak > 0
}

// readVmHWM returns the VmHWM line of a /proc status file in KiB.
func readVmHWM(path string) (int64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	i := bytes.Index(b, []byte("VmHWM:"))
	if i < 0 {
		return 0, false // a zombie has released its mm
	}
	line := b[i+len("VmHWM:"):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	f := bytes.Fields(line) // "123456", "kB"
	if len(f) != 2 || string(f[1]) != "kB" {
		return 0, false
	}
	kb, err := strconv.ParseInt(string(f[0]), 10, 64)
	return kb, err == nil
}
