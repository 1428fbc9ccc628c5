// Package formats turns a stored object into records of decoded UTF-8 text:
// sniff (magic bytes first, name second), unwrap (gzip, zstd, bzip2, xz, zip,
// tar), decode (UTF-8, UTF-16, EUC-KR, Shift_JIS, Big5) and read (plain text
// in overlapping chunks, CSV/TSV cells, JSON paths, Parquet columns).
package formats
