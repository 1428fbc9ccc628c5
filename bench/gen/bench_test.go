package gen

import (
	"context"
	"io"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// discardSink drops objects (the benchmark measures generation only).
type discardSink struct{}

func (discardSink) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	_, err := io.Copy(io.Discard, r)
	return err
}

func (discardSink) Key(k string) string { return k }

// BenchmarkGenerate measures single-threaded generation throughput per
// object type and for the default mix, with labels encoded and compressed
// (labels) or only counted (nolabels). The people pool is built once
// outside the timed loop (see BenchmarkPool). SetBytes is the stored size;
// MB/cpu-s is throughput per CPU second, robust to other processes
// competing for the machine.
func BenchmarkGenerate(b *testing.B) {
	const size = 32 << 20
	cases := []struct {
		name string
		mix  map[ObjectType]float64
	}{{"mix", nil}}
	for _, t := range AllTypes {
		cases = append(cases, struct {
			name string
			mix  map[ObjectType]float64
		}{string(t), map[ObjectType]float64{t: 1}})
	}
	for _, tc := range cases {
		for _, withLabels := range []bool{true, false} {
			name := tc.name + "/labels"
			if !withLabels {
				name = tc.name + "/nolabels"
			}
			b.Run(name, func(b *testing.B) {
				cfg := Config{Seed: 1, Size: size, Mix: tc.mix, People: 2000}.withDefaults()
				pl, err := newPool(cfg.Seed, cfg.People, 1)
				if err != nil {
					b.Fatal(err)
				}
				objs := plan(cfg)
				used := make([]atomic.Uint32, len(pl.people))
				g := &objGen{pool: pl}
				var bytes int64
				for i := range objs {
					bytes += objs[i].size
				}
				b.SetBytes(bytes)
				b.ReportAllocs()
				cpu0 := cpuTime()
				n := 0
				for b.Loop() {
					for i := range objs {
						r := g.run(context.Background(), &objs[i], cfg.Seed, discardSink{}, used, withLabels)
						if r.err != nil {
							b.Fatal(r.err)
						}
					}
					n++
				}
				if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
					b.ReportMetric(float64(bytes)*float64(n)/1e6/cpu, "MB/cpu-s")
				}
			})
		}
	}
}

// BenchmarkPool measures drawing people (libphonenumber validates and
// formats every phone), per person.
func BenchmarkPool(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := newPool(1, 1000, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "µs/person")
}
