package corpus

// negWords are hard negatives drawn from word lists, by category and country.
var negWords = map[string]map[string][]string{
	// Common Korean words whose first syllable is a surname: a name detector
	// that trusts a surname table alone reads them as names.
	negSurnWord: {"KR": f(`
이번 정말 조금 한번 강남구 김치 박스 최고 이상 정보 안녕 오늘 신발 장난감 고객님 문의 배송비 주문서
유리 조심 남자 여자 한국 전화 임시 윤기 오전 오후 하루 나중 우리 전부 방금 최대 최소 정상 이미 김밥
박수 송금 안전 황금 홍보 구매 배달 차량 성함 고민 진짜 황당 고장 우편 성공 차이 공지 방문 백화점 문자
도착 인증 양도 남아 기사님 노력 마감 제품 표시 명절 반품 금액 옥상 육개장 인터넷 국내 어제 은행 편의점
용량 예약 봉투 경비실 가격 복도 태그 목요일 계란 피자 두부 감사 동네 온라인 호박 상자 시간 간식 단독 당일
정수기 강아지 송아지 유모차 전자레인지 신용카드 문고리 방문객 임대인 전기세 경비원 홍삼정 황금빛 노트북
도시락 마스크 구두약 공기청정기 남자친구 여자친구 우체국 하루종일 서랍장 백설기 심부름 진공청소기 설명서
명함 주차장 원룸 천장 방충망 함께 변기 추가금 석류 선물세트 설탕 마우스 길이 연필 위치 표준 기념일 반찬 왕복
금요일 옥수수 육아 제주도 탁자 국물 어린이 은색 편지 용기 봉지 경기도 부모님 복숭아 목도리 형님 피부 감자
정말로 이정도 최소한 조미료 한우 안내 이용 조회 신청 연락 주소 하자 장바구니 고객센터 배송지 수령 박하사탕`)},
	// Japanese and Chinese words whose first character is a common surname.
	negCJKWord: {
		"JP": f(`金曜日 金額 林檎 森林 中央 高速 石油 本日 前回 小計 大阪 東京 山頂 田舎 松茸 竹輪 池袋 原因 村役場 岡山 藤色 橋渡し 近所 福袋 坂道 青空 西口 長期 吉報`),
		"TW": f(`陳列 林業 黃色 張貼 李子 王國 吳郭魚 劉海 楊桃 許多 何時 江湖 方法 林口 曾經 葉子 蘇打 高興 陳述 張開 周末 黃金 高雄 金額 周年 程序 馬上 董事 連續 唐揚 余額 羅馬 洪水 鄭重 謝謝 郭外 梁柱 施工 游泳 沈默 潘朵拉 趙州 孫子 宋體 杜絕 曹操 石頭`),
	},
	// English words that are also given names, used as words.
	negLatinWord: {"US": f(`Will May June April Grace Hope Rose Amber Mark Bill Frank Joy Faith Jack Iris Ivy Dawn Autumn Sterling Violet Jasmine Summer Crystal Ruby Pearl Holly Jade Chase Art Rich Sunny Wade Drew Pat Sue Rob Don Gene Guy Miles Lane`)},
	negCompany: {
		"KR": f(`삼성전자 쿠팡 네이버 카카오 현대자동차 LG전자 신세계 롯데마트 이마트 정관장 한샘 한화 조선호텔 오뚜기 남양유업 하림 배달의민족 안랩 유한킴벌리 홍콩반점 김밥천국 이디야커피 우리은행 국민은행 신한은행 하나은행 기업은행 농협 우체국택배 한진택배 롯데택배 로젠택배 CJ대한통운 마켓컬리 김가네 박가부대 장수돌침대 천호식품 동원F&B 고려대학교`),
		"JP": f(`高島屋 伊勢丹 松屋 吉野家 佐川急便 西濃運輸 日本郵便 楽天 三井住友銀行 三菱UFJ銀行 本田技研工業 無印良品 小林製薬 山崎製パン 森永製菓 江崎グリコ 西松屋 中村屋 ヤマト運輸 ソニー トヨタ自動車 任天堂`),
		"TW": f(`統一超商 全家便利商店 台積電 鴻海 中華電信 黑貓宅急便 新竹物流 中華郵政 國泰世華銀行 玉山銀行 誠品書店 大同電鍋 蝦皮購物 義美 王品牛排 金門高粱 台灣高鐵 長榮航空`),
		"US": {"Morgan Stanley", "Wells Fargo", "Johnson & Johnson", "Procter & Gamble", "Trader Joe's", "Dick's Sporting Goods",
			"Ben & Jerry's", "Dr Pepper", "Kellogg's", "Walgreens", "Costco Wholesale", "Home Depot", "Best Buy", "UPS Store", "FedEx Office", "Whole Foods Market"},
	},
	negProduct: {
		"KR": {"갤럭시 S24 울트라 256GB", "정관장 홍삼정 240g", "김치냉장고 딤채 4도어", "이니스프리 그린티 세럼", "박하사탕 1kg", "최고급 한우 선물세트", "강화유리 보호필름 2매", "정품 에어팟 프로 2세대", "유기농 바나나 1.2kg", "안심 도어락 커버", "한방 샴푸 500ml", "조선 김 선물세트 12봉"},
		"JP": {"無印良品 ポリプロピレン収納ケース", "森永ミルクキャラメル 12粒", "小林製薬 熱さまシート", "山崎 ランチパック", "伊藤園 お〜いお茶 525ml", "金のつぶ 納豆 3パック"},
		"TW": {"大同電鍋 10人份", "義美小泡芙 57g", "王子麵 5入", "林鳳營鮮乳 936ml", "金門高粱酒 58度", "黃金蕎麥麵 3包"},
		"US": {"Jack Daniel's Tennessee Whiskey 750ml", "Rose Gold iPhone Case", "Victoria's Secret Body Mist", "Hope Diamond replica pendant", "Frank's RedHot Sauce 12oz", "Newman's Own Dressing", "Aunt Jemima pancake mix"},
	},
	negPlace: {
		"KR": f(`강남역 홍대입구 해운대 제주공항 서울역 부산역 명동 경복궁 판교 잠실종합운동장 광화문 인천공항 동대문시장 남산타워 여의도공원`),
		"JP": f(`渋谷駅 新宿御苑 大阪城 京都駅 札幌 梅田 東京タワー 横浜中華街 成田空港 浅草寺 心斎橋 博多駅`),
		"TW": f(`台北車站 台北101 西門町 九份 日月潭 墾丁 士林夜市 桃園機場 逢甲夜市 淡水老街 高雄港 阿里山`),
		"US": {"Times Square", "Golden Gate Park", "Union Station", "Central Park", "Washington Square Park", "Lincoln Park", "Jackson Heights", "Pike Place Market", "O'Hare", "JFK Terminal 4", "Lake Tahoe", "Venice Beach"},
	},
	negRegion: {
		"KR": {"서울 강남구", "서울특별시 마포구", "경기도 성남시 분당구", "부산 해운대구", "대구광역시 수성구", "인천 연수구 송도동", "제주특별자치도 제주시", "서울시 송파구 잠실동"},
		"JP": {"東京都渋谷区", "大阪府大阪市北区", "神奈川県横浜市", "北海道札幌市", "福岡県福岡市博多区", "京都府京都市"},
		"TW": {"台北市大安區", "新北市板橋區", "臺中市西屯區", "高雄市前鎮區", "桃園市中壢區", "臺南市東區"},
		"US": {"San Francisco, CA", "Brooklyn, NY 11211", "Austin, TX", "Chicago, IL 60614", "Seattle, WA", "Honolulu, HI 96815", "Fort Lee, NJ"},
	},
	negDoorNone: noCode,
	// Phone cue words followed by something that is not a phone number.
	negPhoneCue: {
		"KR": {"전화 상담 10:00~18:00", "휴대폰 케이스 SM-S918N 호환", "연락처 변경 없음", "핸드폰 번호 뒷자리 4자리", "전화 주문 시 5% 할인", "휴대폰 결제 한도 300,000원"},
		"JP": {"電話受付 10:00〜17:00", "携帯ケース XQ-DQ54 対応", "電話番号の変更なし"},
		"TW": {"電話客服 09:00-18:00", "手機殼 A2894 適用", "手機號碼末三碼"},
		"US": {"phone hours 9am-5pm ET", "phone case for A2894", "ext. 204", "Tel: see below"},
	},
	// Streets and neighbourhoods without a house number: places, not addresses.
	negStreet: {
		"KR": {"테헤란로 일대", "강남대로 교통 통제", "서울 마포구 양화로 일대", "해운대로 맛집", "판교역로 인근", "부산 해운대구 센텀중앙로 근처"},
		"JP": {"渋谷区道玄坂の近く", "新宿区西新宿エリア", "梅田周辺", "みなとみらい地区"},
		"TW": {"忠孝東路四段商圈", "信義路五段附近", "台灣大道沿線"},
		"US": {"Market St & 5th St", "along Sunset Blvd", "near Pike St", "Broadway between 72nd and 79th"},
	},
	negDoorCall: {
		"KR": {"호출 1203", "경비실 호출 후 1504호", "호출버튼 누르고 802호", "인터폰 1101"},
		"JP": {"呼出 305", "部屋番号 1203 を押して呼出"},
		"TW": {"按 12 樓電鈴", "對講機 5F"},
		"US": {"buzz #4B", "call box 214"},
	},
	negPwRule: {
		"KR": {"비밀번호 8자리 이상", "비밀번호는 영문+숫자 10자 이상", "카드 비밀번호 앞 2자리", "비밀번호 5회 오류 시 잠금"},
		"JP": {"パスワードは8文字以上", "暗証番号を3回間違えるとロック", "暗証番号4桁を入力"},
		"TW": {"密碼至少8碼", "門禁時間 23:00", "門禁卡 1 張"},
		"US": {"at least 8 characters", "PIN must be 4 digits", "zip code 94110", "area code 415", "promo code SAVE20", "Gate B24"},
	},
	negAptNotice: {
		"KR": {"101동~105동 엘리베이터 점검 10:00~12:00", "3~5라인 단수 예정", "지하주차장 B2 물청소", "12층 이상 세대 수압 점검", "관리비 고지서 3월분 배부"},
		"JP": {"3階 エレベーター点検 10:00〜12:00", "ゴミ出しは火・金"},
		"TW": {"B2 停車場清洗", "電梯保養 10:00-12:00"},
		"US": {"Elevator B maintenance 10am-12pm", "Trash pickup Tue/Fri"},
	},
}
