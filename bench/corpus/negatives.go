package corpus

import (
	"fmt"
	"strings"
)

// Categories of generated hard negatives: values that look like (or sit
// next to the cues of) personal data and are not.
const (
	negBizNo      = "business_reg_no"
	negCorpNo     = "corporate_reg_no"
	negRRN        = "resident_reg_no"
	negSSN        = "us_ssn"
	negTWID       = "tw_national_id"
	negMyNumber   = "jp_my_number"
	negBank       = "bank_account"
	negOrder      = "order_no"
	negTracking   = "tracking_no"
	negApproval   = "approval_no"
	negInvoice    = "invoice_no"
	negTimestamp  = "timestamp"
	negDate       = "date"
	negTime       = "time"
	negPrice      = "price"
	negIP         = "ip_address"
	negVersion    = "version"
	negUA         = "user_agent"
	negISBN       = "isbn"
	negCard       = "masked_card"
	negPostal     = "postal_code"
	negSKU        = "product_code"
	negModel      = "model_no"
	negQty        = "quantity"
	negPort       = "port"
	negCoord      = "coordinates"
	negUUID       = "uuid"
	negOTP        = "otp_code"
	negErrCode    = "error_code"
	negMaskPhone  = "masked_phone"
	negMaskName   = "masked_name"
	negSurnWord   = "surname_word"
	negCJKWord    = "cjk_word"
	negLatinWord  = "latin_word"
	negCompany    = "company"
	negProduct    = "product_name"
	negPlace      = "place_name"
	negRegion     = "region_no_street"
	negDoorNone   = "door_no_code"
	negDoorCall   = "door_call_unit"
	negPwRule     = "code_cue_not_door"
	negAptNotice  = "building_notice"
	negEmail      = "email"
	negMeasure    = "measurement"
	negDuration   = "duration"
	negHex        = "hex_id"
	negCustomerNo = "customer_id"
	negPlate      = "vehicle_plate"
	negTWBiz      = "tw_business_no"
	negPhoneCue   = "phone_cue_no_number"
	negStreet     = "street_no_number"
)

// negative returns a hard negative of category cat; country picks the local
// flavour where there is one.
func (g *gen) negative(cat, country string) string {
	r := g.r
	d := func(n int) string { return r.digits(n, '0') }
	switch cat {
	case negBizNo:
		return r.digits(3, '1') + "-" + d(2) + "-" + d(5)
	case negCorpNo:
		return "1101" + d(2) + "-" + d(7)
	case negRRN:
		return fmt.Sprintf("%02d%02d%02d-%d%s", r.between(50, 99), r.between(1, 12), r.between(1, 28), r.between(1, 2), d(6))
	case negSSN:
		return r.digits(3, '1') + "-" + r.digits(2, '1') + "-" + r.digits(4, '1')
	case negTWID:
		return string(rune('A'+r.intn(26))) + itoa(r.between(1, 2)) + d(8)
	case negMyNumber:
		return r.digits(4, '1') + " " + d(4) + " " + d(4)
	case negBank:
		return g.bankAccount(country)
	case negOrder:
		switch r.intn(5) {
		case 0:
			return "2024" + fmt2(r.between(1, 12)) + fmt2(r.between(1, 28)) + "-" + d(7)
		case 1:
			return "ORD-2024" + fmt2(r.between(1, 12)) + fmt2(r.between(1, 28)) + "-" + d(6)
		case 2:
			return "2024" + fmt2(r.between(1, 12)) + fmt2(r.between(1, 28)) + d(8)
		case 3:
			return "Y24" + d(9)
		default:
			return "#" + r.digits(9, '1')
		}
	case negTracking:
		switch r.intn(6) {
		case 0:
			return r.digits(4, '5') + "-" + d(4) + "-" + d(4)
		case 1:
			return "607" + d(10)
		case 2:
			return r.digits(12, '2')
		case 3:
			return "1Z" + strings.ToUpper(fmt.Sprintf("%03x", r.intn(4096))) + "E" + d(11)
		case 4:
			return "9400 1" + d(3) + " " + d(4) + " " + d(4) + " " + d(4) + " " + d(2)
		default:
			return r.digits(4, '2') + " " + d(4) + " " + d(4)
		}
	case negApproval:
		return r.digits(8, '1')
	case negInvoice:
		if country == "TW" {
			return string(rune('A'+r.intn(26))) + string(rune('A'+r.intn(26))) + "-" + d(8)
		}
		return "INV-2024-" + d(6)
	case negTimestamp:
		return g.timestamp()
	case negDate:
		return g.date(country)
	case negTime:
		switch r.intn(3) {
		case 0:
			return fmt.Sprintf("%02d:%02d", r.between(0, 23), r.between(0, 59))
		case 1:
			return fmt.Sprintf("%02d:%02d~%02d:%02d", r.between(8, 12), 0, r.between(13, 18), 0)
		default:
			return fmt.Sprintf("%02d:%02d:%02d.%03d", r.between(0, 23), r.between(0, 59), r.between(0, 59), r.intn(1000))
		}
	case negPrice:
		return g.price(country)
	case negIP:
		switch r.intn(5) {
		case 0:
			return fmt.Sprintf("192.168.%d.%d", r.intn(256), r.between(1, 254))
		case 1:
			return fmt.Sprintf("10.%d.%d.%d", r.intn(256), r.intn(256), r.between(1, 254))
		case 2:
			return fmt.Sprintf("203.0.113.%d:%d", r.between(1, 254), pick(r, []int{443, 8080, 8443, 3000}))
		case 3:
			return fmt.Sprintf("2001:db8:%x::%x", r.intn(65536), r.intn(65536))
		default:
			return fmt.Sprintf("172.%d.%d.%d", r.between(16, 31), r.intn(256), r.between(1, 254))
		}
	case negVersion:
		switch r.intn(5) {
		case 0:
			return fmt.Sprintf("v%d.%d.%d", r.between(1, 12), r.intn(30), r.intn(40))
		case 1:
			return fmt.Sprintf("10.0.%d.%d", r.between(19041, 22631), r.between(1000, 4000))
		case 2:
			return fmt.Sprintf("%d.0.%d.%d", r.between(110, 124), r.between(5000, 6400), r.between(10, 200))
		case 3:
			return fmt.Sprintf("%d.%d.%d-rc.%d", r.between(1, 5), r.intn(20), r.intn(10), r.between(1, 4))
		default:
			return fmt.Sprintf("2024.%02d.%d", r.between(1, 12), r.between(1, 9))
		}
	case negUA:
		return fmt.Sprintf("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Mobile Safari/537.36",
			pick(r, []string{"Linux; Android 14; SM-S918N", "iPhone; CPU iPhone OS 17_4_1 like Mac OS X", "Linux; Android 13; SM-A536N", "Windows NT 10.0; Win64; x64"}),
			r.between(110, 124), r.between(5000, 6400), r.between(10, 200))
	case negISBN:
		return g.isbn()
	case negCard:
		l4 := d(4)
		switch r.intn(4) {
		case 0:
			return r.digits(4, '4') + "-" + d(2) + "**-****-" + l4
		case 1:
			return "**** **** **** " + l4
		case 2:
			return "5" + d(3) + "-" + d(2) + "xx-xxxx-" + l4
		default:
			return r.digits(4, '3') + "-****-****-" + l4
		}
	case negPostal:
		return g.postal(country)
	case negSKU:
		switch r.intn(5) {
		case 0:
			return "SKU-" + country + "-" + d(6)
		case 1:
			return ean13("880" + d(9))
		case 2:
			return ean13("49" + d(10))
		case 3:
			return ean13("471" + d(9))
		default:
			return strings.ToUpper(fmt.Sprintf("P%05d-%c%c", r.intn(100000), 'A'+r.intn(26), 'A'+r.intn(26)))
		}
	case negModel:
		return pick(r, []string{"SM-S918N", "SM-A536N", "A2894", "MQ8N3KH/A", "WH-1000XM5", "KQ65QNC90AFXKR", "RF85C9101AP",
			"LG-F700K", "DW-5600E-1", "XQ-DQ54", "NV-10A", "LA-1234K", "iPhone 15 Pro 256GB", "Galaxy S24 Ultra"})
	case negQty:
		switch country {
		case "KR":
			return pick(r, []string{"수량 ", "", "총 "}) + itoa(r.between(1, 12)) + pick(r, []string{"개", "EA", "박스", "세트"})
		case "JP":
			return itoa(r.between(1, 9)) + pick(r, []string{"点", "個", "箱"})
		case "TW":
			return itoa(r.between(1, 9)) + pick(r, []string{"件", "個", "盒"})
		default:
			return pick(r, []string{"qty ", "x", ""}) + itoa(r.between(1, 12))
		}
	case negPort:
		return itoa(pick(r, []int{22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9092, 27017}))
	case negCoord:
		return fmt.Sprintf("%d.%04d, %d.%04d", r.between(33, 38), r.intn(10000), r.between(126, 129), r.intn(10000))
	case negUUID:
		return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x", r.next()>>32, r.intn(65536), r.intn(4096), 0x8000|r.intn(0x4000), r.next()>>16)
	case negOTP:
		return d(6)
	case negErrCode:
		return pick(r, []string{"E", "ERR-", "0x"}) + r.digits(4, '1')
	case negMaskPhone:
		switch country {
		case "KR":
			if r.chance(50) {
				return "010-****-" + d(4)
			}
			return "010-" + d(2) + "**-**" + d(2)
		case "JP":
			return "090-****-" + d(4)
		case "TW":
			return "09" + d(2) + "-***-" + d(3)
		default:
			return "(" + pick(r, usAreaCodes) + ") ***-**" + d(2)
		}
	case negMaskName:
		switch country {
		case "KR":
			return g.krSurname() + pick(r, []string{"*", "**", "○○", "*" + pick(r, f(`준 연 우 민 희`))})
		case "JP":
			return pick(r, jpSurnames).kanji + " **"
		case "TW":
			return pick(r, twSurnames) + "O" + pick(r, f(`君 明 婷 豪`))
		default:
			return string(rune('A'+r.intn(26))) + "*** " + string(rune('A'+r.intn(26))) + "****"
		}
	case negEmail:
		return pick(r, []string{"cs", "help", "noreply", "order", "support", "user"}) + d(4) + "@" +
			pick(r, []string{"example.com", "example.co.kr", "example.jp", "example.com.tw", "mail.example.net"})
	case negMeasure:
		return pick(r, []string{itoa(r.between(100, 990)) + "g", itoa(r.between(1, 5)) + ".5kg", itoa(r.between(220, 290)) + "mm",
			itoa(r.between(32, 85)) + "인치", itoa(r.between(1, 2)) + "L", "-" + itoa(r.between(1, 25)) + "℃", itoa(r.between(5, 95)) + "%"})
	case negDuration:
		return pick(r, []string{itoa(r.between(1, 9999)) + "ms", fmt.Sprintf("%d.%02ds", r.intn(30), r.intn(100)), itoa(r.between(1, 59)) + "m" + itoa(r.intn(60)) + "s"})
	case negHex:
		return fmt.Sprintf("%016x%08x", r.next(), r.next()>>32)
	case negPlate:
		return itoa(r.between(10, 399)) + pick(r, f(`가 나 다 라 마 거 너 더 러 머 버 서 어 저 고 노 도 로 모 보 소 오 조 구 누 두 루 무 부 수 우 주 허 호`)) + " " + r.digits(4, '1')
	case negTWBiz:
		return r.digits(8, '1')
	case negCustomerNo:
		return pick(r, []string{"C", "M", "U"}) + r.digits(8, '1')
	}
	if xs, ok := negWords[cat]; ok {
		if ys, ok := xs[country]; ok {
			return pick(r, ys)
		}
		var all []string
		for _, c := range []string{"KR", "JP", "TW", "US"} {
			all = append(all, xs[c]...)
		}
		return pick(r, all)
	}
	panic("corpus: unknown negative category " + cat)
}

func (g *gen) bankAccount(country string) string {
	r := g.r
	d := func(n int) string { return r.digits(n, '0') }
	switch country {
	case "JP":
		return "普通 " + r.digits(7, '1')
	case "TW":
		return "(" + pick(r, []string{"013", "808", "822", "700", "812"}) + ") " + d(4) + "-" + d(4) + "-" + d(4)
	case "US":
		return "routing " + d(9) + " account " + r.digits(10, '1')
	}
	switch r.intn(7) {
	case 0:
		return "110-" + d(3) + "-" + d(6) // 신한
	case 1:
		return "1002-" + d(3) + "-" + d(6) // 우리
	case 2:
		return d(6) + "-" + d(2) + "-" + d(6) // 국민
	case 3:
		return "3" + d(2) + "-" + d(4) + "-" + d(4) + "-" + d(2) // 농협
	case 4:
		return "3333-" + d(2) + "-" + d(7) // 카카오뱅크
	case 5:
		return d(3) + "-" + d(6) + "-" + d(5) // 하나
	default:
		return d(3) + "-" + d(6) + "-" + d(2) + "-" + d(3) // 기업
	}
}

func (g *gen) timestamp() string {
	r := g.r
	mo, dd, h, mi, s := r.between(1, 12), r.between(1, 28), r.intn(24), r.intn(60), r.intn(60)
	switch r.intn(6) {
	case 0:
		return fmt.Sprintf("2024-%02d-%02d %02d:%02d:%02d", mo, dd, h, mi, s)
	case 1:
		return fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d+09:00", mo, dd, h, mi, s)
	case 2:
		return fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d.%03dZ", mo, dd, h, mi, s, r.intn(1000))
	case 3:
		return itoa(1704067200 + r.intn(31536000))
	case 4:
		return fmt.Sprintf("2024%02d%02d%02d%02d%02d", mo, dd, h, mi, s)
	default:
		return fmt.Sprintf("%02d/%s/2024:%02d:%02d:%02d +0900", dd, pick(r, f(`Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec`)), h, mi, s)
	}
}

func (g *gen) date(country string) string {
	r := g.r
	y, mo, dd := r.between(2019, 2025), r.between(1, 12), r.between(1, 28)
	switch country {
	case "KR":
		return pick(r, []string{fmt.Sprintf("%d.%02d.%02d", y, mo, dd), fmt.Sprintf("%d년 %d월 %d일", y, mo, dd), fmt.Sprintf("%d-%02d-%02d", y, mo, dd), fmt.Sprintf("%02d%02d%02d", y%100, mo, dd)})
	case "JP":
		return pick(r, []string{fmt.Sprintf("%d/%02d/%02d", y, mo, dd), fmt.Sprintf("令和%d年%d月%d日", y-2018, mo, dd), fmt.Sprintf("%d年%d月%d日", y, mo, dd)})
	case "TW":
		return pick(r, []string{fmt.Sprintf("%d/%02d/%02d", y, mo, dd), fmt.Sprintf("民國%d年%d月%d日", y-1911, mo, dd), fmt.Sprintf("%d/%02d/%02d", y-1911, mo, dd)})
	default:
		return pick(r, []string{fmt.Sprintf("%02d/%02d/%d", mo, dd, y), fmt.Sprintf("%s %d, %d", pick(r, f(`January March April June July October December`)), dd, y), fmt.Sprintf("%d-%02d-%02d", y, mo, dd)})
	}
}

func (g *gen) price(country string) string {
	r := g.r
	n := r.between(9, 2500) * 100
	comma := func(n int) string {
		s := itoa(n)
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	switch country {
	case "KR":
		return pick(r, []string{comma(n) + "원", "₩" + comma(n), comma(n*10) + "원", itoa(n)})
	case "JP":
		return pick(r, []string{"¥" + comma(n/10), comma(n/10) + "円", "￥" + comma(n/10)})
	case "TW":
		return pick(r, []string{"NT$" + comma(n/40), comma(n/40) + "元", "$" + itoa(n/40)})
	default:
		return pick(r, []string{fmt.Sprintf("$%s.%02d", comma(n/1300), r.intn(100)), fmt.Sprintf("USD %d.%02d", n/1300, r.intn(100))})
	}
}

func (g *gen) postal(country string) string {
	switch country {
	case "KR":
		return g.krZip()
	case "JP":
		return g.jpZip()
	case "TW":
		z := g.twZip()
		return pick(g.r, []string{z, z + g.r.digits(2, '0'), z + g.r.digits(3, '0')})
	default:
		c := pick(g.r, usCities)
		return g.usZip(c)
	}
}

// isbn is an ISBN-13 with a correct check digit.
func (g *gen) isbn() string {
	core := "97" + pick(g.r, []string{"8-89-", "9-11-", "8-4-", "8-986-", "8-1-"})
	digits := strings.ReplaceAll(core, "-", "")
	rest := g.r.digits(12-len(digits), '0')
	body := digits + rest
	sum := 0
	for i, c := range body {
		v := int(c - '0')
		if i%2 == 1 {
			v *= 3
		}
		sum += v
	}
	check := (10 - sum%10) % 10
	mid := len(rest) / 2
	return core + rest[:mid] + "-" + rest[mid:] + "-" + itoa(check)
}

// ean13 appends the check digit to twelve digits.
func ean13(s string) string {
	sum := 0
	for i, c := range s {
		v := int(c - '0')
		if i%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return s + itoa((10-sum%10)%10)
}
