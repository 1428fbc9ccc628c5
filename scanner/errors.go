package scanner

import (
	"strings"

	"errors"
	"fmt"
	"github.com/exposure-dev/exposure/scanner/formats"
	"net"
	"net/http"

	"github.com/minio/minio-go/v7"
)

// ObjectError is the error of one object: it becomes the objects row's
// reason. Err never holds object content.
type ObjectError struct {
	Bucket, Key string
	Err         error
}

func (e *ObjectError) Error() string {
	return fmt.Sprintf("scanner: cannot read object %q: %v", e.Key, e.Err)
}

func (e *ObjectError) Unwrap() error { return e.Err }

// reason turns an object's error into a short, stable reason for the
// objects table, classifying S3 errors by their code, never by text.
func reason(err error) string {
	var resp minio.ErrorResponse
	if errors.As(err, &resp) {
		switch {
		case resp.Code == minio.NoSuchKey || resp.StatusCode == http.StatusNotFound:
			return "not found: deleted after listing"
		case resp.Code == minio.AccessDenied || resp.StatusCode == http.StatusForbidden:
			return "access denied: " + resp.Code
		case resp.StatusCode == http.StatusPreconditionFailed:
			return "changed: the object's ETag changed after listing"
		case resp.Code == "InvalidObjectState":
			return "archived: object is in an archive storage class"
		default:
			return fmt.Sprintf("s3 error: %s (HTTP %d)", resp.Code, resp.StatusCode)
		}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "network: timeout"
	}
	// Reasons read "class: detail"; the report groups objects by class, so
	// the class must be stable (no sizes or offsets in it).
	detail := strings.TrimPrefix(err.Error(), "formats: ")
	var le *formats.LimitError
	var ce *formats.CorruptError
	switch {
	case errors.As(err, &le) && le.Bomb:
		return "decompression bomb: " + detail
	case errors.As(err, &le):
		return "limit: " + detail
	case errors.As(err, &ce):
		return "corrupt " + ce.Format + ": " + detail
	case errors.Is(err, formats.ErrUnsupported):
		return "unsupported: " + detail
	case errors.Is(err, errObjectTimeout):
		return err.Error()
	}
	return "read error: " + detail
}
