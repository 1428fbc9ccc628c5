package gen

import (
	"bytes"

	kgzip "github.com/klauspost/compress/gzip"
)

// Application logs: gzip-compressed, mostly non-personal lines (requests,
// payments, health checks, IPs, ids), a few percent of lines with a phone
// (SMS notifications, customer look-ups) and rarely an address.

var (
	logPaths   = []string{"/api/v1/products/", "/api/v1/orders/", "/api/v1/cart/", "/api/v2/search?q=", "/healthz?n="}
	logMethods = []string{"GET", "GET", "GET", "POST", "PUT"}
	logLevels  = []string{"INFO", "INFO", "INFO", "DEBUG", "WARN"}
	logSvcs    = []string{"order-api", "catalog", "payment", "auth", "cart"}
)

// logLine appends one log line for second s of the object's day, labelling
// personal values at their offset from b[origin].
func (g *objGen) logLine(b []byte, origin int, s int) []byte {
	r := g.r
	b = appendDate(b, g.d, '-')
	b = append(b, 'T')
	b = appendClock(b, s%86400)
	b = append(b, '.')
	b = appendPad(b, r.intn(1000), 3)
	b = append(b, "Z "...)
	switch u := r.float(); {
	case u < 0.025:
		p := g.customer()
		b = append(b, "INFO [notify] sms queued to="...)
		b = g.val(b, origin, "", -1, p, slotPhone, pick(r, []int{phCompact, phE164}))
		b = append(b, " template=ORDER_SHIPPED order="...)
		b = appendOrderNo(b, g.d, r.intn(3000000))
	case u < 0.035:
		p := g.customer()
		b = append(b, "DEBUG [cs-api] customer lookup phone="...)
		b = g.val(b, origin, "", -1, p, slotPhone, phE164)
		b = append(b, " hit=1 ms="...)
		b = appendPad(b, 1+r.intn(40), 1)
	case u < 0.038:
		p := g.customer()
		b = append(b, `INFO [delivery] address changed order=`...)
		b = appendOrderNo(b, g.d, r.intn(3000000))
		b = append(b, ` addr="`...)
		b = g.val(b, origin, "", -1, p, slotAddr, 0)
		b = append(b, '"')
	case u < 0.08:
		b = append(b, "WARN [payment] pg retry attempt="...)
		b = appendPad(b, 1+r.intn(3), 1)
		b = append(b, " order="...)
		b = appendOrderNo(b, g.d, r.intn(3000000))
		b = append(b, " amount="...)
		b = appendPad(b, products[r.intn(len(products))].price, 1)
	case u < 0.12:
		b = append(b, "INFO [auth] login ok user_id="...)
		b = appendPad(b, r.intn(9000000)+1000000, 1)
		b = append(b, " ip="...)
		b = appendIP(b, r)
	case u < 0.13:
		b = append(b, "INFO [shipping] label printed tracking="...)
		b = appendTracking(b, r, false)
	default:
		b = append(b, pick(r, logLevels)...)
		b = append(b, " ["...)
		b = append(b, pick(r, logSvcs)...)
		b = append(b, "] req_id="...)
		b = appendHex(b, r, 16)
		b = append(b, ' ')
		b = append(b, pick(r, logMethods)...)
		b = append(b, ' ')
		b = append(b, pick(r, logPaths)...)
		b = appendPad(b, r.intn(100000), 1)
		b = append(b, " status="...)
		b = append(b, pick(r, []string{"200", "200", "200", "201", "304", "404", "500"})...)
		b = append(b, " dur="...)
		b = appendPad(b, 1+r.intn(900), 1)
		b = append(b, "ms ip="...)
		b = appendIP(b, r)
	}
	return append(b, '\n')
}

// appLog builds a TypeAppLog object: log lines compressed as gzip until
// the compressed size reaches the target.
func (g *objGen) appLog() {
	zbuf := bytes.NewBuffer(g.out[:0])
	zw, _ := kgzip.NewWriterLevel(zbuf, kgzip.BestSpeed)
	var text int64 // decompressed bytes written so far
	sec := g.r.intn(3600)
	chunk := g.line[:0]
	chunkMax := int(min(32<<10, max(g.o.size, 1<<10)))
	for zbuf.Len() < int(g.o.size) {
		chunk = chunk[:0]
		for len(chunk) < chunkMax {
			start := len(chunk)
			sec += g.r.intn(3)
			chunk = g.logLine(chunk, start, sec)
			g.lab.commit(text + int64(start))
		}
		zw.Write(chunk) // a bytes.Buffer does not fail
		text += int64(len(chunk))
		if g.o.size < 256<<10 && text >= 3*g.o.size {
			zw.Flush() // small targets: make the compressed size visible
		}
	}
	zw.Close()
	g.line = chunk
	g.out = zbuf.Bytes()
}
