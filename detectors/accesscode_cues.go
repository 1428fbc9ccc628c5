package detectors

import "strings"

// Cue words of the access-code detector.

// Access-code subtypes.
const (
	acDoor    = "door_code" // the building's shared entrance (공동현관, オートロック, 大門, lobby)
	acGate    = "gate_code" // a gate (정문, gate code)
	acUnit    = "unit_door" // the door of the flat itself (현관문, 도어락)
	acUnknown = "unknown"   // a code without a place (비밀번호, 暗証番号, 密碼)
)

// acCue is one cue word. A positive cue announces a code shortly after it;
// a negative cue ("자유출입", "없음", "경비실", "전화") between a positive cue
// and a number says the number is something else.
type acCue struct {
	word    string
	neg     bool
	sub     string // subtype the cue suggests ("" for negative cues)
	rank    int    // how specific the place is: the highest-ranked cue near a code names its subtype
	strong  bool   // names a code outright; weak cues (현관, 출입, gate) need a marked or 4+ digit code
	mark    bool   // a weak cue so common in prose (door, lobby) that it needs a marked code
	country string // KR, JP, TW, CN, US
}

// acCueList is the detector's cue words; Cues returns their words in this order.
var acCueList = []acCue{
	// Korean
	{word: "공동현관", sub: acDoor, rank: 4, strong: true, country: "KR"},
	{word: "공현", sub: acDoor, rank: 4, strong: true, country: "KR"},
	{word: "출입문", sub: acDoor, rank: 2, country: "KR"},
	{word: "출입번호", sub: acDoor, rank: 3, strong: true, country: "KR"},
	{word: "출입코드", sub: acDoor, rank: 3, strong: true, country: "KR"},
	{word: "출입", sub: acDoor, rank: 1, country: "KR"},
	{word: "현관문", sub: acUnit, rank: 3, country: "KR"},
	{word: "세대현관", sub: acUnit, rank: 5, strong: true, country: "KR"},
	{word: "도어락", sub: acUnit, rank: 3, strong: true, country: "KR"},
	{word: "번호키", sub: acUnit, rank: 3, strong: true, country: "KR"},
	{word: "현관", sub: acDoor, rank: 1, country: "KR"},
	{word: "1층", sub: acDoor, rank: 2, country: "KR"},
	{word: "정문", sub: acGate, rank: 2, country: "KR"},
	{word: "후문", sub: acGate, rank: 2, country: "KR"},
	{word: "게이트", sub: acGate, rank: 2, country: "KR"},
	{word: "비번", sub: acUnknown, strong: true, country: "KR"},
	{word: "비밀번호", sub: acUnknown, strong: true, country: "KR"},
	{word: "현관번호", sub: acDoor, rank: 3, strong: true, country: "KR"},
	{word: "입구", sub: acDoor, rank: 1, country: "KR"}, // 건물 입구 1234#
	// Japanese
	{word: "オートロック", sub: acDoor, rank: 4, strong: true, country: "JP"},
	{word: "エントランス", sub: acDoor, rank: 3, country: "JP"},
	{word: "暗証番号", sub: acUnknown, strong: true, country: "JP"},
	{word: "解除番号", sub: acDoor, rank: 2, strong: true, country: "JP"},
	{word: "解錠番号", sub: acUnknown, strong: true, country: "JP"}, // unlocking number
	{word: "開錠番号", sub: acUnknown, strong: true, country: "JP"},
	{word: "解錠コード", sub: acUnknown, strong: true, country: "JP"},
	{word: "玄関", sub: acDoor, rank: 1, country: "JP"},
	// Chinese
	{word: "大門密碼", sub: acDoor, rank: 4, strong: true, country: "TW"},
	{word: "門禁", sub: acDoor, rank: 4, strong: true, country: "TW"},
	{word: "大門", sub: acDoor, rank: 2, country: "TW"},
	{word: "密碼", sub: acUnknown, strong: true, country: "TW"},
	{word: "门禁", sub: acDoor, rank: 4, strong: true, country: "CN"},
	{word: "大门", sub: acDoor, rank: 2, country: "CN"},
	{word: "密码", sub: acUnknown, strong: true, country: "CN"},
	// English (ASCII words must stand alone)
	{word: "gate code", sub: acGate, rank: 3, strong: true, country: "US"},
	{word: "door code", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "entry code", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "entrance code", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "lobby code", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "building code", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "access code", sub: acDoor, rank: 2, strong: true, country: "US"},
	{word: "buzzer", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "keypad", sub: acDoor, rank: 2, strong: true, country: "US"},
	{word: "gate", sub: acGate, rank: 2, country: "US"},
	{word: "front door", sub: acDoor, rank: 1, country: "US"},
	{word: "lockbox", sub: acUnknown, strong: true, country: "US"},
	{word: "call box code", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "callbox code", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "garage code", sub: acUnit, rank: 3, strong: true, country: "US"},
	{word: "alarm code", sub: acUnit, rank: 3, strong: true, country: "US"},
	{word: "door pin", sub: acDoor, rank: 2, strong: true, country: "US"},
	{word: "lobby", sub: acDoor, rank: 4, mark: true, country: "US"}, // lobby 4321#, not "the lobby 2024"
	{word: "door", sub: acDoor, rank: 1, mark: true, country: "US"},
	// "the code to the building is 7788": code to/for a place, or to get in.
	{word: "code to get in", sub: acDoor, rank: 2, strong: true, country: "US"},
	{word: "code to enter", sub: acDoor, rank: 2, strong: true, country: "US"},
	{word: "code to the building", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "code for the building", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "code to the lobby", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "code for the lobby", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "code to lobby", sub: acDoor, rank: 4, strong: true, country: "US"},
	{word: "code to the front door", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "code for the front door", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "code to the door", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "code for the door", sub: acDoor, rank: 3, strong: true, country: "US"},
	{word: "code to the gate", sub: acGate, rank: 3, strong: true, country: "US"},
	{word: "code for the gate", sub: acGate, rank: 3, strong: true, country: "US"},

	// Negative
	{word: "자유출입", neg: true}, {word: "자유 출입", neg: true}, {word: "경비실", neg: true}, {word: "관리실", neg: true},
	{word: "없음", neg: true}, {word: "없어요", neg: true}, {word: "없습니다", neg: true}, {word: "수량", neg: true},
	{word: "주문번호", neg: true}, {word: "우편번호", neg: true}, {word: "전화", neg: true}, {word: "연락처", neg: true},
	{word: "휴대폰", neg: true}, {word: "핸드폰", neg: true}, {word: "택배함", neg: true}, {word: "금액", neg: true},
	{word: "部屋番号", neg: true}, {word: "号室", neg: true}, {word: "電話", neg: true}, {word: "なし", neg: true},
	{word: "不要", neg: true}, {word: "無", neg: true}, {word: "不需要", neg: true}, {word: "手機", neg: true},
	{word: "none", neg: true}, {word: "free entry", neg: true}, {word: "no code", neg: true}, {word: "not needed", neg: true},
	{word: "port", neg: true}, {word: "version", neg: true}, {word: "tel", neg: true}, {word: "phone", neg: true},
	{word: "room", neg: true}, {word: "suite", neg: true}, {word: "apt", neg: true}, {word: "unit", neg: true},
	{word: "floor", neg: true}, {word: "n/a", neg: true}, {word: "호출", neg: true}, {word: "인터폰", neg: true},
	{word: "呼出", neg: true}, {word: "インターホン", neg: true}, {word: "對講機", neg: true}, {word: "電鈴", neg: true},
	{word: "intercom", neg: true}, {word: "예정일", neg: true}, {word: "날짜", neg: true}, {word: "일자", neg: true},
	{word: "기간", neg: true}, {word: "일시", neg: true}, {word: "변경일", neg: true}, {word: "日付", neg: true},
	{word: "期限", neg: true}, {word: "日期", neg: true}, {word: "date", neg: true}, {word: "expires", neg: true},
	{word: "wifi", neg: true}, {word: "wi-fi", neg: true}, {word: "와이파이", neg: true}, {word: "카드", neg: true},
	{word: "atm", neg: true}, {word: "계좌", neg: true}, {word: "로그인", neg: true}, {word: "login", neg: true},
	{word: "인증", neg: true}, {word: "otp", neg: true}, {word: "verification", neg: true}, {word: "보관함", neg: true},
	{word: "사물함", neg: true}, {word: "locker", neg: true}, {word: "キャッシュカード", neg: true}, {word: "銀行", neg: true},
	{word: "信用卡", neg: true}, {word: "提款卡", neg: true}, {word: "宅配ボックス", neg: true}, {word: "宅配ロッカー", neg: true},
	{word: "置物櫃", neg: true}, {word: "智慧櫃", neg: true}, {word: "next door", neg: true},
}

// acCueWords returns the words of acCueList.
func acCueWords() []string {
	w := make([]string, len(acCueList))
	for i, c := range acCueList {
		w[i] = c.word
	}
	return w
}

// acFieldContext is what a field name says about access codes.
type acFieldContext struct {
	field  string
	column Kind
	acFieldFacts
	memo fieldMemo[acFieldFacts]
}

// acFieldFacts are the facts acFieldContext derives from a field.
type acFieldFacts struct {
	code    bool   // a column of access codes: values need no cue
	sub     string // subtype the field name suggests
	country string // from the field name's script, "" for ASCII names
}

// set computes the context of field (with the scanner's column kind).
func (c *acFieldContext) set(field string, column Kind) {
	c.field, c.column = field, column
	c.acFieldFacts = c.memo.get(field, column, acFieldFactsOf)
}

// acFieldFactsOf computes the facts of field (with the scanner's column kind).
func acFieldFactsOf(field string, column Kind) acFieldFacts {
	var c acFieldFacts
	c.code = FieldKind(field) == KindAccessCode || column == KindAccessCode
	c.sub, c.country = acUnknown, ""
	if !c.code {
		return c
	}
	f := strings.ToLower(field)
	switch {
	case strings.Contains(f, "gate") || strings.Contains(f, "정문") || strings.Contains(f, "게이트"):
		c.sub = acGate
	case strings.Contains(f, "현관문") && !strings.Contains(f, "공동"), strings.Contains(f, "도어락"), strings.Contains(f, "unit_door"):
		c.sub = acUnit
	case strings.Contains(f, "door") || strings.Contains(f, "entr") || strings.Contains(f, "lobby") ||
		strings.Contains(f, "building") || strings.Contains(f, "현관") || strings.Contains(f, "공현") ||
		strings.Contains(f, "출입") || strings.Contains(f, "オートロック") || strings.Contains(f, "門禁") ||
		strings.Contains(f, "门禁") || strings.Contains(f, "大門"):
		c.sub = acDoor
	}
	// Country: a cue word in the field name in the language of a country
	// (공동현관, オートロック, 門禁); English names (door_code) are used
	// everywhere and say nothing.
	for _, cue := range acCueList {
		if !cue.neg && cue.word[0] >= 0x80 && strings.Contains(field, cue.word) {
			c.country = cue.country
			return c
		}
	}
	var v scriptVotes
	v.count(field)
	c.country = v.region()
	return c
}
