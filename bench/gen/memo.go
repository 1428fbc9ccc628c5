package gen

// Delivery memos: short free text typed by customers, where building access
// codes live in practice ("공동현관 #1234 누르고 들어오세요").

type affix struct{ pre, post string }

var codeMemos = map[string][]affix{
	"KR": {
		{"공동현관 비밀번호 ", " 입니다"}, {"공동현관 ", " 누르고 들어오세요"}, {"공현 ", ""},
		{"현관 비번 ", " / 문 앞에 놔주세요"}, {"출입번호 ", ", 부재시 경비실"}, {"1층 현관 ", " 눌러주세요"},
		{"공동현관 비번은 ", "이에요. 문 앞에 두고 가주세요"}, {"공동현관 출입 ", " 감사합니다"}, {"현관 비밀번호 ", ""},
	},
	"JP": {{"オートロック ", ""}, {"オートロックの暗証番号は", "です"}, {"エントランス暗証番号 ", " 置き配希望"}},
	"TW": {{"大門密碼 ", ""}, {"大門密碼：", "，謝謝"}, {"門禁密碼 ", " 請放管理室"}},
	"US": {{"Gate code ", ""}, {"Gate code: ", ", leave at door"}, {"Door code ", " for the lobby"}},
}

var plainMemos = map[string][]string{
	"KR": {
		"문 앞에 놔주세요", "부재시 경비실에 맡겨주세요", "배송 전 연락 바랍니다", "택배함에 넣어주세요",
		"파손 주의 부탁드려요", "벨 누르지 말아주세요. 아기가 자요", "3층 엘리베이터 앞에 놔주세요", "빠른 배송 부탁드립니다",
		"경비실에 맡겨 주세요", "문 앞 (벨X, 노크X)",
	},
	"JP": {"置き配希望", "宅配ボックスに入れてください", "不在時は再配達をお願いします"},
	"TW": {"請放管理室", "到了請打電話", "平日白天不在家"},
	"US": {"Leave at the door", "Ring the bell", "Leave with the doorman"},
}

var phoneMemos = map[string][]affix{
	"KR": {{"부재시 ", "로 연락주세요"}, {"도착 전 ", " 전화 부탁드려요"}, {"안 받으면 ", "로 문자 주세요"}},
	"JP": {{"不在時は", "までご連絡ください"}},
	"TW": {{"到了請打 ", ""}},
	"US": {{"Call ", " on arrival"}},
}

// memo appends a delivery memo for recipient p to cell and labels what it
// holds (field and row as given; offsets relative to cell[origin]). About
// half of those whose building has a code put it in the memo.
func (g *objGen) memo(cell []byte, origin int, field string, row int64, p *Person) []byte {
	r := g.r
	c := p.Country
	switch u := r.float(); {
	case p.Code != "" && u < 0.5:
		a := pick(r, codeMemos[c])
		cell = append(cell, a.pre...)
		cell = g.val(cell, origin, field, row, p, slotCode, 0)
		cell = append(cell, a.post...)
		if r.chance(0.15) {
			cell = append(cell, ' ')
			cell = append(cell, pick(r, plainMemos[c])...)
		}
	case u < 0.58:
		// a phone in the memo: the recipient's own, or someone else's
		// (a family member who will be home).
		q := p
		if r.chance(0.4) {
			q = g.pool.from(r, c)
		}
		a := pick(r, phoneMemos[c])
		cell = append(cell, a.pre...)
		cell = g.val(cell, origin, field, row, q, slotPhone, g.phoneFormat())
		cell = append(cell, a.post...)
	case u < 0.62 && c == "KR":
		// hard negatives: an order number, a customer-centre number
		if r.chance(0.5) {
			cell = append(cell, "주문번호 "...)
			cell = appendOrderNo(cell, g.d, r.intn(3000000))
			cell = append(cell, " 이랑 같이 보내주세요"...)
		} else {
			cell = append(cell, "고객센터 "...)
			cell = appendCSNumber(cell, r)
			cell = append(cell, " 통화 완료"...)
		}
	case u < 0.75:
		// no memo
	default:
		cell = append(cell, pick(r, plainMemos[c])...)
	}
	return cell
}
