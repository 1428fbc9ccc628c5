"""Harder, messier cases real systems produce: overseas-purchase exports with
romanised names and English Korean addresses, Excel-mangled phone numbers,
extensions, hinted columns holding non-values, surname-plus-title
recipients, postcodes glued to addresses, prose CRM notes."""

import random

from core import A, C, N, Num, P, X, write_csv, write_json, write_text
from pools import TW_PLACES, jp_name, jp_phone, kr_mobile, kr_name, tw_mobile, tw_name, us_name, us_phone

r = random.Random(4242)
K, J, T, U = "KR", "JP", "TW", "US"

ROMA_SUR = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO", "윤": "YOON",
            "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH", "서": "SEO", "신": "SHIN", "권": "KWON", "황": "HWANG"}
ROMA_GIV = {"민준": "MINJUN", "서연": "SEOYEON", "지우": "JIWOO", "하준": "HAJUN", "서윤": "SEOYUN", "도윤": "DOYUN",
            "지호": "JIHO", "수아": "SUA", "예은": "YEEUN", "건우": "GEONWOO", "현우": "HYUNWOO", "지민": "JIMIN",
            "유진": "YUJIN", "채원": "CHAEWON", "정훈": "JUNGHOON", "영수": "YOUNGSOO", "미경": "MIKYUNG"}
EN_ADDR = [("Teheran-ro", "Gangnam-gu", "Seoul"), ("Worldcup buk-ro", "Mapo-gu", "Seoul"),
           ("Pangyoyeok-ro", "Bundang-gu, Seongnam-si", "Gyeonggi-do"), ("Centum jungang-ro", "Haeundae-gu", "Busan"),
           ("Olympic-ro", "Songpa-gu", "Seoul"), ("Daehak-ro", "Yuseong-gu", "Daejeon"),
           ("Convensia-daero", "Yeonsu-gu", "Incheon")]
FORWARDERS = ["19801 Pine Ave, Wilmington, DE 19801", "2250 Crescent Dr, New Castle, DE 19720",
              "1550 Lakeside Pkwy, Portland, OR 97220"]


def overseas_csv():
    header = ["주문번호", "수취인", "영문명", "개인통관고유부호", "휴대폰", "우편번호", "주소", "영문주소", "배대지", "요청사항"]
    rows = []
    for i in range(16):
        s = r.choice(list(ROMA_SUR))
        g = r.choice(list(ROMA_GIV))
        en = r.choice(["%s %s" % (ROMA_SUR[s], ROMA_GIV[g]), "%s %s" % (ROMA_GIV[g].title(), ROMA_SUR[s].title()),
                       "%s, %s" % (ROMA_SUR[s], ROMA_GIV[g])])
        mid, end = "".join(r.choice("23456789") for _ in range(1)) + "%03d" % r.randint(0, 999), "%04d" % r.randint(0, 9999)
        ph = r.choice(["10%s%s" % (mid, end), "10-%s-%s" % (mid, end), "+82 010-%s-%s" % (mid, end),
                       "010-%s-%s" % (mid, end), "010%s%s" % (mid, end)])
        phone_cell = P(ph, K)
        if r.random() < 0.15:
            phone_cell = P("010-%s-%s" % (mid, end), K) + r.choice([" (카톡)", "(본인)", " / 문자만"])
        if r.random() < 0.1:
            phone_cell = r.choice(["없음", "-", "비공개", "010-****-%s" % end])
        road, gu, city = r.choice(EN_ADDR)
        num = r.randint(1, 400)
        en_addr = r.choice(["%d, %s, %s, %s" % (num, road, gu, city),
                            "%d %s, %s, %s, Republic of Korea" % (num, road, gu, city),
                            "Apt %d-%d, %d %s, %s, %s" % (r.randint(101, 115), r.randint(101, 2405), num, road, gu, city)])
        kr_addr = r.choice([A("서울 강남구 테헤란로 %d" % num, K), A("서울특별시 마포구 월드컵북로 %d" % num, K),
                            A("부산 해운대구 센텀중앙로 %d" % num, K), "상동", "방문수령", "해외배송 (주소 영문란 참조)"])
        rows.append(["OV%09d" % r.randint(0, 999999999), N(s + g, K) if r.random() < 0.85 else r.choice(
            ["본인", "(주)한빛상사", "고객", "익명", "회사", "경비실"]), N(en, K), "P%012d" % r.randint(0, 999999999999),
            phone_cell, "%05d" % r.randint(1000, 63000), kr_addr, A(en_addr, K),
            X("a", r.choice(FORWARDERS), U, "forwarding warehouse (business)"),
            r.choice(["", "", "포장 꼼꼼히", "관부가세 선납", "통관번호 확인 부탁", "합배송 2건", "US 사이즈 9.5", "$189.00 신고"])])
    write_csv("data/kr/overseas_orders.csv", header, rows)


def tw_titles_csv():
    header = ["單號", "收件人", "聯絡電話", "收件地址", "大門密碼", "備註"]
    rows = []
    for i in range(30):
        x = r.random()
        if x < 0.3:
            name = X("n", r.choice(list("王陳林黃張李吳劉蔡楊")) + r.choice(["小姐", "先生", "太太"]), T, "surname plus title")
        elif x < 0.4:
            name = r.choice(["好物選品店", "小農直送", "茶之鄉有限公司", "管理室", "公司櫃台"])
        else:
            name = N(tw_name(r), T) + r.choice(["", "", " (公司)", "（代收）"])
        ph = tw_mobile(r)
        if r.random() < 0.25:
            ph_cell = P("(02)%s%03d-%04d" % (r.choice("235678"), r.randint(0, 999), r.randint(0, 9999)), T) + "#%d" % r.randint(10, 899)
        elif r.random() < 0.15:
            ph_cell = P(ph, T) + " / " + P(tw_mobile(r), T)
        else:
            ph_cell = P(ph, T)
        trad, simp, dist, roads, zc = r.choice(TW_PLACES)
        addr = (trad if r.random() < 0.5 else simp) + dist + r.choice(roads) + "%d號%d樓" % (r.randint(1, 300), r.randint(2, 18))
        form = r.random()
        if form < 0.35:
            addr_cell = zc + A(addr, T)  # postcode glued to the address
        elif form < 0.5:
            addr_cell = zc + r.choice(["%02d" % r.randint(0, 99), ""]) + " " + A(addr, T)
        elif form < 0.6:
            addr_cell = r.choice(["同上", "超商取貨", "自取", "同訂購人地址"])
        else:
            addr_cell = A(addr, T)
        code_cell = r.choice(["", "", "無", "管理室代收", "按電鈴"])
        if r.random() < 0.4:
            code_cell = C("%04d" % r.randint(0, 9999), T) + r.choice(["", "#", " 按#", "（大門）"])
        rows.append(["%d" % r.randint(10 ** 9, 10 ** 10), name, ph_cell, addr_cell, code_cell,
                     r.choice(["", "易碎", "下午送", "NT$1,280 貨到付款", "訂單#A1029"])])
    write_csv("data/tw/orders_titles.csv", header, rows)


def jp_prose():
    t = f"""社内連絡（総務部）2024/06/21
営業部の{N("佐藤", J)}さんから、取引先（株式会社青葉商事）への見本品発送について依頼がありました。
送付先は先方担当の{N("村上 舞", J)}様、{A("宮城県仙台市青葉区一番町2-7-17 朝日プラザ一番町 8F", J)}です。
先方の電話番号は{P("022-716-3320", J)}（内線215）、携帯は{P("080 4471 9026", J)}とのこと。
なお、前回は誤って{A("仙台市青葉区国分町3-1-1", J)}（旧事務所）へ送ってしまったので注意してください。

個人宛ての荷物について：{N("中島 勇気", J)}様方 {N("青木 奈々", J)} 様（ご実家、{A("埼玉県さいたま市大宮区宮町1-5", J)}）
オートロックの番号は「{C("1 2 3 4", J)}」ではなく「{C("4 3 2 1", J)}」だそうです（ご本人談）。

その他：
・6月の宅配便発送件数 1,284件、前年同月比 +12.4%
・ヤマト運輸の集荷は平日15:00、伝票番号は 4820-1177-3905 から連番
・郵便番号 980-0811 の地域は翌日配達
・会議室A（3F）の暗証番号は総務まで（社外秘）
・担当：総務部 {N("岡田", J)}（内線 204）
"""
    write_text("data/jp/internal_memo.txt", t)


def kr_community():
    t = f"""[동네생활] 택배 잘못 온 거 같아요
우리 아파트 102동 1803호에 {N("정하은", K)}님 앞으로 택배가 왔는데 저희집 아니에요ㅠ 송장에 주소가 {A("세종 한누리대로 2130 한뜰마을 6단지", K)}로 되어있는데 혹시 아시는분?
 └ 댓글: 저 {X("n", "하은", K, "given name with a suffix")}이 엄마예요! 감사합니다 ㅠㅠ 제가 찾으러 갈게요 ({X("p", "공일공 사팔이칠 일일구삼", K, "digits spelled out in Hangul")})
 └ 댓글: 요즘 택배 오배송 많네요

[나눔] 아기 옷 나눔합니다 (80~90 사이즈)
{A("경기 남양주시 다산중앙로 82", K)} 근처 편의점 앞에서 드려요. 연락은 채팅으로만!! 전화번호 올리지 마세요~

[판매] 캠핑의자 2개 3만원
직거래 장소: 강남역 11번 출구, 저녁 7시 이후. 문의 {P("010-4829-3307", K)} ({N("유재원", K)})

[질문] 공동현관 비번 바뀐거 아시는분?
관리사무소 공지 못봤어요. 예전엔 {C("#0415", K)} 였는데 안 열리네요
 └ 댓글: 이번달부터 {C("#1029", K)} 으로 바뀌었어요 (101동 기준)
 └ 댓글: 비번 이런데 올리시면 안돼요;; 관리실 02-000-0000 으로 문의하세요

[모임] 수요일 저녁 배드민턴 같이 하실분
장소 {A("대전 유성구 엑스포로 107", K)} 체육관, 회비 월 2만원, 총무 {N("장 민서", K)} ({P("010 7719 2041", K)})

[분실] 강아지 찾습니다 (말티즈, 이름 '김치', 5살)
마지막 목격 장소: {X("a", "신림동 1423-5", K, "partial address, no person")} 근처 골목. 찾아주시면 사례하겠습니다. {P("+82-10-3948-0032", K)}
"""
    write_text("data/kr/community_posts.txt", t)


def us_crm():
    t = f"""CRM notes - account 00418823 (Hawthorne Home Goods wholesale)

06/03 10:15 Spoke with {N("Jennifer", U)} (purchasing). She asked that the sample box go to her mom's place:
{A("19 Elm Street, Springfield, IL 62704", U)}. Her mom is {N("Margaret Hill", U)}; best number {P("217.554.0918", U)}.
06/03 10:40 Jennifer called back - gate code for the mom's complex is {C("7 1 9 0", U)} (spaces as she said it), then apt 2B.
06/05 14:02 Invoice #INV-2024-0611 for $2,480.00 sent. Net 30. PO 77-1042.
06/07 09:31 {N("Bob", U)} from the warehouse says the pallet (SSCC 0 0614141 123456789 0) left Memphis, TN 38118 at 6:10.
06/10 16:55 Customer {N("D'Andre Jackson-Whitfield", U)} left a voicemail from {P("+1 404 882 1190", U)} x231, wants a callback re: damaged lamp.
06/11 11:20 Ship-to change: {A("3300 Peachtree St NE Ste 1500, Atlanta, GA 30326-1051", U)}, attn {N("Latoya Green", U)}, dock hours 8-4.
06/12 08:05 Note from {N("Sam", U)}: do NOT use the old address ({X("a", "2200 Peachtree Rd NW", U, "closed business address")}) - closed.
06/12 13:47 Lockbox at the old office was {C("3305", U)}; please remove from file. Office phone {X("p", "(404) 351-7700", U, "company main line")}.
06/14 17:30 Q2 review: 14 orders, AOV $312.40, returns 2.1%, NPS 61. Next call 07/01 at 10:00 ET.
"""
    write_text("data/us/crm_notes.txt", t)


def numeric_json():
    docs = []
    for i in range(12):
        d = {"member": {"name": N(kr_name(r), K), "tel": None, "entrance_code": None, "addr": None},
             "points": r.randint(0, 9999), "joined": 20200000 + r.randint(101, 1231), "grade": r.randint(1, 5)}
        mid, end = r.randint(2000, 9999), r.randint(1000, 9999)
        d["member"]["tel"] = Num(P("10%04d%04d" % (mid, end), K)) if i % 2 == 0 else P("010-%04d-%04d" % (mid, end), K)  # leading 0 lost in an Excel round trip
        d["member"]["entrance_code"] = Num(C("%d" % r.randint(1000, 9999), K)) if i % 3 else C("#%04d" % r.randint(0, 9999), K)
        d["member"]["addr"] = A("서울 송파구 올림픽로 %d" % r.randint(1, 400), K) if r.random() < 0.5 else "상동"
        docs.append(d)
    write_json("data/kr/member_sync.json", docs)


def write():
    overseas_csv()
    tw_titles_csv()
    jp_prose()
    kr_community()
    us_crm()
    numeric_json()
    transcripts()


TRANSCRIPT = {
    "KR": (kr_name, [
        "{n} 고객님 맞으시죠? 네 맞아요", "네 {n}입니다, 어제 주문한 건 때문에요", "받는 분은 {n}이고요 번호는 {p}요",
        "주문자: {n} / 결제 확인 완료", "{n}님 안녕하세요 한빛몰 고객센터입니다", "담당자 {n} 대리 연결해드릴게요",
        "기사님 성함은 {n}이고 오후에 방문 예정입니다", "{n}씨한테 전화해보세요", "from. {n}", "{n} 올림",
        "고객 요청: 선물 받는 사람 {n}, 보내는 사람 이름은 비공개", "오늘 {n} 팀장님 휴가라 제가 대신 처리합니다",
    ]),
    "JP": (jp_name, [
        "{n}様よりお電話あり、折り返し希望", "担当：{n}", "{n}です、いつもお世話になっております", "差出人 {n}",
        "宛名は{n}でお願いします", "{n}さんの代理で問い合わせています", "受取人 {n}（電話 {p}）", "ご依頼主：{n}",
        "{n}様、ご不在のため持ち戻りました", "本件は{n}が対応いたします",
    ]),
    "TW": (tw_name, [
        "{n}您好，您的包裹已出貨", "我是{n}，想查詢訂單", "收件人是{n}，電話{p}", "聯絡人：{n}", "{n}小姐說她明天在家",
        "寄件人 {n}", "客服{n}為您服務", "請轉交給{n}", "{n}先生來電要求退貨",
    ]),
    "US": (lambda rr: us_name(rr, "plain"), [
        "This is {n} calling about order 114-2231007-5530021", "Spoke to {n}, she confirmed the delivery window",
        "Customer: {n}", "Regards, {n}", "Attn: {n}", "{n} said the box was wet when it arrived", "Please ship to {n} instead",
        "Callback requested by {n} at {p}", "Escalated by {n} (Tier 2)", "Refund approved for {n}, $48.20 to Visa ending 0091",
    ]),
}
TRANSCRIPT_NEG = {
    "KR": ["고객 대기시간 2분 14초", "통화 종료 14:32", "환불 완료 ₩23,000", "쿠폰 재발급 SORRY3000", "상담 만족도 5점",
           "주문번호 2024061300456 조회", "송장 6123-9982-1047", "[시스템] 상담 이관", "이번주 금요일 재배송"],
    "JP": ["保留 1分30秒", "通話終了 15:02", "返金処理済み ¥3,300", "伝票番号 4402-1183-9920", "［システム］転送", "本日中に発送"],
    "TW": ["等候 2分鐘", "通話結束 16:10", "已退款 NT$580", "單號 8810-4432-12", "［系統］轉接", "明天下午出貨"],
    "US": ["Hold time 3:12", "Call ended 4:55 PM", "Refunded $23.00", "Ticket #48211 merged", "[system] transferred",
           "Ships tomorrow via UPS Ground"],
}
PHONES = {"KR": kr_mobile, "JP": jp_phone,
          "TW": tw_mobile, "US": us_phone}


def transcripts():
    for cc, (namef, tpls) in TRANSCRIPT.items():
        lines = []
        for i in range(36):
            if r.random() < 0.7:
                lines.append(r.choice(tpls).format(n=N(namef(r), cc), p=P(PHONES[cc](r), cc)))
            else:
                lines.append(r.choice(TRANSCRIPT_NEG[cc]))
        write_text("data/%s/agent_transcript.txt" % cc.lower(), "\n".join(lines) + "\n")
