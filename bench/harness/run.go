package harness

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/exposure-dev/exposure/bench/accuracy"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/minio/minio-go/v7"
)

// Timing is one measured run of a command or of the raw read.
type Timing struct {
	Name       string  `json:"name"`
	Seconds    float64 `json:"seconds"`
	CPUSeconds float64 `json:"cpu_seconds"` // user + system of the measured process
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	Bytes      int64   `json:"bytes"` // bytes of objects read (listed sizes)
	Objects    int64   `json:"objects"`
}

// MBps is throughput in MB (10^6 bytes) per wall-clock second.
func (t Timing) MBps() float64 { return float64(t.Bytes) / 1e6 / t.Seconds }

// MBPerCPUSecond is throughput per CPU-second.
func (t Timing) MBPerCPUSecond() float64 {
	if t.CPUSeconds == 0 {
		return 0
	}
	return float64(t.Bytes) / 1e6 / t.CPUSeconds
}

// RunScan runs the exposure binary with args, measuring wall time, CPU time
// and peak RSS of the child process (VmHWM polled every 20 ms where /proc
// exists, rusage elsewhere), then reads the dataset's summary.
func RunScan(ctx context.Context, name, bin string, env []string, out string, args ...string) (Timing, dataset.Summary, error) {
	cmd := exec.CommandContext(ctx, bin, append([]string{"scan", "--no-progress", "--out", out}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return Timing{}, dataset.Summary{}, fmt.Errorf("harness: %s: %w", name, err)
	}
	w := watchPeakRSS(cmd.Process.Pid, 20*time.Millisecond)
	err := cmd.Wait()
	el := time.Since(start)
	peakMB, polled := w.Stop()
	if err != nil {
		return Timing{}, dataset.Summary{}, fmt.Errorf("harness: %s: %w\n%s", name, err, stderr.String())
	}
	s, err := dataset.Summarize(out)
	if err != nil {
		return Timing{}, s, err
	}
	t := Timing{Name: name, Seconds: el.Seconds(), Bytes: s.BytesListed, Objects: s.Objects.Scanned + s.Objects.Skipped + s.Objects.Error}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		t.CPUSeconds = tv(ru.Utime) + tv(ru.Stime)
		t.PeakRSSMB = float64(ru.Maxrss) / 1024 // Linux reports KiB; see rss.go
	}
	if polled {
		t.PeakRSSMB = peakMB
	}
	return t, s, nil
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }

// RawRead GETs every object under bucket into io.Discard with the given
// concurrency: the ceiling a scanner reading the same bucket can reach.
func RawRead(ctx context.Context, c *minio.Client, bucket string, workers int) (Timing, error) {
	var ru0 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	start := time.Now()
	keys := make(chan minio.ObjectInfo, workers)
	var bytes, objects atomic.Int64
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 1<<20)
			for o := range keys {
				obj, err := c.GetObject(ctx, bucket, o.Key, minio.GetObjectOptions{})
				if err == nil {
					var n int64
					n, err = io.CopyBuffer(io.Discard, obj, buf)
					obj.Close()
					bytes.Add(n)
					objects.Add(1)
				}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for o := range c.ListObjects(ctx, bucket, minio.ListObjectsOptions{Recursive: true}) {
		if o.Err != nil {
			firstErr = o.Err
			break
		}
		keys <- o
	}
	close(keys)
	wg.Wait()
	var ru1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	return Timing{
		Name: "raw read (GET to io.Discard)", Seconds: time.Since(start).Seconds(),
		CPUSeconds: tv(ru1.Utime) - tv(ru0.Utime) + tv(ru1.Stime) - tv(ru0.Stime),
		Bytes:      bytes.Load(), Objects: objects.Load(),
	}, firstErr
}

// Upload copies every file under dir to bucket (keys = paths relative to
// dir, '/'-separated) with the given concurrency.
func Upload(ctx context.Context, c *minio.Client, dir, bucket string, workers int) error {
	paths := make(chan string, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range paths {
				rel, _ := filepath.Rel(dir, p)
				_, err := c.FPutObject(ctx, bucket, filepath.ToSlash(rel), p, minio.PutObjectOptions{})
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		paths <- p
		return nil
	})
	close(paths)
	wg.Wait()
	if err != nil {
		return err
	}
	return firstErr
}

// DirBytes is the total size of the regular files under dir.
func DirBytes(dir string) int64 {
	var n int64
	_ = filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// Machine describes where a benchmark ran.
type Machine struct {
	CPUs   int    `json:"cpus"`
	Model  string `json:"cpu_model"`
	GoVer  string `json:"go"`
	OSArch string `json:"os_arch"`
}

// ThisMachine reads the CPU model from /proc/cpuinfo where there is one.
func ThisMachine() Machine {
	m := Machine{CPUs: runtime.NumCPU(), GoVer: runtime.Version(), OSArch: runtime.GOOS + "/" + runtime.GOARCH}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "model name") {
				if _, v, ok := strings.Cut(line, ":"); ok {
					m.Model = strings.TrimSpace(v)
				}
				break
			}
		}
	}
	return m
}

// Accuracy summarises an accuracy.Result per kind.
type Accuracy struct {
	Kind      string  `json:"kind"`
	Labels    int     `json:"labels"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Summarise turns a Result into per-kind rows.
func Summarise(r *accuracy.Result) []Accuracy {
	var out []Accuracy
	for _, k := range accuracy.StandardKinds {
		s := r.Score(k)
		out = append(out, Accuracy{Kind: k, Labels: s.Labels, Precision: s.Precision(), Recall: s.Recall()})
	}
	return out
}
