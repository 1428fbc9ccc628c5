package gen

import (
	"bytes"

	"github.com/parquet-go/parquet-go"
)

// lakeOrder is one row of the data lake's order table. Column names are
// the parquet tags; the personal columns are recipient_name,
// recipient_phone (E.164 or dashed), shipping_address and delivery_memo.
type lakeOrder struct {
	OrderID         string `parquet:"order_id"`
	OrderedAt       int64  `parquet:"ordered_at,timestamp(millisecond)"`
	CustomerID      int64  `parquet:"customer_id"`
	RecipientName   string `parquet:"recipient_name"`
	RecipientPhone  string `parquet:"recipient_phone"`
	ShippingAddress string `parquet:"shipping_address"`
	DeliveryMemo    string `parquet:"delivery_memo,optional"`
	Country         string `parquet:"country,dict"`
	SKU             string `parquet:"sku"`
	ProductName     string `parquet:"product_name,dict"`
	Qty             int32  `parquet:"qty"`
	UnitPrice       int64  `parquet:"unit_price"`
	Total           int64  `parquet:"total"`
	Status          string `parquet:"status,dict"`
	TrackingNo      string `parquet:"tracking_no"`
	SellerBRN       string `parquet:"seller_brn"`
}

var lakeStatuses = []string{"PAID", "SHIPPED", "DELIVERED", "DELIVERED", "DELIVERED", "CANCELLED", "RETURNED"}

// lake builds a TypeLake object: rows in batches until the writer's size
// estimate reaches the target; row groups of at most 50,000 rows.
func (g *objGen) lake() error {
	r := g.r
	buf := bytes.NewBuffer(g.out[:0])
	w := parquet.NewGenericWriter[lakeOrder](buf,
		parquet.Compression(&parquet.Snappy),
		parquet.MaxRowsPerRowGroup(50000),
		parquet.CreatedBy("exposure-gen", "1", ""),
	)
	batch := make([]lakeOrder, 256)
	var row int64
	base := g.d.t.UnixMilli()
	phoneFmt := phE164
	if r.chance(0.3) {
		phoneFmt = phDash
	}
	for w.Size() < g.o.size {
		for i := range batch {
			p := g.customer()
			pr := &products[r.intn(len(products))]
			qty := 1 + r.intn(3)*r.intn(2)
			var cell []byte
			cell = g.val(cell, 0, "recipient_name", row, p, slotName, 0)
			name := string(cell)
			cell = g.val(cell[:0], 0, "recipient_phone", row, p, slotPhone, phoneFmt)
			phone := string(cell)
			cell = g.val(cell[:0], 0, "shipping_address", row, p, slotAddrFull, 0)
			addr := string(cell)
			cell = g.memo(cell[:0], 0, "delivery_memo", row, p)
			memo := string(cell)
			o := lakeOrder{
				OrderID:         string(appendOrderNo(nil, g.d, r.intn(3000000))),
				OrderedAt:       base + int64(r.intn(86400000)),
				CustomerID:      int64(1000000 + p.ID),
				RecipientName:   name,
				RecipientPhone:  phone,
				ShippingAddress: addr,
				DeliveryMemo:    memo,
				Country:         p.Country,
				SKU:             string(appendPad([]byte("SKU-"), r.intn(100000), 6)),
				ProductName:     pr.name,
				Qty:             int32(qty),
				UnitPrice:       int64(pr.price),
				Total:           int64(pr.price * qty),
				Status:          pick(r, lakeStatuses),
				TrackingNo:      string(appendTracking(nil, r, false)),
				SellerBRN:       string(appendBRN(nil, r)),
			}
			batch[i] = o
			g.lab.commit(0)
			row++
		}
		if _, err := w.Write(batch); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	g.out = buf.Bytes()
	return nil
}
