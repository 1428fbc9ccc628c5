package detectors

import "strings"

// Context for the phone detector: cue words near a number, field names, and
// the script around it.

// phoneCue is one cue word. Negative cues name other kinds of numbers (order,
// account, tracking, registration numbers) and veto a number right after them.
type phoneCue struct {
	word   string
	neg    bool
	region string // the country whose language the word is in ("" if several)
}

// phoneCueList is the phone detector's cue words (Cues returns their words,
// in this order).
var phoneCueList = []phoneCue{
	// Korean
	{"전화", false, "KR"}, {"연락처", false, "KR"}, {"연락", false, "KR"}, {"휴대폰", false, "KR"},
	{"핸드폰", false, "KR"}, {"휴대전화", false, "KR"}, {"휴대", false, "KR"}, {"폰번호", false, "KR"},
	{"팩스", false, "KR"}, {"직통", false, "KR"}, {"문의", false, "KR"}, {"사무실", false, "KR"}, {"전번", false, "KR"},
	{"폰", false, "KR"}, {"문자", false, "KR"}, {"카톡", false, "KR"},
	{"집번호", false, "KR"}, {"집 번호", false, "KR"}, {"자택", false, "KR"}, {"회사번호", false, "KR"},
	{"회사 번호", false, "KR"}, {"직장번호", false, "KR"}, {"직장 번호", false, "KR"},
	// Japanese
	{"電話", false, ""}, {"携帯", false, "JP"}, {"連絡先", false, "JP"}, {"ケータイ", false, "JP"},
	{"でんわ", false, "JP"}, {"ＴＥＬ", false, "JP"}, {"問い合わせ", false, "JP"},
	{"自宅", false, "JP"}, {"勤務先", false, "JP"},
	// Chinese
	{"手機", false, "TW"}, {"聯絡", false, "TW"}, {"市話", false, "TW"}, {"手机", false, ""},
	{"电话", false, ""}, {"联系", false, ""},
	// English and marks (ASCII words must stand alone, see cueAt)
	{"h.p", false, ""}, {"hp", false, ""}, {"h/p", false, ""}, {"tel", false, ""}, {"phone", false, ""},
	{"telephone", false, ""}, {"mobile", false, ""}, {"cell", false, ""}, {"fax", false, ""},
	{"contact", false, ""}, {"call", false, ""}, {"mob", false, ""}, {"ph", false, ""},
	{"☎", false, ""}, {"📞", false, ""}, {"📱", false, ""}, {"℡", false, ""},
	{"sms", false, ""}, {"to=", false, ""}, {"my number", false, ""}, {"call me", false, ""}, {"text", false, ""},
	{"reach me", false, ""}, {"called from", false, ""}, {"whatsapp", false, ""}, {"kakao", false, ""},

	// Negative: other numbers.
	{"주문번호", true, "KR"}, {"주문 번호", true, "KR"}, {"주문no", true, "KR"}, {"계좌", true, "KR"},
	{"사업자", true, "KR"}, {"등록번호", true, "KR"}, {"송장", true, "KR"}, {"운송장", true, "KR"},
	{"승인", true, "KR"}, {"카드번호", true, "KR"}, {"우편번호", true, "KR"}, {"주민", true, "KR"},
	{"고객번호", true, "KR"}, {"회원번호", true, "KR"}, {"상품번호", true, "KR"}, {"모델명", true, "KR"},
	{"접수번호", true, "KR"}, {"예약번호", true, "KR"}, {"거래번호", true, "KR"}, {"일련번호", true, "KR"},
	{"order", true, ""}, {"invoice", true, ""}, {"tracking", true, ""}, {"account", true, ""},
	{"acct", true, ""}, {"isbn", true, ""}, {"serial", true, ""}, {"sku", true, ""}, {"zip", true, ""},
	{"postal", true, ""}, {"transaction", true, ""}, {"txn", true, ""}, {"ref", true, ""},
	{"iban", true, ""}, {"routing", true, ""}, {"batch", true, ""}, {"lot", true, ""}, {"version", true, ""},
	{"ver", true, ""}, {"build", true, ""}, {"ssn", true, ""}, {"ein", true, ""}, {"id", true, ""},
	{"注文番号", true, "JP"}, {"伝票", true, "JP"}, {"口座", true, "JP"}, {"郵便番号", true, "JP"},
	{"〒", true, "JP"}, {"会員番号", true, "JP"}, {"問合せ番号", true, "JP"}, {"お問い合わせ番号", true, "JP"},
	{"訂單", true, "TW"}, {"帳號", true, "TW"}, {"帳戶", true, "TW"}, {"統一編號", true, "TW"},
	{"統編", true, "TW"}, {"郵遞區號", true, "TW"}, {"單號", true, "TW"}, {"订单", true, ""}, {"账号", true, ""},
	{"快递", true, ""}, {"身分證", true, "TW"}, {"身份证", true, ""},
}

// phoneCueWords returns the words of phoneCueList.
func phoneCueWords() []string {
	w := make([]string, len(phoneCueList))
	for i, c := range phoneCueList {
		w[i] = c.word
	}
	return w
}

// cueStandsAlone reports whether the cue hit at s[start:end] is not part of
// a longer ASCII word ("tel" in "hotel", "id" in "paid"). Cues that are
// not ASCII letters always stand alone.
func cueStandsAlone(s string, start, end int) bool {
	if start >= end || s[start] >= 0x80 || !isAlnumASCII(rune(s[start])) {
		return true
	}
	if r, _ := lastRuneBefore(s, start); r|0x20 >= 'a' && r|0x20 <= 'z' {
		return false
	}
	if r, _ := firstRuneAt(s, end); r|0x20 >= 'a' && r|0x20 <= 'z' {
		return false
	}
	return true
}

// phoneNegativeFieldWords mark columns that hold other numbers.
var phoneNegativeFieldWords = []string{
	"order", "invoice", "tracking", "track_no", "account", "acct", "isbn", "sku", "serial", "zip",
	"postal", "postcode", "biz", "business_no", "card", "date", "time", "amount", "price", "qty",
	"quantity", "barcode", "ean", "upc", "version", "ssn", "rrn", "iban",
	"revenue", "sales", "total", "cost", "fee", "balance", "krw", "usd", "jpy", "twd", "bytes", "count",
	"latency", "duration", "size", "매출", "합계", "売上", "營收",
	"주문", "송장", "운송장", "계좌", "사업자", "승인", "우편", "주민", "카드", "금액", "가격", "수량", "일자", "날짜",
	"注文", "伝票", "口座", "郵便", "金額", "訂單", "帳號", "統編", "郵遞",
}

// phoneFieldContext is what a field name says about phone numbers.
type phoneFieldContext struct {
	field  string
	column Kind
	phoneFieldFacts
	memo fieldMemo[phoneFieldFacts]
}

// phoneFieldFacts are the facts phoneFieldContext derives from a field.
type phoneFieldFacts struct {
	phone    bool   // a phone column: bare digits count
	negative bool   // a column of other numbers: short values are not phones
	region   string // country of a phone cue word in the field name (手機 TW, 携帯 JP)
	votes    scriptVotes
}

// set computes the context of field (with the scanner's column kind).
func (c *phoneFieldContext) set(field string, column Kind) {
	c.field, c.column = field, column
	c.phoneFieldFacts = c.memo.get(field, column, phoneFieldFactsOf)
}

// phoneFieldFactsOf computes the facts of field (with the scanner's column kind).
func phoneFieldFactsOf(field string, column Kind) phoneFieldFacts {
	var c phoneFieldFacts
	c.votes.count(field)
	fk := FieldKind(field)
	c.phone = fk == KindPhone || column == KindPhone
	for _, cue := range phoneCueList {
		if !cue.neg && cue.region != "" && strings.Contains(field, cue.word) {
			c.region = cue.region
			break
		}
	}
	if c.phone || field == "" {
		return c
	}
	f := strings.ToLower(field)
	if i := strings.LastIndexAny(f, ".$/"); i >= 0 && i+1 < len(f) {
		f = f[i+1:]
	}
	for _, w := range phoneNegativeFieldWords {
		if strings.Contains(f, w) {
			c.negative = true
			return c
		}
	}
	// Identifiers: "id", "user_id", "userId", "ref_no".
	c.negative = f == "id" || strings.HasSuffix(f, "_id") || strings.HasSuffix(f, "_no") ||
		(len(f) > 2 && strings.HasSuffix(field, "Id"))
	return c
}
