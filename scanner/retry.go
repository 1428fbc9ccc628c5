package scanner

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/minio/minio-go/v7"
)

// Retry says how often and how patiently transient failures are retried, on
// top of minio-go's own per-request retries (about ten within a few seconds).
type Retry struct {
	Attempts int           // tries per object or listing page run, including the first
	Base     time.Duration // first backoff; doubles each time, with full jitter
	Max      time.Duration // longest single backoff
}

// DefaultRetry rides out an S3 endpoint that is gone for about a minute.
func DefaultRetry() Retry {
	return Retry{Attempts: 7, Base: time.Second, Max: 20 * time.Second}
}

// backoff returns the wait before retry number n (1-based): a random
// duration up to min(Max, Base*2^(n-1)) ("full jitter").
func (r Retry) backoff(n int) time.Duration {
	d := r.Base << (n - 1)
	if d > r.Max || d <= 0 {
		d = r.Max
	}
	return time.Duration(rand.Int64N(int64(d)/2+1)) + d/2
}

// sleep waits for the n-th backoff or until ctx ends.
func (r Retry) sleep(ctx context.Context, n int) error {
	t := time.NewTimer(r.backoff(n))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// transient reports whether err is worth another try: throttling and server
// errors, connections refused or reset, timeouts, a body cut short. It
// classifies S3 errors by code with errors.As, never by message text.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var resp minio.ErrorResponse
	if errors.As(err, &resp) {
		switch resp.Code {
		case "SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout", "RequestTimeTooSkewed", "XMinioServerNotInitialized":
			return true
		}
		return resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == http.StatusInternalServerError ||
			resp.StatusCode == http.StatusBadGateway || resp.StatusCode == http.StatusGatewayTimeout ||
			resp.StatusCode == http.StatusTooManyRequests
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var oe *net.OpError
	return errors.As(err, &oe)
}
