package s3test

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/exposure-dev/exposure/scanner"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// MinIO is a private MinIO server that a test can stop and start again on
// the same port and data, to play an endpoint that goes away.
type MinIO struct {
	bin, dir, addr string
	cmd            *exec.Cmd
	t              testing.TB
}

// StartMinIO starts a private server from EXPOSURE_MINIO_BIN (set by
// scripts/test.sh). Without it the test is skipped, except under CI=true.
func StartMinIO(t testing.TB) *MinIO {
	t.Helper()
	bin := os.Getenv("EXPOSURE_MINIO_BIN")
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("EXPOSURE_MINIO_BIN is not set under CI=true: run the tests through scripts/test.sh")
		}
		t.Skip("no MinIO binary: run scripts/test.sh")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	m := &MinIO{bin: bin, dir: t.TempDir(), addr: addr, t: t}
	m.Start()
	t.Cleanup(m.Stop)
	return m
}

// Endpoint is the server's URL.
func (m *MinIO) Endpoint() string { return "http://" + m.addr }

// Options are S3 options for the server.
func (m *MinIO) Options() scanner.S3Options {
	return scanner.S3Options{Endpoint: m.Endpoint(), Creds: credentials.NewStaticV4("minio-test", "minio-test-secret", ""), Conns: 8}
}

// Client is a client of the server.
func (m *MinIO) Client() *minio.Client {
	c, err := scanner.NewS3Client(m.Options())
	if err != nil {
		m.t.Fatal(err)
	}
	return c
}

// Start (re)starts the server and waits until it answers.
func (m *MinIO) Start() {
	m.t.Helper()
	cmd := exec.Command(m.bin, "server", "--quiet", "--address", m.addr, "--console-address", "127.0.0.1:0", filepath.Join(m.dir, "data"))
	cmd.Env = append(os.Environ(), "MINIO_ROOT_USER=minio-test", "MINIO_ROOT_PASSWORD=minio-test-secret", "MINIO_BROWSER=off")
	if err := cmd.Start(); err != nil {
		m.t.Fatalf("start minio: %v", err)
	}
	m.cmd = cmd
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(m.Endpoint() + "/minio/health/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	m.t.Fatal(fmt.Sprintf("minio at %s did not become ready", m.addr))
}

// Stop kills the server (as a crash or an outage would) and waits for it.
func (m *MinIO) Stop() {
	if m.cmd == nil {
		return
	}
	_ = m.cmd.Process.Kill()
	_ = m.cmd.Wait()
	m.cmd = nil
}
