package gen

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// lakeZstd is the codec of .zstd.parquet objects: Spark's default level is
// slower than the estate needs, the fastest level is as common in practice.
var lakeZstd = &zstd.Codec{Level: zstd.SpeedFastest}

// lakeCodec is the compression of a lake object, named by its key.
func lakeCodec(key string) compress.Codec {
	if strings.HasSuffix(key, ".zstd.parquet") {
		return lakeZstd
	}
	return &parquet.Snappy
}

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
		parquet.Compression(lakeCodec(g.o.key)),
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
			// One fresh buffer per row holds its strings: it is never
			// reused, so the strings made from it stay valid.
			rb := make([]byte, 0, 256)
			str := func(from int) string { return unsafe.String(&rb[from], len(rb)-from) }
			var name, phone, addr, memo, id, sku, tracking, brn string
			n := len(rb)
			rb = g.val(rb, n, "recipient_name", row, p, slotName, 0)
			name = str(n)
			n = len(rb)
			rb = g.val(rb, n, "recipient_phone", row, p, slotPhone, phoneFmt)
			phone = str(n)
			n = len(rb)
			rb = g.val(rb, n, "shipping_address", row, p, slotAddrFull, 0)
			addr = str(n)
			n = len(rb)
			rb = g.memo(rb, n, "delivery_memo", row, p)
			if len(rb) > n {
				memo = str(n)
			}
			n = len(rb)
			rb = appendOrderNo(rb, g.d, r.intn(3000000))
			id = str(n)
			n = len(rb)
			rb = appendPad(append(rb, "SKU-"...), r.intn(100000), 6)
			sku = str(n)
			n = len(rb)
			rb = appendTracking(rb, r, false)
			tracking = str(n)
			n = len(rb)
			rb = appendBRN(rb, r)
			brn = str(n)
			o := lakeOrder{
				OrderID:         id,
				OrderedAt:       base + int64(r.intn(86400000)),
				CustomerID:      int64(1000000 + p.ID),
				RecipientName:   name,
				RecipientPhone:  phone,
				ShippingAddress: addr,
				DeliveryMemo:    memo,
				Country:         p.Country,
				SKU:             sku,
				ProductName:     pr.name,
				Qty:             int32(qty),
				UnitPrice:       int64(pr.price),
				Total:           int64(pr.price * qty),
				Status:          pick(r, lakeStatuses),
				TrackingNo:      tracking,
				SellerBRN:       brn,
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
