package gen

import "math"

// object is one planned object: what to write, where, and how big.
type object struct {
	index int        // position in the plan
	typ   ObjectType // what it holds
	key   string     // key relative to the sink's root
	size  int64      // target stored size in bytes
	day   int        // days since baseDay; dates inside follow it
}

// plan lays out the estate: per type, object sizes drawn log-uniformly with
// a tilt towards small ones (many small objects, a few large ones) until
// the type's share of Size is spent. Every type with a share gets at least
// one object.
func plan(cfg Config) []object {
	total := 0.0
	for _, t := range AllTypes {
		total += cfg.Mix[t]
	}
	var objs []object
	for ti, t := range AllTypes {
		share := cfg.Mix[t]
		if share <= 0 || total <= 0 {
			continue
		}
		r := newRNG(cfg.Seed, 2, uint64(ti))
		budget := int64(float64(cfg.Size) * share / total)
		lo, hi := typeLimits[t][0], min(typeLimits[t][1], cfg.MaxObject)
		if hi < lo {
			hi = lo
		}
		var sizes []int64
		if n := cfg.Counts[t]; n > 0 {
			each := max(budget/int64(n), lo)
			for i := 0; i < n; i++ {
				s := int64(float64(each) * (0.6 + 0.8*r.float()))
				sizes = append(sizes, min(max(s, lo), max(hi, each)))
			}
		} else {
			left := budget
			for left > 0 || len(sizes) == 0 {
				u := r.float()
				s := int64(float64(lo) * math.Pow(float64(hi)/float64(lo), u*u))
				if s > left {
					s = max(left, lo)
				}
				sizes = append(sizes, s)
				left -= s
			}
		}
		for i, s := range sizes {
			d := r.intn(estateDays)
			objs = append(objs, object{index: len(objs), typ: t, key: objectKey(t, i, dayOf(d)), size: s, day: d})
		}
	}
	return objs
}

// objectKey names the i-th object of type t, dated d.
func objectKey(t ObjectType, i int, d day) string {
	b := make([]byte, 0, 64)
	num := func(b []byte, w int) []byte { return appendPad(b, i, w) }
	switch t {
	case TypeOrdersCSV:
		b = append(b, "exports/orders/"...)
		b = appendPad(b, d.y, 4)
		b = append(b, '/')
		b = appendPad(b, d.m, 2)
		b = append(b, "/orders-"...)
		b = appendDate(b, d, 0)
		b = append(b, '-')
		b = append(num(b, 5), ".csv"...)
	case TypeAddressBook:
		b = append(b, "crm/address-book/part-"...)
		b = append(num(b, 5), ".ndjson"...)
	case TypeChat:
		b = append(b, "cs/chat/"...)
		b = appendDate(b, d, '/')
		b = append(b, "/session-"...)
		b = append(num(b, 6), ".txt"...)
	case TypeAppLog:
		b = append(b, "logs/order-api/"...)
		b = appendDate(b, d, '/')
		b = append(b, "/app-"...)
		b = append(num(b, 5), ".log.gz"...)
	case TypeLake:
		b = append(b, "lake/orders/dt="...)
		b = appendDate(b, d, '-')
		b = append(b, "/part-"...)
		if i%4 != 3 { // one in four is zstd-compressed
			b = append(num(b, 5), ".snappy.parquet"...)
		} else {
			b = append(num(b, 5), ".zstd.parquet"...)
		}
	case TypeLegacyEUCKR:
		b = append(b, "legacy/kr/customers_"...)
		b = append(num(b, 4), "_euckr.csv"...)
	case TypeLegacySJIS:
		b = append(b, "legacy/jp/kokyaku_"...)
		b = append(num(b, 4), "_sjis.csv"...)
	case TypeLegacyBig5:
		b = append(b, "legacy/tw/members_"...)
		b = append(num(b, 4), "_big5.txt"...)
	case TypeBackupZip:
		b = append(b, "backup/"...)
		b = appendPad(b, d.y, 4)
		b = append(b, "/orders-backup-"...)
		b = appendPad(b, d.y, 4)
		b = appendPad(b, d.m, 2)
		b = append(b, '-')
		b = append(num(b, 4), ".zip"...)
	case TypeMetrics:
		b = append(b, "metrics/daily/"...)
		b = appendDate(b, d, '-')
		b = append(b, '-')
		b = append(num(b, 5), ".csv"...)
	case TypeCatalog:
		b = append(b, "catalog/products-"...)
		b = append(num(b, 5), ".json"...)
	case TypeConfig:
		b = append(b, "config/services/svc-"...)
		b = append(num(b, 4), ".yaml"...)
	default:
		b = append(b, "assets/img/banner-"...)
		b = append(num(b, 5), ".png"...)
	}
	return string(b)
}
