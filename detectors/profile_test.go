package detectors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Sample columns for the profile tests: each is one column's values.
var (
	profKR = strings.Fields("김민준 이서연 박지훈 최수아 정우진 강하은 조현우 윤지민 장서준 임예린 한도윤 오지아 서준호 신유나 권민재 황소연 안재현 송하린 류태윤 홍채원")
	profJP = strings.Fields("佐藤太郎 鈴木花子 高橋健一 田中美咲 伊藤翔太 渡辺陽子 山本大輔 中村由美 小林誠 加藤恵子 吉田拓也 山田優子")
	profTW = strings.Fields("陳志明 林淑芬 黃建宏 張雅婷 李俊傑 王美玲 吳家豪 劉怡君 蔡宗翰 楊佩珊 許文傑 鄭惠如")
	profEN = []string{"John Smith", "Mary Johnson", "Robert Williams", "Patricia Brown", "Michael Jones",
		"Linda Garcia", "David Miller", "Barbara Davis", "James Wilson", "Susan Moore", "William Taylor", "Karen Anderson"}
	profPhone = []string{"010-1234-5678", "010-2345-6789", "010-9876-5432", "02-345-6789", "010-5555-0101",
		"031-987-6543", "010-4321-8765", "010-1111-2233", "010-7788-9900", "051-123-4567"}
	profAddr = []string{"서울특별시 강남구 테헤란로 123", "서울특별시 마포구 월드컵북로 45", "부산광역시 해운대구 해운대로 570",
		"경기도 성남시 분당구 판교역로 235", "인천광역시 연수구 송도과학로 32", "대구광역시 수성구 동대구로 200",
		"서울특별시 종로구 세종대로 175", "광주광역시 서구 상무중앙로 61", "대전광역시 유성구 대학로 99", "울산광역시 남구 삼산로 274"}
	profCode = []string{"1234", "#5678", "0852", "7391*", "4826", "9153", "3067", "6619", "2480#", "8812"}
)

func TestProfileColumn(t *testing.T) {
	repeat := func(vals []string, n int) []string {
		var out []string
		for len(out) < n {
			out = append(out, vals...)
		}
		return out[:n]
	}
	withBlanks := append([]string{"", " ", ""}, profKR...)
	mostlyNames := append(append([]string{}, profKR[:14]...), "배송완료", "교환", "-", "N/A", "테스트", "없음")
	tests := []struct {
		name string
		vals []string
		want Kind
	}{
		{"korean names", profKR, KindName},
		{"korean names with blanks", withBlanks, KindName},
		{"korean names 70 percent", mostlyNames, KindName},
		{"japanese names", profJP, KindName},
		{"taiwanese names", profTW, KindName},
		{"latin names", profEN, KindName},
		{"phones", profPhone, KindPhone},
		{"addresses", profAddr, KindAddress},
		{"access codes (never profiled)", profCode, ""},
		{"postal codes", strings.Fields("06234 04524 48058 13487 21984 34126 61452 44702 30103 63309"), ""},
		{"too few values", profKR[:7], ""},
		{"product names", []string{"정관장 홍삼정 240g", "햇반 210g", "신라면 멀티팩", "비비고 왕교자", "삼다수 2L", "코카콜라 500ml",
			"참이슬 후레쉬", "새우깡", "초코파이 정", "바나나맛우유", "진라면 매운맛", "스팸 클래식"}, ""},
		{"korean product words", strings.Fields("홍삼정 새우깡 꼬북칩 허니버터칩 포카칩 양파링 감자깡 고래밥 빼빼로 초코송이 칸쵸 죠리퐁"), ""},
		{"korean cities", strings.Fields("서울 부산 대구 인천 광주 대전 울산 수원 성남 고양 용인 창원 청주 전주 천안 안산 안양 남양주 화성 평택"), ""},
		{"japanese cities", strings.Fields("東京 大阪 横浜 名古屋 札幌 神戸 京都 福岡 川崎 広島 仙台 千葉"), ""},
		{"us cities", []string{"New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego", "Dallas", "Austin"}, ""},
		{"status words", repeat(strings.Fields("배송완료 교환 반품 배송중 결제완료 취소"), 40), ""},
		{"repeated names", repeat(profKR[:3], 40), ""},
		{"sku codes", strings.Fields("SKU-10023 SKU-10024 AB-5521 XK-0091 SKU-77120 P-0042 P-0043 MX-220 SKU-10025 AB-5522"), ""},
		{"quantities", strings.Fields("1 2 3 1 5 10 2 1 4 3 12 1"), ""},
		{"prices", strings.Fields("12000 4500 39900 15000 8800 2500 129000 7000 18000 3300"), ""},
		{"years", strings.Fields("1987 1992 2001 1975 2015 1968 1999 2020 1983 2008"), ""},
		{"running ids", strings.Fields("1001 1002 1003 1004 1005 1006 1007 1008 1009 1010 1011 1012"), ""},
		{"http status", repeat(strings.Fields("200 404 500 301 200 200"), 20), ""},
		{"dates", strings.Fields("2024-01-02 2024-01-03 2024-01-05 2024-02-01 2024-02-11 2024-03-01 2024-03-09 2024-04-01"), ""},
		{"emails", strings.Fields("a@example.com b@example.com c@example.com d@example.com e@example.com f@example.com g@example.com h@example.com"), ""},
		{"free text", repeat([]string{"배송 전에 연락 부탁드립니다", "문 앞에 놓아 주세요", "경비실에 맡겨 주세요", "부재시 연락 바랍니다"}, 12), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ProfileColumn(tc.vals); got != tc.want {
				t.Fatalf("ProfileColumn = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestProfileHintFindsName checks the point of profiling: a two-syllable
// Korean name in an opaque column is left alone without the hint and found
// with the kind the profile gives.
func TestProfileHintFindsName(t *testing.T) {
	col := append([]string{"방찬"}, profKR...)
	if k := ProfileColumn(col); k != KindName {
		t.Fatalf("profile = %q, want name", k)
	}
	e := NewEngine(All())
	if ms := engineRun(e, "c3", 0, "방찬", ""); len(ms) != 0 {
		t.Fatalf("without a hint 방찬 should stay unreported, got %d matches", len(ms))
	}
	ms := engineRun(e, "c3", 0, "방찬", KindName)
	if len(ms) != 1 || ms[0].Kind != KindName || ms[0].Start != 0 || ms[0].End != len("방찬") {
		t.Fatalf("with the name profile: got %v", ms)
	}
	// The hint does not make a status word a name.
	if ms := engineRun(e, "c3", 0, "배송완료", KindName); len(ms) != 0 {
		t.Fatalf("status word under a name hint: got %v", ms)
	}
}

func FuzzProfileColumn(f *testing.F) {
	f.Add("김민준\n이서연\n박지훈\n최수아\n정우진\n강하은\n조현우\n윤지민")
	f.Add("1234\n5678\n#0852\n7391*\n4826\n9153\n3067\n6619")
	f.Add("\n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		k := ProfileColumn(strings.Split(s, "\n"))
		if k != "" && k != KindName && k != KindPhone && k != KindAddress && k != KindAccessCode {
			t.Fatalf("unknown kind %q", k)
		}
	})
}

func BenchmarkProfileColumn(b *testing.B) {
	var col []string // 64 values: the rows a CSV column is profiled over
	for i := range 64 {
		col = append(col, profKR[i%len(profKR)])
	}
	n := 0
	for _, v := range col {
		n += len(v)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		ProfileColumn(col)
	}
}
