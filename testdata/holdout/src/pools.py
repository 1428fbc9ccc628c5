"""Value pools and shape generators. Every generator takes a random.Random
and returns plain (unannotated) text; callers wrap it with core.N/P/A/C."""

# ---------------------------------------------------------------- Korea
KR_SURNAMES = ("김 김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 "
               "고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 "
               "공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 "
               "모 탁 국 어 은 편 용 예 경 봉 사 부").split()
KR_DOUBLE_SURNAMES = ["남궁", "제갈", "선우", "황보", "독고", "사공"]
KR_GIVEN = ("민준 서연 지우 하준 서윤 도윤 지호 수아 예은 건우 현우 지민 유진 채원 시우 은서 준서 "
            "하은 태윤 다은 승현 소율 지안 예준 가은 정훈 영수 영희 미경 성호 순자 경숙 상철 동현 "
            "혜진 재훈 보람 슬기 한결 나래 은비 가람 다솜 철수 말순 옥순 정숙 광수 병철 기영 "
            "수빈 주원 시윤 윤서 민서 하린 지훈 성민 재원 현서 서진 우진 연우 민재 태희 소희 "
            "형준 용호 재석 명수 경민 진영 상민 혜원 미정 은정 유리 하늘 누리 별 솔 현").split()
KR_PLACEHOLDER = ["홍길동", "김철수", "이영희"]

# Korean words and names of things that begin with a surname syllable.
KR_SURNAME_WORDS = ("김치 김장 이번 이상 이쪽 박스 박스테이프 최고 최대 최근 정말 정상 정문 강남 강아지 "
                    "조금 조심 조리 윤활유 장바구니 장마 임시 한번 한정 오늘 오전 오후 서비스 서랍 신발 "
                    "신선 권장 황금 안내 안전 송장 송금 유통기한 유리 남은 노란색 하루 하단 곽티슈 "
                    "성함 차량 주문 주말 우편 구매 민원 진짜 나중 지하 엄청 채소 원래 천천히 방문 "
                    "공동현관 현관 함께 변경 여기 추가 도착 소포 석식 선물 설명 마트 길가 연락 위치 "
                    "표시 명절 기사님 반품 왕복 금액 옥상 육포 인터폰 제품 모레 탁송 국물 어제 은행 "
                    "편의점 용기 예약 경비실 봉투 사은품 부재").split()

KR_ROADS = [
    ("서울특별시", "서울", "강남구", ["테헤란로", "도산대로", "논현로", "압구정로", "봉은사로", "선릉로"]),
    ("서울특별시", "서울", "마포구", ["월드컵북로", "양화로", "독막로", "성미산로", "와우산로"]),
    ("서울특별시", "서울", "송파구", ["올림픽로", "송파대로", "백제고분로", "위례성대로"]),
    ("서울특별시", "서울", "관악구", ["관악로", "남부순환로", "신림로", "봉천로"]),
    ("서울특별시", "서울", "노원구", ["동일로", "노해로", "한글비석로", "상계로"]),
    ("서울특별시", "서울", "은평구", ["통일로", "연서로", "진관2로"]),
    ("부산광역시", "부산", "해운대구", ["센텀중앙로", "해운대로", "좌동순환로", "우동1로"]),
    ("부산광역시", "부산", "사하구", ["낙동대로", "다대로", "하신중앙로"]),
    ("인천광역시", "인천", "연수구", ["컨벤시아대로", "송도과학로", "먼우금로"]),
    ("인천광역시", "인천", "남동구", ["구월로", "인하로", "남동대로"]),
    ("대구광역시", "대구", "수성구", ["달구벌대로", "동대구로", "범어천로"]),
    ("광주광역시", "광주", "서구", ["상무중앙로", "상무대로", "치평로"]),
    ("대전광역시", "대전", "유성구", ["대학로", "유성대로", "엑스포로"]),
    ("울산광역시", "울산", "남구", ["삼산로", "번영로", "돋질로"]),
    ("경기도", "경기", "성남시 분당구", ["판교역로", "불정로", "정자일로", "황새울로"]),
    ("경기도", "경기", "수원시 영통구", ["광교중앙로", "매영로", "봉영로"]),
    ("경기도", "경기", "고양시 일산동구", ["중앙로", "정발산로", "일산로"]),
    ("경기도", "경기", "용인시 수지구", ["포은대로", "수지로", "풍덕천로"]),
    ("경기도", "경기", "화성시", ["동탄대로", "병점중앙로", "봉담읍 동화길"]),
    ("경기도", "경기", "남양주시", ["경춘로", "다산중앙로", "별내중앙로"]),
    ("강원특별자치도", "강원", "춘천시", ["중앙로", "후석로", "공지로"]),
    ("충청북도", "충북", "청주시 상당구", ["상당로", "용암로", "단재로"]),
    ("충청남도", "충남", "천안시 서북구", ["불당대로", "쌍용대로", "번영로"]),
    ("전북특별자치도", "전북", "전주시 완산구", ["효자로", "홍산로", "팔달로"]),
    ("전라남도", "전남", "순천시", ["중앙로", "연향번영길", "조례호수길"]),
    ("경상북도", "경북", "포항시 남구", ["포스코대로", "대잠동길", "희망대로"]),
    ("경상남도", "경남", "창원시 의창구", ["중앙대로", "원이대로", "창이대로"]),
    ("제주특별자치도", "제주", "제주시", ["문연로", "연북로", "노형로", "한라대학로"]),
    ("세종특별자치시", "세종", "", ["한누리대로", "갈매로", "도움6로"]),
]
KR_LOT = [
    ("서울특별시", "관악구", "신림동"), ("서울특별시", "강서구", "화곡동"), ("서울특별시", "중랑구", "면목동"),
    ("경기도", "수원시 팔달구", "인계동"), ("경기도", "부천시", "상동"), ("부산광역시", "사하구", "하단동"),
    ("대구광역시", "달서구", "상인동"), ("경상남도", "김해시", "삼계동"), ("전라남도", "여수시", "학동"),
    ("충청남도", "아산시", "배방읍 장재리"), ("경기도", "파주시", "탄현면 법흥리"), ("강원특별자치도", "원주시", "단계동"),
]
KR_APTS = ["래미안", "푸르지오", "자이", "힐스테이트", "e편한세상", "아이파크", "롯데캐슬", "더샵", "현대아파트",
           "주공아파트", "한신아파트", "SK뷰", "센트럴파크", "위브더제니스", "한양수자인"]
KR_VILLAS = ["행복빌라", "그린빌", "해피하우스", "청솔빌라", "우성연립", "드림타운"]
KR_COURIERS = ["CJ대한통운", "한진택배", "롯데택배", "우체국택배", "로젠택배", "쿠팡로지스틱스"]


def kr_name(r, style=None):
    if r.random() < 0.05:
        s = r.choice(KR_DOUBLE_SURNAMES)
    else:
        s = r.choice(KR_SURNAMES)
    g = r.choice(KR_GIVEN)
    style = style or r.choices(["plain", "space"], [0.93, 0.07])[0]
    if style == "space":
        return s + " " + g
    return s + g


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _nd(r, n):
    return r.choice("23456789") + _d(r, n - 1)


def kr_mobile(r, fmt=None):
    mid, end = _nd(r, 4), _d(r, 4)
    fmt = fmt or r.choices(["dash", "plain", "space", "dot", "intl", "intl2", "intl3", "paren"],
                           [50, 18, 8, 4, 8, 4, 4, 4])[0]
    return {
        "dash": "010-%s-%s", "plain": "010%s%s", "space": "010 %s %s", "dot": "010.%s.%s",
        "intl": "+82 10-%s-%s", "intl2": "+82-10-%s-%s", "intl3": "+8210%s%s", "paren": "(010) %s-%s",
    }[fmt] % (mid, end)


def kr_landline(r):
    area = r.choice(["02", "02", "02", "031", "032", "033", "041", "042", "043", "051", "051", "052",
                     "053", "054", "055", "061", "062", "063", "064"])
    mid = _nd(r, r.choice([3, 4])) if area == "02" else _nd(r, 3 if r.random() < 0.5 else 4)
    end = _d(r, 4)
    fmt = r.choice(["%s-%s-%s", "%s-%s-%s", "(%s) %s-%s", "%s)%s-%s", "%s %s %s"])
    return fmt % (area, mid, end)


def kr_voip(r):
    if r.random() < 0.5:
        return "070-%s-%s" % (_nd(r, 4), _d(r, 4))
    return "050%s-%s-%s" % (r.choice("4567"), _d(r, 4), _d(r, 4))  # 안심번호 (virtual, routes to a person)


def kr_phone(r):
    x = r.random()
    if x < 0.72:
        return kr_mobile(r)
    if x < 0.9:
        return kr_landline(r)
    return kr_voip(r)


def kr_road_address(r, sido="any", detail="any"):
    full, short, sgg, roads = r.choice(KR_ROADS)
    road = r.choice(roads)
    num = str(r.randint(1, 480))
    if r.random() < 0.25:
        num += "-" + str(r.randint(1, 40))
    if r.random() < 0.1:
        road = road + " " + str(r.randint(10, 90)) + "번길"
    s = sido if sido != "any" else r.choices(["full", "short", "none"], [55, 35, 10])[0]
    head = {"full": full, "short": short, "none": ""}[s]
    parts = [p for p in (head, sgg, road + " " + num) if p]
    if not sgg and s == "none":
        parts = [full, road + " " + num]
    base = " ".join(parts)
    return base + kr_detail(r, detail)


def kr_detail(r, detail="any"):
    d = detail if detail != "any" else r.choices(["none", "apt", "apt_comma", "ho", "floor", "paren", "villa"],
                                                  [25, 25, 15, 10, 8, 10, 7])[0]
    dong, ho = r.randint(101, 115), r.randint(1, 28) * 100 + r.randint(1, 6)
    if d == "none":
        return ""
    if d == "apt":
        return " %s %d동 %d호" % (r.choice(KR_APTS), dong, ho)
    if d == "apt_comma":
        return ", %d동 %d호" % (dong, ho)
    if d == "ho":
        return " %d호" % r.randint(101, 905)
    if d == "floor":
        return " %d층" % r.randint(2, 15)
    if d == "paren":
        return " (%s동, %s)" % (r.choice(["역삼", "서교", "잠실", "신림", "상계", "우", "송도", "범어", "정자"]),
                                r.choice(KR_APTS))
    return " %s %s호" % (r.choice(KR_VILLAS), r.choice(["B01", "201", "302", "101", "402"]))


def kr_lot_address(r):
    sido, sgg, dong = r.choice(KR_LOT)
    if r.random() < 0.4:
        sido = {"서울특별시": "서울", "경기도": "경기", "부산광역시": "부산", "대구광역시": "대구",
                "경상남도": "경남", "전라남도": "전남", "충청남도": "충남", "강원특별자치도": "강원"}[sido]
    base = "%s %s %s %d-%d" % (sido, sgg, dong, r.randint(1, 1800), r.randint(1, 60))
    if r.random() < 0.3:
        base = base.replace("-%s" % base.split("-")[-1], "번지")
    return base + r.choice(["", "", " 2층", " %s %d호" % (r.choice(KR_VILLAS), r.randint(101, 402))])


def kr_address(r):
    return kr_road_address(r) if r.random() < 0.8 else kr_lot_address(r)


def kr_postcode(r):
    return "%05d" % r.randint(1000, 63644)


# ---------------------------------------------------------------- Japan
JP_SURNAMES = ("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 "
               "斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 "
               "村上 遠藤 青木 坂本 西村 福田 太田 三浦 藤井 岡本 松田 中川").split()
JP_GIVEN = ("翔太 陽菜 大翔 結衣 蓮 さくら 健太 美咲 拓也 愛 直人 由美子 恵子 博 誠 和也 真由美 優斗 葵 "
            "悠真 ひなた 裕子 浩二 智子 健一 明美 大輔 彩 亮 舞 隆 千尋 洋平 奈々 勇気 美穂").split()
JP_KANA = {"佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ", "伊藤": "イトウ",
           "渡辺": "ワタナベ", "山本": "ヤマモト", "中村": "ナカムラ", "小林": "コバヤシ", "加藤": "カトウ",
           "翔太": "ショウタ", "陽菜": "ヒナ", "大翔": "ヒロト", "結衣": "ユイ", "健太": "ケンタ",
           "美咲": "ミサキ", "拓也": "タクヤ", "直人": "ナオト", "恵子": "ケイコ", "和也": "カズヤ",
           "吉田": "ヨシダ", "山田": "ヤマダ", "佐々木": "ササキ", "山口": "ヤマグチ", "松本": "マツモト",
           "井上": "イノウエ", "木村": "キムラ", "林": "ハヤシ", "斎藤": "サイトウ", "清水": "シミズ",
           "山崎": "ヤマザキ", "森": "モリ", "池田": "イケダ", "橋本": "ハシモト", "阿部": "アベ", "石川": "イシカワ",
           "中島": "ナカジマ", "前田": "マエダ", "藤田": "フジタ", "後藤": "ゴトウ", "村上": "ムラカミ",
           "蓮": "レン", "さくら": "サクラ", "愛": "アイ", "由美子": "ユミコ", "博": "ヒロシ", "誠": "マコト",
           "真由美": "マユミ", "優斗": "ユウト", "葵": "アオイ", "悠真": "ユウマ", "裕子": "ユウコ", "浩二": "コウジ",
           "智子": "トモコ", "健一": "ケンイチ", "明美": "アケミ", "大輔": "ダイスケ", "彩": "アヤ", "亮": "リョウ"}
JP_ROMA = {"佐藤": "Sato", "鈴木": "Suzuki", "高橋": "Takahashi", "田中": "Tanaka", "伊藤": "Ito",
           "渡辺": "Watanabe", "山本": "Yamamoto", "中村": "Nakamura", "小林": "Kobayashi", "加藤": "Kato",
           "翔太": "Shota", "陽菜": "Hina", "大翔": "Hiroto", "結衣": "Yui", "健太": "Kenta",
           "美咲": "Misaki", "拓也": "Takuya", "直人": "Naoto", "恵子": "Keiko", "和也": "Kazuya"}

JP_PLACES = [
    ("東京都", "渋谷区", ["神宮前", "恵比寿西", "代々木", "道玄坂"], "150-0001"),
    ("東京都", "世田谷区", ["三軒茶屋", "北沢", "太子堂", "用賀"], "154-0024"),
    ("東京都", "江東区", ["豊洲", "亀戸", "門前仲町"], "135-0061"),
    ("東京都", "練馬区", ["練馬", "石神井町", "大泉学園町"], "176-0001"),
    ("東京都", "八王子市", ["旭町", "明神町", "南大沢"], "192-0083"),
    ("大阪府", "大阪市北区", ["梅田", "天神橋", "中崎"], "530-0001"),
    ("大阪府", "堺市堺区", ["南瓦町", "三国ヶ丘御幸通"], "590-0078"),
    ("神奈川県", "横浜市中区", ["山下町", "本町", "元町"], "231-0023"),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子町"], "211-0063"),
    ("愛知県", "名古屋市中村区", ["名駅", "則武", "椿町"], "450-0002"),
    ("福岡県", "福岡市博多区", ["博多駅前", "祇園町", "住吉"], "812-0011"),
    ("北海道", "札幌市中央区", ["北一条西", "南三条東", "大通西"], "060-0001"),
    ("京都府", "京都市左京区", ["田中里ノ前町", "北白川", "下鴨"], "606-8203"),
    ("埼玉県", "さいたま市大宮区", ["桜木町", "大門町", "宮町"], "330-0854"),
    ("千葉県", "船橋市", ["本町", "湊町", "前原西"], "273-0005"),
    ("兵庫県", "神戸市中央区", ["加納町", "三宮町", "元町通"], "650-0001"),
    ("宮城県", "仙台市青葉区", ["一番町", "中央", "国分町"], "980-0811"),
    ("広島県", "広島市中区", ["紙屋町", "八丁堀", "大手町"], "730-0031"),
]
JP_BUILDINGS = ["コーポ山田", "ハイツ桜", "メゾン・ド・ソレイユ", "グランドパレス", "サンハイム", "レオパレス青葉",
                "パークマンション", "ライオンズマンション", "シティハウス", "ベルメゾン", "第二松風荘"]

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def jp_name(r, style=None):
    s, g = r.choice(JP_SURNAMES), r.choice(JP_GIVEN)
    style = style or r.choices(["plain", "space", "fwspace"], [45, 40, 15])[0]
    if style == "kana" and s in JP_KANA and g in JP_KANA:
        return JP_KANA[s] + " " + JP_KANA[g]
    if style == "roma" and s in JP_ROMA and g in JP_ROMA:
        return JP_ROMA[g] + " " + JP_ROMA[s]
    if style in ("kana", "roma"):
        return s + " " + g
    return s + {"plain": "", "space": " ", "fwspace": "\u3000"}[style] + g


def jp_mobile(r, fmt=None):
    p = r.choice(["090", "080", "070"])
    a, b = _nd(r, 4), _d(r, 4)
    fmt = fmt or r.choices(["dash", "plain", "fw", "intl", "paren"], [55, 15, 12, 10, 8])[0]
    if fmt == "fw":
        return ("%s-%s-%s" % (p, a, b)).translate(FW)
    return {"dash": "%s-%s-%s" % (p, a, b), "plain": p + a + b, "intl": "+81 %s-%s-%s" % (p[1:], a, b),
            "paren": "%s(%s)%s" % (p, a, b)}[fmt]


def jp_landline(r):
    area, n1 = r.choice([("03", 4), ("06", 4), ("045", 3), ("052", 3), ("092", 3), ("011", 3), ("075", 3),
                         ("022", 3), ("082", 3), ("0467", 2), ("048", 3)])
    s = "%s-%s-%s" % (area, _nd(r, n1), _d(r, 4))
    x = r.random()
    if x < 0.15:
        return s.translate(FW)
    if x < 0.25:
        return "%s(%s)%s" % tuple(s.split("-"))
    return s


def jp_phone(r):
    return jp_mobile(r) if r.random() < 0.65 else jp_landline(r)


def jp_banchi(r, fmt=None):
    a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 25)
    fmt = fmt or r.choices(["dash", "chome", "chome_dash", "fw", "two"], [45, 20, 15, 10, 10])[0]
    if fmt == "dash":
        return "%d-%d-%d" % (a, b, c)
    if fmt == "chome":
        return "%d丁目%d番%d号" % (a, b, c)
    if fmt == "chome_dash":
        return "%d丁目%d-%d" % (a, b, c)
    if fmt == "fw":
        return ("%d-%d-%d" % (a, b, c)).translate(FW)
    return "%d-%d" % (b, c)


def jp_address(r, building=None):
    pref, city, towns, _ = r.choice(JP_PLACES)
    s = pref + city + r.choice(towns) + jp_banchi(r)
    b = building if building is not None else r.random() < 0.55
    if b:
        room = r.randint(1, 12) * 100 + r.randint(1, 9)
        s += r.choice([" ", "\u3000", ""]) + r.choice(JP_BUILDINGS) + r.choice(
            [" %d号室" % room, "%d" % room, " %d" % room, "%d号" % room])
    return s


def jp_postcode(r):
    return "%03d-%04d" % (r.randint(100, 999), r.randint(0, 9999))


# ---------------------------------------------------------------- Taiwan
TW_SURNAMES = ("陳 陳 林 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 "
               "羅 高 潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 "
               "溫 薛 丁 馬 蔣 唐 卓 藍 馮 姚 石 董 紀").split()
TW_GIVEN = ("怡君 雅婷 家豪 志明 淑芬 俊傑 冠宇 宜蓁 承恩 佳穎 柏翰 欣妤 宗翰 美玲 建宏 雅雯 品妍 子晴 "
            "彥廷 詩涵 宥辰 鈺婷 志豪 淑惠 秀英 文雄 麗華 信宏 郁婷 思妤 昱廷 佩珊 威廷 筱涵").split()

TW_PLACES = [
    ("臺北市", "台北市", "大安區", ["忠孝東路四段", "復興南路一段", "和平東路二段", "敦化南路二段"], "106"),
    ("臺北市", "台北市", "信義區", ["松仁路", "基隆路一段", "松德路", "虎林街"], "110"),
    ("臺北市", "台北市", "中山區", ["南京東路二段", "林森北路", "民生東路一段"], "104"),
    ("臺北市", "台北市", "士林區", ["中正路", "承德路四段", "天母東路"], "111"),
    ("新北市", "新北市", "板橋區", ["文化路一段", "中山路一段", "縣民大道二段"], "220"),
    ("新北市", "新北市", "新店區", ["北新路三段", "中興路二段", "寶橋路"], "231"),
    ("新北市", "新北市", "三重區", ["重新路四段", "正義北路", "三和路三段"], "241"),
    ("桃園市", "桃園市", "中壢區", ["中正路", "中央西路二段", "環北路"], "320"),
    ("桃園市", "桃園市", "桃園區", ["中正路", "復興路", "經國路"], "330"),
    ("臺中市", "台中市", "西屯區", ["臺灣大道三段", "文心路二段", "河南路二段"], "407"),
    ("臺中市", "台中市", "北區", ["三民路三段", "五權路", "健行路"], "404"),
    ("臺南市", "台南市", "東區", ["長榮路二段", "東門路一段", "林森路一段"], "701"),
    ("高雄市", "高雄市", "前鎮區", ["中山二路", "成功二路", "民權二路"], "806"),
    ("高雄市", "高雄市", "左營區", ["博愛二路", "自由二路", "明誠二路"], "813"),
    ("新竹市", "新竹市", "東區", ["光復路二段", "關新路", "建中路"], "300"),
    ("基隆市", "基隆市", "仁愛區", ["愛三路", "仁三路", "忠一路"], "200"),
    ("彰化縣", "彰化縣", "彰化市", ["中山路二段", "民族路", "光復路"], "500"),
    ("宜蘭縣", "宜蘭縣", "羅東鎮", ["公正路", "中正北路", "興東路"], "265"),
    ("花蓮縣", "花蓮縣", "花蓮市", ["中正路", "中山路", "林森路"], "970"),
]
CN_NUM = "一二三四五六七八九十"


def tw_name(r):
    s = r.choice(TW_SURNAMES)
    if r.random() < 0.04:
        s = r.choice(["歐陽", "司馬", "張簡"])
    return s + r.choice(TW_GIVEN)


def tw_mobile(r, fmt=None):
    n = "09" + _d(r, 8)
    fmt = fmt or r.choices(["4-3-3", "plain", "4 3 3", "intl", "intl2", "4-6"], [45, 20, 8, 10, 7, 10])[0]
    if fmt == "4-3-3":
        return "%s-%s-%s" % (n[:4], n[4:7], n[7:])
    if fmt == "plain":
        return n
    if fmt == "4 3 3":
        return "%s %s %s" % (n[:4], n[4:7], n[7:])
    if fmt == "intl":
        return "+886 %s %s %s" % (n[1:4], n[4:7], n[7:])
    if fmt == "intl2":
        return "+886-%s-%s-%s" % (n[1:4], n[4:7], n[7:])
    return "%s-%s" % (n[:4], n[4:])


def tw_landline(r):
    area, n1 = r.choice([("02", 4), ("02", 4), ("04", 4), ("07", 3), ("03", 3), ("06", 3), ("05", 3), ("049", 3)])
    s1, s2 = _nd(r, n1), _d(r, 4)
    if area in ("02", "04"):  # eight-digit local numbers start with 2, 3, 5-8 (02) or 2 (04)
        s1 = r.choice("235678" if area == "02" else "2") + s1[1:]
    return r.choice(["%s-%s-%s", "(%s)%s-%s", "(%s) %s%s", "%s-%s%s"]) % (area, s1, s2)


def tw_phone(r):
    return tw_mobile(r) if r.random() < 0.7 else tw_landline(r)


def tw_address(r, postcode=False):
    trad, simp, dist, roads, zipc = r.choice(TW_PLACES)
    city = trad if r.random() < 0.5 else simp
    s = city + dist + r.choice(roads)
    if r.random() < 0.3:
        s += "%d巷" % r.randint(1, 300)
        if r.random() < 0.4:
            s += "%d弄" % r.randint(1, 30)
    s += "%d號" % r.randint(1, 400)
    f = r.random()
    if f < 0.35:
        s += "%d樓" % r.randint(2, 20)
    elif f < 0.5:
        s += "%dF" % r.randint(2, 20)
    elif f < 0.62:
        s += "%s樓" % CN_NUM[r.randint(1, 9)]
    elif f < 0.72:
        s += "%d樓之%d" % (r.randint(2, 15), r.randint(1, 8))
    return s


# ---------------------------------------------------------------- United States
US_FIRST = ("James Mary Robert Patricia Michael Jennifer David Linda William Elizabeth Maria Jose Luis "
            "Aisha Priya Wei Daniel Grace Anthony Nicole Kevin Sarah Brian Ashley Tyler Megan Jamal "
            "Latoya Carlos Ana Hannah Ethan Olivia Noah Emma Liam Sofia Dmitri Fatima Hiroshi Minh").split()
US_LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
           "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
           "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
           "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts O'Brien McAllister "
           "Kowalski Okafor Patel Kim Schwartz Delgado Fitzgerald").split()
US_STREETS = ["Oak Ridge Dr", "Maple Ave", "W 57th St", "SW 88th St", "Nobel Dr", "Elm Street", "Sunset Blvd",
              "Pine Hollow Rd", "N Broadway", "Lakeshore Drive", "Cedar Ln", "Mission St", "Peachtree St NE",
              "E Camelback Rd", "Colfax Ave", "Hawthorne Blvd", "Magnolia Ct", "Old Country Rd", "Route 9W",
              "County Road 12", "Greenway Pkwy", "Bay Shore Cir", "Willow Bend Way", "Juniper Trl"]
US_CITIES = [("Austin", "TX", "787"), ("New York", "NY", "100"), ("Miami", "FL", "331"), ("San Diego", "CA", "921"),
             ("Springfield", "IL", "627"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"),
             ("Phoenix", "AZ", "850"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"),
             ("Boston", "MA", "021"), ("Houston", "TX", "770"), ("Columbus", "OH", "432"), ("Nashville", "TN", "372"),
             ("Fort Lee", "NJ", "070"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Madison", "WI", "537")]
US_AREAS = ["212", "646", "718", "415", "510", "408", "213", "310", "312", "773", "617", "206", "512", "713",
            "305", "404", "602", "303", "503", "702", "215", "202", "917", "650", "469", "971"]


def us_name(r, style=None):
    f, l = r.choice(US_FIRST), r.choice(US_LAST)
    style = style or r.choices(["plain", "comma", "upper", "lower", "initial", "middle"], [60, 10, 10, 6, 6, 8])[0]
    if style == "comma":
        return "%s, %s" % (l, f)
    if style == "upper":
        return ("%s %s" % (f, l)).upper()
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "initial":
        return "%s. %s" % (f[0], l)
    if style == "middle":
        return "%s %s. %s" % (f, r.choice("ABCDEJKLMRST"), l)
    return "%s %s" % (f, l)


def us_phone(r, fmt=None):
    a = r.choice(US_AREAS)
    ex = _nd(r, 3)
    while ex[1:] == "11" or ex == "555":
        ex = _nd(r, 3)
    ln = _d(r, 4)
    fmt = fmt or r.choices(["paren", "dash", "dot", "intl", "one", "plain", "space"], [35, 30, 8, 10, 7, 5, 5])[0]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "intl": "+1 %s %s %s",
            "one": "1-%s-%s-%s", "plain": "%s%s%s", "space": "%s %s %s"}[fmt] % (a, ex, ln)


def us_street(r):
    s = "%d %s" % (r.choice([r.randint(1, 99), r.randint(100, 9999), r.randint(10000, 48000)]), r.choice(US_STREETS))
    u = r.random()
    if u < 0.2:
        s += " Apt %d%s" % (r.randint(1, 30), r.choice(["", "A", "B", "F"]))
    elif u < 0.32:
        s += " #%d" % r.randint(100, 2400)
    elif u < 0.4:
        s += ", Unit %d" % r.randint(1, 60)
    elif u < 0.45:
        s += " Ste %d" % r.randint(100, 900)
    return s


def us_zip(r, prefix):
    z = prefix + "%02d" % r.randint(1, 99)
    if r.random() < 0.2:
        z += "-%04d" % r.randint(1, 9999)
    return z


def us_address(r, style=None):
    city, st, zp = r.choice(US_CITIES)
    street = us_street(r)
    style = style or r.choices(["full", "nocomma", "lower", "pobox"], [75, 10, 8, 7])[0]
    if style == "pobox":
        street = "PO Box %d" % r.randint(10, 9999)
    s = "%s, %s, %s %s" % (street, city, st, us_zip(r, zp))
    if style == "nocomma":
        s = s.replace(",", "")
    if style == "lower":
        s = s.lower()
    return s


def us_city_zip(r):
    city, st, zp = r.choice(US_CITIES)
    return city, st, us_zip(r, zp)
