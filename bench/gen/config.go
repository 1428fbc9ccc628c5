package gen

import "runtime"

// ObjectType is a kind of object in the estate.
type ObjectType string

// The object types of the estate. The first nine hold personal data; the
// last four are noise with hard negatives inside.
const (
	TypeOrdersCSV   ObjectType = "orders_csv"          // order exports (UTF-8 CSV, sometimes with a BOM)
	TypeAddressBook ObjectType = "address_book_ndjson" // CRM address book, one JSON object per line
	TypeChat        ObjectType = "chat_text"           // customer-service chat transcripts (ko, ja, zh-TW, en)
	TypeAppLog      ObjectType = "app_log_gz"          // gzip application logs, a few lines with phones
	TypeLake        ObjectType = "lake_parquet"        // data-lake order table (Parquet, Snappy or zstd)
	TypeLegacyEUCKR ObjectType = "legacy_euckr_csv"    // old Korean customer master in EUC-KR
	TypeLegacySJIS  ObjectType = "legacy_sjis_csv"     // old Japanese customer list in Shift_JIS
	TypeLegacyBig5  ObjectType = "legacy_big5_text"    // old Taiwanese member notes in Big5
	TypeBackupZip   ObjectType = "backup_zip"          // zip of a few order CSVs and a README
	TypeMetrics     ObjectType = "metrics_csv"         // service metrics (numbers, IPs, dates)
	TypeCatalog     ObjectType = "catalog_json"        // product catalogue (prices, BRNs, CS numbers)
	TypeConfig      ObjectType = "config_yaml"         // service configuration
	TypeImage       ObjectType = "image_png"           // PNG-like binaries
)

// AllTypes lists every object type in the order the generator plans them.
var AllTypes = []ObjectType{
	TypeOrdersCSV, TypeAddressBook, TypeChat, TypeAppLog, TypeLake,
	TypeLegacyEUCKR, TypeLegacySJIS, TypeLegacyBig5, TypeBackupZip,
	TypeMetrics, TypeCatalog, TypeConfig, TypeImage,
}

// typeLimits bound the size of one object of a type: the smallest object
// worth writing and the largest (before Config.MaxObject applies).
var typeLimits = map[ObjectType][2]int64{
	TypeOrdersCSV:   {2 << 10, 128 << 20},
	TypeAddressBook: {2 << 10, 64 << 20},
	TypeChat:        {1 << 10, 2 << 20},
	TypeAppLog:      {4 << 10, 256 << 20},
	TypeLake:        {8 << 10, 256 << 20},
	TypeLegacyEUCKR: {2 << 10, 16 << 20},
	TypeLegacySJIS:  {2 << 10, 16 << 20},
	TypeLegacyBig5:  {2 << 10, 16 << 20},
	TypeBackupZip:   {4 << 10, 128 << 20},
	TypeMetrics:     {1 << 10, 8 << 20},
	TypeCatalog:     {2 << 10, 32 << 20},
	TypeConfig:      {512, 64 << 10},
	TypeImage:       {1 << 10, 4 << 20},
}

// DefaultMix is the share of the estate's bytes per object type.
func DefaultMix() map[ObjectType]float64 {
	return map[ObjectType]float64{
		TypeOrdersCSV:   0.20,
		TypeAddressBook: 0.10,
		TypeChat:        0.08,
		TypeAppLog:      0.14,
		TypeLake:        0.15,
		TypeLegacyEUCKR: 0.01,
		TypeLegacySJIS:  0.01,
		TypeLegacyBig5:  0.01,
		TypeBackupZip:   0.06,
		TypeMetrics:     0.05,
		TypeCatalog:     0.05,
		TypeConfig:      0.005,
		TypeImage:       0.095,
	}
}

// Config describes an estate. The same Config (Workers aside) always
// produces the same objects, bytes and labels.
type Config struct {
	// Seed selects the estate.
	Seed int64
	// Size is the target total size in bytes of the stored objects. The
	// result lands within a few per cent of it for sizes above a few MB
	// (compressed objects are sized by estimate).
	Size int64
	// People is the number of distinct synthetic people the estate draws
	// from; 0 derives it from Size (one per 32 KiB, at least 50, at most
	// 200,000).
	People int
	// Workers is the number of objects generated and stored at once;
	// 0 means runtime.GOMAXPROCS(0) (add more for a slow remote sink).
	// It does not change the output.
	Workers int
	// Mix is the share of Size per object type (normalised to sum 1);
	// nil means DefaultMix(). A type with share 0 is not generated.
	Mix map[ObjectType]float64
	// Counts, when set for a type, fixes its number of objects (its share
	// of Size is split among them) instead of drawing sizes.
	Counts map[ObjectType]int
	// MaxObject caps the size of one object; 0 means Size/8 clamped to
	// [64 KiB, 256 MiB]. Objects are built in memory, so Workers x
	// MaxObject bounds the generator's memory.
	MaxObject int64
	// Progress, if set, is called after each object is stored, from one
	// goroutine, with the objects done, the objects planned and the bytes
	// stored so far.
	Progress func(done, total int, bytes int64)
}

// Demo is the estate `exposure demo` scans: about 4 MB, Korean-heavy, with
// every object type and every kind of personal data for Korea.
func Demo() Config {
	return Config{
		Seed:   20240312,
		Size:   4 << 20,
		People: 300,
		Mix: map[ObjectType]float64{
			TypeOrdersCSV:   0.25,
			TypeAddressBook: 0.12,
			TypeChat:        0.12,
			TypeAppLog:      0.10,
			TypeLake:        0.12,
			TypeLegacyEUCKR: 0.03,
			TypeLegacySJIS:  0.02,
			TypeLegacyBig5:  0.02,
			TypeBackupZip:   0.08,
			TypeMetrics:     0.03,
			TypeCatalog:     0.04,
			TypeConfig:      0.01,
			TypeImage:       0.06,
		},
		Counts: map[ObjectType]int{
			TypeOrdersCSV: 6, TypeAddressBook: 4, TypeChat: 24, TypeAppLog: 1, TypeLake: 1,
			TypeLegacyEUCKR: 1, TypeLegacySJIS: 1, TypeLegacyBig5: 1, TypeBackupZip: 1,
			TypeMetrics: 2, TypeCatalog: 2, TypeConfig: 3, TypeImage: 4,
		},
	}
}

// Sized is the benchmark estate: the default mix scaled to size bytes.
func Sized(seed, size int64) Config {
	return Config{Seed: seed, Size: size}
}

// withDefaults fills the derived fields.
func (c Config) withDefaults() Config {
	if c.Size <= 0 {
		c.Size = 4 << 20
	}
	if c.People <= 0 {
		c.People = int(min(max(c.Size/(32<<10), 50), 200000))
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Mix == nil {
		c.Mix = DefaultMix()
	}
	if c.MaxObject <= 0 {
		c.MaxObject = min(max(c.Size/8, 64<<10), 256<<20)
	}
	return c
}
