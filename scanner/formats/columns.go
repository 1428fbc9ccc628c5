package formats

import "github.com/exposure-dev/exposure/detectors"

// columnKind is the kind a structured field holds, for Record.Column. Today
// it is the field name's hint (detectors.FieldKind on a CSV header, JSON key
// or Parquet column path). This is the hook for profiling a column by its
// values: a profiler would see the first rows of each column here (the CSV,
// JSON and Parquet readers call it once per field name) and could return a
// kind when, say, most values parse as phone numbers under a header
// like "c7".
func columnKind(field string) detectors.Kind {
	return detectors.FieldKind(field)
}
