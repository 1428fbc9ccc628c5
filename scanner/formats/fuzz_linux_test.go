package formats

import (
	"flag"
	"os"
	"sync"
	"syscall"
)

var silenceOnce sync.Once

// silenceWorkerStderr points a fuzz worker's stderr at /dev/null.
// parquet-go println()s a warning for some malformed pages; the fuzzing
// coordinator does not drain its workers' stderr, so after a few hundred
// warnings a worker blocks on a full pipe and fuzzing stalls.
func silenceWorkerStderr() {
	if f := flag.Lookup("test.fuzzworker"); f == nil || f.Value.String() != "true" {
		return
	}
	silenceOnce.Do(func() {
		if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
			syscall.Dup3(int(null.Fd()), 2, 0)
		}
	})
}
