package gen

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseMix(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[ObjectType]float64
		bad  bool
	}{
		{in: "", want: DefaultMix()},
		{in: "default", want: DefaultMix()},
		{in: "app_log_gz=3, lake_parquet=1", want: map[ObjectType]float64{TypeAppLog: 3, TypeLake: 1}},
		{in: FormatMix(DefaultMix()), want: DefaultMix()},
		{in: "app_log_gz", bad: true},
		{in: "nosuch=1", bad: true},
		{in: "app_log_gz=-1", bad: true},
		{in: "app_log_gz=0", bad: true},
		{in: "app_log_gz=x", bad: true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseMix(tc.in)
			if tc.bad {
				if err == nil {
					t.Fatalf("ParseMix(%q) = %v, want an error", tc.in, got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("ParseMix(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// A data lake where personal data is rarer than in the default estate:
// mostly logs and tables, a few exports.
func ExampleParseMix() {
	mix, err := ParseMix("app_log_gz=6,lake_parquet=3,orders_csv=1")
	if err != nil {
		panic(err)
	}
	fmt.Println(FormatMix(mix))
	// Output: orders_csv=1,app_log_gz=6,lake_parquet=3
}
