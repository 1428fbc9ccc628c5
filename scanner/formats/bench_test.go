package formats

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

// benchData builds about n bytes of a format, deterministically.
func benchData(format string, n int) []byte {
	var b strings.Builder
	names := []string{"김민준", "山田太郎", "陳大文", "John Smith"}
	addrs := []string{"서울특별시 강남구 테헤란로 123", "東京都千代田区丸の内1-1-1", "臺北市信義區信義路五段7號", "1600 Pennsylvania Ave NW"}
	switch format {
	case "csv":
		b.WriteString("id,name,phone,address,memo\n")
	case "json":
		b.WriteString("[")
	}
	for i := 0; b.Len() < n; i++ {
		name, addr := names[i%4], addrs[i%4]
		phone := fmt.Sprintf("010-%04d-%04d", i%10000, (i*7)%10000)
		switch format {
		case "text":
			fmt.Fprintf(&b, "2024-05-01T12:%02d:%02dZ INFO order %d placed by %s, tel %s, ship to %s\n", i%60, i%60, i, name, phone, addr)
		case "csv":
			fmt.Fprintf(&b, "%d,%s,%s,\"%s\",note %d\n", i, name, phone, addr, i)
		case "ndjson":
			fmt.Fprintf(&b, `{"id":%d,"name":"%s","phone":"%s","address":{"line":"%s"},"memo":"note %d"}`+"\n", i, name, phone, addr, i)
		case "json":
			fmt.Fprintf(&b, `{"id":%d,"name":"%s","phone":"%s","address":{"line":"%s"},"memo":"note %d"},`, i, name, phone, addr, i)
		}
	}
	if format == "json" {
		b.WriteString("{}]")
	}
	return []byte(b.String())
}

// benchRead reads data in a loop. Besides wall-clock MB/s it reports
// MB per CPU-second of the process (MB/cpu-s), which stays meaningful on a
// machine shared with other work.
func benchRead(b *testing.B, key string, data []byte) {
	benchReadN(b, key, data, len(data))
}

// benchReadN is benchRead for data that decodes to n bytes (MB/s count those).
func benchReadN(b *testing.B, key string, data []byte, size int) {
	o := obj(key, data)
	lim := DefaultLimits()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	var start float64
	for b.Loop() {
		if n == 0 {
			start = cpuSeconds()
		}
		n++
		if _, err := Read(context.Background(), o, lim, func(*Record) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuSeconds() - start; cpu > 0 {
		b.ReportMetric(float64(n)*float64(size)/1e6/cpu, "MB/cpu-s")
	}
}

// cpuSeconds is the CPU time (user + system) used by the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func BenchmarkReadText(b *testing.B)   { benchRead(b, "app.log", benchData("text", 32<<20)) }
func BenchmarkReadCSV(b *testing.B)    { benchRead(b, "orders.csv", benchData("csv", 32<<20)) }
func BenchmarkReadNDJSON(b *testing.B) { benchRead(b, "events.jsonl", benchData("ndjson", 32<<20)) }
func BenchmarkReadJSON(b *testing.B)   { benchRead(b, "dump.json", benchData("json", 32<<20)) }
func BenchmarkReadTextGzip(b *testing.B) {
	text := benchData("text", 32<<20)
	benchReadN(b, "app.log.gz", gz(b, text), len(text))
}

// benchReadDetect is benchRead with the detector engine on every record:
// the end-to-end cost of one object short of writing findings.
func benchReadDetect(b *testing.B, key string, data []byte) {
	eng := detectors.NewEngine(detectors.All())
	o := obj(key, data)
	lim := DefaultLimits()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n, found := 0, 0
	var start float64
	for b.Loop() {
		if n == 0 {
			start = cpuSeconds()
		}
		n++
		_, err := Read(context.Background(), o, lim, func(r *Record) error {
			eng.Detect(r.Field, r.Row, r.Text, r.Column, func(m detectors.Match) {
				if m.Start >= r.Lo && m.Start < r.Hi {
					found++
				}
			})
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuSeconds() - start; cpu > 0 {
		b.ReportMetric(float64(n)*float64(len(data))/1e6/cpu, "MB/cpu-s")
	}
	b.ReportMetric(float64(found)/float64(n), "matches/op")
}

func BenchmarkReadDetectText(b *testing.B) { benchReadDetect(b, "app.log", benchData("text", 8<<20)) }
func BenchmarkReadDetectCSV(b *testing.B)  { benchReadDetect(b, "orders.csv", benchData("csv", 8<<20)) }
func BenchmarkReadDetectNDJSON(b *testing.B) {
	benchReadDetect(b, "events.jsonl", benchData("ndjson", 8<<20))
}
