package corpus

// codeDigits is the digit string of an access code: mostly four digits.
func (g *gen) codeDigits() string {
	n := 4
	switch x := g.r.intn(100); {
	case x < 8:
		n = 5
	case x < 16:
		n = 6
	case x < 19:
		n = 3
	case x < 21:
		n = 8
	}
	return g.r.digits(n, '0')
}

// code is an access code as typed on a keypad, with the # and * keys that
// Korean entrance panels use.
func (g *gen) code(country string) string {
	d := g.codeDigits()
	var s string
	switch country {
	case "KR":
		switch x := g.r.intn(100); {
		case x < 32:
			s = d
		case x < 48:
			s = "#" + d
		case x < 68:
			s = d + "#"
		case x < 75:
			s = "*" + d
		case x < 81:
			s = d + "*"
		case x < 91:
			s = "#" + d + "*"
		case x < 97:
			s = "*" + d + "#"
		default:
			s = "#" + d + "#"
		}
	case "JP":
		s = d
		if g.r.chance(12) {
			s = d + "#"
		}
		if g.r.chance(15) {
			s = fullWidth(s)
		}
	case "TW":
		switch x := g.r.intn(100); {
		case x < 70:
			s = d
		case x < 85:
			s = d + "#"
		default:
			s = "*" + d
		}
	default:
		switch x := g.r.intn(100); {
		case x < 65:
			s = d
		case x < 80:
			s = "#" + d
		case x < 90:
			s = "*" + d
		default:
			s = d + "#"
		}
	}
	return s
}

// doorCue are the words that introduce an access code, per country; the code
// follows (sep between them), and then the tail.
var doorCues = map[string][]struct{ cue, tail string }{
	"KR": {
		{"공동현관 ", ""}, {"공동현관 비번 ", ""}, {"공동현관 비밀번호 ", ""}, {"공동현관 비밀번호는 ", " 입니다"},
		{"공동현관 비번은 ", "이에요"}, {"공현 ", ""}, {"현관 비번 ", ""}, {"현관 비밀번호 ", ""},
		{"1층 현관 ", ""}, {"출입문 비밀번호 ", ""}, {"공동현관 출입번호 ", ""}, {"공동현관문 ", " 누르시면 됩니다"},
		{"현관문 비번 ", ""}, {"공동현관 종 누르고 ", ""}, {"건물 출입 비밀번호 ", ""},
		{"공동현관 비번: ", ""}, {"공동현관PW ", ""}, {"현관 ", " 누르고 들어오세요"}, {"공동 현관 비번 ", ""},
	},
	"JP": {
		{"オートロック番号 ", ""}, {"オートロック番号：", ""}, {"オートロックの暗証番号は", "です"},
		{"オートロック解除番号 ", ""}, {"エントランスの暗証番号 ", ""}, {"暗証番号 ", ""},
		{"オートロック ", ""}, {"マンション入口の暗証番号：", ""},
	},
	"TW": {
		{"大門密碼 ", ""}, {"大門密碼：", ""}, {"大門密碼是", ""}, {"門禁密碼 ", ""}, {"一樓大門密碼", ""},
		{"社區大門密碼 ", ""}, {"樓下大門密碼：", "，謝謝"}, {"大門 密碼 ", ""},
	},
	"US": {
		{"gate code ", ""}, {"Gate code: ", ""}, {"gate code is ", ""}, {"building code ", ""},
		{"door code: ", ""}, {"entry code ", ""}, {"call box code ", ""}, {"lockbox code ", ""},
		{"the gate code is ", ""}, {"Gate Code ", ""}, {"Building entry code: ", ""}, {"front door code ", ""},
	},
}

// door appends a cue, an access code and a tail, the code labelled.
func (g *gen) door(t *text, country string) {
	c := pick(g.r, doorCues[country])
	t.lit(c.cue).pos(AccessCode, country, g.code(country)).lit(c.tail)
}

// doorCell is the content of an access-code column: the code alone most of
// the time, sometimes with words around it.
func (g *gen) doorCell(country string) *text {
	t := new(text)
	if g.r.chance(80) {
		return t.pos(AccessCode, country, g.code(country))
	}
	switch country {
	case "KR":
		pre := pick(g.r, []string{"공동현관 ", "현관 ", "비번 ", "공현 "})
		return t.lit(pre).pos(AccessCode, country, g.code(country))
	case "JP":
		return t.lit("暗証番号 ").pos(AccessCode, country, g.code(country))
	case "TW":
		return t.lit("密碼 ").pos(AccessCode, country, g.code(country))
	default:
		return t.lit("gate ").pos(AccessCode, country, g.code(country))
	}
}

// noCode is what an access-code column or memo holds when there is no code.
var noCode = map[string][]string{
	"KR": {"자유출입", "없음", "경비실 호출", "없어요", "비번 없음", "관리실 문의", "호출", "-", "X", "공동현관 없음", "모름", "자유 출입 가능"},
	"JP": {"なし", "オートロックなし", "無し", "管理人室に連絡", "-", "不明"},
	"TW": {"無", "無門禁", "管理員代收", "沒有", "-", "請按電鈴"},
	"US": {"none", "N/A", "no gate", "call on arrival", "-", "unknown", "open"},
}

// doorNone appends a sentence near door cues that holds no code.
var doorNoneText = map[string][]string{
	"KR": {
		"공동현관 비번 없어요 자유출입이에요", "공동현관 경비실 호출해주세요", "현관 비밀번호는 기사님께 문자로 드릴게요",
		"공동현관 없음, 문앞에 놔주세요", "공동현관 자유출입", "현관 비밀번호 모르면 경비실 호출", "공동현관 비밀번호 바뀌었어요 도착 전 전화주세요",
	},
	"JP": {"オートロックなしの物件です", "オートロックは管理人室で解除してもらってください", "暗証番号は配達前にお知らせします"},
	"TW": {"大門沒有密碼，直接上樓", "無門禁，請放管理室", "大門密碼請來電詢問"},
	"US": {"no gate code needed", "gate code: none, just knock", "Gate is open during the day", "call me at the gate, no code"},
}
