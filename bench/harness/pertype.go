package harness

import (
	"fmt"
	"strings"
)

// TypeRun is the local scan of an estate made of one object type only.
type TypeRun struct {
	Type         string `json:"type"`
	Scan         Timing `json:"scan"`
	BytesScanned int64  `json:"bytes_scanned"` // decoded bytes handed to the detectors
	Findings     int64  `json:"findings"`
}

// TypeReport is `benchrun --per-type`: what each object type costs to scan,
// per byte and per finding, so that an estate of any mix can be costed.
type TypeReport struct {
	Date    string    `json:"date"`
	Machine Machine   `json:"machine"`
	Seed    int64     `json:"seed"`
	Size    int64     `json:"size_bytes_per_type"`
	Workers int       `json:"workers"`
	Runs    []TypeRun `json:"runs"`
}

// Markdown renders the report as a table, one row per type.
func (r *TypeReport) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Run %s on %d × %s (%s, %s); one estate per object type, `exposure gen --seed %d --size %s --mix TYPE=1`, scanned as a local directory with %d workers.\n\n",
		r.Date, r.Machine.CPUs, r.Machine.Model, r.Machine.OSArch, r.Machine.GoVer, r.Seed, human(r.Size), r.Workers)
	b.WriteString("| object type | objects | MB stored | MB decoded | findings per MB | MB per CPU-s (stored) | MB per CPU-s (decoded) | µs CPU per finding | peak RSS MB |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, t := range r.Runs {
		mb, dec := float64(t.Scan.Bytes)/1e6, float64(t.BytesScanned)/1e6
		perFinding := "-"
		if t.Findings > 0 {
			perFinding = fmt.Sprintf("%.2f", t.Scan.CPUSeconds/float64(t.Findings)*1e6)
		}
		decRate := "-"
		if t.BytesScanned > 0 {
			decRate = fmt.Sprintf("%.1f", dec/t.Scan.CPUSeconds)
		}
		fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f | %.0f | %.1f | %s | %s | %.0f |\n",
			t.Type, t.Scan.Objects, mb, dec, float64(t.Findings)/mb, t.Scan.MBPerCPUSecond(), decRate, perFinding, t.Scan.PeakRSSMB)
	}
	return b.String()
}
