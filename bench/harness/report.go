package harness

import (
	"fmt"
	"math"
	"strings"

	"github.com/exposure-dev/exposure/bench/gen"
	"github.com/exposure-dev/exposure/scanner/dataset"
)

// Report is one benchmark run: what `go run ./bench/cmd/benchrun` writes as
// JSON and Markdown.
type Report struct {
	Date    string  `json:"date"`
	Machine Machine `json:"machine"`
	Seed    int64   `json:"seed"`
	Size    int64   `json:"size_bytes"`
	// Mix is the estate's object mix (gen.FormatMix) when it is not the
	// default one.
	Mix         string     `json:"mix,omitempty"`
	Objects     int64      `json:"objects"`
	Workers     int        `json:"workers"`
	Generate    Timing     `json:"generate"`
	RawRead     Timing     `json:"raw_read"`
	ScanS3      Timing     `json:"scan_s3"`
	ScanLocal   Timing     `json:"scan_local"`
	Findings    int64      `json:"findings"`
	DatasetSize int64      `json:"dataset_bytes"`
	Accuracy    []Accuracy `json:"accuracy"`
	// AccuracySample: accuracy was scored on 1 in this many objects.
	AccuracySample int `json:"accuracy_sample_one_in"`
	// Scope compares the scan's distinct counts with the generator's.
	Scope []Scope `json:"scope,omitempty"`
}

// Scope is one distinct count of the local scan's summary against the
// estate's truth: distinct values of a kind, or people.
type Scope struct {
	Count string `json:"count"` // a kind, "<kind> (canonical)", or "people (estimate)"
	Found int64  `json:"found"`
	Truth int64  `json:"truth"`
}

// ScopeMarkdown renders scope counts as a Markdown table.
func ScopeMarkdown(scope []Scope) string {
	var b strings.Builder
	b.WriteString("| distinct | found | truth | found / truth |\n| --- | ---: | ---: | ---: |\n")
	for _, c := range scope {
		fmt.Fprintf(&b, "| %s | %d | %d | %.4f |\n", c.Count, c.Found, c.Truth, float64(c.Found)/float64(max(c.Truth, 1)))
	}
	return b.String()
}

// ScopeOf pairs the summary's distinct counts and people estimate with the
// truth's: distinct values per kind, then distinct canonical values (the
// spellings of one value counted once) of names and addresses, the kinds
// that have spellings.
func ScopeOf(s dataset.Summary, truth *gen.Summary) []Scope {
	var out []Scope
	for _, k := range []string{"name", "phone", "address", "access_code"} {
		out = append(out, Scope{Count: k, Found: s.Distinct[k], Truth: truth.Distinct[k]})
	}
	for _, k := range []string{"name", "address"} {
		out = append(out, Scope{Count: k + " (canonical)", Found: s.DistinctCanonical[k], Truth: truth.DistinctCanonical[k]})
	}
	return append(out, Scope{Count: "people (estimate)", Found: s.People.Estimate, Truth: int64(truth.DistinctPeople)})
}

// S3VsRaw is the scan over S3's throughput as a fraction of the raw read's.
func (r *Report) S3VsRaw() float64 { return r.ScanS3.MBps() / r.RawRead.MBps() }

// FindingsPerGB is findings per GB of objects.
func (r *Report) FindingsPerGB() float64 {
	return float64(r.Findings) / (float64(r.ScanLocal.Bytes) / 1e9)
}

// BytesPerFinding is the on-disk size of findings/ per finding.
func (r *Report) BytesPerFinding() float64 {
	if r.Findings == 0 {
		return 0
	}
	return float64(r.DatasetSize) / float64(r.Findings)
}

// Projection is the cost of a 25.6 TB scan at the measured rate.
type Projection struct {
	Machines, CoresPerMachine int
	Hours                     float64
	GETs, LISTs               float64
}

// Project extrapolates the local scan's MB per CPU-second to total bytes
// on machines of cores each, assuming the network keeps up.
func (r *Report) Project(total float64, machines, cores int) Projection {
	rate := r.ScanLocal.MBPerCPUSecond() * 1e6 // bytes per CPU-second
	objPerByte := float64(r.Objects) / float64(r.ScanLocal.Bytes)
	return Projection{
		Machines: machines, CoresPerMachine: cores,
		Hours: total / (rate * float64(machines*cores)) / 3600,
		GETs:  objPerByte * total, LISTs: math.Ceil(objPerByte * total / 1000),
	}
}

// Markdown renders the report as the README's benchmark section.
func (r *Report) Markdown() string {
	var b strings.Builder
	mix := ""
	if r.Mix != "" {
		mix = " --mix " + r.Mix
	}
	fmt.Fprintf(&b, "Run %s on %d × %s (%s, %s); estate: `exposure gen --seed %d --size %s%s` (%d objects), %d workers.\n\n",
		r.Date, r.Machine.CPUs, r.Machine.Model, r.Machine.OSArch, r.Machine.GoVer, r.Seed, human(r.Size), mix, r.Objects, r.Workers)
	b.WriteString("| run | wall s | CPU s | MB/s | MB per CPU-s | objects/s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, t := range []Timing{r.RawRead, r.ScanS3, r.ScanLocal} {
		if t.Seconds == 0 {
			continue // not run (--skip-s3)
		}
		rss := "-"
		if t.PeakRSSMB > 0 {
			rss = fmt.Sprintf("%.0f", t.PeakRSSMB)
		}
		fmt.Fprintf(&b, "| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %s |\n", t.Name, t.Seconds, t.CPUSeconds, t.MBps(), t.MBPerCPUSecond(), float64(t.Objects)/t.Seconds, rss)
	}
	b.WriteString("\n")
	if r.RawRead.Seconds > 0 && r.ScanS3.Seconds > 0 {
		fmt.Fprintf(&b, "scan over S3 / raw read: **%.2f**; ", r.S3VsRaw())
	}
	fmt.Fprintf(&b, "findings: %d (%.0f per GB); dataset: %s, **%.1f bytes per finding**; local scan CPU per finding (all costs included): %.2f µs",
		r.Findings, r.FindingsPerGB(), human(r.DatasetSize), r.BytesPerFinding(), r.ScanLocal.CPUSeconds/float64(max(r.Findings, 1))*1e6)
	if r.Generate.Seconds > 0 {
		fmt.Fprintf(&b, "; generation %.0f MB/s (%.0f MB per CPU-s, labels included)", r.Generate.MBps(), r.Generate.MBPerCPUSecond())
	}
	b.WriteString(".\n\n")
	if r.AccuracySample > 1 {
		fmt.Fprintf(&b, "Accuracy against the generator's labels, on a fixed sample of 1 in %d objects:\n\n", r.AccuracySample)
	}
	b.WriteString("| kind | labels | precision | recall |\n| --- | ---: | ---: | ---: |\n")
	for _, a := range r.Accuracy {
		fmt.Fprintf(&b, "| %s | %d | %.4f | %.4f |\n", a.Kind, a.Labels, a.Precision, a.Recall)
	}
	if len(r.Scope) > 0 {
		b.WriteString("\nScope: the scan's distinct counts against the generator's truth (a distinct count can be right with every span found and still be wrong, when one value is found as several strings):\n\n")
		b.WriteString(ScopeMarkdown(r.Scope))
	}
	p := r.Project(25.6e12, 16, 16)
	fmt.Fprintf(&b, "\nProjection to 25.6 TB at the local scan's %.1f MB per CPU-second: %d machines × %d cores ≈ **%.1f hours** (CPU-bound; the network must deliver %.1f GB/s), about %.2g GET and %.2g LIST requests (this estate's %.0f KB mean object size).\n",
		r.ScanLocal.MBPerCPUSecond(), p.Machines, p.CoresPerMachine, p.Hours, r.ScanLocal.MBPerCPUSecond()*float64(p.Machines*p.CoresPerMachine)/1000, p.GETs, p.LISTs, float64(r.ScanLocal.Bytes)/float64(r.Objects)/1e3)
	return b.String()
}

func human(n int64) string {
	switch {
	case n >= 1e12:
		return fmt.Sprintf("%.1fTB", float64(n)/1e12)
	case n >= 1e9:
		return fmt.Sprintf("%.1fGB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.0fMB", float64(n)/1e6)
	default:
		return fmt.Sprintf("%dB", n)
	}
}
