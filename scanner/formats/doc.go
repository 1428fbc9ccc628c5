// Package formats turns a stored object into records of decoded UTF-8 text:
// sniff (magic bytes first, name second), unwrap (gzip, zstd, bzip2, xz, zip,
// tar), decode (UTF-8, UTF-16, EUC-KR, Shift_JIS, Big5) and read (plain text
// in overlapping chunks, CSV/TSV cells, JSON paths, Parquet columns).
//
// # Flow
//
// Read opens the object once and hands the stream to stream(), which peeks
// 64 KiB and decides by content: gzip, zstd, bzip2 and xz are unwrapped and
// the result sniffed again; zip, tar and Parquet are walked; known binary
// formats (images, executables, PDF, databases, ...) are skipped with a
// reason; anything else is text. Text gets its encoding from the head (BOM,
// UTF-16 NUL pattern, UTF-8 validity, a score of the CJK legacy encodings,
// windows-1252 for stray high bytes, else binary) and is decoded to UTF-8
// with invalid bytes replaced by U+FFFD, one per byte, so that offsets do not
// depend on read sizes. The decoded head then decides JSON (it parses),
// NDJSON (one value per line), CSV/TSV (a delimiter splits the rows into a
// stable number of fields; not when ", " follows nearly every comma, as in
// prose and logs) or free text. The object's name only breaks ties: .csv/.tsv
// allow a single column or a single row, .json/.jsonl/.ndjson make a damaged
// document JSON, .tgz is tar.
//
// # Records
//
//   - Free text: chunks of Limits.ChunkSize bytes with Limits.Overlap bytes of
//     context each side; report regions [Lo,Hi) tile the text exactly, cut on
//     rune boundaries; Field "", Row -1, Offset of Text[0] in the decoded text.
//   - CSV/TSV: one record per non-empty cell; Field is the header name, or "#N"
//     (1-based) without a header; Row counts data rows from 0 (blank lines
//     skipped). Header cells are emitted too, as free text at their offsets.
//   - JSON: one record per string value (and per number in a field named like a
//     phone or access code); Field is the path ($.address.line, $[3].phone,
//     $['first name']); Row is the element index of a top-level array, the
//     line index in NDJSON, else the index of the top-level value (0). Keys
//     are not scanned.
//   - Parquet: one record per BYTE_ARRAY value (and INT32/INT64 in phone or
//     access-code columns); Field is the dotted column path, Row the row index.
//   - Structured values have Offset 0, Lo 0, Hi len(Text); a value longer than
//     ChunkSize+Overlap is chunked like free text, Offset relative to it.
//   - Column is detectors.FieldKind of the field (see columnKind, the hook for
//     profiling columns by their values).
//   - ContainerPath is the member path inside archives ("backup.zip/a.csv.gz");
//     compression layers add nothing to it, and the object key is not in it.
//
// One Record is reused and Text may alias an internal buffer: emit must copy
// what it keeps.
//
// # Limits and failures
//
// Memory per Read is a few fixed buffers (256 KiB per stream layer, the
// chunker's ChunkSize+2*Overlap, a 1 MiB block cache for ranged reads, the
// decoders' windows), whatever the object's size; nested zip and Parquet
// members are spooled to a temporary file of at most MaxSpoolBytes. The
// budget per object counts expanded bytes (MaxExpandedBytes), the expansion
// ratio against compressed bytes read (MaxExpansion, checked past 16 MiB),
// archive members (MaxMembers, checked against a zip's directory before it
// is read) and nesting (MaxArchiveDepth). Exceeding one is a *LimitError
// (errors.Is(err, ErrBomb)) that stops the object at once.
//
// Read scans as much as it can, then reports: records before damage stand.
// A truncated or corrupt stream is a *CorruptError (ErrCorrupt) after its
// readable prefix; a JSON document damaged halfway has the rest scanned as
// free text; a bad NDJSON line is scanned as text and parsing resumes on the
// next line; an unterminated CSV quote ends the cell at the end of input.
// A failing archive member is recorded and the other members are read; the
// object's error is then a *MemberError. Failures to read the object itself
// are *ReadError. No error message quotes object content (members are named
// by index, not by name).
package formats
