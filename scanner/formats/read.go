package formats

import (
	"context"
	"fmt"
)

// read is the minimal reader of the walking skeleton: the whole object as
// UTF-8 text. Sniffing, compression, archives, encodings and structured
// formats extend it.
func read(ctx context.Context, obj Object, lim Limits, emit func(*Record) error) (Info, error) {
	info := Info{Format: "text", Encoding: "utf-8"}
	rc, err := obj.Open(ctx)
	if err != nil {
		return info, err
	}
	defer rc.Close()
	n, err := chunkText(rc, Record{}, lim, emit)
	info.BytesScanned = n
	if err != nil {
		return info, fmt.Errorf("formats: reading text: %w", err)
	}
	return info, nil
}
