package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/exposure-dev/exposure/scanner/dataset"
)

func runReport(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the summary as JSON (the shape of summary.json)")
	dirs, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(env.Stdout, helpText(fs, "exposure report [--json] OUT..."))
		return nil
	}
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return usagef("report: no dataset directory given")
	}
	for _, d := range dirs {
		if !dataset.Exists(d) {
			return usagef("report: %q holds no exposure dataset", d)
		}
	}
	s, err := dataset.Summarize(dirs...)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	printReport(env.Stdout, s)
	return nil
}

// printReport writes the one-screen summary of a scan.
func printReport(w io.Writer, s dataset.Summary) {
	state := "complete"
	if !s.Complete {
		state = "INCOMPLETE (resume the scan to finish it)"
	}
	fmt.Fprintf(w, "exposure report: scan %s, %s\n", s.ScanID, state)
	if len(s.Datasets) > 1 {
		fmt.Fprintf(w, "datasets: %s\n", strings.Join(s.Datasets, ", "))
	}
	if s.FinishedAt != nil {
		fmt.Fprintf(w, "ran %s to %s (%s)\n", s.StartedAt.Format("2006-01-02 15:04:05Z"), s.FinishedAt.Format("2006-01-02 15:04:05Z"), s.FinishedAt.Sub(s.StartedAt).Round(1e8))
	}
	fmt.Fprintf(w, "objects: %d scanned, %d skipped, %d failed; %s listed, %s of text scanned\n\n",
		s.Objects.Scanned, s.Objects.Skipped, s.Objects.Error, formatBytes(s.BytesListed), formatBytes(s.BytesScanned))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tfindings\tdistinct\t by country (distinct)\t")
	for _, k := range []string{"name", "phone", "address", "access_code"} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t %s\t\n", k, s.Findings[k], s.Distinct[k], byCountry(s.DistinctByCountry[k]))
	}
	tw.Flush()
	if len(s.Reasons) > 0 {
		fmt.Fprintln(w, "\nobjects not fully scanned:")
		keys := make([]string, 0, len(s.Reasons))
		for k := range s.Reasons {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return s.Reasons[keys[i]] > s.Reasons[keys[j]] || (s.Reasons[keys[i]] == s.Reasons[keys[j]] && keys[i] < keys[j])
		})
		for _, k := range keys {
			fmt.Fprintf(w, "  %6d  %s\n", s.Reasons[k], k)
		}
	}
}

func byCountry(m map[string]int64) string {
	type kv struct {
		k string
		v int64
	}
	var xs []kv
	for k, v := range m {
		if k == "" {
			k = "??"
		}
		xs = append(xs, kv{k, v})
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v || (xs[i].v == xs[j].v && xs[i].k < xs[j].k) })
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%s %d", x.k, x.v)
	}
	return strings.Join(parts, ", ")
}
