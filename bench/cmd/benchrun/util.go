package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/minio/minio-go/v7"
)

func minioMakeBucketOptions() minio.MakeBucketOptions { return minio.MakeBucketOptions{} }

// parseSize reads 500MB, 1GB, 10GB (decimal units) or a byte count.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mul := int64(1)
	for _, x := range []struct {
		suf string
		m   int64
	}{{"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if strings.HasSuffix(u, x.suf) {
			u, mul = strings.TrimSuffix(u, x.suf), x.m
			break
		}
	}
	f, err := strconv.ParseFloat(u, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(f * float64(mul)), nil
}
