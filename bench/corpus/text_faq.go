package corpus

// faqEntries are help-centre questions and answers in four languages. They
// hold the rarer hard negatives: identity and registration numbers, masked
// values, plates, words that look like names, places without a street.
var faqEntries = []struct{ country, tmpl string }{
	{"KR", "Q. 주민등록번호를 입력해야 하나요?\nA. 아니요. {-resident_reg_no} 같은 주민등록번호는 수집하지 않습니다. 화면에는 {=resident_reg_no:900101-1******}처럼 표시됩니다."},
	{"KR", "Q. 세금계산서는 어떻게 받나요?\nA. 사업자등록번호({-business_reg_no})와 법인등록번호({-corporate_reg_no})를 입력하세요. 상호 예: {-company}"},
	{"KR", "Q. 리뷰 작성자 이름이 왜 {-masked_name}처럼 보이나요?\nA. 개인정보 보호를 위해 마스킹합니다. 연락처도 {-masked_phone} 형태로 표시됩니다."},
	{"KR", "Q. 주차 등록은 어떻게 하나요?\nA. 차량번호({-vehicle_plate})를 관리사무소에 등록하세요."},
	{"KR", "Q. 도서 ISBN은 어디서 보나요?\nA. 상품 상세의 ISBN {-isbn} 항목을 확인하세요."},
	{"KR", "Q. 공동현관 비밀번호를 꼭 적어야 하나요?\nA. 선택 사항입니다. {=door_no_code:자유출입}이면 비워두세요. {-door_call_unit}처럼 호출 방법을 적어도 됩니다."},
	{"KR", "Q. 비밀번호 규칙은?\nA. {-code_cue_not_door}"},
	{"KR", "Q. 배송 가능 지역은?\nA. {-region_no_street}, {-region_no_street}, {-place_name} 인근 등 전국 배송됩니다."},
	{"KR", "Q. 배송 조회는 어떻게 하나요?\nA. 송장번호 {-tracking_no} 형식의 번호로 조회됩니다. 주문번호 {-order_no}와 다릅니다."},
	{"KR", "Q. 환불 계좌는 어떻게 적나요?\nA. {-bank_account} 형식으로 입력해 주세요. 예: {-company}"},
	{"KR", "Q. {=surname_word:이번} 주 휴무일은?\nA. {-date} 하루 쉽니다. {=surname_word:고객센터} 운영시간 {-time}."},
	{"KR", "Q. 앱 최신 버전은?\nA. {-version}입니다. 오류코드 {-error_code} 발생 시 재설치하세요."},
	{"KR", "Q. {=surname_word:정말} {=surname_word:당일} 배송이 되나요?\nA. {=surname_word:오후} {-time} 이전 주문은 {=surname_word:오늘} 출발합니다. {=surname_word:최대} {-quantity}까지."},
	{"JP", "Q. マイナンバーは必要ですか？\nA. 不要です（例：{-jp_my_number}）。"},
	{"JP", "Q. {=cjk_word:金曜日}の注文はいつ届きますか？\nA. {=cjk_word:本日}出荷、{-region_no_street}なら翌日です。"},
	{"JP", "Q. 暗証番号について\nA. {-code_cue_not_door}"},
	{"JP", "Q. 受け取り場所は？\nA. {-place_name}、{-place_name}の{-company}店舗で受け取れます。"},
	{"JP", "Q. 表示名が{-masked_name}になっています\nA. 個人情報保護のためです。"},
	{"TW", "Q. 需要身分證字號嗎？\nA. 不需要（例如 {-tw_national_id}）。統一編號 {-tw_business_no} 可開立發票。"},
	{"TW", "Q. {=cjk_word:何時}出貨？\nA. {=cjk_word:馬上}出貨，{-region_no_street}隔日到貨。{=cjk_word:陳列}商品{=cjk_word:許多}已售完。"},
	{"TW", "Q. 門禁？\nA. {-code_cue_not_door}"},
	{"TW", "Q. 可以超商取貨嗎？\nA. 可以，{-company}、{-place_name}附近門市皆可。{=cjk_word:黃金}週末{=cjk_word:周年}慶。"},
	{"US", "Q. {=latin_word:Will} my order arrive by {=latin_word:May}?\nA. Orders placed by {-date} ship within 2 days from {-region_no_street}."},
	{"KR", "Q. 고객센터 연락처는?\nA. {-phone_cue_no_number}, 1:1 문의를 이용해 주세요."},
	{"KR", "Q. 매장 위치는?\nA. {-street_no_number}에 있습니다. {-place_name}에서 도보 5분."},
	{"JP", "Q. 店舗の場所は？\nA. {-street_no_number}です。"},
	{"TW", "Q. 門市在哪裡？\nA. {-street_no_number}，{-phone_cue_no_number}。"},
	{"US", "Q. Where is the store?\nA. {-street_no_number}, {-phone_cue_no_number}."},
	{"US", "Q. Do you need my SSN?\nA. No. Never send numbers like {-us_ssn}."},
	{"US", "Q. Which card was charged?\nA. The receipt shows {-masked_card}."},
	{"US", "Q. Gift wrap colors?\nA. {=latin_word:Rose}, {=latin_word:Ivy}, {=latin_word:Amber} and {=latin_word:Violet}; {=latin_word:Holly} patterns in December."},
	{"US", "Q. Where can I pick up?\nA. {-place_name} or {-place_name}, at {-company} lockers."},
	{"US", "Q. Why is my name shown as {-masked_name}?\nA. We mask names and numbers like {-masked_phone} on public pages."},
	{"US", "Q. What does {-code_cue_not_door} mean?\nA. It is not a delivery instruction; leave the gate code field empty if you have none."},
}

// faq writes n entries, all of them once and then at random.
func (c *Corpus) faq(name string, n int) {
	g := c.gen(name)
	t := new(text)
	for i := range n {
		e := faqEntries[i%len(faqEntries)]
		if i >= len(faqEntries) {
			e = pick(g.r, faqEntries)
		}
		if i > 0 {
			t.lit("\n\n")
		}
		g.fill(t, e.tmpl, e.country)
	}
	t.lit("\n")
	c.addText(name, t)
}
