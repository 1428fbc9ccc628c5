package scanner_test

import (
	"bytes"
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/exposure-dev/exposure/internal/s3test"
	"github.com/exposure-dev/exposure/scanner"
	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

// TestRecordCountryFromMinIO scans exports of a Korean firm whose rows hold
// Japanese and Korean customers with 070 numbers (a Japanese mobile or a
// Korean VoIP number, by the digits alone): each number is read in the
// country of its row's address, in a CSV with Korean headers, in NDJSON and
// in Parquet, where the phone column comes before the address column and
// the rows arrive column by column.
func TestRecordCountryFromMinIO(t *testing.T) {
	o, c := s3test.Server(t)
	bucket := s3test.NewBucket(t, c)
	csv := "수령인,수령인연락처,배송지,door_code\n" +
		"伊藤智子,070-1283-2321,大阪府大阪市中央区本町4-7-6,#1357\n" +
		"김민준,070-4712-1009,서울특별시 강남구 테헤란로 152,2468*\n" +
		"林大輔,070-9443-7454,東京都新宿区西新宿2-8-1,#9753\n" +
		"이서연,070-5555-1234,,\n" + // no address: the Korean name decides
		"田中一郎,070-2222-3333,서울특별시 마포구 월드컵북로 396,\n" // lives in Seoul
	s3test.Put(t, c, bucket, "exports/orders.csv", []byte(csv))
	nd := `{"name":"伊藤智子","phone":"070-1283-2321","address":"大阪府大阪市中央区本町4-7-6"}` + "\n" +
		`{"name":"김민준","phone":"070-4712-1009","address":"서울특별시 강남구 테헤란로 152"}` + "\n"
	s3test.Put(t, c, bucket, "crm/book.ndjson", []byte(nd))
	type lakeRow struct {
		Phone   string `parquet:"phone"`
		Address string `parquet:"address"`
	}
	var rows []lakeRow
	// More numbers with two readings than the resolver holds back
	// (4,096): they resolve because the address column is read first.
	for i := range 10000 {
		if i%2 == 0 {
			rows = append(rows, lakeRow{"070-1283-2321", "大阪府大阪市中央区本町4-7-6"})
		} else {
			rows = append(rows, lakeRow{"070-4712-1009", "서울특별시 강남구 테헤란로 152"})
		}
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, rows); err != nil {
		t.Fatal(err)
	}
	s3test.Put(t, c, bucket, "lake/orders.parquet", pq.Bytes())

	out := filepath.Join(t.TempDir(), "out")
	s, err := scanner.Scan(context.Background(), s3Config(o, bucket, out))
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := readDataset(t, out)
	key := []byte("0123456789abcdef0123456789abcdef")
	type phoneRow struct {
		Key     string
		Row     int64
		Subtype string
		Country string
		Hash    string
	}
	var got []phoneRow
	lake := map[phoneRow]int{}
	codes := map[int64]string{}
	for _, f := range fs {
		if f.Kind == "access_code" {
			codes[f.Row] = f.Country
		}
		if f.Kind != "phone" {
			continue
		}
		p := phoneRow{f.Key, f.Row, f.Subtype, f.Country, f.ValueHash}
		if f.Key == "lake/orders.parquet" {
			lake[phoneRow{Subtype: f.Subtype, Country: f.Country, Hash: f.ValueHash}]++
			continue
		}
		got = append(got, p)
	}
	sort.Slice(got, func(i, j int) bool {
		if got[i].Key != got[j].Key {
			return got[i].Key < got[j].Key
		}
		return got[i].Row < got[j].Row
	})
	jp := hmac16(key, "+817012832321")
	kr := hmac16(key, "+827047121009")
	want := []phoneRow{
		{"crm/book.ndjson", 0, "jp_mobile", "JP", jp},
		{"crm/book.ndjson", 1, "kr_voip", "KR", kr},
		{"exports/orders.csv", 0, "jp_mobile", "JP", jp},
		{"exports/orders.csv", 1, "kr_voip", "KR", kr},
		{"exports/orders.csv", 2, "jp_mobile", "JP", hmac16(key, "+817094437454")},
		{"exports/orders.csv", 3, "kr_voip", "KR", hmac16(key, "+827055551234")},
		{"exports/orders.csv", 4, "kr_voip", "KR", hmac16(key, "+827022223333")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("phones of the CSV and NDJSON (-want +got):\n%s", diff)
	}
	wantLake := map[phoneRow]int{
		{Subtype: "jp_mobile", Country: "JP", Hash: jp}: 5000,
		{Subtype: "kr_voip", Country: "KR", Hash: kr}:   5000,
	}
	if diff := cmp.Diff(wantLake, lake); diff != "" {
		t.Errorf("phones of the Parquet file (-want +got):\n%s", diff)
	}
	// A door_code column says nothing of the country: the address does.
	if diff := cmp.Diff(map[int64]string{0: "JP", 1: "KR", 2: "JP"}, codes); diff != "" {
		t.Errorf("access-code countries by row (-want +got):\n%s", diff)
	}
	// One customer's number is one value wherever it is: 5 numbers.
	if s.Distinct["phone"] != 5 || s.People.Estimate != 5 {
		t.Errorf("distinct phones %d, people %d, want 5 and 5", s.Distinct["phone"], s.People.Estimate)
	}
}
