package scanner_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/exposure-dev/exposure/scanner/dataset"
	"github.com/google/go-cmp/cmp"
	"github.com/minio/minio-go/v7"
	"github.com/parquet-go/parquet-go"
)

// readDataset reads every committed row of a dataset with parquet-go's reader.
func readDataset(t testing.TB, dir string) ([]dataset.Finding, []dataset.Object) {
	t.Helper()
	var fs []dataset.Finding
	var os_ []dataset.Object
	for _, sub := range []string{dataset.FindingsDir, dataset.ObjectsDir} {
		paths, err := filepath.Glob(filepath.Join(dir, sub, "*.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if sub == dataset.FindingsDir {
				rows, err := parquet.ReadFile[dataset.Finding](p)
				if err != nil {
					t.Fatalf("read %s: %v", p, err)
				}
				fs = append(fs, rows...)
			} else {
				rows, err := parquet.ReadFile[dataset.Object](p)
				if err != nil {
					t.Fatalf("read %s: %v", p, err)
				}
				os_ = append(os_, rows...)
			}
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return a.Offset < b.Offset
	})
	sort.Slice(os_, func(i, j int) bool { return os_[i].Key < os_[j].Key })
	return fs, os_
}

func hmac16(key []byte, v string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(v))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

func s3Config(o scanner.S3Options, bucket, out string) scanner.Config {
	cfg := scanner.Config{
		S3:         o,
		Out:        out,
		Workers:    4,
		HashKeyEnv: "0123456789abcdef0123456789abcdef",
	}
	cfg.Targets = []scanner.Target{{Bucket: bucket}}
	return cfg
}

type phoneAt struct {
	Key    string
	Offset int64
	Length int32
	Hash   string
}

func phones(fs []dataset.Finding) []phoneAt {
	var out []phoneAt
	for _, f := range fs {
		if f.Kind == "phone" {
			out = append(out, phoneAt{f.Key, f.Offset, f.Length, f.ValueHash})
		}
	}
	return out
}

// TestScanS3 scans a small bucket on MinIO end to end and checks every
// objects row, the exact phone findings and that no raw value is written.
func TestScanS3(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	chat := "상담원: 안녕하세요. 수령인 성함이 어떻게 되시나요?\n고객: 김민준입니다. 연락처는 010-2345-6789 이고\n" +
		"주소는 서울특별시 강남구 테헤란로 152 (역삼동) 101동 1203호, 공동현관 비밀번호는 #4821* 입니다.\n"
	s3test.Put(t, c, bucket, "cs/2025/chat-0001.txt", []byte(chat))
	s3test.Put(t, c, bucket, "고객 목록/first file.txt", []byte("문의: 02-3456-7890 으로 연락 주세요\n"))
	s3test.Put(t, c, bucket, "empty.txt", nil)
	s3test.Put(t, c, bucket, "notes/no-pii.txt", []byte("주문번호 2024-0001 수량 3개 가격 12,000원\n"))
	out := filepath.Join(t.TempDir(), "out")
	key := []byte("0123456789abcdef0123456789abcdef")
	s, err := scanner.Scan(context.Background(), s3Config(o, bucket, out))
	if err != nil {
		t.Fatal(err)
	}
	fs, objs := readDataset(t, out)

	wantPhones := []phoneAt{
		{"cs/2025/chat-0001.txt", int64(strings.Index(chat, "010-2345-6789")), 13, hmac16(key, "+821023456789")},
		{"고객 목록/first file.txt", int64(len("문의: ")), 12, hmac16(key, "+82234567890")},
	}
	if diff := cmp.Diff(wantPhones, phones(fs)); diff != "" {
		t.Errorf("phone findings (-want +got):\n%s", diff)
	}
	kinds := map[string]int{}
	for _, f := range fs {
		kinds[f.Kind]++
		if f.Bucket != bucket || f.ETag == "" || f.ScanID == "" || f.Value != nil || f.Masked == "" {
			t.Errorf("finding %+v: bucket, etag, scan_id and masked must be set, value null", f)
		}
	}
	for _, k := range []string{"name", "phone", "address", "access_code"} {
		if kinds[k] == 0 && k != "phone" {
			t.Errorf("no %s found in the chat", k)
		}
	}
	gotObjs := map[string]string{}
	for _, ob := range objs {
		gotObjs[ob.Key] = ob.Status
	}
	wantObjs := map[string]string{
		"cs/2025/chat-0001.txt": "scanned", "고객 목록/first file.txt": "scanned",
		"empty.txt": "scanned", "notes/no-pii.txt": "scanned",
	}
	if diff := cmp.Diff(wantObjs, gotObjs); diff != "" {
		t.Errorf("objects (-want +got):\n%s", diff)
	}
	if s.Objects.Scanned != 4 || s.Findings["phone"] != 2 || s.Distinct["phone"] != 2 {
		t.Errorf("summary %+v", s)
	}
	assertNoRawValues(t, out, "010-2345-6789", "01023456789", "김민준", "테헤란로 152", "4821", "3456-7890")
}

// assertNoRawValues fails if any file of the dataset holds one of raw.
func assertNoRawValues(t *testing.T, dir string, raw ...string) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, r := range raw {
			if bytes.Contains(b, []byte(r)) {
				t.Errorf("%s holds the raw value %q", p, r)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestScanS3RevealValues checks the value column and the 0600 file modes.
func TestScanS3RevealValues(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	s3test.Put(t, c, bucket, "a.txt", []byte("연락처 010-2345-6789\n"))
	out := filepath.Join(t.TempDir(), "out")
	cfg := s3Config(o, bucket, out)
	cfg.RevealValues = true
	if _, err := scanner.Scan(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	fs, _ := readDataset(t, out)
	if len(fs) != 1 || fs[0].Value == nil || *fs[0].Value != "010-2345-6789" {
		t.Fatalf("findings %+v", fs)
	}
	err := filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600 with --reveal-values", p, info.Mode().Perm())
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// deletingSource deletes each object named in del from the real bucket right
// after listing it, as if someone deleted it between listing and reading.
type deletingSource struct {
	scanner.Source
	c      *minio.Client
	bucket string
	del    map[string]bool
}

func (d deletingSource) List(ctx context.Context, fn func(scanner.ObjectInfo) error) error {
	return d.Source.List(ctx, func(info scanner.ObjectInfo) error {
		if d.del[info.Key] {
			if err := d.c.RemoveObject(ctx, d.bucket, info.Key, minio.RemoveObjectOptions{}); err != nil {
				return err
			}
		}
		return fn(info)
	})
}

// TestScanS3DeletedAfterListing: the vanished object gets an error row, the
// scan goes on and exits cleanly.
func TestScanS3DeletedAfterListing(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	s3test.Put(t, c, bucket, "gone.txt", []byte("연락처 010-2345-6789\n"))
	s3test.Put(t, c, bucket, "kept.txt", []byte("연락처 010-3456-7890\n"))
	out := filepath.Join(t.TempDir(), "out")
	cfg := s3Config(o, bucket, out)
	src := deletingSource{Source: &scanner.S3Source{Client: c, Bucket: bucket}, c: c, bucket: bucket, del: map[string]bool{"gone.txt": true}}
	s, err := scanner.ScanSources(context.Background(), cfg, []scanner.Source{src})
	if err != nil {
		t.Fatal(err)
	}
	_, objs := readDataset(t, out)
	if len(objs) != 2 || objs[0].Key != "gone.txt" || objs[0].Status != "error" || !strings.HasPrefix(objs[0].Reason, "not found") || objs[1].Status != "scanned" {
		t.Fatalf("objects %+v", objs)
	}
	if s.Objects.Error != 1 || s.Objects.Scanned != 1 || s.Findings["phone"] != 1 {
		t.Fatalf("summary %+v", s)
	}
}

// TestScanRefusesExistingDataset: a second scan into the same OUT is refused
// without --resume; with --resume it scans nothing again.
func TestScanRefusesExistingDataset(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	s3test.Put(t, c, bucket, "a.txt", []byte("연락처 010-2345-6789\n"))
	out := filepath.Join(t.TempDir(), "out")
	cfg := s3Config(o, bucket, out)
	if _, err := scanner.Scan(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := scanner.Scan(context.Background(), cfg); !errors.Is(err, scanner.ErrDatasetExists) {
		t.Fatalf("second scan: err = %v, want ErrDatasetExists", err)
	}
	cfg.Resume = true
	s, err := scanner.Scan(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s.Objects.Scanned != 1 || s.Findings["phone"] != 1 {
		t.Fatalf("resumed summary %+v", s)
	}
}
