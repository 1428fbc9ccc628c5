package formats

import (
	"bytes"
	"path"
	"strconv"
	"strings"
)

// sniffSize is how much of a stream is looked at before deciding what it is.
const sniffSize = 64 << 10

// kind is what the head of a stream says it is, before text decoding.
type kind int

const (
	kindText kind = iota // text of some encoding and format: decided later
	kindGzip
	kindZstd
	kindBzip2
	kindXz
	kindZip
	kindTar
	kindParquet
	kindBinary
)

// compression names reported in Info.Compression.
var compressionNames = map[kind]string{kindGzip: "gzip", kindZstd: "zstd", kindBzip2: "bzip2", kindXz: "xz"}

// magic is a signature of a binary format that is skipped.
type magic struct {
	off  int
	sig  string
	what string
}

// binaryMagics are formats that hold no text this package can read.
var binaryMagics = []magic{
	{0, "\x89PNG\r\n\x1a\n", "png image"},
	{0, "\xff\xd8\xff", "jpeg image"},
	{0, "GIF87a", "gif image"}, {0, "GIF89a", "gif image"},
	{0, "BM", "bmp image"},
	{0, "II*\x00", "tiff image"}, {0, "MM\x00*", "tiff image"},
	{0, "\x00\x00\x01\x00", "ico image"},
	{8, "WEBP", "webp image"}, {8, "AVI ", "avi video"}, {8, "WAVE", "wav audio"},
	{4, "ftyp", "mp4/heic media"},
	{0, "ID3", "mp3 audio"}, {0, "OggS", "ogg media"}, {0, "fLaC", "flac audio"},
	{0, "\x1a\x45\xdf\xa3", "matroska media"},
	{0, "%PDF-", "pdf document (not supported)"},
	{0, "\x7fELF", "elf executable"},
	{0, "MZ", "windows executable"},
	{0, "\xfe\xed\xfa\xce", "mach-o executable"}, {0, "\xfe\xed\xfa\xcf", "mach-o executable"},
	{0, "\xce\xfa\xed\xfe", "mach-o executable"}, {0, "\xcf\xfa\xed\xfe", "mach-o executable"},
	{0, "\xca\xfe\xba\xbe", "java class or mach-o executable"},
	{0, "\x00asm", "wasm module"},
	{0, "SQLite format 3\x00", "sqlite database (not supported)"},
	{0, "7z\xbc\xaf\x27\x1c", "7z archive (not supported)"},
	{0, "Rar!\x1a\x07", "rar archive (not supported)"},
	{0, "\x04\x22\x4d\x18", "lz4 stream (not supported)"},
	{0, "\xff\x06\x00\x00sNaPpY", "snappy stream (not supported)"},
	{0, "ORC", "orc file (not supported)"},
	{0, "Obj\x01", "avro file (not supported)"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2 office document (not supported)"},
	{0, "\x1f\x9d", "unix compress stream (not supported)"},
}

// sniffKind looks at the head of a stream: content first, the name only
// where the content cannot tell (old tar headers). reason says why binary.
func sniffKind(head []byte, name string) (k kind, reason string) {
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		return kindGzip, ""
	case len(head) >= 4 && string(head[:4]) == "\x28\xb5\x2f\xfd":
		return kindZstd, ""
	case len(head) >= 4 && string(head[:3]) == "BZh" && head[3] >= '1' && head[3] <= '9':
		return kindBzip2, ""
	case len(head) >= 6 && string(head[:6]) == "\xfd7zXZ\x00":
		return kindXz, ""
	case len(head) >= 4 && (string(head[:4]) == "PK\x03\x04" || string(head[:4]) == "PK\x05\x06"):
		return kindZip, ""
	case len(head) >= 4 && string(head[:4]) == "PAR1":
		return kindParquet, ""
	case isTarHeader(head):
		return kindTar, ""
	}
	if r := sniffBinary(head); r != "" {
		return kindBinary, r
	}
	_ = name
	return kindText, ""
}

// sniffBinary names a known binary format by its signature.
func sniffBinary(head []byte) string {
	for _, m := range binaryMagics {
		if len(head) < m.off+len(m.sig) || string(head[m.off:m.off+len(m.sig)]) != m.sig {
			continue
		}
		switch m.sig {
		case "BM", "MZ", "ORC", "ID3", "Obj\x01":
			// Short signatures that also start ordinary text: insist on
			// the NUL bytes every real header of these formats has.
			w := head[:min(len(head), 64)]
			if bytes.IndexByte(w, 0) < 0 {
				continue
			}
			if m.sig == "BM" {
				return "bmp image"
			}
		}
		return m.what
	}
	return ""
}

// isTarHeader reports whether head starts with a tar header block: its
// checksum is right (ustar magic or not: old v7 tars have none).
func isTarHeader(head []byte) bool {
	if len(head) < 512 {
		return false
	}
	h := head[:512]
	if h[0] == 0 {
		return false
	}
	field := strings.TrimRight(strings.TrimSpace(strings.TrimRight(string(h[148:156]), "\x00")), "\x00 ")
	want, err := strconv.ParseUint(field, 8, 64)
	if err != nil {
		return false
	}
	var sum uint64
	for i, c := range h {
		if i >= 148 && i < 156 {
			c = ' '
		}
		sum += uint64(c)
	}
	return sum == want
}

// textFormat is how a decoded text stream should be read.
type textFormat struct {
	format string // text, csv, tsv, json, ndjson
	delim  byte   // csv/tsv field delimiter
	quote  bool   // csv/tsv: double quotes enclose fields
	header bool   // csv/tsv: the first row names the columns
}

// sniffText decides how to read decoded text: JSON if it parses as JSON,
// CSV/TSV if its rows have a stable number of delimited fields, else free
// text. The name decides only between formats the content allows.
// atEOF says head is the whole text.
func sniffText(head []byte, atEOF bool, name string) textFormat {
	ext := extOf(name)
	v := sniffJSON(head, atEOF)
	if v == jsonNo && (ext == ".json" || ext == ".jsonl" || ext == ".ndjson") {
		if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
			v = jsonDoc // named JSON and shaped like it: read it up to the damage
		}
	}
	if v != jsonNo {
		if v == jsonStream || ext == ".jsonl" || ext == ".ndjson" {
			return textFormat{format: "ndjson"}
		}
		return textFormat{format: "json"}
	}
	if f, ok := sniffCSV(head, atEOF, ext); ok {
		return f
	}
	return textFormat{format: "text"}
}

// extOf returns the lower-cased extension of a name, ignoring compression
// suffixes (orders.csv.gz -> .csv).
func extOf(name string) string {
	for {
		e := strings.ToLower(path.Ext(name))
		switch e {
		case ".gz", ".gzip", ".zst", ".zstd", ".bz2", ".xz", ".tgz":
			name = name[:len(name)-len(e)]
			continue
		}
		return e
	}
}

// stripExt drops one compression suffix from a name (orders.csv.gz ->
// orders.csv; a.tgz -> a.tar), for the name hints of the inner stream.
func stripExt(name string, k kind) string {
	e := strings.ToLower(path.Ext(name))
	switch {
	case e == ".tgz":
		return name[:len(name)-len(e)] + ".tar"
	case k == kindGzip && (e == ".gz" || e == ".gzip"),
		k == kindZstd && (e == ".zst" || e == ".zstd"),
		k == kindBzip2 && e == ".bz2",
		k == kindXz && e == ".xz":
		return name[:len(name)-len(e)]
	}
	return name
}
