package harness

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/exposure-dev/exposure/scanner"
)

// MinIOVersion is the MinIO release the project tests and benchmarks with.
const MinIOVersion = "v0.0.0-20260212201848-7aac2a2c5b7c"

// DefaultMinIOBin is where scripts/test.sh caches the MinIO binary.
func DefaultMinIOBin() string {
	if b := os.Getenv("EXPOSURE_MINIO_BIN"); b != "" {
		return b
	}
	home, _ := os.UserHomeDir()
	cache := os.Getenv("EXPOSURE_CACHE")
	if cache == "" {
		cache = filepath.Join(home, ".cache", "exposure")
	}
	return filepath.Join(cache, "bin", "minio-"+MinIOVersion)
}

// MinIO is a MinIO server on loopback for a benchmark.
type MinIO struct {
	cmd            *exec.Cmd
	Endpoint       string
	Access, Secret string
	Client         *minio.Client
}

// StartMinIO starts bin on a free loopback port with data in dir.
func StartMinIO(bin, dir string) (*MinIO, error) {
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("harness: no MinIO at %s (run scripts/test.sh once, or go install github.com/minio/minio@%s): %w", bin, MinIOVersion, err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	m := &MinIO{Endpoint: "http://" + addr, Access: "bench-access", Secret: "bench-secret-key"}
	m.cmd = exec.Command(bin, "server", "--quiet", "--address", addr, "--console-address", "127.0.0.1:0", dir)
	m.cmd.Env = append(os.Environ(), "MINIO_ROOT_USER="+m.Access, "MINIO_ROOT_PASSWORD="+m.Secret, "MINIO_BROWSER=off")
	if err := m.cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(m.Endpoint + "/minio/health/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			m.Stop()
			return nil, fmt.Errorf("harness: MinIO did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	m.Client, err = scanner.NewS3Client(scanner.S3Options{Endpoint: m.Endpoint, Creds: credentials.NewStaticV4(m.Access, m.Secret, ""), Conns: 32})
	if err != nil {
		m.Stop()
		return nil, err
	}
	return m, nil
}

// Stop ends the server.
func (m *MinIO) Stop() {
	if m.cmd != nil && m.cmd.Process != nil {
		_ = m.cmd.Process.Kill()
		_ = m.cmd.Wait()
	}
}
