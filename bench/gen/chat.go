package gen

import "strings"

// Customer-service chat transcripts: free text in Korean, Japanese,
// Traditional Chinese or English, with names after cue words, phones in
// several formats, addresses and access codes, among order numbers,
// tracking numbers, prices and the company's own numbers.

// A template is text with placeholders: {name} {phone} {addr} {full}
// {code} for the customer, {name2} {phone2} for a second person, and the
// hard negatives {order} {tracking} {price} {cs} {brn} {date}.
type template []segment

type segment struct {
	lit string
	ph  string // placeholder name, "" for a literal
}

func parseTemplate(s string) template {
	var t template
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, segment{lit: s})
			break
		}
		if i > 0 {
			t = append(t, segment{lit: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		t = append(t, segment{ph: s[i+1 : i+j]})
		s = s[i+j+1:]
	}
	return t
}

func parseTemplates(ss ...string) []template {
	ts := make([]template, len(ss))
	for i, s := range ss {
		ts[i] = parseTemplate(s)
	}
	return ts
}

// chatLang holds one language's speakers and lines.
type chatLang struct {
	header, agent, customer string
	open, close             []template // agent greetings and closings
	ask                     []template // agent lines (some repeat personal data)
	say                     []template // customer lines
	codeSay                 []template // customer lines with the access code
}

var chatLangs = map[string]*chatLang{
	"KR": {
		header: "=== 상담 세션 ", agent: "상담원 ", customer: "고객",
		open:  parseTemplates("안녕하세요, 한빛몰 고객센터입니다. 무엇을 도와드릴까요?", "안녕하세요 고객님, 상담원 연결되었습니다."),
		close: parseTemplates("더 궁금하신 점은 고객센터 {cs}로 연락 주세요. 감사합니다.", "이용해 주셔서 감사합니다. 좋은 하루 보내세요!"),
		ask: parseTemplates(
			"본인 확인을 위해 주문자 성함과 연락처를 말씀해 주세요.",
			"확인되었습니다. 배송지를 {full}(으)로 변경해 드렸습니다.",
			"주문번호 {order} 확인했습니다. 결제 금액은 {price}원입니다.",
			"운송장 번호는 {tracking} 입니다. 내일 도착 예정입니다.",
			"{name} 고객님 맞으신가요?",
			"판매자 정보: (주)한빛커머스, 사업자등록번호 {brn}",
			"환불은 3~5 영업일 소요됩니다.",
		),
		say: parseTemplates(
			"이름은 {name}이고 연락처는 {phone} 입니다.",
			"{name}입니다. 주문번호 {order} 배송 언제 오나요?",
			"주소 변경 부탁드려요. {full}로 보내주세요.",
			"새 주소는 {addr} 이에요.",
			"받는 분은 {name2}, 번호 {phone2} 입니다.",
			"연락처가 바뀌었어요 {phone}로 해주세요",
			"성함은 {name}, 전화번호 {phone}",
			"{date}에 주문했는데 아직 안 왔어요",
			"결제 금액이 {price}원인데 맞나요?",
			"운송장 {tracking} 조회가 안돼요",
			"네 맞아요",
		),
		codeSay: parseTemplates(
			"공동현관 비밀번호는 {code} 입니다.",
			"현관 비번 {code} 눌러주시면 돼요",
			"공동현관 {code} 누르고 올라오시면 됩니다",
		),
	},
	"JP": {
		header: "=== チャット ", agent: "オペレーター ", customer: "お客様",
		open:  parseTemplates("お問い合わせありがとうございます。ご用件をお伺いします。"),
		close: parseTemplates("またのご利用をお待ちしております。", "お問い合わせ窓口 {cs} までご連絡ください。"),
		ask: parseTemplates(
			"ご本人確認のため、お名前とお電話番号をお願いします。",
			"お届け先を{full}に変更しました。",
			"ご注文番号{order}を確認しました。",
		),
		say: parseTemplates(
			"{name}と申します。電話番号は{phone}です。",
			"お届け先を{full}に変更してください。",
			"住所は{addr}です。",
			"名前は{name}、連絡先は{phone}です。",
			"受取人は{name2}、電話は{phone2}です。",
			"注文番号{order}の配送状況を教えてください。",
		),
		codeSay: parseTemplates("オートロックの暗証番号は{code}です。", "オートロック番号 {code} でお願いします。"),
	},
	"TW": {
		header: "=== 客服對話 ", agent: "客服 ", customer: "客戶",
		open:  parseTemplates("您好，這裡是客服中心，請問有什麼需要協助的？"),
		close: parseTemplates("感謝您的來訊，祝您有美好的一天。"),
		ask: parseTemplates(
			"請提供收件人姓名與手機號碼以便確認。",
			"已將收件地址更新為{full}。",
			"訂單編號{order}已確認。",
		),
		say: parseTemplates(
			"我是{name}，手機 {phone}。",
			"收件地址改成{full}。",
			"地址：{addr}",
			"收件人：{name2}，電話 {phone2}",
			"訂單{order}什麼時候會到？",
		),
		codeSay: parseTemplates("大門密碼是 {code}。", "門禁密碼 {code}，謝謝。"),
	},
	"US": {
		header: "=== Chat session ", agent: "Agent ", customer: "Customer",
		open:  parseTemplates("Thanks for contacting support. How can I help you today?"),
		close: parseTemplates("Thanks for shopping with us!", "You can also call us at {cs}."),
		ask: parseTemplates(
			"Could you confirm your name and phone number?",
			"I've updated the shipping address to {full}.",
			"Order {order} is on its way, tracking {tracking}.",
		),
		say: parseTemplates(
			"Hi, this is {name}. My number is {phone}.",
			"Please ship to {full}.",
			"My address is {addr}.",
			"The package is for {name2}, phone {phone2}.",
			"My name is {name}, order {order}.",
		),
		codeSay: parseTemplates("The gate code is {code}.", "Door code {code}, thanks."),
	},
}

// fill appends template t for customer p (and second person q) to b,
// labelling personal values at their offsets from b[origin].
func (g *objGen) fill(b []byte, origin int, t template, p, q *Person) []byte {
	r := g.r
	for _, s := range t {
		switch s.ph {
		case "":
			b = append(b, s.lit...)
		case "name":
			b = g.val(b, origin, "", -1, p, slotName, 0)
		case "phone":
			b = g.val(b, origin, "", -1, p, slotPhone, g.phoneFormat())
		case "addr":
			b = g.val(b, origin, "", -1, p, g.spelling(slotAddr, slotAddrVar), 0)
		case "full":
			b = g.val(b, origin, "", -1, p, g.spelling(slotAddrFull, slotAddrFullVar), 0)
		case "code":
			b = g.val(b, origin, "", -1, p, slotCode, 0)
		case "name2":
			b = g.val(b, origin, "", -1, q, slotName, 0)
		case "phone2":
			b = g.val(b, origin, "", -1, q, slotPhone, g.phoneFormat())
		case "order":
			b = appendOrderNo(b, g.d, r.intn(3000000))
		case "tracking":
			b = appendTracking(b, r, r.chance(0.5))
		case "price":
			b = appendPrice(b, products[r.intn(len(products))].price)
		case "cs":
			b = appendCSNumber(b, r)
		case "brn":
			b = appendBRN(b, r)
		case "date":
			b = appendDate(b, dayOf(max(0, g.o.day-r.intn(10))), '-')
		}
	}
	return b
}

// chat builds a TypeChat object: sessions until the size is reached. The
// language follows the customer.
func (g *objGen) chat() {
	r := g.r
	b := g.out
	for len(b) < int(g.o.size) {
		p := g.customer()
		q := g.pool.from(r, p.Country)
		lang := chatLangs[p.Country]
		clock := 9*3600 + r.intn(12*3600)
		agent := "A" + string(appendPad(nil, 100+r.intn(80), 3))
		b = append(b, lang.header...)
		b = appendPad(b, r.intn(10000000), 7)
		b = append(b, ' ')
		b = appendDate(b, g.d, '-')
		b = append(b, " ===\n"...)
		g.lab.commit(0)
		line := func(who string, t template) {
			clock += 5 + r.intn(90)
			b = append(b, '[')
			b = appendClock(b, clock%86400)
			b = append(b, "] "...)
			b = append(b, who...)
			b = append(b, ": "...)
			b = g.fill(b, 0, t, p, q)
			b = append(b, '\n')
			g.lab.commit(0)
		}
		line(lang.agent+agent, pick(r, lang.open))
		n := 3 + r.intn(8)
		for i := 0; i < n; i++ {
			if r.chance(0.6) {
				line(lang.customer, pick(r, lang.say))
			} else {
				line(lang.agent+agent, pick(r, lang.ask))
			}
			if p.Code != "" && r.chance(0.12) {
				line(lang.customer, pick(r, lang.codeSay))
			}
		}
		line(lang.agent+agent, pick(r, lang.close))
		b = append(b, '\n')
	}
	g.out = b
}
