// Package fakes3 runs an in-process S3-compatible server for the demo and
// for tests: github.com/johannesboyne/gofakes3 with its in-memory backend,
// listening on 127.0.0.1 on a free port.
//
// The server accepts any credentials (gofakes3 does not check signatures);
// AccessKey and SecretKey are the fixed pair clients are given so that they
// sign requests as they would against real S3. It speaks path-style
// requests only (http://127.0.0.1:PORT/bucket/key), which is what
// Client returns and what the scanner must use against Endpoint.
//
// Works with minio-go v7 as tested in fakes3_test.go: bucket creation,
// PutObject (single and multipart, with V4 streaming signatures over
// plain HTTP), ListObjectsV2 with pagination, ranged GET and HEAD. It
// works around one gofakes3 v1.2.0 bug: multipart parts signed with
// streaming signatures were stored with their aws-chunked framing (see
// unchunk).
package fakes3

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// The fixed credentials and region of every fake server.
const (
	AccessKey = "EXPOSUREDEMOACCESSKEY"
	SecretKey = "exposure-demo-secret-key-not-a-real-secret"
	Region    = "us-east-1"
)

// Server is a running fake S3 server.
type Server struct {
	ln       net.Listener
	http     *http.Server
	backend  *s3mem.Backend
	done     chan struct{}
	once     sync.Once
	closeErr error
	stop     func() bool
}

// Start starts a server on 127.0.0.1 on a free port. It stops when ctx is
// done or Close is called, whichever comes first.
func Start(ctx context.Context) (*Server, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("fakes3: cannot listen: %w", err)
	}
	backend := s3mem.New()
	faker := gofakes3.New(backend,
		gofakes3.WithAutoBucket(false),
		gofakes3.WithLogger(gofakes3.DiscardLog()), // never log object names or bodies
	)
	s := &Server{
		ln:      ln,
		backend: backend,
		done:    make(chan struct{}),
		http: &http.Server{
			Handler:           unchunk(faker.Server()),
			ReadHeaderTimeout: 10 * time.Second,
		},
	}
	go func() {
		defer close(s.done)
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.closeErr = err
		}
	}()
	s.stop = context.AfterFunc(ctx, func() { s.Close() })
	return s, nil
}

// Endpoint is the server's URL, "http://127.0.0.1:PORT".
func (s *Server) Endpoint() string { return "http://" + s.Host() }

// Host is the server's "127.0.0.1:PORT" (what minio.New takes).
func (s *Server) Host() string { return s.ln.Addr().String() }

// Client returns a minio-go client for the server: plain HTTP, path-style
// bucket lookup, V4 signatures with the fixed credentials.
func (s *Server) Client() (*minio.Client, error) {
	c, err := minio.New(s.Host(), &minio.Options{
		Creds:        credentials.NewStaticV4(AccessKey, SecretKey, ""),
		Secure:       false,
		Region:       Region,
		BucketLookup: minio.BucketLookupPath,
	})
	if err != nil {
		return nil, fmt.Errorf("fakes3: cannot make a client: %w", err)
	}
	return c, nil
}

// CreateBucket creates a bucket directly in the backend.
func (s *Server) CreateBucket(name string) error {
	if err := s.backend.CreateBucket(name); err != nil {
		return fmt.Errorf("fakes3: cannot create bucket %q: %w", name, err)
	}
	return nil
}

// Close stops the server and waits for it; the stored objects are gone.
// It is safe to call more than once.
func (s *Server) Close() error {
	s.once.Do(func() {
		if s.stop != nil {
			s.stop()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.http.Shutdown(ctx); err != nil {
			s.http.Close()
		}
		<-s.done
	})
	return s.closeErr
}
