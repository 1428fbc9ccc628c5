package fakes3

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestChunkedReader(t *testing.T) {
	sig := ";chunk-signature=" + strings.Repeat("a", 64)
	for _, tc := range []struct {
		name, in, want string
		bad            bool
	}{
		{"signed", "5" + sig + "\r\nhello\r\n6" + sig + "\r\n world\r\n0" + sig + "\r\n\r\n", "hello world", false},
		{"unsigned trailer", "3\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n", "abc", false},
		{"signed trailer", "2" + sig + "\r\nhi\r\n0" + sig + "\r\nx-amz-checksum-crc32c:sOO8/Q==\r\nx-amz-trailer-signature:" + strings.Repeat("b", 64) + "\r\n\r\n", "hi", false},
		{"empty", "0" + sig + "\r\n\r\n", "", false},
		{"missing crlf", "3\r\nabcX\n0\r\n\r\n", "", true},
		{"bad size", "zz\r\nabc\r\n", "", true},
		{"truncated", "10\r\nabc", "", true},
		{"no last chunk", "3\r\nabc\r\n", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := io.ReadAll(&chunkedReader{r: bufio.NewReader(strings.NewReader(tc.in))})
			if tc.bad {
				if err == nil {
					t.Fatalf("decoded %q without error", got)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func FuzzChunkedReader(f *testing.F) {
	f.Add("5;chunk-signature=x\r\nhello\r\n0;chunk-signature=y\r\n\r\n")
	f.Add("3\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := io.ReadAll(&chunkedReader{r: bufio.NewReader(strings.NewReader(in))})
		if len(got) > len(in) {
			t.Fatalf("decoded %d bytes from %d", len(got), len(in))
		}
		if err != nil && !errors.Is(err, errChunk) && !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("unexpected error kind: %v", err)
		}
	})
}
