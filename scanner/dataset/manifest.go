package dataset

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File and directory names inside a dataset.
const (
	FindingsDir  = "findings"
	ObjectsDir   = "objects"
	SummaryFile  = "summary.json"
	ManifestFile = "scan.json"
	KeyFile      = "hash.key"
)

// Manifest is OUT/scan.json: what a resumed or merged scan must agree on.
type Manifest struct {
	Version   int       `json:"version"`
	ScanID    string    `json:"scan_id"`
	StartedAt time.Time `json:"started_at"`
	Targets   []string  `json:"targets"`
	Shard     int       `json:"shard"`
	Shards    int       `json:"shards"`
	// KeyFingerprint identifies the hash key without revealing it, so that a
	// resumed scan cannot silently mix two keys in one dataset.
	KeyFingerprint string `json:"key_fingerprint"`
	RevealValues   bool   `json:"reveal_values"`
	// Sample is the fraction of objects a --sample scan reads (0 = all).
	Sample float64 `json:"sample,omitempty"`
}

// ErrNoDataset is returned when a directory holds no dataset.
var ErrNoDataset = errors.New("dataset: no dataset")

// Exists reports whether dir already holds a dataset (a manifest or any part).
func Exists(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err == nil {
		return true
	}
	for _, sub := range []string{FindingsDir, ObjectsDir} {
		ents, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			continue
		}
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".parquet") {
				return true
			}
		}
	}
	return false
}

// ReadManifest reads dir/scan.json.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return m, fmt.Errorf("%w in %q", ErrNoDataset, dir)
	}
	if err != nil {
		return m, fmt.Errorf("dataset: cannot read manifest: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("dataset: manifest %q is corrupt: %w", filepath.Join(dir, ManifestFile), err)
	}
	return m, nil
}

// WriteJSON writes v as indented JSON to path atomically (temporary file,
// fsync, rename) with the given mode.
func WriteJSON(path string, v any, mode os.FileMode) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(path, append(b, '\n'), mode)
}

func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return fmt.Errorf("dataset: cannot write %q: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("dataset: cannot write %q: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("dataset: cannot sync %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("dataset: cannot write %q: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("dataset: cannot write %q: %w", path, err)
	}
	return nil
}

// NewScanID returns a fresh scan id: a UTC timestamp and 6 random bytes.
func NewScanID(now time.Time) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// KeyFingerprint is a non-secret identifier of an HMAC key.
func KeyFingerprint(key []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("exposure key fingerprint v1"))
	return hex.EncodeToString(m.Sum(nil)[:8])
}

// LoadKey returns the hash key, in order of precedence: the file named by
// keyFile, the value of envKey, dir/hash.key from an earlier run. Without any,
// it makes a random 32-byte key and saves it as dir/hash.key (mode 0600);
// generated then reports true. The key is never printed.
func LoadKey(dir, keyFile, envKey string) (key []byte, generated bool, err error) {
	if keyFile != "" {
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, false, fmt.Errorf("dataset: cannot read hash key file: %w", err)
		}
		key = []byte(strings.TrimRight(string(b), "\r\n"))
		if len(key) < 16 {
			return nil, false, fmt.Errorf("dataset: hash key file %q holds %d bytes; want at least 16", keyFile, len(key))
		}
		return key, false, nil
	}
	if envKey != "" {
		if len(envKey) < 16 {
			return nil, false, fmt.Errorf("dataset: EXPOSURE_HASH_KEY holds %d bytes; want at least 16", len(envKey))
		}
		return []byte(envKey), false, nil
	}
	path := filepath.Join(dir, KeyFile)
	if b, err := os.ReadFile(path); err == nil {
		return []byte(strings.TrimRight(string(b), "\r\n")), false, nil
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, false, fmt.Errorf("dataset: cannot make a hash key: %w", err)
	}
	key = []byte(hex.EncodeToString(raw))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("dataset: cannot create %q: %w", dir, err)
	}
	if err := writeAtomic(path, append(key, '\n'), 0o600); err != nil {
		return nil, false, err
	}
	return key, true, nil
}
