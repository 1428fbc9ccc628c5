// Package gen generates a synthetic, labelled data estate: what the bucket
// of a Korean e-commerce firm with customers in Korea (most), Japan, Taiwan
// and the United States looks like, with the ground truth of every
// personal value in it. `exposure gen` writes one to a directory or an S3
// prefix; `exposure demo` scans one in an in-process S3 server.
//
// # The estate
//
// Objects (see ObjectType): order exports (CSV, four layouts, Korean and
// English headers, some with a BOM), a CRM address book (NDJSON with
// English, Korean, Japanese and Chinese field names, flat and nested),
// customer-service chats (Korean, Japanese, Traditional Chinese, English
// free text, names after cue words), gzip application logs (mostly
// non-personal, a few lines with phones or an address), a data-lake order
// table (Parquet, Snappy or zstd), legacy exports in EUC-KR, Shift_JIS and Big5,
// zip backups of order CSVs, and noise (metrics CSV, product catalogue
// JSON, service YAML, PNG-like binaries). Hard negatives are everywhere:
// order numbers, 12-digit tracking numbers, business registration numbers
// (123-45-67890), customer-centre numbers (1588-xxxx), prices, dates, IPs,
// brand names that contain person names (김정문알로에).
//
// Personal values come from a pool of Config.People synthetic people (see
// Person), reused across objects as in a real estate: Korean names with
// surnames weighted by frequency, road-name addresses on real roads of real
// districts with fake building numbers, phones that libphonenumber accepts
// (010-xxxx-xxxx, 090-xxxx-xxxx, 09xx-xxx-xxx, US numbers on real area
// codes) written in seven formats, and building access codes (digits, #
// and *) in dedicated fields and in delivery memos ("공동현관 #1234").
//
// Object sizes are drawn log-uniformly, tilted towards small ones, so an
// estate has many small objects and a few large ones; Config.Size scales
// the whole (see Sized), Demo is a fixed small one.
//
// # Ground truth
//
// Generate writes one Label per personal value written, as gzip-compressed
// NDJSON (one gzip member per object, concatenated), in plan order; Label
// documents the fields and their conventions, which are those of the
// scanner's findings. ReadLabels reads the file back. The Summary holds
// the totals: labels and distinct normalised values per kind and country,
// and distinct people. Labels never go inside the scanned destination: for
// a directory DIR they go to DIR/../NAME-labels.ndjson.gz (LabelsPath) and
// the summary to NAME-truth.json beside them (TruthPath).
//
// # Determinism and speed
//
// Every object is generated from its own seed (the Config's seed and the
// object's index), by Config.Workers goroutines at once, and the labels are
// written in plan order: the same Config gives the same bytes, labels and
// summary whatever the number of workers. Objects are built in memory
// (up to Config.MaxObject bytes each) and handed to a Sink: LocalSink
// writes files, S3Sink uploads through minio-go. BenchmarkGenerate reports
// throughput per CPU second for each object type with and without labels;
// labels of dense objects (orders, address books) cost several times the
// data itself, so throughput runs may pass a nil labels writer (the summary
// is still computed).
package gen
