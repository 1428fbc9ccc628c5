package gen

import "time"

// Helpers that append the non-personal values of the estate: dates, order
// numbers, prices, tracking numbers, business registration numbers, IP
// addresses. Many look like phone numbers or codes on purpose: they are the
// hard negatives a detector must leave alone.

// baseDay is the first day of the estate's calendar; objects fall within the
// two years that follow.
var baseDay = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

const estateDays = 730

// day is a calendar date broken into parts once per object.
type day struct {
	y, m, d int
	t       time.Time
}

func dayOf(n int) day {
	t := baseDay.AddDate(0, 0, n)
	return day{y: t.Year(), m: int(t.Month()), d: t.Day(), t: t}
}

// appendPad appends v (>= 0) in decimal, zero-padded to width w (<= 20).
func appendPad(b []byte, v, w int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	tmp[i] = byte('0' + v)
	for len(tmp)-i < w {
		i--
		tmp[i] = '0'
	}
	return append(b, tmp[i:]...)
}

// appendDate appends YYYY-MM-DD.
func appendDate(b []byte, d day, sep byte) []byte {
	b = appendPad(b, d.y, 4)
	if sep != 0 {
		b = append(b, sep)
	}
	b = appendPad(b, d.m, 2)
	if sep != 0 {
		b = append(b, sep)
	}
	return appendPad(b, d.d, 2)
}

// appendClock appends HH:MM:SS for second s of the day.
func appendClock(b []byte, s int) []byte {
	b = appendPad(b, s/3600, 2)
	b = append(b, ':')
	b = appendPad(b, s/60%60, 2)
	b = append(b, ':')
	return appendPad(b, s%60, 2)
}

// appendOrderNo appends an order number such as 20240312-0001234.
func appendOrderNo(b []byte, d day, n int) []byte {
	b = appendDate(b, d, 0)
	b = append(b, '-')
	return appendPad(b, n, 7)
}

// appendTracking appends a 12-digit parcel tracking number, grouped 4-4-4
// like a Korean courier's (it has a phone number's shape).
func appendTracking(b []byte, r *rng, dashed bool) []byte {
	v := 600000000000 + r.intn(300000000000)
	if !dashed {
		return appendPad(b, v, 12)
	}
	b = appendPad(b, v/100000000, 4)
	b = append(b, '-')
	b = appendPad(b, v/10000%10000, 4)
	b = append(b, '-')
	return appendPad(b, v%10000, 4)
}

// appendBRN appends a business registration number such as 123-45-67890.
func appendBRN(b []byte, r *rng) []byte {
	b = appendPad(b, r.between(101, 899), 3)
	b = append(b, '-')
	b = appendPad(b, r.between(1, 99), 2)
	b = append(b, '-')
	return appendPad(b, r.intn(100000), 5)
}

// appendPrice appends a price with thousands separators (39,900).
func appendPrice(b []byte, v int) []byte {
	if v < 1000 {
		return appendPad(b, v, 1)
	}
	b = appendPrice(b, v/1000)
	b = append(b, ',')
	return appendPad(b, v%1000, 3)
}

// appendIP appends a private IPv4 address.
func appendIP(b []byte, r *rng) []byte {
	b = append(b, "10."...)
	b = appendPad(b, r.intn(256), 1)
	b = append(b, '.')
	b = appendPad(b, r.intn(256), 1)
	b = append(b, '.')
	return appendPad(b, 1+r.intn(254), 1)
}

// appendCSNumber appends a company's customer-centre number (1588-xxxx).
// It is a business number, not a person's: a hard negative.
func appendCSNumber(b []byte, r *rng) []byte {
	b = append(b, pick(r, []string{"1588-", "1577-", "1544-", "1600-", "1644-"})...)
	return appendPad(b, r.intn(10000), 4)
}

// appendHex appends n random hex digits.
func appendHex(b []byte, r *rng, n int) []byte {
	v := r.u64()
	for i := 0; i < n; i++ {
		if i%16 == 15 {
			v = r.u64()
		}
		b = append(b, "0123456789abcdef"[v&15])
		v >>= 4
	}
	return b
}

// product is a catalogue item. Several brand names are or contain person
// names (김정문알로에, 정관장): hard negatives for a name detector.
type product struct {
	name, brand, category string
	price                 int
}

var products = []product{
	{"정관장 홍삼정 에브리타임 30포", "정관장", "건강식품", 89000},
	{"이니스프리 그린티 씨드 세럼 80ml", "이니스프리", "뷰티", 32000},
	{"농심 신라면 멀티팩 5입", "농심", "식품", 4480},
	{"CJ 햇반 210g x 24개", "CJ제일제당", "식품", 23900},
	{"제주 삼다수 2L x 6병", "제주삼다수", "생수", 6900},
	{"LG 코드제로 A9S 무선청소기", "LG전자", "가전", 899000},
	{"삼성 갤럭시 버즈3 프로", "삼성전자", "디지털", 319000},
	{"한샘 컴퓨터 책상 1200", "한샘", "가구", 159000},
	{"오뚜기 진라면 매운맛 5입", "오뚜기", "식품", 3980},
	{"김정문알로에 큐어 크림 80ml", "김정문알로에", "뷰티", 27000},
	{"설화수 윤조에센스 90ml", "설화수", "뷰티", 145000},
	{"최고급 한우 1++ 선물세트 2kg", "한우명가", "정육", 259000},
	{"비비고 왕교자 1.05kg x 2", "CJ제일제당", "냉동식품", 15900},
	{"쿠쿠 6인용 전기압력밥솥", "쿠쿠", "가전", 219000},
	{"나이키 에어포스 1 '07 화이트 270", "나이키", "패션", 139000},
	{"무인양품 폴리프로필렌 수납함", "무인양품", "생활", 12900},
	{"하림 닭가슴살 100g x 10", "하림", "식품", 19900},
	{"동원 참치 라이트스탠다드 150g x 10", "동원", "식품", 17800},
	{"박승철헤어 스튜디오 샴푸 1000ml", "박승철헤어", "뷰티", 18900},
	{"유한양행 비타민C 1000 120정", "유한양행", "건강식품", 24000},
}
