package detectors

import "testing"

// The specialised run functions must agree with runEnd and runStart at
// every offset of any text, valid UTF-8 or not.
func checkRuns(t *testing.T, s string) {
	for i := 0; i <= len(s); i++ {
		if got, want := hangulRunEnd(s, i), runEnd(s, i, isHangulSyllable); got != want {
			t.Fatalf("hangulRunEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := hangulRunStart(s, i), runStart(s, i, isHangulSyllable); got != want {
			t.Fatalf("hangulRunStart(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := hanRunEnd(s, i), runEnd(s, i, isHan); got != want {
			t.Fatalf("hanRunEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := hanRunStart(s, i), runStart(s, i, isHan); got != want {
			t.Fatalf("hanRunStart(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestRuns(t *testing.T) {
	for _, s := range []string{
		"", "김민준님 010", "가힣\ud7a3", "\xed\x9e\xa3\xed\x9e\xa4\xed\xa0\x80", "ㄱㅏ가", "王小明々さん",
		"𠀀𠀁山田", "\xea\xb0", "가\xea\xb0", "\xb0\x80가", "abc가나다def", "鬱\xe9\xac",
	} {
		t.Run(s, func(t *testing.T) { checkRuns(t, s) })
	}
}

func FuzzRuns(f *testing.F) {
	f.Add("김민준님 王小明 \xed\x9e\xa3")
	f.Fuzz(checkRuns)
}
