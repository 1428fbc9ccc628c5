// Package dataset writes and reads the findings dataset of CONTRACT.md:
//
//	OUT/findings/part-NNNNNN.parquet   one row per detected value
//	OUT/objects/part-NNNNNN.parquet    one row per object considered
//	OUT/summary.json                   totals and distinct counts
//	OUT/scan.json                      the scan's manifest (id, targets, shard, key fingerprint)
//	OUT/hash.key                       the HMAC key, when exposure generated it (mode 0600)
//
// Each scanner worker owns one PartWriter, which writes a findings part and an
// objects part side by side and rotates them only between objects. A part is
// first written under a dot-prefixed temporary name that readers ignore and
// renamed when complete: findings first, then objects. The objects part is
// the commit record: an object is done exactly when its row is in a committed
// objects part, and then all its findings are in the findings part of the same
// number. Recover turns a crashed dataset back into that state (temporary
// files and findings parts without their objects part are removed), so
// --resume rescans exactly the objects that were not committed and no
// finding is lost or duplicated.
package dataset
