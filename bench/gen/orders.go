package gen

// Order exports: the CSV files an e-commerce back office writes for
// couriers and accountants. Four layouts with Korean and English headers;
// recipients, phones, addresses, codes and memos carry personal data,
// order numbers, tracking numbers, prices and BRNs are hard negatives.

type col uint8

const (
	cOrderNo col = iota
	cOrderedAt
	cProduct
	cSKU
	cOption
	cQty
	cPrice
	cAmount
	cOrderer
	cRecipient
	cPhone
	cZip
	cAddrFull
	cAddr
	cUnit
	cMemo
	cTracking
	cBRN
	cCode
	cCourier
)

type csvLayout struct {
	header []string
	cols   []col
}

var orderLayouts = []csvLayout{
	{
		[]string{"주문번호", "주문일시", "상품명", "수량", "판매가", "주문자명", "수령인", "수령인연락처", "우편번호", "배송지", "배송메모", "운송장번호"},
		[]col{cOrderNo, cOrderedAt, cProduct, cQty, cPrice, cOrderer, cRecipient, cPhone, cZip, cAddrFull, cMemo, cTracking},
	},
	{
		[]string{"order_no", "ordered_at", "product_name", "sku", "qty", "unit_price", "recipient", "phone", "zip", "address", "delivery_memo", "tracking_no", "seller_brn"},
		[]col{cOrderNo, cOrderedAt, cProduct, cSKU, cQty, cPrice, cRecipient, cPhone, cZip, cAddrFull, cMemo, cTracking, cBRN},
	},
	{
		[]string{"주문번호", "상품명", "옵션", "수량", "결제금액", "받는분", "받는분 전화번호", "받는분 주소", "상세주소", "배송요청사항", "사업자등록번호"},
		[]col{cOrderNo, cProduct, cOption, cQty, cAmount, cRecipient, cPhone, cAddr, cUnit, cMemo, cBRN},
	},
	{
		[]string{"order_id", "created_at", "customer_name", "customer_phone", "shipping_address", "shipping_address2", "entrance_code", "qty", "amount_krw", "courier", "tracking"},
		[]col{cOrderNo, cOrderedAt, cRecipient, cPhone, cAddr, cUnit, cCode, cQty, cAmount, cCourier, cTracking},
	},
}

var (
	options  = []string{"기본", "화이트 / M", "블랙 / L", "1+1", "대용량", "선물포장"}
	couriers = []string{"CJ대한통운", "한진택배", "롯데택배", "우체국택배", "로젠택배"}
)

// orderCSV appends an order export of about target bytes to b: header, then
// rows until the size is reached. The layout is chosen per file.
func (g *objGen) orderCSV(b []byte, target int, lay *csvLayout, bom bool) []byte {
	start := len(b)
	if bom {
		b = append(b, 0xEF, 0xBB, 0xBF)
	}
	for i, h := range lay.header {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, h...)
	}
	b = append(b, '\n')
	seq := g.r.intn(2000000)
	for row := int64(0); len(b)-start < target; row++ {
		b = g.orderRow(b, lay, row, seq+int(row))
		b = append(b, '\n')
		g.lab.commit(0)
	}
	return b
}

// orderRow appends one data row (without the line end).
func (g *objGen) orderRow(b []byte, lay *csvLayout, row int64, seq int) []byte {
	r := g.r
	orderer := g.customer()
	rcpt := orderer
	if r.chance(0.2) {
		rcpt = g.pool.from(r, orderer.Country) // a gift to someone else
	}
	pr := &products[r.intn(len(products))]
	qty := 1 + r.intn(3)*r.intn(2)
	for i, c := range lay.cols {
		if i > 0 {
			b = append(b, ',')
		}
		field := lay.header[i]
		start := len(b) // the cell is written in place and quoted after if need be
		cell := b
		switch c {
		case cOrderNo:
			cell = appendOrderNo(cell, g.d, seq)
		case cOrderedAt:
			cell = appendDate(cell, g.d, '-')
			cell = append(cell, ' ')
			cell = appendClock(cell, r.intn(86400))
		case cProduct:
			cell = append(cell, pr.name...)
		case cSKU:
			cell = append(cell, "SKU-"...)
			cell = appendPad(cell, r.intn(100000), 6)
		case cOption:
			cell = append(cell, pick(r, options)...)
		case cQty:
			cell = appendPad(cell, qty, 1)
		case cPrice:
			cell = appendPad(cell, pr.price, 1)
		case cAmount:
			cell = appendPad(cell, pr.price*qty+pick(r, []int{0, 0, 3000, 2500}), 1)
		case cOrderer:
			cell = g.val(cell, start, field, row, orderer, slotName, 0)
		case cRecipient:
			cell = g.val(cell, start, field, row, rcpt, slotName, 0)
		case cPhone:
			cell = g.val(cell, start, field, row, rcpt, slotPhone, g.phoneFormat())
		case cZip:
			cell = append(cell, rcpt.Zip...)
		case cAddrFull:
			cell = g.val(cell, start, field, row, rcpt, slotAddrFull, 0)
		case cAddr:
			cell = g.val(cell, start, field, row, rcpt, slotAddr, 0)
		case cUnit:
			cell = append(cell, rcpt.Unit...)
		case cMemo:
			cell = g.memo(cell, start, field, row, rcpt)
		case cTracking:
			cell = appendTracking(cell, r, r.chance(0.3))
		case cBRN:
			cell = appendBRN(cell, r)
		case cCode:
			cell = g.val(cell, start, field, row, rcpt, slotCode, 0)
		case cCourier:
			cell = append(cell, pick(r, couriers)...)
		}
		b = cell
		if needsQuote(b[start:]) {
			g.cell = append(g.cell[:0], b[start:]...)
			b = appendCSVCell(b[:start], g.cell)
		}
	}
	return b
}

// orders builds a TypeOrdersCSV object.
func (g *objGen) orders() {
	lay := &orderLayouts[g.r.intn(len(orderLayouts))]
	bom := lay.header[0] == "주문번호" && g.r.chance(0.5)
	g.out = g.orderCSV(g.out, int(g.o.size), lay, bom)
}
