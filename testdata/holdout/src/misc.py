"""Negative-rich data from every market: logs, a catalogue, settlements,
carrier tracking, FAQ pages, configuration, reviews. A few real leaks are
mixed in, as they are in real logs."""

import random

from core import A, C, N, P, X, write_csv, write_json, write_ndjson, write_text
from pools import KR_SURNAME_WORDS, jp_mobile, kr_address, kr_mobile, kr_name, tw_mobile, us_phone

r = random.Random(7)


def uuid():
    return "%08x-%04x-4%03x-%x%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                              r.choice([8, 9, 10, 11]), r.getrandbits(12), r.getrandbits(48))


def ip():
    return "%d.%d.%d.%d" % (r.choice([10, 172, 192, 203, 52, 13]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def server_log():
    lines = []
    paths = ["/api/v2/orders", "/api/v2/orders/{id}", "/api/v1/cart", "/health", "/api/v2/address/search",
             "/static/js/app.4f9c2e1b.js", "/api/v2/payments/confirm", "/graphql"]
    for i in range(170):
        ts = "2024-06-%02dT%02d:%02d:%02d.%03d+09:00" % (r.randint(1, 30), r.randint(0, 23), r.randint(0, 59),
                                                         r.randint(0, 59), r.randint(0, 999))
        k = r.random()
        if k < 0.55:
            p = r.choice(paths).replace("{id}", str(r.randint(10000000, 99999999)))
            lines.append('%s INFO  http %s "%s %s HTTP/1.1" %d %d %dms req=%s ua="okhttp/4.12.0"' % (
                ts, ip(), r.choice(["GET", "POST", "PUT"]), p, r.choice([200, 200, 201, 204, 304, 400, 404, 500]),
                r.randint(0, 90000), r.randint(1, 2400), uuid()))
        elif k < 0.65:
            lines.append("%s WARN  db slow query %dms table=orders rows=%d shard=%d build=%s" % (
                ts, r.randint(500, 9000), r.randint(1, 50000), r.randint(0, 15), "1.%d.%d-%s" % (
                    r.randint(0, 30), r.randint(0, 99), "%07x" % r.getrandbits(28))))
        elif k < 0.72:
            lines.append("%s INFO  batch settle merchant=%d amount=%d currency=%s fee=%.2f" % (
                ts, r.randint(100000, 999999), r.randint(1000, 9999999), r.choice(["KRW", "JPY", "TWD", "USD"]),
                r.uniform(0, 999)))
        elif k < 0.78:
            lines.append("%s ERROR payment pg=toss code=PAY_PROCESS_CANCELED orderId=%d retry=%d/3 trace=%s" % (
                ts, r.randint(2024000000000, 2024999999999), r.randint(1, 3), "%032x" % r.getrandbits(128)))
        elif k < 0.82:
            lines.append("%s DEBUG cache hit ratio=0.%02d keys=%d mem=%dMiB gc=%dms go1.22.4 linux/amd64" % (
                ts, r.randint(50, 99), r.randint(1000, 999999), r.randint(100, 4000), r.randint(1, 90)))
        elif k < 0.88:
            # a real leak: a debug line that prints the SMS recipient and the delivery memo
            lines.append("%s DEBUG sms.send to=%s tpl=ORDER_SHIPPED vars={name:%s}" % (
                ts, P(kr_mobile(r, r.choice(["plain", "dash"])), "KR"), N(kr_name(r), "KR")))
        elif k < 0.91:
            lines.append("%s DEBUG addr.normalize in=%s ok=true latency=%dms" % (ts, A(kr_address(r), "KR"),
                                                                                  r.randint(1, 80)))
        elif k < 0.94:
            lines.append("%s INFO  scheduler cron=\"0 */15 * * *\" next=2024-06-%02d %02d:%02d job=reindex v=%d.%d.%d" % (
                ts, r.randint(1, 30), r.randint(0, 23), r.choice([0, 15, 30, 45]), r.randint(1, 9), r.randint(0, 20),
                r.randint(0, 9)))
        else:
            lines.append("%s INFO  k8s pod=api-%s-%s node=ip-10-0-%d-%d.ap-northeast-2.compute.internal restarts=%d" % (
                ts, "%08x" % r.getrandbits(32), "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5)),
                r.randint(0, 255), r.randint(0, 255), r.randint(0, 5)))
    write_text("data/misc/app_server.log", "\n".join(lines) + "\n")


CATALOG = [
    ("이순신 장군 피규어 1/12", "Admiral Yi Sun-sin figure 1/12", "李舜臣将軍フィギュア", "李舜臣將軍模型"),
    ("한경희 스팀다리미", "Han Kyung-hee steam iron", "ハンギョンヒ スチームアイロン", "韓京姬蒸氣熨斗"),
    ("켈리 백 25 블랙", "Kelly Bag 25 Black", "ケリーバッグ25 ブラック", "凱莉包25 黑色"),
    ("타미힐피거 슬림진", "Tommy Hilfiger slim jeans", "トミーヒルフィガー スリムジーンズ", "Tommy Hilfiger 修身牛仔褲"),
    ("김정문알로에 수딩젤", "Kim Jeong Moon Aloe soothing gel", "キムジョンムンアロエ", "金正文蘆薈凝膠"),
    ("정관장 홍삼정", "CheongKwanJang red ginseng extract", "正官庄 紅参精", "正官庄 高麗蔘精"),
    ("마쓰모토키요시 립밤", "Matsumoto Kiyoshi lip balm", "マツモトキヨシ リップクリーム", "松本清護唇膏"),
    ("요시노야 규동 소스", "Yoshinoya beef bowl sauce", "吉野家 牛丼の具", "吉野家牛丼醬"),
    ("왕품 스테이크 소스", "Wang Steak sauce", "王品 ステーキソース", "王品牛排醬"),
    ("링컨 전기 (양장)", "Lincoln biography hardcover", "リンカーン伝", "林肯傳 精裝"),
    ("마사 스튜어트 프라이팬", "Martha Stewart skillet", "マーサ・スチュワート フライパン", "瑪莎史都華平底鍋"),
    ("세종대왕 한글 퍼즐", "King Sejong Hangul puzzle", "世宗大王ハングルパズル", "世宗大王韓文拼圖"),
    ("헬로키티 머그", "Hello Kitty mug", "ハローキティ マグ", "凱蒂貓馬克杯"),
    ("야마다 우동면 1kg", "Yamada udon noodles 1kg", "山田うどん 1kg", "山田烏龍麵"),
    ("다나카 수제 간장", "Tanaka craft soy sauce", "田中醤油 本醸造", "田中醬油"),
    ("진라면 매운맛", "Jin Ramen spicy", "ジンラーメン辛口", "真拉麵 辣味"),
    ("박카스 D 100ml", "Bacchus-D 100ml", "バッカスD", "寶佳適D"),
    ("오로나민C 120ml", "Oronamin C", "オロナミンC", "歐樂納蜜C"),
    ("대만 펑리수 12입", "Taiwan pineapple cake x12", "台湾パイナップルケーキ", "鳳梨酥12入"),
    ("아이폰 15 프로 케이스", "iPhone 15 Pro case", "iPhone 15 Pro ケース", "iPhone 15 Pro 手機殼"),
]


def catalog_csv():
    header = ["sku", "barcode", "name_ko", "name_ja", "name_zh", "name_en", "brand", "price_krw", "stock", "updated"]
    rows = []
    for i in range(60):
        ko, en, ja, zh = r.choice(CATALOG)
        rows.append(["%s-%04d" % (r.choice(["KR", "JP", "TW", "GL"]), r.randint(0, 9999)),
                     r.choice(["880", "490", "471", "0"]) + "".join(r.choice("0123456789") for _ in range(10)),
                     ko, ja, zh, en, en.split(" ")[0], "{:,}".format(r.randint(10, 3000) * 100), str(r.randint(0, 900)),
                     "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))])
    write_csv("data/misc/catalog.csv", header, rows)


def settlement_csv():
    header = ["정산ID", "가맹점명", "사업자번호", "대표자", "은행", "계좌번호", "예금주", "정산금액", "수수료", "입금예정일", "비고"]
    rows = []
    banks = [("신한", "110-%03d-%06d"), ("국민", "%06d-%02d-%06d"), ("우리", "1002-%03d-%06d"), ("농협", "352-%04d-%04d-%02d"),
             ("하나", "%03d-%06d-%05d"), ("카카오뱅크", "3333-%02d-%07d")]
    shops = ["(주)한빛상사", "김밥천국 역삼점", "이마트24 판교점", "박가네 족발", "최가네 반찬", "정육각", "오늘의집 셀러", "장인약과"]
    for i in range(45):
        bank, fmt = r.choice(banks)
        nums = tuple(r.randint(0, 9999) for _ in range(fmt.count("%")))
        acct = fmt % nums
        owner = kr_name(r)
        shop = r.choice(shops)
        company_owner = shop.startswith("(주)")
        rows.append(["S%09d" % r.randint(0, 999999999), shop,
                     "%03d-%02d-%05d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 99999)),
                     N(owner, "KR"), bank, acct, shop if company_owner else N(owner, "KR"),
                     "{:,}".format(r.randint(1000, 90000000)), "{:,}".format(r.randint(100, 900000)),
                     "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
                     r.choice(["", "", "보류", "세금계산서 발행", "D+2 정산", "부가세 10% 포함"])])
    write_csv("data/misc/settlement.csv", header, rows)


HUBS = ["옥천HUB", "곤지암 메가허브", "大田 중부권 터미널", "羽田クロノゲート", "厚木ゲートウェイ", "台北營業所", "桃園轉運中心",
        "Louisville, KY Worldport", "Memphis, TN 38118", "Ontario, CA 91761", "大阪主管支店", "高雄前鎮營業所"]


def tracking_ndjson():
    docs = []
    for i in range(80):
        carrier = r.choice(["CJ", "YAMATO", "TCAT", "UPS", "USPS", "HANJIN", "SAGAWA"])
        if carrier in ("CJ", "HANJIN", "TCAT"):
            no = "%012d" % r.randint(0, 999999999999)
        elif carrier in ("YAMATO", "SAGAWA"):
            no = "%04d-%04d-%04d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999))
        elif carrier == "UPS":
            no = "1Z%s" % "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        else:
            no = "9400 1%s" % " ".join("%04d" % r.randint(0, 9999) for _ in range(5))
        docs.append({"carrier": carrier, "tracking": no, "status": r.choice(["PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY",
                                                                             "DELIVERED", "EXCEPTION"]),
                     "location": r.choice(HUBS), "at": "2024-06-%02d %02d:%02d" % (r.randint(1, 30), r.randint(0, 23),
                                                                                   r.randint(0, 59)),
                     "weight": "%.1fkg" % r.uniform(0.1, 25), "pieces": r.randint(1, 4),
                     "eta": r.choice(["06/18", "6月18日", "6/18(火)", "2024.06.18", "113/06/18", "Jun 18"])})
    write_ndjson("data/misc/carrier_events.ndjson", docs)


FAQ = f"""# 자주 묻는 질문 / よくある質問 / 常見問題 / FAQ

## 배송
Q. 배송지는 어떻게 변경하나요?
A. 마이페이지 > 주문내역 > 배송지 변경에서 출고 전까지 변경 가능합니다. 주소 검색은 도로명주소 기준입니다.
Q. 공동현관 비밀번호는 꼭 입력해야 하나요?
A. 아닙니다. 공동현관 비밀번호 입력은 선택사항이며, 배송 완료 후 30일 뒤 자동 삭제됩니다.
Q. 제주/도서산간 추가 배송비는?
A. 제주 3,000원, 도서산간 5,000원이 추가됩니다. (2024년 7월 1일부터 적용)
Q. 고객센터 운영시간
A. 평일 09:00~18:00, 전화 {X("p", "1544-7788", "KR", "company hotline")}, 카카오톡 @한빛몰

## 配送について
Q. オートロックのマンションでも置き配できますか？
A. はい。ご注文時に「オートロック番号」欄へご入力ください。入力された番号は配送完了後に削除されます。
Q. 配送料はいくらですか？
A. 全国一律660円（税込）、5,500円以上で送料無料です。沖縄・離島は+1,100円。
お問い合わせ：{X("p", "0120-988-246", "JP", "company free-dial")}（受付時間 10:00～18:00 土日祝除く）

## 配送說明
Q. 可以指定到貨時間嗎？
A. 宅配可指定上午（9-13點）或下午（14-18點），超商取貨約3-5個工作天。
Q. 大門密碼一定要填嗎？
A. 非必填。若社區有管理室，建議選擇「管理室代收」。
客服專線：{X("p", "0800-023-118", "TW", "company toll-free")}（週一至週五 09:00-18:00）

## Shipping (US)
Q. Do you ship to PO boxes?
A. Yes, via USPS only. Gate codes and door codes can be added in "Delivery instructions" at checkout.
Q. How long does it take?
A. 3-5 business days; Alaska and Hawaii 7-10. Orders over $49 ship free.
Call us at {X("p", "1-888-412-3390", "US", "company toll-free")}, 9am-5pm ET. Version 2024.06.1
"""

CONFIG = {
    "service": "order-api", "version": "3.18.2", "build": "2024-06-11T03:12:45Z+a1b2c3d",
    "http": {"addr": "0.0.0.0:8080", "readTimeout": "15s", "tls": {"cert": "/etc/tls/tls.crt", "minVersion": "1.2"}},
    "db": {"host": "orders-db.internal", "port": 5432, "name": "orders", "pool": {"max": 40, "idle": 10}},
    "regions": [{"code": "KR", "currency": "KRW", "tz": "Asia/Seoul", "postalCodeRegex": "^\\d{5}$"},
                {"code": "JP", "currency": "JPY", "tz": "Asia/Tokyo", "postalCodeRegex": "^\\d{3}-\\d{4}$"},
                {"code": "TW", "currency": "TWD", "tz": "Asia/Taipei", "postalCodeRegex": "^\\d{3}(\\d{2,3})?$"},
                {"code": "US", "currency": "USD", "tz": "America/New_York", "postalCodeRegex": "^\\d{5}(-\\d{4})?$"}],
    "features": {"doorCodeField": True, "maskPhoneInLogs": False, "addressAutocomplete": {"provider": "juso.go.kr",
                                                                                          "timeoutMs": 800}},
    "sms": {"sender": X("p", "1588-0123", "KR", "company sender number"), "rateLimitPerMin": 600},
    "cron": {"settle": "0 2 * * *", "purgeEntranceCodes": "30 4 * * *"},
    "releaseNotes": ["3.18.2: 공동현관 비밀번호 30일 후 자동 삭제", "3.18.0: 住所の自動補完", "3.17.5: 修正大門密碼欄位長度",
                     "3.17.0: gate code field added to US checkout"],
}


def reviews_ndjson():
    texts = [
        ("KR", "이순신 장군 피규어 디테일 최고입니다 ㅎㅎ 박스도 튼튼"), ("KR", "김치가 너무 맛있어요 이번에도 재구매합니다"),
        ("KR", "배송 기사님 친절하셨어요! 문앞에 잘 두고 가셨어요"), ("KR", "정말 별로에요 환불 원해요"),
        ("KR", "한정판이라 샀는데 만족. 3만원대 가성비 굿"), ("KR", "사이즈 270 정사이즈입니다 발볼 넓으면 한치수 업"),
        ("KR", "강남점 직원분 친절"), ("KR", "유통기한 2024.12.31 까지 넉넉해요"), ("JP", "山田うどん、コシがあって美味しい"),
        ("JP", "ケリーバッグ、思ったより小さい"), ("JP", "配送が早くて助かりました。星5つ"), ("JP", "田中醤油はやっぱり最高"),
        ("TW", "王品牛排醬很好吃 會回購"), ("TW", "鳳梨酥周末就收到了 讚"), ("TW", "包裝黃色很可愛"), ("TW", "林口門市店員很親切"),
        ("US", "Kelly Bag strap broke after a week"), ("US", "Love the Tommy Hilfiger jeans, true to size"),
        ("US", "Mrs. Fields cookies arrived crushed"), ("US", "Will order again. Grant access to the gate next time lol"),
        ("US", "Great for Mother's Day, my mom Mary loved it"), ("KR", "{n}님 추천으로 샀어요 굿굿"),
    ]
    docs = []
    for i in range(50):
        cc, t = r.choice(texts)
        if "{n}" in t:
            t = t.format(n=N(kr_name(r), "KR"))
        if "my mom Mary" in t:
            t = t.replace("Mary", N("Mary", "US"))
        reviewer = r.choice(["김**", "이*진", "박○○", "s***a", "ta****", "陳**", "user8831", "고객님", "山田＊＊", "J*** D."])
        docs.append({"review_id": r.randint(10 ** 8, 10 ** 9), "product": r.choice(CATALOG)[3 if cc == "TW" else 0],
                     "rating": r.randint(1, 5), "reviewer": reviewer, "country": cc, "text": t,
                     "helpful": r.randint(0, 80), "photos": r.randint(0, 3)})
    write_ndjson("data/misc/reviews.ndjson", docs)


def surname_words_text():
    """Sentences full of Korean words that begin with surname syllables, Japanese and
    Chinese words made of name characters, and English words that are first names."""
    kr = " ".join(KR_SURNAME_WORDS)
    lines = [
        "오늘 김장 김치 이번 주말 박스 포장 최대한 빨리 정말 감사합니다",
        "조금 늦어도 괜찮아요 윤활유 장바구니 임시 저장 한번 확인 부탁",
        "서비스 신발 권장 사이즈 황금연휴 안내 안전 송장 유리 남은 수량",
        "노란색 하루 배송 곽티슈 성함 차량 주문 주말 우편 구매 민원",
        "진짜 나중에 지하 엄청 채소 원래 천천히 방문 공동현관 함께 변경",
        "여기 추가 도착 소포 선물 설명 마트 길가 연락 위치 표시 명절 기사님",
        "반품 왕복 금액 옥상 육포 인터폰 제품 모레 탁송 국물 어제 은행 편의점 용기 예약",
        "경비실 봉투 사은품 부재 전화 주세요 고객 만족 배송 완료",
        kr,
        "本日の配達は中村橋営業所から。田中町の倉庫、山本線、小林駅前、高橋の近く、松本城の見学",
        "佐藤商店 鈴木自動車 森永ミルク 林檎 池田屋 石川県 岡山駅 前田ビル 吉田うどん 清水寺",
        "周末 周年 陳列 張貼 黃色 李子 林口 王品 劉海 黃金 高雄 中山路 林森北路 吳郭魚 許可 曾經 何時 江邊 方便 石頭",
        "Will call pickup. May 5 delivery. June promo. Mark as delivered. Grant access. Rich text. Amber alert. Bill to: same.",
        "Jordan 1 restock, Georgia peaches, Victoria's Secret sale, Wells Fargo ATM, Morgan Stanley report, Washington Monument",
        "Dear Customer, Dear Valued Member, Hi there, Sincerely, The Team",
        "마스킹 예: 김*준, 이○○, 박**, 010-****-1234, 서울 강남구 ***, 山田＊＊, 陳＊明, 0912-***-678, J*** D***",
        "수량 3개, 12층, 101동 1203호, 2박스, 3시 30분, 3/15(금), 2024년 3월 15일, ₩12,000, ¥3,980, NT$450, $19.99",
        "주문번호 2024031512345678 / 송장 6342-1187-5520 / 사업자 220-81-62517 / 법인 110111-1234567",
        "계좌 110-234-567890 (신한) / 1002-345-678901 (우리) / 352-0123-4567-83 (농협)",
        "카드 5570-****-****-1102 / 승인 30018842 / 할부 3개월 / 포인트 1,280P",
        "IP 192.168.10.21 / 10.0.0.1 / MAC 00:1A:2B:3C:4D:5E / v10.2.3 / build 20240315.1",
        "ISBN 978-89-1234-567-8 / JAN 4901234567894 / 品番 AB-1234-567 / 統一編號 24536806 / 發票 AB-12345678",
        "주민번호 900101-1****** / 外国人登録 / 身分證 A1******89 / SSN ***-**-1234",
        "令和6年6月12日 / 2024年6月12日(水) / 113年6月12日 / 06/12/2024 / 12.06.2024 / 20240612153012",
        "쿠폰 WELCOME2024 / SPRING10 / 割引コード SUMMER24 / 優惠碼 SHOPEE88 / promo SAVE10",
        "우편번호 06236 / 〒150-0001 / 郵遞區號 10617 / ZIP 10019-2937",
        "101호 202호 303호 / 3F 5F 12F / B1 / Apt 4B / Suite 400 / 5樓之1 / 305号室",
        "전화번호 형식: 010-XXXX-XXXX / 電話番号 090-XXXX-XXXX / 手機 09XX-XXX-XXX / phone (XXX) XXX-XXXX",
        "서울 강남구 맛집 추천 / 부산 출장 / 강남역 2번 출구 / 테헤란로 지점 / 東京駅 / 新宿店 / 台北101 / Main Street Bakery",
        "Apple Store Fifth Avenue / IP address 10.0.0.1 / email address / Route 66 / Delivery to Tokyo takes 3 days",
        "서울특별시 교육청 공지사항 / 경기도청 / 大阪府庁 / 臺北市政府 / State of Texas",
    ]
    write_text("data/misc/hard_negatives.txt", "\n".join(lines) + "\n")


def mixed_chat():
    t = f"""Support queue export (multi-market), 2024-06-20
#8812 [KR] 고객 {N("권나래", "KR")} 배송지 오류. 맞는 주소: {A("인천 연수구 송도과학로 16번길 33-4 송도 더샵 907동 3301호", "KR")}
#8813 [JP] 顧客 {N("近藤 洋平", "JP")} 様、電話 {P(jp_mobile(r, "dash"), "JP")}、置き配希望
#8814 [TW] 客人 {N("鄭雅雯", "TW")} 手機 {P(tw_mobile(r, "4-3-3"), "TW")} 要求改超商取貨（全家 信義松仁店）
#8815 [US] customer {N("Olivia Martinez", "US")} tel {P(us_phone(r, "dash"), "US")} gate code {C("1964", "US")}
#8816 [KR] 결제 오류 (PG 코드 E1045), 주문 2024062000871 금액 ₩56,000 — 개인정보 없음
#8817 [JP] 在庫切れ: 品番 JP-0712 山田うどん 1kg（入荷予定 7/3）
#8818 [TW] 退貨 NT$1,280，退款帳號末五碼 33821，收件人 {N("洪冠宇", "TW")}
#8819 [US] Address validation failed for "{A("48 Magnolia Ct, Madison WI 53704", "US")}" (USPS: missing unit?)
#8820 [KR] 공동현관 비번 오입력 정정 요청: 기존 {C("1357", "KR")} → 변경 {C("7531#", "KR")}
#8821 [KR] 상담원 메모: 고객이 본인 이름 철자 정정 {N("류 한결", "KR")} (기존 '{N("유한결", "KR")}')
#8822 [US] Please call back {N("Carlos", "US")} at {P("+1 (469) 227-0831", "US")} re: lockbox {C("2020", "US")}
#8823 [JP] {A("北海道札幌市中央区大通西4丁目1", "JP")} 宛の荷物、オートロック{C("5519", "JP")}
"""
    write_text("data/misc/support_queue_mixed.txt", t)


def write():
    server_log()
    catalog_csv()
    settlement_csv()
    tracking_ndjson()
    write_text("data/misc/faq.md", FAQ)
    write_json("data/misc/order_api_config.json", CONFIG)
    reviews_ndjson()
    surname_words_text()
    mixed_chat()
