package gen

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Legacy exports: files from older systems in the national encodings of
// the time, with CRLF line ends. A row holding a character the encoding
// cannot represent is left out, with its labels.

var (
	euckrLayout = csvLayout{
		[]string{"고객번호", "성명", "전화번호", "주소", "등록일", "비고"},
		[]col{cOrderNo, cRecipient, cPhone, cAddrFull, cOrderedAt, cMemo},
	}
	sjisLayout = csvLayout{
		[]string{"顧客番号", "氏名", "電話番号", "郵便番号", "住所", "備考"},
		[]col{cOrderNo, cRecipient, cPhone, cZip, cAddrFull, cMemo},
	}
)

// legacyCSV builds a CSV object of people from country in encoding enc. It
// gives up early (a smaller object) if rows keep failing to encode.
func (g *objGen) legacyCSV(lay *csvLayout, country string, enc *encoding.Encoder) error {
	r := g.r
	line := g.line[:0]
	for i, h := range lay.header {
		if i > 0 {
			line = append(line, ',')
		}
		line = append(line, h...)
	}
	line = append(line, '\r', '\n')
	out, err := enc.Bytes(line)
	if err != nil {
		return err
	}
	b := append(g.out, out...)
	fails := 0
	for row := int64(0); len(b) < int(g.o.size) && fails < 1000; {
		p := g.pool.from(r, country)
		line = line[:0]
		for i, c := range lay.cols {
			if i > 0 {
				line = append(line, ',')
			}
			field := lay.header[i]
			cell := g.cell[:0]
			switch c {
			case cOrderNo:
				cell = appendPad(cell, 10000+p.ID, 6)
			case cRecipient:
				// The legacy system spells names and addresses its own
				// way: the same people, other strings.
				cell = g.val(cell, 0, field, row, p, slotNameVar, 0)
			case cPhone:
				cell = g.val(cell, 0, field, row, p, slotPhone, phDash)
			case cZip:
				cell = append(cell, p.Zip...)
			case cAddrFull:
				cell = g.val(cell, 0, field, row, p, slotAddrFullVar, 0)
			case cOrderedAt:
				cell = appendDate(cell, dayOf(r.intn(estateDays)), '/')
			case cMemo:
				cell = g.memo(cell, 0, field, row, p)
			}
			line = appendCSVCell(line, cell)
			g.cell = cell
		}
		line = append(line, '\r', '\n')
		out, err := enc.Bytes(line)
		if err != nil {
			g.lab.drop()
			fails++
			continue
		}
		b = append(b, out...)
		g.lab.commit(0)
		row++
	}
	g.line = line
	g.out = b
	return nil
}

// legacyEUCKR builds a TypeLegacyEUCKR object.
func (g *objGen) legacyEUCKR() error {
	return g.legacyCSV(&euckrLayout, "KR", korean.EUCKR.NewEncoder())
}

// legacySJIS builds a TypeLegacySJIS object.
func (g *objGen) legacySJIS() error {
	return g.legacyCSV(&sjisLayout, "JP", japanese.ShiftJIS.NewEncoder())
}

// legacyBig5 builds a TypeLegacyBig5 object: member cards as free text.
func (g *objGen) legacyBig5() error {
	r := g.r
	enc := traditionalchinese.Big5.NewEncoder()
	b := g.out
	var text int64 // decoded UTF-8 bytes so far
	fails := 0
	for len(b) < int(g.o.size) && fails < 1000 {
		p := g.pool.from(r, "TW")
		line := g.line[:0]
		line = append(line, "會員編號：M"...)
		line = appendPad(line, 10000+p.ID, 7)
		line = append(line, "\r\n姓名："...)
		line = g.val(line, 0, "", -1, p, slotNameVar, 0)
		line = append(line, "\r\n手機："...)
		line = g.val(line, 0, "", -1, p, slotPhone, pick(r, []int{phDash, phCompact}))
		line = append(line, "\r\n地址："...)
		line = g.val(line, 0, "", -1, p, slotAddrFullVar, 0)
		line = append(line, "\r\n備註："...)
		if p.Code != "" && r.chance(0.6) {
			line = append(line, "大門密碼 "...)
			line = g.val(line, 0, "", -1, p, slotCode, 0)
		} else {
			line = append(line, pick(r, plainMemos["TW"])...)
		}
		line = append(line, "\r\n入會日期："...)
		line = appendDate(line, dayOf(r.intn(estateDays)), '/')
		line = append(line, "\r\n----------------\r\n"...)
		g.line = line
		out, err := enc.Bytes(line)
		if err != nil {
			g.lab.drop()
			fails++
			continue
		}
		b = append(b, out...)
		g.lab.commit(text)
		text += int64(len(line))
	}
	g.out = b
	return nil
}
