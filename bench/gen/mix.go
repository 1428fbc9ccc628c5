package gen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ParseMix reads an object mix written as TYPE=SHARE pairs separated by
// commas, e.g. "app_log_gz=0.6,lake_parquet=0.3,orders_csv=0.1". Shares are
// relative (they need not sum to 1); types left out are not generated.
// "default" (or "") is DefaultMix.
func ParseMix(s string) (map[ObjectType]float64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "default" {
		return DefaultMix(), nil
	}
	mix := map[ObjectType]float64{}
	total := 0.0
	for _, part := range strings.Split(s, ",") {
		name, share, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, fmt.Errorf("gen: mix entry %q is not TYPE=SHARE", part)
		}
		t := ObjectType(strings.TrimSpace(name))
		if !slices.Contains(AllTypes, t) {
			return nil, fmt.Errorf("gen: unknown object type %q in mix (types: %s)", t, typeNames())
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(share), 64)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("gen: share %q of %s is not a non-negative number", share, t)
		}
		mix[t] = v
		total += v
	}
	if total <= 0 {
		return nil, fmt.Errorf("gen: mix %q has no positive share", s)
	}
	return mix, nil
}

// FormatMix writes mix as ParseMix reads it, types in AllTypes order.
func FormatMix(mix map[ObjectType]float64) string {
	var parts []string
	for _, t := range AllTypes {
		if v, ok := mix[t]; ok && v > 0 {
			parts = append(parts, string(t)+"="+strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
	return strings.Join(parts, ",")
}

func typeNames() string {
	names := make([]string, len(AllTypes))
	for i, t := range AllTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}
