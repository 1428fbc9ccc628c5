package dataset

import (
	"fmt"
	"sort"
	"time"
)

// PrevObject is what an incremental scan knows of an object from the
// previous dataset.
type PrevObject struct {
	ETag         string
	Size         int64
	LastModified time.Time
	Seq          int64 // the committed part that holds its row and findings
}

// PreviousObjects indexes the committed objects of a previous dataset.
func PreviousObjects(c Committed) (map[ObjectID]PrevObject, error) {
	type row struct {
		Bucket       string    `parquet:"bucket"`
		Key          string    `parquet:"key"`
		ETag         string    `parquet:"etag"`
		Size         int64     `parquet:"size"`
		LastModified time.Time `parquet:"last_modified,timestamp(millisecond)"`
		Status       string    `parquet:"status"`
	}
	prev := map[ObjectID]PrevObject{}
	for i, seq := range c.Seqs {
		err := ReadRows(c.ObjectsPath(i), func(rows []row) {
			for _, r := range rows {
				if r.Status == StatusError {
					continue // failed before: scan it again
				}
				prev[ObjectID{r.Bucket, r.Key}] = PrevObject{ETag: r.ETag, Size: r.Size, LastModified: r.LastModified, Seq: seq}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return prev, nil
}

// CarryForward copies the rows of the given objects, and all their
// findings, from the previous dataset into p under the new scan id, one
// previous part at a time, so that the new dataset is complete on its own.
// carry maps each object to the previous part that holds it.
func CarryForward(c Committed, carry map[ObjectID]int64, scanID string, p *PartWriter) (objects int64, err error) {
	bySeq := map[int64]map[ObjectID]bool{}
	for id, seq := range carry {
		if bySeq[seq] == nil {
			bySeq[seq] = map[ObjectID]bool{}
		}
		bySeq[seq][id] = true
	}
	seqs := make([]int64, 0, len(bySeq))
	for s := range bySeq {
		seqs = append(seqs, s)
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] < seqs[j] })
	index := map[int64]int{}
	for i, s := range c.Seqs {
		index[s] = i
	}
	for _, seq := range seqs {
		i, ok := index[seq]
		if !ok {
			return objects, fmt.Errorf("dataset: previous part %d is gone", seq)
		}
		want := bySeq[seq]
		rows := map[ObjectID]Object{}
		var order []ObjectID
		if err := ReadRows(c.ObjectsPath(i), func(rs []Object) {
			for _, r := range rs {
				id := ObjectID{r.Bucket, r.Key}
				if want[id] {
					r.ScanID = scanID
					rows[id] = r
					order = append(order, id)
				}
			}
		}); err != nil {
			return objects, err
		}
		// Findings of one object are contiguous in a part (a worker writes
		// one object at a time), so each object's row follows its findings.
		written := map[ObjectID]bool{}
		var cur ObjectID
		var werr error
		flush := func() {
			if r, ok := rows[cur]; ok && !written[cur] && werr == nil {
				werr = p.Object(r)
				written[cur] = true
				objects++
			}
		}
		if path := c.FindingsPath(i); path != "" {
			if err := ReadRows(path, func(fs []Finding) {
				for _, f := range fs {
					id := ObjectID{f.Bucket, f.Key}
					if !want[id] || werr != nil {
						continue
					}
					if id != cur {
						flush()
						cur = id
					}
					f.ScanID = scanID
					if f.Value != nil {
						v := *f.Value
						f.Value = &v
					}
					werr = p.Finding(f)
				}
			}); err != nil {
				return objects, err
			}
			flush()
		}
		for _, id := range order {
			cur = id
			flush()
		}
		if werr != nil {
			return objects, werr
		}
	}
	return objects, p.Commit()
}

// Unchanged reports whether a listed object is the one the previous scan
// read: same size and ETag (S3), or same size and modification time to the
// millisecond (local files, which have no ETag).
func (p PrevObject) Unchanged(etag string, size int64, modified time.Time) bool {
	if p.Size != size {
		return false
	}
	if etag != "" || p.ETag != "" {
		return etag == p.ETag
	}
	return p.LastModified.Equal(modified.Truncate(time.Millisecond))
}
