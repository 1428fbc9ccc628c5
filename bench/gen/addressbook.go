package gen

// The CRM address book: one JSON object per line, with field names that
// vary by the system that wrote them (English, Korean, Japanese, Chinese,
// flat and nested).

// bookPart is one member of an address-book record: the literal JSON before
// its value, the value's JSON path (for labels) and what the value holds.
type bookPart struct {
	raw  string // literal JSON text before the value (keys, braces, commas)
	path string // JSON path of the value; "" for a non-personal value
	what col    // what the value is
	slot int    // the personal slot for cRecipient/cPhone/... (see bookValue)
}

// Each schema is a sequence of literal JSON fragments and values; a value
// of a person without an access code is written as "".
var bookSchemas = [][]bookPart{
	{
		{`{"customer_id":"C`, "", cOrderNo, 0},
		{`","name":`, "$.name", cRecipient, slotName},
		{`,"phone":`, "$.phone", cPhone, slotPhone},
		{`,"address":{"zip":`, "", cZip, 0},
		{`,"line1":`, "$.address.line1", cAddr, slotAddr},
		{`,"line2":`, "", cUnit, 0},
		{`},"door_code":`, "$.door_code", cCode, slotCode},
		{`,"grade":"VIP","created_at":`, "", cOrderedAt, 0},
		{`}`, "", 255, 0},
	},
	{
		{`{"고객번호":"`, "", cOrderNo, 0},
		{`","이름":`, "$.이름", cRecipient, slotName},
		{`,"휴대폰":`, "$.휴대폰", cPhone, slotPhone},
		{`,"주소":`, "$.주소", cAddrFull, slotAddrFull},
		{`,"공동현관비밀번호":`, "$.공동현관비밀번호", cCode, slotCode},
		{`,"메모":`, "$.메모", cMemo, 0},
		{`,"가입일":`, "", cOrderedAt, 0},
		{`}`, "", 255, 0},
	},
	{
		{`{"id":`, "", cQty, 0},
		{`,"customer_name":`, "$.customer_name", cRecipient, slotName},
		{`,"mobile":`, "$.mobile", cPhone, slotPhone},
		{`,"shipping_address":`, "$.shipping_address", cAddrFull, slotAddrFull},
		{`,"entrance_code":`, "$.entrance_code", cCode, slotCode},
		{`,"marketing_opt_in":true,"ltv_krw":`, "", cAmount, 0},
		{`}`, "", 255, 0},
	},
	{
		{`{"member_id":"M`, "", cOrderNo, 0},
		{`","profile":{"full_name":`, "$.profile.full_name", cRecipient, slotName},
		{`,"tier":"silver"},"contacts":[{"type":"mobile","tel":`, "$.contacts[0].tel", cPhone, slotPhone},
		{`}],"addresses":[{"label":"home","addr":`, "$.addresses[0].addr", cAddrFull, slotAddrFull},
		{`,"gate_code":`, "$.addresses[0].gate_code", cCode, slotCode},
		{`}]}`, "", 255, 0},
	},
	{
		{`{"顧客ID":"`, "", cOrderNo, 0},
		{`","氏名":`, "$.氏名", cRecipient, slotName},
		{`,"電話番号":`, "$.電話番号", cPhone, slotPhone},
		{`,"住所":`, "$.住所", cAddrFull, slotAddrFull},
		{`,"オートロック番号":`, "$.オートロック番号", cCode, slotCode},
		{`}`, "", 255, 0},
	},
	{
		{`{"會員編號":"`, "", cOrderNo, 0},
		{`","姓名":`, "$.姓名", cRecipient, slotName},
		{`,"手機":`, "$.手機", cPhone, slotPhone},
		{`,"地址":`, "$.地址", cAddrFull, slotAddrFull},
		{`,"大門密碼":`, "$.大門密碼", cCode, slotCode},
		{`}`, "", 255, 0},
	},
}

// bookCountry is the country whose people a schema's file mostly holds.
var bookCountry = []string{"", "KR", "", "", "JP", "TW"}

// addressBook builds a TypeAddressBook object.
func (g *objGen) addressBook() {
	r := g.r
	si := r.intn(len(bookSchemas))
	if r.chance(0.5) {
		si = 1 // the Korean CRM is the main one
	}
	schema := bookSchemas[si]
	country := bookCountry[si]
	b := g.out
	start := len(b)
	for row := int64(0); len(b)-start < int(g.o.size); row++ {
		p := g.customer()
		if country != "" && r.chance(0.8) {
			p = g.pool.from(r, country)
		}
		for _, part := range schema {
			b = append(b, part.raw...)
			if part.what == 255 {
				continue
			}
			cell := g.cell[:0]
			quoted := true
			switch part.what {
			case cRecipient, cPhone, cAddr, cAddrFull, cCode:
				pf := 0
				if part.what == cPhone {
					pf = g.phoneFormat()
				}
				cell = g.val(cell, 0, part.path, row, p, part.slot, pf)
			case cMemo:
				cell = g.memo(cell, 0, part.path, row, p)
			case cZip:
				cell = append(cell, p.Zip...)
			case cUnit:
				cell = append(cell, p.Unit...)
			case cOrderNo:
				cell = appendPad(cell, 1000000+p.ID, 8)
				quoted = false // inside a literal string already
			case cOrderedAt:
				cell = appendDate(cell, dayOf(r.intn(estateDays)), '-')
			case cQty:
				cell = appendPad(cell, 1000000+p.ID, 1)
				quoted = false
			case cAmount:
				cell = appendPad(cell, r.intn(5000000), 1)
				quoted = false
			}
			if quoted {
				b = appendJSONString(b, cell) // values hold no escapes: offsets stay valid
			} else {
				b = append(b, cell...)
			}
			g.cell = cell
		}
		b = append(b, '\n')
		g.lab.commit(0)
	}
	g.out = b
}
