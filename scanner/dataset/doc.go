// Package dataset writes and reads the findings dataset of CONTRACT.md:
//
//	OUT/findings/part-NNNNNN.parquet   one row per detected value
//	OUT/findings/part-NNNNNN-K.parquet continuation K of a part sealed inside a big object
//	OUT/objects/part-NNNNNN.parquet    one row per object considered
//	OUT/summary.json                   totals and distinct counts
//	OUT/scan.json                      the scan's manifest (id, targets, shard, key fingerprint)
//	OUT/hash.key                       the HMAC key, when exposure generated it (mode 0600)
//
// Each scanner worker owns one PartWriter, which writes a findings part and an
// objects part side by side and rotates them only between objects; an object
// with more findings than a part takes seals the findings file in its middle
// and goes on in a continuation file of the same part (a Parquet writer holds
// its footer in memory until the file closes). A part's files are first
// written under dot-prefixed temporary names that readers ignore and renamed
// when the part is complete: findings files first, then objects. The objects
// part is the commit record: an object is done exactly when its row is in a
// committed objects part, and then all its findings are in the findings files
// of the same number. Recover turns a crashed dataset back into that state
// (temporary files and findings files without their objects part are
// removed), so
// --resume rescans exactly the objects that were not committed and no
// finding is lost or duplicated.
package dataset
