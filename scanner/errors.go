package scanner

import (
	"errors"
	"fmt"
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
	return err.Error()
}
