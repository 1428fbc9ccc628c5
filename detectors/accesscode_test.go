package detectors

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

type acCase struct {
	name   string
	field  string
	column Kind
	text   string
	want   []string // matched substrings, in order
	// Checked on the first match when not empty.
	sub, country, norm, masked string
}

var acPositives = []acCase{
	// Korean delivery notes
	{name: "kr hash star", text: "공동현관 비밀번호 #1234* 문 앞에 놓아주세요", want: []string{"#1234*"},
		sub: "door_code", country: "KR", norm: "#1234*", masked: "#*****"},
	{name: "kr hash", text: "공동현관 #5678", want: []string{"#5678"}, norm: "#5678", masked: "#****"},
	{name: "kr gonghyeon", text: "공현 1234*", want: []string{"1234*"}, sub: "door_code"},
	{name: "kr hyeongwan bibeon", text: "현관 비번 0000", want: []string{"0000"}, sub: "door_code", norm: "0000"},
	{name: "kr first floor", text: "1층 현관 *1234#", want: []string{"*1234#"}, norm: "*1234#", masked: "*****#"},
	{name: "kr chulip beonho", text: "공동현관 출입번호 #5678", want: []string{"#5678"}},
	{name: "kr bell prefix", text: "공동현관: 종1234", want: []string{"1234"}, norm: "1234", masked: "****"},
	{name: "kr bell suffix", text: "공동현관 비번은 1234종 누르시면 됩니다", want: []string{"1234"}, norm: "1234"},
	{name: "kr plus bell", text: "공동현관 1234 + 종", want: []string{"1234"}, norm: "1234"},
	{name: "kr bell prefix before cue", text: "종1234 공동현관", want: []string{"1234"}, norm: "1234"},
	{name: "kr key prefix", text: "공동현관 열쇠1234", want: []string{"1234"}},
	{name: "kr bell then words", text: "공동현관 종 누르고 4321", want: []string{"4321"}},
	{name: "kr pw suffix", text: "공동현관PW 0852", want: []string{"0852"}},
	{name: "kr unit door", text: "현관문 비밀번호 4821", want: []string{"4821"}, sub: "unit_door"},
	{name: "kr doorlock", text: "도어락 비번 135790", want: []string{"135790"}, sub: "unit_door"},
	{name: "kr two groups", text: "공동현관 1234 2580", want: []string{"1234 2580"}, norm: "12342580"},
	{name: "kr hash both", text: "공동현관 #1234#", want: []string{"#1234#"}, norm: "#1234#"},
	{name: "kr marked before cue", text: "#1234 (공동현관)", want: []string{"#1234"}},
	{name: "kr full width", text: "공동현관 비번 １２３４＃", want: []string{"１２３４＃"}, norm: "1234#"},
	{name: "kr gate", text: "정문 비밀번호 *2580", want: []string{"*2580"}, sub: "gate_code"},
	{name: "kr no space", text: "공동현관비번1234#", want: []string{"1234#"}},
	{name: "kr after unit", text: "101동 공동현관 #7890", want: []string{"#7890"}},
	{name: "kr unit skipped in gap", text: "공동현관 101동 #7890", want: []string{"#7890"}},
	{name: "kr particle after", text: "공동현관 비밀번호는 2580입니다", want: []string{"2580"}},
	{name: "kr 3 digits marked", text: "현관 123#", want: []string{"123#"}},
	{name: "kr bibeon only", text: "비번 9876*", want: []string{"9876*"}, sub: "unknown"},
	{name: "kr memo sentence", text: "배송메모: 부재시 문앞, 공동현관 출입 #3579 입니다", want: []string{"#3579"}},
	{name: "kr place beats negative", text: "택배함 말고 공동현관 비밀번호 #2580", want: []string{"#2580"}, sub: "door_code"},
	{name: "kr two codes", text: "공동현관 #1111 현관문 2222*", want: []string{"#1111", "2222*"}},
	// Japanese
	{name: "jp autolock", text: "オートロック 1234#", want: []string{"1234#"}, sub: "door_code", country: "JP"},
	{name: "jp autolock release", text: "オートロック解除番号：5678", want: []string{"5678"}, country: "JP"},
	{name: "jp pin", text: "暗証番号：0123", want: []string{"0123"}, sub: "unknown", country: "JP"},
	{name: "jp entrance", text: "エントランス 4567#", want: []string{"4567#"}},
	{name: "jp full width", text: "オートロック番号は＃１２３４です", want: []string{"＃１２３４"}, norm: "#1234"},
	// Chinese
	{name: "tw main door", text: "大門密碼 1234#", want: []string{"1234#"}, sub: "door_code", country: "TW"},
	{name: "tw access control", text: "門禁 5678", want: []string{"5678"}, country: "TW"},
	{name: "tw colon", text: "大門密碼：*1234#", want: []string{"*1234#"}},
	{name: "cn simplified", text: "门禁密码 8642#", want: []string{"8642#"}, country: "CN"},
	// English
	{name: "us gate code", text: "Gate code #1234", want: []string{"#1234"}, sub: "gate_code", country: "US"},
	{name: "us gate code colon", text: "gate code: 4321", want: []string{"4321"}},
	{name: "us door code", text: "Door code 4321#", want: []string{"4321#"}, sub: "door_code"},
	{name: "us buzzer", text: "Buzzer 1203", want: []string{"1203"}},
	{name: "us entry code", text: "Entry code *5678", want: []string{"*5678"}},
	{name: "us lobby", text: "Lobby code 2580#", want: []string{"2580#"}},
	{name: "us keypad", text: "use keypad 1234 then push", want: []string{"1234"}},
	{name: "us access code", text: "Access code is 246810.", want: []string{"246810"}},
	{name: "us garage code", text: "leave it in the garage, garage code 1357", want: []string{"1357"}, sub: "unit_door"},
	{name: "us alarm code", text: "Alarm code: 9090 (disarm before entering)", want: []string{"9090"}, sub: "unit_door"},
	{name: "us door pin", text: "door pin 4321#", want: []string{"4321#"}},
	{name: "kr building entrance", text: "건물 입구 1234#", want: []string{"1234#"}, sub: "door_code", country: "KR"},
	{name: "jp unlock number", text: "解錠番号 5678", want: []string{"5678"}, sub: "unknown", country: "JP"},
	{name: "jp entrance unlock", text: "エントランスの開錠番号は＃２４６８です", want: []string{"＃２４６８"}, sub: "door_code", country: "JP"},
	{name: "us code to get in", text: "code to get in is 5522", want: []string{"5522"}, sub: "door_code", country: "US"},
	{name: "us code to the building", text: "The code to the building is 7788.", want: []string{"7788"}, sub: "door_code"},
	{name: "us code to lobby", text: "code to lobby: 4455", want: []string{"4455"}, sub: "door_code"},
	{name: "us code for the gate", text: "code for the gate is 2468", want: []string{"2468"}, sub: "gate_code"},
	{name: "us lobby marked", text: "lobby door 4321#", want: []string{"4321#"}, sub: "door_code"},
	{name: "us door marked", text: "Door: #1234", want: []string{"#1234"}, sub: "door_code"},
	{name: "kr digital lock", text: "번호키 0852 누르고 들어가세요", want: []string{"0852"}, sub: "unit_door", country: "KR"},
	// Fields
	{name: "field door_code", field: "door_code", text: "#1234", want: []string{"#1234"}, sub: "door_code", norm: "#1234"},
	{name: "field gate plain", field: "gate_code", text: "4321", want: []string{"4321"}, sub: "gate_code"},
	{name: "field korean", field: "공동현관비밀번호", text: "1234*", want: []string{"1234*"}, country: "KR"},
	{name: "field column hint", field: "c7", column: KindAccessCode, text: "종 5678", want: []string{"5678"}},
	{name: "us call box", text: "call box code 2468", want: []string{"2468"}},
	{name: "field japanese", field: "オートロック番号", text: "＃９８７６", want: []string{"＃９８７６"}, country: "JP"},
	{name: "field with note", field: "entrance_code", text: "#1234 (경비실 호출 후)", want: []string{"#1234"}},
	{name: "json path field", field: "$.delivery.door_code", text: "*0852#", want: []string{"*0852#"}},
}

var acNegatives = []acCase{
	{name: "us alarm none", text: "alarm code: none, garage code not needed"},
	{name: "kr digital lock broken", text: "번호키 고장 2번 문의"},
	{name: "us intercom unit", text: "intercom code 1203 calls apt 1203"},
	{name: "free entry kr", text: "공동현관 자유출입"},
	{name: "free entry kr spaced", text: "공동현관 자유 출입 가능 1234"},
	{name: "none kr", text: "공동현관 비번 없음"},
	{name: "none then number", text: "공동현관 비번 없음, 연락처 010-1234-5678"},
	{name: "guard room", text: "경비실 호출"},
	{name: "guard room number", text: "공동현관 경비실 호출 1234"},
	{name: "apartment unit", text: "101동 1203호 공동현관 앞"},
	{name: "unit after cue", text: "공동현관 앞 1203호"},
	{name: "quantity", text: "공동현관 앞에 놔주세요 수량 2개"},
	{name: "phone after cue", text: "공동현관 010-1234-5678 연락주세요"},
	{name: "phone spaced after cue", text: "공동현관 010 1234 5678"},
	{name: "bare mobile after cue", text: "현관 앞 01012345678"},
	{name: "time", text: "현관 10:30 도착"},
	{name: "floor", text: "출입 2층"},
	{name: "floor f", text: "gate 3F"},
	{name: "date", text: "비밀번호 변경 2024-01-15"},
	{name: "date bare", text: "출입 20240115"},
	{name: "year", text: "현관 공사 2024년"},
	{name: "price", text: "1층 편의점 3,000원"},
	{name: "price plain", text: "현관 매트 12000원"},
	{name: "no cue", text: "#1234*"},
	{name: "no cue plain", text: "내일 1234 도착"},
	{name: "weak cue 3 digits", text: "현관 앞 123"},
	{name: "airport gate", text: "Gate B23"},
	{name: "gate two digits", text: "gate 12 boarding"},
	{name: "gateway", text: "gateway 1234"},
	{name: "door code none", text: "door code: none"},
	{name: "free entry en", text: "free entry 1234"},
	{name: "port", text: "port 8080"},
	{name: "version", text: "version 1.2.3"},
	{name: "too long", text: "공동현관 123456789"},
	{name: "decimal", text: "현관 1.5m"},
	{name: "room number jp", text: "オートロック 部屋番号 1203"},
	{name: "jp none", text: "オートロック なし"},
	{name: "tw floor", text: "大門 5樓"},
	{name: "tw address number", text: "大門 123號"},
	{name: "phone field", field: "phone", text: "1234"},
	{name: "name field", field: "name", text: "공동현관 김철수"},
	{name: "code column none", field: "door_code", text: "없음"},
	{name: "code column free", field: "door_code", text: "자유출입"},
	{name: "code column unit", field: "door_code", text: "101동 1203호"},
	{name: "code column phone", field: "gate_code", text: "010-1234-5678"},
	{name: "newline between", text: "공동현관\n1234"},
	{name: "sentence end between", text: "공동현관 앞. 1234"},
	{name: "far away", text: "공동현관 앞에 두고 가시면 됩니다 그리고 1234"},
	{name: "eleven floor", text: "11층 1234"},
	{name: "three groups", text: "공동현관 1234 5678 9012"},
	{name: "order number", text: "공동현관 주문번호 5678"},
	{name: "minutes", text: "현관 도착 5분 전 연락"},
	{name: "bus number", text: "정문 앞 버스 2번"},
	{name: "call unit", text: "공동현관에서 호출 1203 눌러주세요"},
	{name: "call unit suffix", text: "공동현관 1203호출"},
	{name: "intercom", text: "공동현관 인터폰 1101"},
	{name: "jp call", text: "オートロック 呼出 305"},
	{name: "us call box unit", text: "call box 214"},
	{name: "pw rule", text: "비밀번호 8자리 이상"},
	{name: "tw curfew", text: "門禁時間 23:00"},
	{name: "parcel locker", text: "택배함 비밀번호 2580"},
	{name: "jp parcel box", text: "宅配ボックス暗証番号 1234"},
	{name: "tw parcel locker", text: "智慧櫃密碼 5678"},
	{name: "lobby year", text: "the lobby 2024 renovation"},
	{name: "door count", text: "the door opened 1234 times"},
	{name: "door years", text: "door 1999 to 2005"},
	{name: "next door", text: "next door #1234"},
	{name: "kr entrance exit number", text: "입구 3번"},
	{name: "wifi", text: "Wi-Fi 비밀번호 12345678"},
	{name: "card pin", text: "카드 비밀번호 1234"},
	{name: "jp bank card", text: "キャッシュカードの暗証番号 1234"},
	{name: "change date", text: "[공지] 공동현관 비밀번호 변경 예정일 220917, 새 비밀번호는 문자로 안내"},
}

func TestAccessCodePositives(t *testing.T) {
	runACCases(t, acPositives)
	if len(acPositives) < 40 {
		t.Fatalf("only %d positive cases", len(acPositives))
	}
}

func TestAccessCodeNegatives(t *testing.T) {
	runACCases(t, acNegatives)
	if len(acNegatives) < 40 {
		t.Fatalf("only %d negative cases", len(acNegatives))
	}
}

func runACCases(t *testing.T, cases []acCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := detectNumbers(NewAccessCode(), tc.field, tc.column, tc.text)
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
				checkACMatch(t, tc.text, m)
			}
		})
	}
}

// checkACMatch checks the invariants of every access-code match.
func checkACMatch(t *testing.T, text string, m Match) {
	t.Helper()
	if m.Kind != KindAccessCode {
		t.Errorf("kind %q", m.Kind)
	}
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || !utf8.ValidString(text[m.Start:m.End]) {
		t.Fatalf("bad span %d..%d", m.Start, m.End)
	}
	for _, c := range m.Normalized {
		if !(c >= '0' && c <= '9') && c != '#' && c != '*' {
			t.Errorf("normalized %q holds %q", m.Normalized, c)
		}
	}
	for _, r := range m.Masked {
		if isDigitOrFullWidth(r) {
			t.Errorf("masked %q reveals a digit", m.Masked)
		}
	}
	switch m.Subtype {
	case acDoor, acGate, acUnit, acUnknown:
	default:
		t.Errorf("subtype %q", m.Subtype)
	}
	if m.Confidence <= 0 || m.Confidence > 1 {
		t.Errorf("confidence %v", m.Confidence)
	}
}

// TestAccessCodeNotPhone checks that, with every detector running, a phone
// number after an entrance cue comes out as a phone.
func TestAccessCodeNotPhone(t *testing.T) {
	text := "공동현관 비번 #1234* 도착하면 010-9876-5432 로 전화"
	var kinds []Kind
	NewEngine([]Detector{NewPhone(), NewAccessCode()}).Detect("", -1, text, "", func(m Match) {
		kinds = append(kinds, m.Kind)
	})
	if !slices.Equal(kinds, []Kind{KindAccessCode, KindPhone}) {
		t.Fatalf("kinds %v", kinds)
	}
}

func TestAccessCodeConfidence(t *testing.T) {
	conf := func(text string) float64 {
		ms := detectNumbers(NewAccessCode(), "", "", text)
		if len(ms) != 1 {
			t.Fatalf("%q: %d matches", text, len(ms))
		}
		return ms[0].Confidence
	}
	strongMarked := conf("공동현관 비밀번호 #1234*")
	strongPlain := conf("공동현관 비밀번호 1234")
	weakPlain := conf("현관 1234")
	if !(strongMarked > strongPlain && strongPlain > weakPlain) {
		t.Errorf("confidence does not follow evidence: %v %v %v", strongMarked, strongPlain, weakPlain)
	}
}

func FuzzAccessCode(f *testing.F) {
	for _, tc := range acPositives {
		f.Add(tc.field, tc.text)
	}
	for _, tc := range acNegatives {
		f.Add(tc.field, tc.text)
	}
	f.Add("door_code", "#")
	f.Add("", "공동현관 ＃")
	f.Add("", "공동현관 1234 + ")
	e := NewEngine([]Detector{NewAccessCode()})
	f.Fuzz(func(t *testing.T, field, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		e.Detect(field, 0, s, "", func(m Match) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("span %d..%d outside %d bytes", m.Start, m.End, len(s))
			}
			if !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("span cuts a rune")
			}
			for _, r := range m.Masked {
				if isDigitOrFullWidth(r) {
					t.Fatalf("masked %q reveals a digit", m.Masked)
				}
			}
		})
	})
}

func BenchmarkAccessCode(b *testing.B) {
	text := numbersBenchText(1<<20, 2)
	e := NewEngine([]Detector{NewAccessCode()})
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Detect("", -1, text, "", func(Match) { n++ })
	}
	if n == 0 {
		b.Fatal("no code found")
	}
}

// BenchmarkAccessCodeDetectOnly is BenchmarkAccessCode without the Engine's
// keyword pass.
func BenchmarkAccessCodeDetectOnly(b *testing.B) {
	benchDetectOnly(b, NewAccessCode(), numbersBenchText(1<<20, 2))
}
