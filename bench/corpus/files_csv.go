package corpus

// countryMix picks a country: Korean heaviest, as in a Korean shop's data.
func (g *gen) countryMix() string {
	return []string{"KR", "JP", "TW", "US"}[g.r.weighted([]int{40, 20, 20, 20})]
}

// doorColumn is an access-code cell: a code, a "no code" note, or empty.
func (g *gen) doorColumn(country string, pct int) *text {
	switch n := g.r.intn(100); {
	case n < pct:
		return g.doorCell(country)
	case n < pct+(100-pct)*2/3:
		return negCell(negDoorNone, pick(g.r, noCode[country]))
	default:
		return nil
	}
}

// maybe returns t with probability pct/100, else nil (an empty cell).
func (g *gen) maybe(pct int, t func() *text) *text {
	if g.r.chance(pct) {
		return t()
	}
	return nil
}

func (g *gen) negCellOf(cat, country string) *text { return negCell(cat, g.negative(cat, country)) }

func (c *Corpus) krOrders() {
	const name = "kr_orders.csv"
	g := c.gen(name)
	header := []string{"주문번호", "주문일시", "주문자", "주문자 연락처", "수령인", "수령인 휴대폰", "우편번호", "배송지 주소",
		"공동현관 비밀번호", "배송메모", "상품명", "수량", "결제금액", "카드번호", "승인번호"}
	var rows [][]*text
	for range 62 {
		buyer := g.krName()
		recv := buyer
		if g.r.chance(40) {
			recv = g.krName()
		}
		addr := g.krAddress()
		rows = append(rows, []*text{
			g.negCellOf(negOrder, "KR"),
			g.negCellOf(negTimestamp, "KR"),
			cell(Name, "KR", buyer),
			cell(Phone, "KR", g.krPhone()),
			cell(Name, "KR", recv),
			cell(Phone, "KR", g.krMobile()),
			negCell(negPostal, g.zip),
			cell(Address, "KR", addr),
			g.doorColumn("KR", 65),
			g.maybe(55, func() *text { return g.fillText(pick(g.r, koMemos), "KR") }),
			g.negCellOf(negProduct, "KR"),
			negCell(negQty, itoa(g.r.between(1, 5))),
			g.negCellOf(negPrice, "KR"),
			g.negCellOf(negCard, "KR"),
			g.negCellOf(negApproval, "KR"),
		})
	}
	c.addCSV(name, header, rows)
}

func (c *Corpus) krMembers() {
	const name = "kr_members.csv"
	g := c.gen(name)
	header := []string{"회원번호", "성명", "생년월일", "휴대전화", "이메일", "주소", "가입일", "사업자등록번호", "환불계좌", "마케팅수신", "최근접속IP"}
	var rows [][]*text
	for range 40 {
		rows = append(rows, []*text{
			g.negCellOf(negCustomerNo, "KR"),
			cell(Name, "KR", g.krName()),
			g.negCellOf(negDate, "KR"),
			cell(Phone, "KR", g.krMobile()),
			g.negCellOf(negEmail, "KR"),
			cell(Address, "KR", g.krAddress()),
			g.negCellOf(negDate, "KR"),
			g.maybe(30, func() *text { return g.negCellOf(negBizNo, "KR") }),
			g.maybe(60, func() *text {
				return new(text).lit(pick(g.r, f(`국민 신한 우리 하나 농협 기업 카카오뱅크`))+" ").neg(negBank, g.bankAccount("KR"))
			}),
			plain(pick(g.r, []string{"Y", "N"})),
			g.negCellOf(negIP, "KR"),
		})
	}
	c.addCSV(name, header, rows)
}

// opaqueExport has meaningless headers: detectors get no column hint.
func (c *Corpus) opaqueExport() {
	const name = "opaque_export.csv"
	g := c.gen(name)
	header := []string{"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"}
	var rows [][]*text
	for range 70 {
		cc := g.countryMix()
		var door *text
		switch n := g.r.intn(100); {
		case n < 60:
			door = new(text)
			g.door(door, cc)
		case n < 80:
			door = negCell(negDoorNone, pick(g.r, doorNoneText[cc]))
		}
		var memo *text
		switch n := g.r.intn(100); {
		case n < 40:
			memo = g.fillText(pick(g.r, memosOf(cc)), cc)
		case n < 80:
			memo = g.negCellOf(pick(g.r, []string{negOrder, negTracking, negBank, negBizNo, negVersion, negISBN, negRRN, negSKU}), cc)
		}
		rows = append(rows, []*text{
			g.negCellOf(negCustomerNo, cc),
			cell(Name, cc, g.name(cc)),
			cell(Phone, cc, g.phone(cc)),
			cell(Address, cc, g.address(cc)),
			door,
			g.negCellOf(negDate, cc),
			g.negCellOf(negPrice, cc),
			memo,
		})
	}
	c.addCSV(name, header, rows)
}

func memosOf(country string) []string {
	switch country {
	case "KR":
		return koMemos
	case "JP":
		return jaMemos
	case "TW":
		return twMemos
	default:
		return enNotes
	}
}

func (c *Corpus) usCustomers() {
	const name = "us_customers.csv"
	g := c.gen(name)
	header := []string{"customer_id", "first_name", "last_name", "email", "phone", "street", "city", "state", "zip", "gate_code", "notes", "created_at"}
	var rows [][]*text
	for range 55 {
		city := pick(g.r, usCities)
		first, last := g.usFirstLast()
		rows = append(rows, []*text{
			g.negCellOf(negCustomerNo, "US"),
			cell(Name, "US", first),
			cell(Name, "US", last),
			g.negCellOf(negEmail, "US"),
			cell(Phone, "US", g.usPhone()),
			cell(Address, "US", g.usStreet(city)),
			negCell(negPlace, city.city),
			plain(city.state),
			negCell(negPostal, g.usZip(city)),
			g.doorColumn("US", 50),
			g.maybe(45, func() *text { return g.fillText(pick(g.r, enNotes), "US") }),
			g.negCellOf(negTimestamp, "US"),
		})
	}
	c.addCSV(name, header, rows)
}

func (c *Corpus) jpOrders() {
	const name = "jp_orders.csv"
	g := c.gen(name)
	header := []string{"注文番号", "注文日", "氏名", "フリガナ", "電話番号", "郵便番号", "住所", "オートロック番号", "備考", "合計金額"}
	var rows [][]*text
	for range 55 {
		kanji, kana := g.jpNameWithKana()
		addr := g.jpAddress()
		zip := new(text)
		if g.r.chance(40) {
			zip.lit("〒")
		}
		zip.neg(negPostal, g.zip)
		rows = append(rows, []*text{
			g.negCellOf(negOrder, "JP"),
			g.negCellOf(negDate, "JP"),
			cell(Name, "JP", kanji),
			cell(Name, "JP", kana),
			cell(Phone, "JP", g.jpPhone()),
			zip,
			cell(Address, "JP", addr),
			g.doorColumn("JP", 55),
			g.maybe(40, func() *text { return g.fillText(pick(g.r, jaMemos), "JP") }),
			g.negCellOf(negPrice, "JP"),
		})
	}
	c.addCSV(name, header, rows)
}

func (c *Corpus) twOrders() {
	const name = "tw_orders.csv"
	g := c.gen(name)
	header := []string{"訂單編號", "下單時間", "收件人", "手機", "地址", "大門密碼", "備註", "金額", "統一編號", "發票號碼"}
	var rows [][]*text
	for range 55 {
		a := g.twAddress()
		addr := new(text)
		if g.r.chance(35) {
			addr.neg(negPostal, g.zip)
		}
		addr.pos(Address, "TW", a)
		rows = append(rows, []*text{
			g.negCellOf(negOrder, "TW"),
			g.negCellOf(negTimestamp, "TW"),
			cell(Name, "TW", g.twName()),
			cell(Phone, "TW", g.twPhone()),
			addr,
			g.doorColumn("TW", 55),
			g.maybe(40, func() *text { return g.fillText(pick(g.r, twMemos), "TW") }),
			g.negCellOf(negPrice, "TW"),
			g.maybe(40, func() *text { return g.negCellOf(negTWBiz, "TW") }),
			g.negCellOf(negInvoice, "TW"),
		})
	}
	c.addCSV(name, header, rows)
}

// products is a catalogue whose "name" column holds product names.
func (c *Corpus) products() {
	const name = "products.csv"
	g := c.gen(name)
	header := []string{"name", "brand", "category", "price", "barcode", "model", "stock", "updated_at"}
	var rows [][]*text
	for range 45 {
		cc := g.countryMix()
		rows = append(rows, []*text{
			g.negCellOf(negProduct, cc),
			g.negCellOf(negCompany, cc),
			plain(pick(g.r, f(`식품 가전 생활용품 뷰티 도서 食品 家電 生活用品 Electronics Grocery Books`))),
			g.negCellOf(negPrice, cc),
			g.negCellOf(negSKU, cc),
			g.negCellOf(negModel, cc),
			negCell(negQty, itoa(g.r.between(0, 999))),
			g.negCellOf(negTimestamp, cc),
		})
	}
	c.addCSV(name, header, rows)
}

// opsMetrics is operational data with no personal data at all.
func (c *Corpus) opsMetrics() {
	const name = "ops_metrics.csv"
	g := c.gen(name)
	header := []string{"ts", "host", "ip", "port", "version", "latency_ms", "status", "request_id", "trace_id", "user_agent", "order_no", "tracking_no"}
	var rows [][]*text
	for range 50 {
		rows = append(rows, []*text{
			g.negCellOf(negTimestamp, "KR"),
			plain("api-" + itoa(g.r.between(1, 12)) + ".prod.internal"),
			g.negCellOf(negIP, "KR"),
			g.negCellOf(negPort, "KR"),
			g.negCellOf(negVersion, "KR"),
			negCell(negDuration, itoa(g.r.between(1, 4000))),
			plain(pick(g.r, f(`200 200 200 201 204 301 404 500 503`))),
			g.negCellOf(negUUID, "KR"),
			g.negCellOf(negHex, "KR"),
			g.negCellOf(negUA, "KR"),
			g.negCellOf(negOrder, "KR"),
			g.negCellOf(negTracking, "KR"),
		})
	}
	c.addCSV(name, header, rows)
}
