package scanner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/exposure-dev/exposure/scanner/formats"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// S3Options configure the S3 client.
type S3Options struct {
	Endpoint string // URL; "" = AWS_ENDPOINT_URL, else AWS S3
	Region   string // "" = AWS_REGION, else us-east-1
	// Conns is the number of parallel connections to keep open (about the
	// worker count; minio-go's default transport keeps only 2 idle per host).
	Conns int
	// Creds overrides the standard AWS credential chain (tests, the demo).
	Creds *credentials.Credentials
}

// NewS3Client builds a minio-go client for AWS S3 or an S3-compatible
// endpoint, with the standard AWS credential chain (environment, shared
// credentials file and AWS_PROFILE, web identity, instance role) and a
// transport tuned for many parallel GETs.
func NewS3Client(o S3Options) (*minio.Client, error) {
	endpoint := o.Endpoint
	if endpoint == "" {
		endpoint = os.Getenv("AWS_ENDPOINT_URL_S3")
	}
	if endpoint == "" {
		endpoint = os.Getenv("AWS_ENDPOINT_URL")
	}
	if endpoint == "" {
		endpoint = "https://s3.amazonaws.com"
	}
	if !strings.Contains(endpoint, "://") {
		endpoint = "https://" + endpoint
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("scanner: bad endpoint %q: want http(s)://host[:port]", endpoint)
	}
	secure := u.Scheme == "https"
	region := o.Region
	if region == "" {
		region = os.Getenv("AWS_REGION")
	}
	if region == "" {
		region = os.Getenv("AWS_DEFAULT_REGION")
	}
	if region == "" {
		region = "us-east-1"
	}
	creds := o.Creds
	if creds == nil {
		creds = credentials.NewChainCredentials([]credentials.Provider{
			&credentials.EnvAWS{},
			&credentials.FileAWSCredentials{},
			&credentials.IAM{}, // EC2/ECS roles and web identity (EKS IRSA)
		})
	}
	tr, err := minio.DefaultTransport(secure)
	if err != nil {
		return nil, fmt.Errorf("scanner: cannot build HTTP transport: %w", err)
	}
	conns := o.Conns
	if conns < 4 {
		conns = 4
	}
	tr.MaxIdleConns = 2 * conns
	tr.MaxIdleConnsPerHost = 2 * conns
	tr.MaxConnsPerHost = 0
	tr.IdleConnTimeout = 90 * time.Second
	tr.ResponseHeaderTimeout = 2 * time.Minute
	tr.DisableCompression = true // objects are read as stored; gzip is ours to handle
	var rt http.RoundTripper = tr
	c, err := minio.New(u.Host, &minio.Options{Creds: creds, Secure: secure, Region: region, Transport: rt})
	if err != nil {
		return nil, fmt.Errorf("scanner: cannot create S3 client: %w", err)
	}
	c.SetAppInfo("exposure", "0.1")
	return c, nil
}

// S3Source lists and reads the objects under s3://Bucket/Prefix.
type S3Source struct {
	Client *minio.Client
	Bucket string
	Prefix string
	Retry  Retry // zero: DefaultRetry
}

var _ Source = (*S3Source)(nil)

func (s *S3Source) String() string { return Target{Bucket: s.Bucket, Prefix: s.Prefix}.String() }

// List implements Source with ListObjectsV2, page by page. A listing that
// fails with a transient error is resumed after the last key it delivered,
// with backoff, so an endpoint gone for a minute does not end the scan.
func (s *S3Source) List(ctx context.Context, fn func(ObjectInfo) error) error {
	retry := s.Retry
	if retry.Attempts <= 0 {
		retry = DefaultRetry()
	}
	last := ""
	for attempt := 1; ; attempt++ {
		err := s.listFrom(ctx, last, func(info ObjectInfo) error {
			last = info.Key
			attempt = 1 // progress: a later failure gets the full budget again
			return fn(info)
		})
		var le *listError
		if err == nil || !errors.As(err, &le) || !transient(le.err) || attempt >= retry.Attempts {
			return err
		}
		if err := retry.sleep(ctx, attempt); err != nil {
			return err
		}
	}
}

// listError marks a failure of the listing itself (not of fn).
type listError struct{ err error }

func (e *listError) Error() string { return e.err.Error() }
func (e *listError) Unwrap() error { return e.err }

func (s *S3Source) listFrom(ctx context.Context, startAfter string, fn func(ObjectInfo) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops minio-go's listing goroutine if fn fails
	opts := minio.ListObjectsOptions{Prefix: s.Prefix, Recursive: true, StartAfter: startAfter}
	for o := range s.Client.ListObjects(ctx, s.Bucket, opts) {
		if o.Err != nil {
			return fmt.Errorf("scanner: cannot list %s: %w", s, &listError{o.Err})
		}
		info := ObjectInfo{
			Bucket: s.Bucket, Key: o.Key, ETag: strings.Trim(o.ETag, `"`),
			Size: o.Size, LastModified: o.LastModified.UTC(),
		}
		if err := fn(info); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// Object implements Source.
func (s *S3Source) Object(info ObjectInfo) formats.Object {
	return &s3Object{c: s.Client, info: info}
}

type s3Object struct {
	c    *minio.Client
	info ObjectInfo
	ra   *minio.Object
}

func (o *s3Object) Key() string { return o.info.Key }
func (o *s3Object) Size() int64 { return o.info.Size }

func (o *s3Object) opts() minio.GetObjectOptions {
	var g minio.GetObjectOptions
	if o.info.ETag != "" {
		// Read the version that was listed: a changed object fails with 412
		// instead of mixing two versions into one scan.
		_ = g.SetMatchETag(o.info.ETag)
	}
	return g
}

// Open streams the object with one GET.
func (o *s3Object) Open(ctx context.Context) (io.ReadCloser, error) {
	obj, err := o.c.GetObject(ctx, o.info.Bucket, o.info.Key, o.opts())
	if err != nil {
		return nil, err
	}
	return obj, nil
}

// ReaderAt reads with ranged GETs.
func (o *s3Object) ReaderAt(ctx context.Context) (io.ReaderAt, error) {
	if o.ra == nil {
		obj, err := o.c.GetObject(ctx, o.info.Bucket, o.info.Key, o.opts())
		if err != nil {
			return nil, err
		}
		o.ra = obj
	}
	return o.ra, nil
}

// Close releases what ReaderAt opened.
func (o *s3Object) Close() error {
	if o.ra != nil {
		err := o.ra.Close()
		o.ra = nil
		return err
	}
	return nil
}
