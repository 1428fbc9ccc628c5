// Package bench is the benchmark and accuracy harness of exposure. Its
// sub-packages build what the harness measures against:
//
//   - bench/gen generates a synthetic, labelled data estate (a Korean
//     e-commerce firm's bucket: order CSVs, CRM NDJSON, chat transcripts,
//     gzip logs, Parquet, EUC-KR/Shift_JIS/Big5 exports, zip backups and
//     non-personal noise full of hard negatives). The same Config always
//     produces the same bytes and labels. `exposure gen` and
//     `exposure demo` use it; its labels file is the ground truth an
//     accuracy run compares findings with.
//   - bench/fakes3 runs an in-process S3 server (gofakes3, in memory) on
//     127.0.0.1, so the demo and tests need no external service.
//   - bench/corpus holds the hand-written accuracy corpus, and
//     bench/accuracy scores detections against labels (span IoU per kind).
//
// Ground truth is written beside the data, never inside it: for a local
// destination DIR the labels go to DIR/../NAME-labels.ndjson.gz and the
// totals to DIR/../NAME-truth.json (gen.LabelsPath, gen.TruthPath), so a
// scan of DIR never reads its own answers.
package bench
