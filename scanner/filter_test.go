package scanner

import (
	"testing"
	"time"
)

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pat, key string
		want     bool
	}{
		{"*.csv", "a.csv", true},
		{"*.csv", "dir/a.csv", false},
		{"**/*.csv", "dir/sub/a.csv", true},
		{"**/*.csv", "a.csv", true},
		{"exports/**", "exports/2025/a.json", true},
		{"exports/**", "other/a.json", false},
		{"logs/2025-0?/*", "logs/2025-03/x.gz", true},
		{"logs/2025-0?/*", "logs/2025-10/x.gz", false},
		{"[ab]*.txt", "b1.txt", true},
		{"[!ab]*.txt", "b1.txt", false},
		{"고객/*.csv", "고객/목록.csv", true},
		{"a+b(1).txt", "a+b(1).txt", true},
	} {
		t.Run(tc.pat+" "+tc.key, func(t *testing.T) {
			g, err := ParseGlob(tc.pat)
			if err != nil {
				t.Fatal(err)
			}
			if got := g.Match(tc.key); got != tc.want {
				t.Errorf("Match = %v, want %v", got, tc.want)
			}
		})
	}
	if _, err := ParseGlob("a[b"); err == nil {
		t.Error("unclosed class accepted")
	}
}

func TestFilter(t *testing.T) {
	inc, _ := ParseGlob("**/*.csv")
	exc, _ := ParseGlob("tmp/**")
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	f := Filter{Include: []Glob{inc}, Exclude: []Glob{exc}, ModifiedAfter: day, ModifiedBefore: day.AddDate(0, 1, 0)}
	for _, tc := range []struct {
		key  string
		mod  time.Time
		want bool
	}{
		{"a/b.csv", day.Add(time.Hour), true},
		{"a/b.json", day.Add(time.Hour), false},
		{"tmp/b.csv", day.Add(time.Hour), false},
		{"a/b.csv", day.Add(-time.Hour), false},
		{"a/b.csv", day.AddDate(0, 2, 0), false},
	} {
		if got := f.Match(ObjectInfo{Key: tc.key, LastModified: tc.mod}); got != tc.want {
			t.Errorf("%s %v: %v, want %v", tc.key, tc.mod, got, tc.want)
		}
	}
}

func TestShardPartition(t *testing.T) {
	const n = 5
	counts := make([]int, n)
	for i := range 10000 {
		key := "k/" + string(rune('a'+i%26)) + "/" + time.Duration(i).String()
		hits := 0
		for s := range n {
			if (Shard{Index: s, Count: n}).Contains("bucket", key) {
				hits++
				counts[s]++
			}
		}
		if hits != 1 {
			t.Fatalf("%q is in %d shards", key, hits)
		}
	}
	for s, c := range counts {
		if c < 1500 || c > 2500 {
			t.Errorf("shard %d holds %d of 10000 keys: unbalanced", s, c)
		}
	}
}
