package corpus

// Korean free-text templates (see gen.fill for the slot syntax).

// koChats are customer-service chat sessions, one per template.
var koChats = []string{
	`[{clock}] 고객: 안녕하세요 주문번호 {-order_no} 배송지 변경하려고요
[{clock}] 상담원 {name}: 안녕하세요 고객님, 변경하실 주소 말씀 부탁드립니다.
[{clock}] 고객: {addr} 로 부탁드려요
[{clock}] 고객: 받는 사람 {name}, 연락처 {phone}
[{clock}] 상담원: 변경 완료되었습니다. 공동현관 출입 방법이 있으면 남겨주세요.
[{clock}] 고객: {door} 문앞에 놔주세요`,
	`[{clock}] 고객: {=surname_word:이번}에 주문한 {-product_name} {=surname_word:박스}가 다 찢어져서 왔어요
[{clock}] 상담원: 불편을 드려 죄송합니다. 주문자 {=surname_word:성함}과 연락처 확인 부탁드려요
[{clock}] 고객: {name} / {phone}
[{clock}] 상담원: 교환 회수 기사님이 {=surname_word:오늘} {-time}경 방문 예정입니다
[{clock}] 고객: {=surname_word:정말} 빨리 해주세요 {=door_no_code:공동현관 비번 없어요 자유출입이에요}`,
	`[{clock}] 고객: 카드 결제 취소 요청합니다. 승인번호 {-approval_no}, 금액 {-price}
[{clock}] 상담원: 결제하신 카드 {-masked_card} 맞으실까요?
[{clock}] 고객: 네 맞아요
[{clock}] 상담원: 취소 접수되었습니다. 영업일 기준 3~5일 소요됩니다.`,
	`[{clock}] 고객: 환불 계좌 등록할게요 {=company:국민은행} {-bank_account} 예금주 {name}
[{clock}] 상담원: 등록되었습니다. 본인 확인을 위해 등록된 번호 {-masked_phone} 로 인증번호를 보냈습니다
[{clock}] 고객: 인증번호 {-otp_code} 입니다`,
	`[{clock}] 고객: 택배가 안 와요. 송장번호 {-tracking_no} 조회하면 배송완료라고 나와요
[{clock}] 상담원: {=company:CJ대한통운} 담당 기사님 번호 {phone} 로 확인해보시겠어요?
[{clock}] 고객: 주소는 {addr} 인데 {=surname_word:경비실}에도 없대요
[{clock}] 상담원: 확인 후 {=surname_word:오후} 중으로 연락드리겠습니다.`,
	`[{clock}] 고객: 세금계산서 발행 요청드립니다. 사업자등록번호 {-business_reg_no}
[{clock}] 고객: 상호 {=company:한샘} 대리점, 담당자 {name} 과장, 전화 {phone}, 메일 {-email}
[{clock}] 상담원: 접수되었습니다. 법인등록번호 {-corporate_reg_no} 도 함께 확인되었습니다.`,
	`[{clock}] 상담원: {-masked_name} 고객님 맞으신가요?
[{clock}] 고객: 네 제가 {name}입니다. 번호 바뀌어서 {phone} 로 변경해주세요
[{clock}] 상담원: 변경되었습니다. 공동현관 비밀번호도 바뀌셨으면 알려주세요
[{clock}] 고객: 공동현관 비번 {code} 으로 바뀌었어요`,
	`[{clock}] 고객: {=surname_word:안녕}하세요 {-region_no_street} 사는데 {=surname_word:당일}배송 되나요?
[{clock}] 상담원: {-place_name} 인근은 {-time} 이전 주문 시 당일 도착합니다.
[{clock}] 고객: {=surname_word:최고}네요 {=surname_word:한번} 주문해볼게요`,
	`[{clock}] 고객: 선물 보내려는데 받는 분 주소 {zipaddr} / {name} / {phone} 이렇게 입력하면 되나요?
[{clock}] 상담원: 네 맞습니다. 선물 포장은 {-price} 추가됩니다.`,
	`[{clock}] 고객: 책 주문했는데 ISBN {-isbn} 이 아니라 다른 책이 왔어요
[{clock}] 상담원: 주문번호 {-order_no} 확인했습니다. 회수 주소가 {addr} 맞으신가요?
[{clock}] 고객: 네. 회수 오실 때 {door}`,
	`[{clock}] 고객: 앱 버전 {-version} 에서 결제가 안 돼요. 오류코드 {-error_code}
[{clock}] 상담원: 불편을 드려 죄송합니다. 최신 버전으로 업데이트 후 다시 시도 부탁드립니다.`,
	`[{clock}] 고객: 아들 이름으로 받을게요 {name} {phone}
[{clock}] 고객: 주소는 {addr}, 우편번호 {zip}
[{clock}] 고객: 공동현관에서 {-door_call_unit} 하시면 열어줄 거예요`,
	`[{clock}] 고객: 회사로 받을게요. {addr} {-company} 총무팀 {name} 앞으로요. 사무실 번호 {phone}`,
	`[{clock}] 고객: 회원정보 수정이요. 생년월일 {-date}, 휴대폰 {phone}
[{clock}] 상담원: {=code_cue_not_door:비밀번호 8자리 이상} 으로 재설정도 부탁드립니다.`,
	`[{clock}] 고객: 해외직구라 통관부호 대신 주민번호 {-resident_reg_no} 넣어도 되나요?
[{clock}] 상담원: 주민등록번호는 입력하지 마시고 개인통관고유부호를 입력해 주세요.`,
	`[{clock}] 고객: 부모님 댁으로 보내주세요. {addr}
[{clock}] 고객: 어머니 {name} ({phone}), 아버지 {name} ({phone})
[{clock}] 고객: {door}, 안 되면 {=door_no_code:경비실 호출}해 주세요`,
}

// koMemos are delivery memos, one line each.
var koMemos = []string{
	"{door} 문앞에 놔주세요",
	"{door}",
	"{door}",
	"{door} 부재시 경비실에 맡겨주세요",
	"배송 전 {phone} 로 연락 부탁드립니다",
	"부재시 {phone} 연락주세요 {door}",
	"{door} / 택배함X 문앞O",
	"문 앞에 두고 벨 누르지 말아주세요 (아기 있어요)",
	"{=door_no_code:공동현관 자유출입} 문앞에 놔주세요",
	"{=door_no_code:공동현관 경비실 호출해주세요}",
	"{=door_no_code:현관 비밀번호는 기사님께 문자로 드릴게요}",
	"공동현관에서 {-door_call_unit} 눌러주세요",
	"{=surname_word:오늘} 꼭 받아야 해요! {door}",
	"경비실에 맡겨주세요",
	"{-quantity} 중 하나는 경비실에 부탁드려요",
	"공동현관 {code} 문앞에 놔주세요",
	"1층 공동현관 {code} 누르고 들어오시면 됩니다",
	"{door} 감사합니다 :)",
	"받는분 {name} / 보내는분 {name}",
	"선물이에요 {name}님께 전달 부탁드려요",
	"{=door_no_code:공동현관 없음, 문앞에 놔주세요}",
	"{door}, 배송 완료 후 {phone} 로 문자 주세요",
	"경비실 {phone}",
	"{-door_no_code}",
	"{=door_no_code:공동현관 비밀번호 바뀌었어요 도착 전 전화주세요} {phone}",
	"현관 비번 {code} 계단 이용해주세요",
	"공현 {code} 엘베 없음 3층",
	"{=surname_word:박스} 크면 {=surname_word:경비실}에 맡겨주세요",
	"{door} 강아지 있어요 벨X",
	"배송메모: {door}",
	"{-phone_cue_no_number} (주문번호 {-order_no})",
	"휴대폰 {-masked_phone} 말고 {phone} 로 연락주세요",
	"{-street_no_number}라 주차가 어려워요. {door}",
}

// koReviews are product reviews: hard negatives nearly everywhere.
var koReviews = []string{
	"★★★★★ {=surname_word:정말} 맛있어요 {=surname_word:김치}가 아삭하고 {=surname_word:최고}입니다",
	"★★★★☆ {=surname_word:이번}에도 {=surname_word:박스} 포장 꼼꼼하네요. {=surname_word:조금} 비싸지만 만족",
	"★★★☆☆ {-product_name} 샀는데 {=surname_word:이상}하게 {=surname_word:배송}이 느렸어요",
	"★★★★★ {=company:정관장} {=surname_word:홍삼정} 부모님 선물로 {=surname_word:한번} 더 샀어요",
	"★★★★★ {=surname_word:강남구} 사는데 {=surname_word:오늘} 주문하고 당일에 받았어요",
	"★★☆☆☆ 상세 {=surname_word:정보}랑 달라요. 사이즈 {-measurement}라더니 더 작아요",
	"★★★★★ {=surname_word:안녕}하세요~ {=surname_word:남자친구} 선물로 샀는데 {=surname_word:정말} 좋아하네요",
	"★★★★☆ 가격 {-price} 대비 괜찮아요. {-quantity} 샀어요",
	"★★★★★ 배송기사 {name}님 {=surname_word:정말} 친절하세요",
	"★★★☆☆ {=surname_word:유리}병이 깨져서 왔는데 {=surname_word:고객센터}에서 바로 교환해줬어요",
	"★★★★★ {=surname_word:신발} {-measurement} 딱 맞아요",
	"★★★★☆ {=surname_word:장난감} 조립이 {=surname_word:조금} 어려워요",
	"★★★★★ 모델명 {-model_no} 정품 맞네요",
	"★★★★★ {=surname_word:육개장} {=surname_word:국물}이 진해요 재구매 의사 있어요",
	"★☆☆☆☆ {-date} 주문했는데 아직도 안 옴 {-tracking_no} 조회 안 됨",
	"★★★★★ {=surname_word:오전}에 시켰는데 {=surname_word:오후}에 도착 {=surname_word:진짜} 빠름",
	"★★★★☆ {=surname_word:한국} {=surname_word:김밥} 재료로 딱이에요",
	"★★★★★ {-place_name}에서 받았는데 {=surname_word:안전}하게 잘 왔어요",
	"★★★★★ {=surname_word:고민}하다 샀는데 {=surname_word:성공}!",
	"★★★★☆ {-company} 제품이라 믿고 삽니다. {=surname_word:최소} {-quantity}는 쟁여둬요",
	"★★★☆☆ {=surname_word:정수기} 필터 {-product_code} 호환 안 돼요",
	"★★★★★ {=surname_word:강아지} 간식 {-measurement} {=surname_word:한번}에 다 먹어요",
	"★★★★★ {=surname_word:조금} 늦었지만 {=surname_word:전부} 멀쩡하게 왔어요",
	"★★★★☆ {=surname_word:황금}빛 {=surname_word:옥수수} 알이 꽉 찼어요",
	"★★☆☆☆ {=surname_word:이상}한 냄새가 나요 {=surname_word:반품} 신청합니다",
	"{-masked_name} | ★★★★★ {=surname_word:재구매} {=surname_word:한번} 더 했어요",
	"{-masked_name} | ★★★★☆ {=surname_word:포장} {=surname_word:최고}",
	"{-masked_name} | ★★★☆☆ {=surname_word:배송}은 빠른데 {=surname_word:조금} 아쉬워요",
}

// koNotices are apartment and building notices.
var koNotices = []string{
	"[관리사무소 공지] {-building_notice}",
	"[공지] {=door_no_code:공동현관 비밀번호 변경} 예정일 {-date}, 새 비밀번호는 세대별 문자로 안내드립니다",
	"관리사무소 {phone} / 경비실 {phone}",
	"[안내] 관리비 {-price} 납부 기한 {-date}, 입금계좌 {=company:우리은행} {-bank_account}",
	"주차 등록 차량: {-vehicle_plate} ({-date}까지)",
	"정기 소독 {-date} {-time}, 부재 세대는 {=surname_word:경비실}에 문의",
	"[분실물] {=surname_word:장바구니} 1개, {-place_name} 앞에서 발견",
	"택배 보관함 {-quantity} 칸 고장, 수리 예정 {-date}",
	"{-building_notice} 문의 {phone}",
	"[긴급] 엘리베이터 점검으로 {-time} 운행 중지",
	"동대표 회의 {-date} {-time}, 장소 관리사무소 2층",
	"[공지] 공동현관 출입 카드 재발급 비용 {-price}",
	"[안내] {-street_no_number} 공사로 {-date} {-time} 차량 통제",
	"관리사무소 {-phone_cue_no_number}",
}
