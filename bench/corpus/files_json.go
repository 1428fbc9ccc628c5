package corpus

// ordersJSON is an array of nested order documents, mixed countries. The
// items' "name" is a product name: a column hint that must not be trusted.
func (c *Corpus) ordersJSON() {
	const name = "orders.json"
	g := c.gen(name)
	var docs []any
	for range 40 {
		cc := g.countryMix()
		var items []any
		for range g.r.between(1, 3) {
			items = append(items, obj(
				"sku", g.negCellOf(negSKU, cc),
				"name", g.negCellOf(negProduct, cc),
				"qty", jnum{negCell(negQty, itoa(g.r.between(1, 4)))},
				"price", g.negCellOf(negPrice, cc),
			))
		}
		var door *text
		if n := g.r.intn(100); n < 50 {
			door = g.doorCell(cc)
		} else if n < 70 {
			door = negCell(negDoorNone, pick(g.r, noCode[cc]))
		}
		buyer := g.name(cc)
		recv := buyer
		if g.r.chance(40) {
			recv = g.name(cc)
		}
		addr := g.address(cc)
		docs = append(docs, obj(
			"order_id", g.negCellOf(negOrder, cc),
			"created_at", g.negCellOf(negTimestamp, cc),
			"status", pick(g.r, f(`paid shipped delivered cancelled`)),
			"customer", obj(
				"id", g.negCellOf(negCustomerNo, cc),
				"name", cell(Name, cc, buyer),
				"phone", cell(Phone, cc, g.phone(cc)),
				"email", g.negCellOf(negEmail, cc),
			),
			"shipping", obj(
				"recipient", cell(Name, cc, recv),
				"tel", cell(Phone, cc, g.phone(cc)),
				"zip", negCell(negPostal, g.zip),
				"address", cell(Address, cc, addr),
				"door_code", door,
				"memo", g.maybe(50, func() *text { return g.fillText(pick(g.r, memosOf(cc)), cc) }),
			),
			"items", items,
			"payment", obj(
				"method", pick(g.r, f(`card card transfer paypay linepay`)),
				"card", g.negCellOf(negCard, cc),
				"approval_no", g.negCellOf(negApproval, cc),
				"amount", jnum{negCell(negPrice, itoa(g.r.between(10, 5000)*100))},
			),
		))
	}
	c.addJSON(name, docs)
}

// eventsNDJSON is an event log, one JSON object per line: mostly noise, a
// few events carrying personal data under various keys.
func (c *Corpus) eventsNDJSON() {
	const name = "events.ndjson"
	g := c.gen(name)
	var lines []any
	for range 120 {
		cc := g.countryMix()
		ts := g.negCellOf(negTimestamp, cc)
		var ev jobj
		switch g.r.intn(10) {
		case 0, 1, 2:
			ev = obj("ts", ts, "level", "INFO", "svc", "checkout", "msg", "payment approved",
				"order_id", g.negCellOf(negOrder, cc), "amount", jnum{negCell(negPrice, itoa(g.r.between(10, 900)*100))},
				"ip", g.negCellOf(negIP, cc), "ua", g.negCellOf(negUA, cc))
		case 3:
			addr := g.address(cc)
			ev = obj("ts", ts, "level", "WARN", "svc", "address-validator", "msg", "address not normalised",
				"input", obj("addr", cell(Address, cc, addr), "zip", negCell(negPostal, g.zip)),
				"user", obj("id", g.negCellOf(negCustomerNo, cc)))
		case 4:
			ev = obj("ts", ts, "event", "sms.sent", "to", cell(Phone, cc, g.phone(cc)), "template", "DELIVERY_DONE",
				"vars", obj("name", cell(Name, cc, g.name(cc)), "tracking", g.negCellOf(negTracking, cc)))
		case 5:
			ev = obj("ts", ts, "event", "profile.updated", "user", g.negCellOf(negCustomerNo, cc),
				"changes", []any{
					obj("field", "phone", "old", g.negCellOf(negMaskPhone, cc), "new", cell(Phone, cc, g.phone(cc))),
					obj("field", "marketing_opt_in", "old", false, "new", true),
				})
		case 6:
			ev = obj("ts", ts, "event", "door_code.updated", "user", g.negCellOf(negCustomerNo, cc),
				"payload", obj("entrance_code", g.doorCell(cc), "building", g.negCellOf(negRegion, cc)))
		case 7:
			ev = obj("ts", ts, "level", "DEBUG", "svc", "deploy", "version", g.negCellOf(negVersion, cc),
				"commit", g.negCellOf(negHex, cc), "took_ms", jnum{negCell(negDuration, itoa(g.r.between(100, 90000)))})
		case 8:
			ev = obj("ts", ts, "event", "review.posted", "product", g.negCellOf(negProduct, cc),
				"rating", g.r.between(1, 5), "body", g.fillText(pick(g.r, koReviews), "KR"))
		default:
			ev = obj("ts", ts, "event", "delivery.memo", "order_id", g.negCellOf(negOrder, cc),
				"memo", g.fillText(pick(g.r, memosOf(cc)), cc))
		}
		lines = append(lines, ev)
	}
	c.addNDJSON(name, lines)
}

// ticketsJSON is one document holding support tickets with message arrays.
func (c *Corpus) ticketsJSON() {
	const name = "cs_tickets.json"
	g := c.gen(name)
	var tickets []any
	for range 40 {
		cc := g.countryMix()
		var msgs []any
		for range g.r.between(2, 4) {
			var body *text
			switch g.r.intn(3) {
			case 0:
				body = g.fillText(pick(g.r, memosOf(cc)), cc)
			case 1:
				body = g.fillText(pick(g.r, ticketLines[cc]), cc)
			default:
				body = g.fillText(pick(g.r, ticketAgentLines[cc]), cc)
			}
			msgs = append(msgs, obj("from", pick(g.r, f(`customer agent`)), "at", g.negCellOf(negTimestamp, cc), "text", body))
		}
		tickets = append(tickets, obj(
			"id", g.negCellOf(negCustomerNo, cc),
			"channel", pick(g.r, f(`chat email phone kakao line`)),
			"lang", map[string]string{"KR": "ko", "JP": "ja", "TW": "zh-TW", "US": "en"}[cc],
			"customer", obj("name", cell(Name, cc, g.name(cc)), "contact", cell(Phone, cc, g.phone(cc))),
			"messages", msgs,
		))
	}
	c.addJSON(name, obj("exported_at", negCell(negTimestamp, "2024-03-31T23:59:59+09:00"), "count", len(tickets), "tickets", tickets))
}

var ticketLines = map[string][]string{
	"KR": {"주소 변경: {addr}", "연락처 {phone} 로 바꿔주세요", "{door} 추가해주세요", "주문번호 {-order_no} 취소요", "{=surname_word:정말} 감사합니다"},
	"JP": {"住所変更：{addr}", "電話番号を{phone}に変更してください", "{door}", "注文番号 {-order_no} をキャンセルしたいです"},
	"TW": {"地址改為：{addr}", "電話改成 {phone}", "{door}", "訂單 {-order_no} 取消"},
	"US": {"New address: {addr}", "Please update my phone to {phone}", "{door}", "Cancel order {-order_no} please"},
}

var ticketAgentLines = map[string][]string{
	"KR": {"상담원 {name}입니다. 처리 완료되었습니다.", "송장번호 {-tracking_no} 로 발송되었습니다.", "환불 {-price} 처리되었습니다."},
	"JP": {"担当の{name}です。対応いたしました。", "追跡番号 {-tracking_no} で発送しました。"},
	"TW": {"客服{name}為您服務，已處理完成。", "已寄出，追蹤碼 {-tracking_no}。"},
	"US": {"This is {name} from support, all done.", "Shipped with tracking {-tracking_no}."},
}

// profilesNDJSON has keys in the customer's language and nested addresses.
func (c *Corpus) profilesNDJSON() {
	const name = "profiles.ndjson"
	g := c.gen(name)
	var lines []any
	for range 70 {
		cc := g.countryMix()
		id := g.negCellOf(negCustomerNo, cc)
		var p jobj
		switch cc {
		case "KR":
			addr := g.krAddress()
			p = obj("회원ID", id, "이름", cell(Name, cc, g.krName()), "연락처", cell(Phone, cc, g.krPhone()),
				"주소", obj("우편번호", negCell(negPostal, g.zip), "도로명", cell(Address, cc, addr)),
				"공동현관", g.doorColumn(cc, 60), "가입일", g.negCellOf(negDate, cc))
		case "JP":
			kanji, kana := g.jpNameWithKana()
			addr := g.jpAddress()
			p = obj("会員ID", id, "氏名", cell(Name, cc, kanji), "カナ", cell(Name, cc, kana), "電話", cell(Phone, cc, g.jpPhone()),
				"住所", obj("郵便番号", negCell(negPostal, g.zip), "全文", cell(Address, cc, addr)),
				"オートロック", g.doorColumn(cc, 55), "登録日", g.negCellOf(negDate, cc))
		case "TW":
			p = obj("會員編號", id, "姓名", cell(Name, cc, g.twName()), "手機", cell(Phone, cc, g.twPhone()),
				"地址", cell(Address, cc, g.twAddress()), "門禁", g.doorColumn(cc, 55), "統一編號", g.maybe(30, func() *text { return g.negCellOf(negTWBiz, cc) }))
		default:
			p = obj("id", id, "profile", obj("full_name", cell(Name, cc, g.usName()), "phones", []any{cell(Phone, cc, g.usPhone()), cell(Phone, cc, g.usPhone())}),
				"addresses", []any{obj("type", "home", "line", cell(Address, cc, g.usAddress())), obj("type", "work", "line", cell(Address, cc, g.usAddress()))},
				"gate_code", g.doorColumn(cc, 50), "ssn_last4", negCell(negSSN, g.r.digits(4, '0')))
		}
		lines = append(lines, p)
	}
	c.addNDJSON(name, lines)
}
