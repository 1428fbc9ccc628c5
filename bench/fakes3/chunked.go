package fakes3

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// gofakes3 v1.2.0 decodes aws-chunked request bodies (the framing of V4
// streaming signatures, X-Amz-Content-Sha256: STREAMING-AWS4-HMAC-SHA256-
// PAYLOAD) in PutObject only: UploadPart stores the framing
// ("10000;chunk-signature=...\r\n") as part of the object. minio-go signs
// with streaming signatures over plain HTTP, so every multipart upload it
// makes to the fake (objects of 16 MiB and more by default) came back
// corrupted. unchunk fixes that for every request before gofakes3 sees it:
// it decodes any aws-chunked body (signed or unsigned, with or without
// trailers), sets Content-Length to the decoded length and marks the
// payload UNSIGNED-PAYLOAD. Signatures are not checked (gofakes3 checks
// none either).
func unchunk(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sha := r.Header.Get("X-Amz-Content-Sha256")
		enc := r.Header.Get("Content-Encoding")
		if !strings.HasPrefix(sha, "STREAMING-") && !strings.Contains(enc, "aws-chunked") {
			next.ServeHTTP(w, r)
			return
		}
		body := &chunkedReader{r: bufio.NewReader(r.Body)}
		if n, err := strconv.ParseInt(r.Header.Get("X-Amz-Decoded-Content-Length"), 10, 64); err == nil && n >= 0 {
			r.Body = struct {
				io.Reader
				io.Closer
			}{body, r.Body}
			r.ContentLength = n
		} else {
			b, err := io.ReadAll(body)
			if err != nil {
				http.Error(w, "fakes3: malformed aws-chunked body", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
			r.ContentLength = int64(len(b))
		}
		r.Header.Set("Content-Length", strconv.FormatInt(r.ContentLength, 10))
		r.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")
		r.Header.Del("X-Amz-Decoded-Content-Length")
		r.Header.Del("X-Amz-Trailer")
		if enc != "" {
			var keep []string
			for _, e := range strings.Split(enc, ",") {
				if e = strings.TrimSpace(e); e != "" && e != "aws-chunked" {
					keep = append(keep, e)
				}
			}
			if len(keep) == 0 {
				r.Header.Del("Content-Encoding")
			} else {
				r.Header.Set("Content-Encoding", strings.Join(keep, ","))
			}
		}
		next.ServeHTTP(w, r)
	})
}

var errChunk = errors.New("fakes3: malformed aws-chunked body")

// chunkedReader decodes aws-chunked framing: chunks "HEX[;ext]\r\nDATA\r\n",
// a last chunk of size 0, then optional trailer lines and a blank line.
type chunkedReader struct {
	r       *bufio.Reader
	left    int64 // data bytes left in the current chunk
	started bool  // a chunk has been read (its CRLF must follow)
	done    bool
}

func (c *chunkedReader) Read(p []byte) (int, error) {
	for c.left == 0 {
		if c.done {
			return 0, io.EOF
		}
		if c.started {
			if err := c.crlf(); err != nil {
				return 0, err
			}
		}
		line, err := c.r.ReadSlice('\n')
		if err != nil {
			return 0, fmt.Errorf("%w: %v", errChunk, err)
		}
		head := strings.TrimRight(string(line), "\r\n")
		if i := strings.IndexByte(head, ';'); i >= 0 {
			head = head[:i]
		}
		n, err := strconv.ParseInt(strings.TrimSpace(head), 16, 64)
		if err != nil || n < 0 {
			return 0, errChunk
		}
		c.started = true
		if n == 0 {
			c.done = true
			io.Copy(io.Discard, c.r) // trailers and their signature
			return 0, io.EOF
		}
		c.left = n
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if err == io.EOF && c.left > 0 {
		err = io.ErrUnexpectedEOF
	}
	if err == io.EOF {
		err = nil
	}
	return n, err
}

func (c *chunkedReader) crlf() error {
	var b [2]byte
	if _, err := io.ReadFull(c.r, b[:]); err != nil || b != [2]byte{'\r', '\n'} {
		return errChunk
	}
	return nil
}
