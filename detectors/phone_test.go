package detectors

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// detectNumbers runs one detector through an Engine (so its cue hits are
// filled) and returns its matches.
func detectNumbers(d Detector, field string, column Kind, text string) []Match {
	var out []Match
	NewEngine([]Detector{d}).Detect(field, -1, text, column, func(m Match) { out = append(out, m) })
	return out
}

type phoneCase struct {
	name   string
	field  string
	column Kind
	text   string
	want   []string // the matched substrings, in order
	// Checked on the first match when not empty.
	sub, country, norm, masked string
}

var phonePositives = []phoneCase{
	// Korea
	{name: "kr mobile after cue", text: "연락처: 010-1234-5678", want: []string{"010-1234-5678"},
		sub: "kr_mobile", country: "KR", norm: "+821012345678", masked: "010-****-5678"},
	{name: "kr mobile dots", text: "휴대폰 010.2345.6789", want: []string{"010.2345.6789"}, sub: "kr_mobile", masked: "010.****.6789"},
	{name: "kr mobile spaces", text: "010 3456 7890 으로 연락주세요", want: []string{"010 3456 7890"}, norm: "+821034567890"},
	{name: "kr bare mobile", text: "배송시 01045678901 로 전화", want: []string{"01045678901"}, masked: "010****8901"},
	{name: "kr compact landline before sms", text: "안 받으면 0227880213로 문자 주세요", want: []string{"0227880213"}, norm: "+82227880213"},
	{name: "kr compact landline before kakao", text: "부재시 카톡 0312084482", want: []string{"0312084482"}, norm: "+82312084482"},
	{name: "kr compact home number", text: "집 번호는 0315551234 입니다", want: []string{"0315551234"}, sub: "kr_landline", norm: "+82315551234"},
	{name: "kr compact work number", text: "회사번호 0422345678", want: []string{"0422345678"}, sub: "kr_landline", norm: "+82422345678"},
	{name: "jp compact home number", text: "自宅 0312345678", want: []string{"0312345678"}, sub: "jp_landline", norm: "+81312345678"},
	{name: "tw straight digits after a cue", text: "手機 0987654321", want: []string{"0987654321"}, sub: "tw_mobile", norm: "+886987654321"},
	{name: "kr bare mobile no cue", text: "김철수 01098765432 서울", want: []string{"01098765432"}, sub: "kr_mobile"},
	{name: "kr bare landline whole value", field: "c3", text: "0212345678", want: []string{"0212345678"}, sub: "kr_landline"},
	{name: "us bare whole value", field: "contact", text: "4155552671", want: []string{"4155552671"}, country: "US"},
	{name: "us bare sms log", text: "[sms] sent to=4155552671 locale=en-US", want: []string{"4155552671"}},
	{name: "kr seoul 3-4", text: "서울 본사 02-123-4567", want: []string{"02-123-4567"}, sub: "kr_landline", norm: "+8221234567", masked: "02-***-4567"},
	{name: "kr seoul parens", text: "(02) 3456-7890", want: []string{"(02) 3456-7890"}, sub: "kr_landline", country: "KR"},
	{name: "kr seoul close paren", text: "대표 02)3456-7890", want: []string{"02)3456-7890"}, norm: "+82234567890"},
	{name: "kr gyeonggi", text: "031-987-6543 경기", want: []string{"031-987-6543"}, sub: "kr_landline", norm: "+82319876543"},
	{name: "kr busan 4", text: "부산 051-1234-5678", want: []string{"051-1234-5678"}, sub: "kr_landline"},
	{name: "kr voip", text: "070-1234-5678 인터넷전화", want: []string{"070-1234-5678"}, sub: "kr_voip", country: "KR"},
	{name: "kr virtual 0504", text: "안심번호 0504-1234-5678", want: []string{"0504-1234-5678"}, sub: "kr_virtual", norm: "+8250412345678"},
	{name: "kr intl", text: "+82 10-1234-5678", want: []string{"+82 10-1234-5678"}, sub: "kr_mobile", norm: "+821012345678", masked: "+82 10-****-5678"},
	{name: "kr intl hyphens", text: "tel:+82-2-312-3456", want: []string{"+82-2-312-3456"}, norm: "+8223123456"},
	{name: "kr intl trunk", text: "+82 (0)10 9876 5432", want: []string{"+82 (0)10 9876 5432"}, norm: "+821098765432"},
	{name: "kr intl e164", text: "phone=+821098765432&x=1", want: []string{"+821098765432"}, norm: "+821098765432"},
	{name: "kr intl written trunk", text: "+82 010-2222-3333", want: []string{"+82 010-2222-3333"}, norm: "+821022223333"},
	{name: "kr field bare", field: "phone", text: "01012345678", want: []string{"01012345678"}, norm: "+821012345678"},
	{name: "kr field korean", field: "휴대폰번호", text: "010-1234-5678", want: []string{"010-1234-5678"}},
	{name: "kr field lost zero", field: "phone", text: "1012345678", want: []string{"1012345678"}, sub: "kr_mobile", norm: "+821012345678"},
	{name: "kr field lost zero landline", field: "tel", text: " 212345678 ", want: []string{"212345678"}, sub: "kr_landline", norm: "+82212345678"},
	{name: "kr field lost plus", field: "mobile", text: "821098765432", want: []string{"821098765432"}, norm: "+821098765432"},
	{name: "tw field lost zero", field: "手機", text: "912345678", want: []string{"912345678"}, sub: "tw_mobile", norm: "+886912345678"},
	{name: "kr column bare landline", field: "c3", column: KindPhone, text: "0212345678", want: []string{"0212345678"}, norm: "+82212345678"},
	{name: "kr cue glued", text: "TEL010-1234-5678", want: []string{"010-1234-5678"}},
	{name: "kr cue dot", text: "Tel.02-555-1234", want: []string{"02-555-1234"}},
	{name: "kr list slash", text: "010-1111-2222/010-3333-4444", want: []string{"010-1111-2222", "010-3333-4444"}},
	{name: "kr json", text: `{"name":"홍길동","phone":"010-5555-6666"}`, want: []string{"010-5555-6666"}},
	{name: "kr two numbers spaced", text: "연락처 010-1234-5678 02-123-4567", want: []string{"010-1234-5678", "02-123-4567"}},
	{name: "kr after other number", text: "주문 123 010-1234-5678 배송", want: []string{"010-1234-5678"}},
	{name: "kr full width", text: "휴대폰：０１０－１２３４－５６７８", want: []string{"０１０－１２３４－５６７８"}, norm: "+821012345678"},
	{name: "kr 010-8", text: "핸드폰 010-12345678", want: []string{"010-12345678"}},
	{name: "kr old mobile bare", text: "사무실 번호 0118023699", want: []string{"0118023699"}, sub: "kr_mobile"},
	// Japan
	{name: "jp mobile", text: "携帯：090-1234-5678", want: []string{"090-1234-5678"}, sub: "jp_mobile", country: "JP", norm: "+819012345678"},
	{name: "jp full width", text: "電話：０９０－１２３４－５６７８", want: []string{"０９０－１２３４－５６７８"}, sub: "jp_mobile"},
	{name: "jp katakana dash", text: "お電話は080ー1234ー5678まで", want: []string{"080ー1234ー5678"}, sub: "jp_mobile"},
	{name: "jp tokyo", text: "東京本社 03-1234-5678", want: []string{"03-1234-5678"}, sub: "jp_landline", country: "JP"},
	{name: "jp kana context 070", text: "山田様の携帯は070-1234-5678です", want: []string{"070-1234-5678"}, sub: "jp_mobile", country: "JP"},
	{name: "jp sendai", text: "仙台支店 022-345-6789 まで", want: []string{"022-345-6789"}, country: "JP"},
	{name: "jp area 4", text: "お問い合わせ 0467-12-3456", want: []string{"0467-12-3456"}, country: "JP"},
	{name: "jp intl", text: "+81-90-1234-5678", want: []string{"+81-90-1234-5678"}, norm: "+819012345678", masked: "+81-90-****-5678"},
	{name: "jp intl trunk", text: "+81 (0)3 1234 5678", want: []string{"+81 (0)3 1234 5678"}, norm: "+81312345678"},
	{name: "jp bare mobile", text: "連絡先 09012345678", want: []string{"09012345678"}, country: "JP"},
	// Taiwan
	{name: "tw mobile", text: "手機 0912-345-678", want: []string{"0912-345-678"}, sub: "tw_mobile", country: "TW", norm: "+886912345678"},
	{name: "tw mobile 4-6", text: "手機：0912-345678", want: []string{"0912-345678"}, sub: "tw_mobile"},
	{name: "tw bare mobile", text: "0912345678", want: []string{"0912345678"}, sub: "tw_mobile"},
	{name: "tw taipei", text: "台北市 02-2345-6789", want: []string{"02-2345-6789"}, sub: "tw_landline", country: "TW"},
	{name: "tw taichung parens", text: "臺中市西區 (04)2234-5678", want: []string{"(04)2234-5678"}, country: "TW"},
	{name: "tw intl", text: "+886 912 345 678", want: []string{"+886 912 345 678"}, sub: "tw_mobile", norm: "+886912345678"},
	{name: "tw kaohsiung 7", text: "高雄市苓雅區 07-123-4567 號", want: []string{"07-123-4567"}, country: "TW"},
	// United States
	{name: "us parens", text: "Call me at (415) 555-2671", want: []string{"(415) 555-2671"}, sub: "us", country: "US", norm: "+14155552671"},
	{name: "us hyphens", text: "Office: 212-555-0142.", want: []string{"212-555-0142"}, sub: "us"},
	{name: "us dots", text: "reach me 646.555.0199 anytime", want: []string{"646.555.0199"}, sub: "us"},
	{name: "us leading 1", text: "Phone 1-415-555-2671", want: []string{"1-415-555-2671"}, norm: "+14155552671"},
	{name: "us intl", text: "+1 415-555-2671", want: []string{"+1 415-555-2671"}, norm: "+14155552671"},
	{name: "us field bare", field: "contact_phone", text: "4155552671", want: []string{"4155552671"}, norm: "+14155552671"},
	{name: "us spaces with cue", text: "cell 415 555 2671", want: []string{"415 555 2671"}},
	{name: "us cue after", text: "4155552671 (cell)", want: []string{"4155552671"}, country: "US"},
	{name: "jp voip 050", text: "IP電話 050-1234-5678 です", want: []string{"050-1234-5678"}, sub: "jp_voip", country: "JP"},
	{name: "kr intl spaces", text: "+82 10 1234 5678", want: []string{"+82 10 1234 5678"}, norm: "+821012345678"},
	{name: "us intl parens", text: "+1 (415) 555-2671", want: []string{"+1 (415) 555-2671"}, norm: "+14155552671"},
	// Other countries with +
	{name: "gb", text: "London office +44 20 7946 0958", want: []string{"+44 20 7946 0958"}, sub: "intl", country: "GB", norm: "+442079460958"},
	{name: "cn", text: "手机 +86 138 0013 8000", want: []string{"+86 138 0013 8000"}, sub: "intl", country: "CN"},
	{name: "jsonpath field", field: "$.customer.mobile", text: "010-9999-8888", want: []string{"010-9999-8888"}},
}

var phoneNegatives = []phoneCase{
	{name: "business registration", text: "사업자등록번호 123-45-67890"},
	{name: "business registration no cue", text: "번호 220-81-62517"},
	{name: "work number is a business line", text: "회사 번호 1588-1234"},
	{name: "straight digits without a cue", text: "SUFFIX = b'0987654321' * 1024"},
	{name: "placeholder digits without a cue", text: `{"07090000008", token.INT, 3, "07090000008"}`},
	{name: "home address after 자택", text: "자택 주소: 서울 강남구 테헤란로 152, 우편번호 06236"},
	{name: "bank account 3-3-6", text: "계좌 110-123-456789"},
	{name: "bank account 4-2-7", text: "카카오뱅크 3333-01-1234567"},
	{name: "bank account phone-shaped", text: "입금계좌: 010-1234-5678 (국민)"},
	{name: "order number bare", text: "주문번호 01012345678"},
	{name: "order number phone shaped", text: "order 010-1234-5678"},
	{name: "tracking", text: "운송장번호: 6012-3456-7890"},
	{name: "invoice", text: "송장번호 01012345678"},
	{name: "approval", text: "승인번호 02123456"},
	{name: "timestamp", text: "2024-01-15 12:30:45"},
	{name: "date dots", text: "2024.01.15 배송 완료"},
	{name: "date bare", text: "20240115"},
	{name: "datetime bare", text: "20240115123045"},
	{name: "unix epoch", text: "ts=1705312345 level=info"},
	{name: "price won", text: "12,000원 결제"},
	{name: "price dollar", text: "$1,234.56 paid"},
	{name: "ip", text: "IP 192.168.0.1 connected"},
	{name: "ip 10", text: "host 10.210.123.45"},
	{name: "version", text: "version 1.2.3"},
	{name: "isbn", text: "ISBN 978-89-1234-567-8"},
	{name: "isbn bare", text: "ISBN 9788912345678"},
	{name: "masked card", text: "카드 1234-****-****-5678"},
	{name: "card", text: "4111-1111-1111-1111"},
	{name: "rrn", text: "900101-1234567"},
	{name: "rrn bare", text: "9001011234567"},
	{name: "kr postal", text: "우편번호 06236"},
	{name: "jp postal", text: "〒150-0001 東京都渋谷区"},
	{name: "us zip4", text: "CA 94105-1234"},
	{name: "embedded letters before", text: "A01012345678"},
	{name: "embedded letters after", text: "01012345678A"},
	{name: "longer hyphen run", text: "010-1234-5678-9"},
	{name: "decimal tail", text: "010-1234-5678.5"},
	{name: "inside long digits", text: "9901012345678901"},
	{name: "representative", text: "1588-1234 고객센터"},
	{name: "kr toll free", text: "080-123-4567"},
	{name: "us toll free", text: "1-800-555-1234"},
	{name: "jp free dial", text: "フリーダイヤル 0120-123-456"},
	{name: "bare us no context", text: "ref4155552671 and 4155552671"},
	{name: "bare landline no context", text: "관리번호 0212345678 확인"},
	{name: "zero padded id", text: "id 0123456789"},
	{name: "bare us in free-text field", field: "memo", text: "code 4155552671 sent"},
	{name: "lost zero outside a phone column", field: "order_id", text: "1012345678"},
	{name: "lost zero in free text", text: "주문 1012345678 확인"},
	{name: "lost zero no number", field: "phone", text: "12345678"},
	{name: "lost plus other country", field: "phone", text: "441012345678"},
	{name: "spaced us no context", text: "415 555 2671"},
	{name: "time", text: "12:30:45.123"},
	{name: "ipv6ish", text: "fe80::1:0212:3456:7890"},
	{name: "hyphen prefix id", text: "ORD-010-1234-5678"},
	{name: "email local part", text: "01012345678@example.com"},
	{name: "masked phone", text: "010-****-5678"},
	{name: "order field", field: "order_no", text: "01012345678"},
	{name: "tracking field", field: "tracking_number", text: "010-1234-5678"},
	{name: "jp order", text: "注文番号 090-1234-5678"},
	{name: "tw order", text: "訂單 0912-345-678"},
	{name: "coordinates", text: "37.5665, 126.9780"},
	{name: "money dots", text: "1.234.567.890"},
	{name: "three short groups", text: "12 34 56 78 90"},
	{name: "uuid-ish", text: "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
	{name: "hex", text: "0x0212345678"},
	{name: "negative id field", field: "user_id", text: "01012345678"},
}

func TestPlaceholderDigits(t *testing.T) {
	for d, want := range map[string]bool{
		"0123456789": true, "0987654321": true, "123456789": true, "8901234567": true,
		"01012345678": false, "0912345678": false, "12345678": false, "0987654320": false,
		"01000000000": true, "07090000008": true, "01055555678": false, "01055555067": false, "000000": false,
	} {
		if got := placeholderDigits([]byte(d)); got != want {
			t.Errorf("placeholderDigits(%s) = %v, want %v", d, got, want)
		}
	}
}

func TestPhonePositives(t *testing.T) {
	runPhoneCases(t, phonePositives)
	if len(phonePositives) < 40 {
		t.Fatalf("only %d positive cases", len(phonePositives))
	}
}

func TestPhoneNegatives(t *testing.T) {
	runPhoneCases(t, phoneNegatives)
	if len(phoneNegatives) < 40 {
		t.Fatalf("only %d negative cases", len(phoneNegatives))
	}
}

func runPhoneCases(t *testing.T, cases []phoneCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := detectNumbers(NewPhone(), tc.field, tc.column, tc.text)
			var got []string
			for _, m := range ms {
				got = append(got, tc.text[m.Start:m.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("%q: got %q, want %q", tc.text, got, tc.want)
			}
			if len(ms) == 0 {
				return
			}
			m := ms[0]
			if m.Kind != KindPhone {
				t.Errorf("kind %q", m.Kind)
			}
			if tc.sub != "" && m.Subtype != tc.sub {
				t.Errorf("subtype %q, want %q", m.Subtype, tc.sub)
			}
			if tc.country != "" && m.Country != tc.country {
				t.Errorf("country %q, want %q", m.Country, tc.country)
			}
			if tc.norm != "" && m.Normalized != tc.norm {
				t.Errorf("normalized %q, want %q", m.Normalized, tc.norm)
			}
			if tc.masked != "" && m.Masked != tc.masked {
				t.Errorf("masked %q, want %q", m.Masked, tc.masked)
			}
			for _, m := range ms {
				checkPhoneMatch(t, tc.text, m)
			}
		})
	}
}

// checkPhoneMatch checks the invariants of every phone match.
func checkPhoneMatch(t *testing.T, text string, m Match) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		t.Fatalf("span %d..%d outside %d bytes", m.Start, m.End, len(text))
	}
	if !utf8.ValidString(text[m.Start:m.End]) {
		t.Fatalf("span %d..%d cuts a rune", m.Start, m.End)
	}
	if m.Confidence <= 0 || m.Confidence > 1 {
		t.Errorf("confidence %v", m.Confidence)
	}
	if !strings.HasPrefix(m.Normalized, "+") || len(m.Normalized) < 8 || len(m.Normalized) > 16 {
		t.Errorf("normalized %q is not E.164", m.Normalized)
	}
	for _, c := range m.Normalized[1:] {
		if c < '0' || c > '9' {
			t.Errorf("normalized %q is not E.164", m.Normalized)
		}
	}
	// The preview hides at least 3 digits and shows no run of the value's
	// middle digits.
	if strings.Count(m.Masked, "*") < 3 {
		t.Errorf("masked %q hides too little", m.Masked)
	}
	if m.Masked == text[m.Start:m.End] {
		t.Errorf("masked preview equals the raw value")
	}
}

func TestPhoneConfidence(t *testing.T) {
	conf := func(field, text string) float64 {
		ms := detectNumbers(NewPhone(), field, "", text)
		if len(ms) != 1 {
			t.Fatalf("%q: %d matches", text, len(ms))
		}
		return ms[0].Confidence
	}
	bare := conf("", "0912345678")
	grouped := conf("", "0912-345-678")
	cued := conf("", "手機 0912-345-678")
	fielded := conf("mobile", "0912-345-678")
	if !(bare < grouped && grouped < cued && grouped < fielded) {
		t.Errorf("confidence does not follow evidence: bare %v grouped %v cued %v fielded %v", bare, grouped, cued, fielded)
	}
	if bare >= 0.7 || cued < 0.9 {
		t.Errorf("bare %v should be low, cued %v high", bare, cued)
	}
}

// TestPhoneRegionByScript checks that an ambiguous number takes its
// country from the text around it.
func TestPhoneRegionByScript(t *testing.T) {
	for _, tc := range []struct{ text, country string }{
		{"서울시 중구 02-2345-6789", "KR"},
		{"台北市信義區 02-2345-6789", "TW"},
		{"070-1234-5678 으로 연락", "KR"},
		{"070-1234-5678までご連絡ください", "JP"},
		{"電話番号 070-1234-5678", "JP"},
		{"電話 02-2345-6789", "TW"},
		{"電話：(02)2345-6789", "TW"},
		{"전화 02-2345-6789", "KR"},
		{"TEL 02-2345-6789", "KR"},
	} {
		ms := detectNumbers(NewPhone(), "", "", tc.text)
		if len(ms) != 1 || ms[0].Country != tc.country {
			t.Errorf("%q: got %+v, want country %s", tc.text, ms, tc.country)
		}
	}
}

// TestPhoneChunkIndependence checks that a number is found the same way
// whatever text surrounds it.
func TestPhoneChunkIndependence(t *testing.T) {
	for _, pad := range []string{"", " ", "\n", "가나다 ", "abc ", strings.Repeat("x ", 300)} {
		text := pad + "연락처 010-1234-5678 " + pad
		ms := detectNumbers(NewPhone(), "", "", text)
		if len(ms) != 1 || text[ms[0].Start:ms[0].End] != "010-1234-5678" {
			t.Errorf("pad %q: %+v", pad, ms)
		}
	}
}

// TestPhoneConcurrent runs one Engine per goroutine, as the scanner does:
// the shared rule tables and caches must be safe (run with -race).
func TestPhoneConcurrent(t *testing.T) {
	text := numbersBenchText(64<<10, 3) + " +44 20 7946 0958 +49 30 901820 +33 1 42 68 53 00"
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for g := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := NewEngine([]Detector{NewPhone(), NewAccessCode()})
			e.Detect("", -1, text, "", func(Match) { counts[g]++ })
		}()
	}
	wg.Wait()
	for g := range counts {
		if counts[g] == 0 || counts[g] != counts[0] {
			t.Fatalf("goroutines disagree: %v", counts)
		}
	}
}

func FuzzPhone(f *testing.F) {
	for _, tc := range phonePositives {
		f.Add(tc.text)
	}
	for _, tc := range phoneNegatives {
		f.Add(tc.text)
	}
	f.Add("+")
	f.Add("(((((0")
	f.Add("０－")
	f.Add(" 821012345678")
	e := NewEngine([]Detector{NewPhone()})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		// Free text, and a cell of a phone column (where digits that lost
		// their leading 0 or + are read again).
		for row, field := range []string{"", "phone"} {
			e.Detect(field, int64(row-1), s, "", func(m Match) {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("span %d..%d outside %d bytes", m.Start, m.End, len(s))
				}
				if !utf8.ValidString(s[m.Start:m.End]) {
					t.Fatalf("span cuts a rune")
				}
				if m.Kind != KindPhone || m.Normalized == "" || m.Masked == "" {
					t.Fatalf("incomplete match %+v", m)
				}
				if len(m.Alt)%2 != 0 || strings.Contains(m.Alt, m.Country) {
					t.Fatalf("alt %q of a %s reading", m.Alt, m.Country)
				}
				// Every other reading rereads, and back again.
				for i := 0; i < len(m.Alt); i += 2 {
					r, ok := m.Reread(m.Alt[i : i+2])
					if !ok || r.Country != m.Alt[i:i+2] || r.Subtype == "" || r.Normalized[:1] != "+" || len(r.Alt) != len(m.Alt) {
						t.Fatalf("reread %+v as %s: %+v, %v", m, m.Alt[i:i+2], r, ok)
					}
					if back, ok := r.Reread(m.Country); !ok || back.Normalized != m.Normalized || back.Subtype != m.Subtype {
						t.Fatalf("reread %+v back: %+v, %v", r, back, ok)
					}
				}
			})
		}
	})
}

// numbersBenchText builds a deterministic text mixing Korean, Japanese, Chinese and
// English prose with phone numbers, dates, prices, IDs and access codes.
func numbersBenchText(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	pieces := []string{
		"안녕하세요 고객님, 주문하신 상품이 발송되었습니다. ", "배송 메모: 공동현관 비밀번호 #1234* 문 앞에 놓아주세요. ",
		"연락처 010-2345-6789 ", "주문번호 2024011512345 ", "결제금액 12,000원 ", "2024-01-15 12:30:45 INFO request served in 12ms ",
		"東京都渋谷区神南1-2-3 山田太郎様 電話 03-1234-5678 ", "オートロック暗証番号は1234#です。", "台北市信義區信義路五段7號 手機 0912-345-678 ",
		"大門密碼 5678# ", "Please call (415) 555-2671 or email me. ", "gate code #4321 ", "The quick brown fox jumps over the lazy dog. ",
		"사업자등록번호 123-45-67890 ", "IP 192.168.0.1 version 1.2.3 ", "101동 1203호 ", "계좌 110-123-456789 ", "\n",
		"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ",
		"请于工作日联系我们，谢谢。", "ありがとうございました。またのご利用をお待ちしております。",
	}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func BenchmarkPhone(b *testing.B) {
	text := numbersBenchText(1<<20, 1)
	e := NewEngine([]Detector{NewPhone()})
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Detect("", -1, text, "", func(Match) { n++ })
	}
	if n == 0 {
		b.Fatal("no phone found")
	}
}

// BenchmarkPhoneDetectOnly is BenchmarkPhone without the Engine's keyword
// pass: the cue hits are found once, so only the detector's own work counts.
func BenchmarkPhoneDetectOnly(b *testing.B) {
	benchDetectOnly(b, NewPhone(), numbersBenchText(1<<20, 1))
}

// benchDetectOnly runs d.Detect over text with its cue hits precomputed.
func benchDetectOnly(b *testing.B, d Detector, text string) {
	ix := newCueIndex([][]string{d.Cues()})
	var hits []Hit
	ix.scan(text, func(start, end int, pat int32) {
		for _, o := range ix.patOwner[pat] {
			hits = append(hits, Hit{Start: start, End: end, Cue: o.cue})
		}
	})
	slices.SortFunc(hits, func(x, y Hit) int { return x.Start - y.Start })
	in := &Input{Text: text, Row: -1, Hits: hits}
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(in, func(Match) { n++ })
	}
	if n == 0 {
		b.Fatal("nothing found")
	}
}

// BenchmarkPhoneColumn measures a column of phone numbers, one per record:
// the worst case, where every record is a candidate.
func BenchmarkPhoneColumn(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 8))
	vals := make([]string, 4096)
	size := 0
	for i := range vals {
		switch i % 3 {
		case 0:
			vals[i] = "010-" + benchDigits(rng, 4) + "-" + benchDigits(rng, 4)
		case 1:
			vals[i] = "090-" + benchDigits(rng, 4) + "-" + benchDigits(rng, 4)
		default:
			vals[i] = "0912-" + benchDigits(rng, 3) + "-" + benchDigits(rng, 3)
		}
		size += len(vals[i])
	}
	e := NewEngine([]Detector{NewPhone()})
	n := 0
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vals {
			e.Detect("phone", 0, v, KindPhone, func(Match) { n++ })
		}
	}
	if n == 0 {
		b.Fatal("no phone found")
	}
}

func benchDigits(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}
