package gen

import (
	"encoding/binary"
	"hash/crc32"
)

// Non-personal objects. They are full of numbers shaped like phones,
// codes and dates (counters, revenue, BRNs, customer-centre numbers, IPs),
// so a detector that fires on them shows up as a false positive.

var metricHosts = []string{"web-01", "web-02", "api-01", "api-02", "batch-01", "db-replica-1"}

// metrics builds a TypeMetrics object.
func (g *objGen) metrics() {
	r := g.r
	b := append(g.out, "ts,host,ip,service,requests,errors,p50_ms,p99_ms,cpu_pct,mem_mb,revenue_krw\n"...)
	for s := 0; len(b) < int(g.o.size); s = (s + 60) % 86400 {
		b = appendDate(b, g.d, '-')
		b = append(b, ' ')
		b = appendClock(b, s)
		b = append(b, ',')
		b = append(b, pick(r, metricHosts)...)
		b = append(b, ',')
		b = appendIP(b, r)
		b = append(b, ',')
		b = append(b, pick(r, logSvcs)...)
		b = append(b, ',')
		b = appendPad(b, r.intn(200000), 1)
		b = append(b, ',')
		b = appendPad(b, r.intn(300), 1)
		b = append(b, ',')
		b = appendPad(b, 3+r.intn(40), 1)
		b = append(b, ',')
		b = appendPad(b, 80+r.intn(2000), 1)
		b = append(b, ',')
		b = appendPad(b, r.intn(100), 1)
		b = append(b, '.')
		b = appendPad(b, r.intn(10), 1)
		b = append(b, ',')
		b = appendPad(b, 512+r.intn(15000), 1)
		b = append(b, ',')
		b = appendPad(b, r.intn(90000000000), 1) // up to 11 digits, like 01012345678
		b = append(b, '\n')
	}
	g.out = b
}

// catalog builds a TypeCatalog object: a JSON array of products.
func (g *objGen) catalog() {
	r := g.r
	b := append(g.out, "[\n"...)
	for i := 0; len(b) < int(g.o.size); i++ {
		if i > 0 {
			b = append(b, ",\n"...)
		}
		pr := &products[r.intn(len(products))]
		b = append(b, `  {"sku":"SKU-`...)
		b = appendPad(b, r.intn(100000), 6)
		b = append(b, `","name":`...)
		b = appendJSONString(b, pr.name)
		b = append(b, `,"brand":`...)
		b = appendJSONString(b, pr.brand)
		b = append(b, `,"category":`...)
		b = appendJSONString(b, pr.category)
		b = append(b, `,"price":`...)
		b = appendPad(b, pr.price, 1)
		b = append(b, `,"sale_price":`...)
		b = appendPad(b, pr.price*(70+r.intn(30))/100/10*10, 1)
		b = append(b, `,"stock":`...)
		b = appendPad(b, r.intn(5000), 1)
		b = append(b, `,"barcode":"880`...)
		b = appendPad(b, r.intn(1000000000), 10)
		b = append(b, `","seller":{"company":"(주)한빛커머스","brn":"`...)
		b = appendBRN(b, r)
		b = append(b, `","cs_phone":"`...)
		b = appendCSNumber(b, r)
		b = append(b, `"},"updated_at":"`...)
		b = appendDate(b, g.d, '-')
		b = append(b, `"}`...)
	}
	g.out = append(b, "\n]\n"...)
}

// config builds a TypeConfig object: a service's YAML configuration.
func (g *objGen) config() {
	r := g.r
	b := g.out
	for i := 0; len(b) < int(g.o.size); i++ {
		b = append(b, "service:\n  name: "...)
		b = append(b, pick(r, logSvcs)...)
		b = append(b, "\n  port: "...)
		b = appendPad(b, 8000+r.intn(1000), 1)
		b = append(b, "\n  replicas: "...)
		b = appendPad(b, 1+r.intn(6), 1)
		b = append(b, "\ndatabase:\n  host: "...)
		b = appendIP(b, r)
		b = append(b, "\n  port: 5432\n  pool_size: "...)
		b = appendPad(b, 10+r.intn(90), 1)
		b = append(b, "\n  timeout_ms: "...)
		b = appendPad(b, 1000+r.intn(9000), 1)
		b = append(b, "\nsupport:\n  cs_number: \""...)
		b = appendCSNumber(b, r)
		b = append(b, "\"\n  business_registration_no: \""...)
		b = appendBRN(b, r)
		b = append(b, "\"\nfeatures:\n  new_checkout: "...)
		b = append(b, pick(r, []string{"true", "false"})...)
		b = append(b, "\n  release: \""...)
		b = appendDate(b, g.d, '.')
		b = append(b, "\"\n---\n"...)
	}
	g.out = b
}

// image builds a TypeImage object: a PNG signature, an IHDR chunk, one
// IDAT chunk of random bytes (not a decodable image) and IEND.
func (g *objGen) image() {
	b := append(g.out, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(64+g.r.intn(1024)))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(64+g.r.intn(1024)))
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	b = appendChunk(b, "IHDR", ihdr[:])
	n := max(int(g.o.size)-len(b)-12-12, 0)
	start := len(b)
	b = binary.BigEndian.AppendUint32(b, uint32(n))
	b = append(b, "IDAT"...)
	b = append(b, make([]byte, n)...)
	g.r.fill(b[len(b)-n:])
	b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start+4:]))
	g.out = appendChunk(b, "IEND", nil)
}

func appendChunk(b []byte, typ string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	start := len(b)
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}
