package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
)

func runReport(ctx context.Context, args []string, env Env) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the summary as JSON (the shape of summary.json)")
	fromSketches := fs.Bool("from-sketches", false, "merge the datasets' stored summaries and HyperLogLog sketches instead of reading every finding (fast for many large shards; distinct counts approximate)")
	endpoint := fs.String("endpoint", "", "S3-compatible endpoint for s3:// datasets (default AWS_ENDPOINT_URL, else AWS)")
	region := fs.String("region", "", "S3 region for s3:// datasets (default AWS_REGION, else us-east-1)")
	var memoryLimit memLimitFlag
	fs.Var(&memoryLimit, "memory-limit", "soft limit on the heap (the Go runtime's GOMEMLIMIT): a size, off, or auto = GOMEMLIMIT if set, else that of a scan with the default --workers")
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
	// The summary reads the findings with one tally per CPU; the limit
	// keeps its memory that of a scan's summary.
	defer applyMemoryLimit(int64(memoryLimit), scanner.DefaultWorkers(), env.Getenv)()
	names := append([]string(nil), dirs...)
	for i, d := range dirs {
		if scanner.IsS3URL(d) {
			// A dataset written with --out s3://: fetch it into a temporary copy.
			tmp, err := os.MkdirTemp("", "exposure-report-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			opts := scanner.S3Options{Endpoint: *endpoint, Region: *region}
			if opts.Endpoint == "" {
				opts.Endpoint = env.Getenv("AWS_ENDPOINT_URL")
			}
			if err := scanner.FetchDataset(ctx, opts, d, tmp); err != nil {
				return err
			}
			dirs[i] = tmp
			continue
		}
		if !dataset.Exists(d) {
			return usagef("report: %q holds no exposure dataset", d)
		}
	}
	summarize := dataset.Summarize
	if *fromSketches {
		summarize = dataset.SummarizeSketches
	}
	s, err := summarize(dirs...)
	if err != nil {
		return err
	}
	s.Datasets = names
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
	approx := ""
	if s.DistinctApproximate {
		approx = fmt.Sprintf(" (≈, ±%.1f%% at 1σ)", 100*s.DistinctRelativeError)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "kind\tfindings\tdistinct%s\tcanonical\tdistinct by country\n", approx)
	for _, k := range []string{"name", "phone", "address", "access_code"} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\n", k, s.Findings[k], s.Distinct[k], s.DistinctCanonical[k], byCountry(s.DistinctByCountry[k]))
	}
	tw.Flush()
	fmt.Fprintln(w, "(canonical: spellings of one value counted once, e.g. 서울/서울특별시, 1-2-3/1丁目2番3号, St/Street)")
	fmt.Fprintf(w, "\npeople (estimate): %d, from %s", s.People.Estimate, s.People.Basis)
	if s.People.NamePhone > 0 || s.People.NameAddress > 0 {
		fmt.Fprintf(w, "; records with name+phone: %d distinct, name+address: %d distinct", s.People.NamePhone, s.People.NameAddress)
	}
	fmt.Fprintln(w)
	if e := s.Sample; e != nil {
		fmt.Fprintf(w, "\nsample: %d of %d objects (%.1f%%) read; extrapolated to all %d objects (%s), 95%% interval:\n",
			e.SampledObjects, e.PopulationObjects, 100*e.Fraction, e.PopulationObjects, formatBytes(e.PopulationBytes))
		for _, k := range []string{"name", "phone", "address", "access_code"} {
			fmt.Fprintf(w, "  %-12s %d ± %d findings\n", k, e.Findings[k], e.Findings95[k])
		}
		fmt.Fprintf(w, "  (%s)\n", e.Note)
	}
	if len(s.FindingsByPrefix) > 0 {
		printPrefixes(w, s)
	}
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

// printPrefixes lists the top-level prefixes with the most findings.
func printPrefixes(w io.Writer, s dataset.Summary) {
	type row struct {
		p string
		n int64
	}
	var rows []row
	for p, m := range s.FindingsByPrefix {
		var n int64
		for _, v := range m {
			n += v
		}
		rows = append(rows, row{p, n})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n || (rows[i].n == rows[j].n && rows[i].p < rows[j].p) })
	const top = 10
	fmt.Fprintf(w, "\nwhere (top-level prefixes by findings%s):\n", map[bool]string{true: fmt.Sprintf(", top %d of %d", top, len(rows)), false: ""}[len(rows) > top])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  prefix\tfindings\tdistinct name/phone/address/code")
	for i, r := range rows {
		if i == top {
			break
		}
		d := s.DistinctByPrefix[r.p]
		p := r.p
		if p == "" {
			p = "(root)"
		}
		if d == nil { // merged sketches keep no per-prefix sets
			fmt.Fprintf(tw, "  %s\t%d\t-\n", p, r.n)
			continue
		}
		fmt.Fprintf(tw, "  %s\t%d\t%d/%d/%d/%d\n", p, r.n, d["name"], d["phone"], d["address"], d["access_code"])
	}
	tw.Flush()
}
