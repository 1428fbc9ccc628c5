"""Korean data: delivery memos, an order export, a CS-tool dump, app JSON,
event NDJSON, chat logs, call-centre notes and e-mails."""

import random

from core import A, C, N, P, X, write_csv, write_json, write_ndjson, write_text
from pools import (KR_COURIERS, jp_mobile, kr_address, kr_detail, kr_landline,
                   kr_lot_address, kr_mobile, kr_name, kr_phone, kr_postcode, kr_road_address)

r = random.Random(82)
FWD = str.maketrans("0123456789#*", "０１２３４５６７８９＃＊")


def digits(n=None):
    n = n or r.choices([4, 4, 4, 4, 3, 5, 6], [40, 20, 15, 10, 5, 6, 4])[0]
    if r.random() < 0.06:
        d = r.choice("0123456789")
        return d * n
    if r.random() < 0.08:
        return str(r.randint(1965, 2005))[:n] if n == 4 else "".join(r.choice("0123456789") for _ in range(n))
    return "".join(r.choice("0123456789") for _ in range(n))


def code(cc="KR"):
    """An access code as typed: the labelled span is the digits with any keypad
    symbol glued to them; words such as 종 or 열쇠 stay outside."""
    d = digits()
    f = r.choices(["bare", "hash_pre", "hash_post", "star_hash", "hash_both", "star_post", "fw", "bell_pre",
                   "bell_post", "key_pre"], [25, 15, 18, 8, 5, 6, 5, 6, 8, 4])[0]
    if f == "bare":
        return C(d, cc)
    if f == "hash_pre":
        return C("#" + d, cc)
    if f == "hash_post":
        return C(d + "#", cc)
    if f == "star_hash":
        return C("*" + d + "#", cc)
    if f == "hash_both":
        return C("#" + d + "#", cc)
    if f == "star_post":
        return C(d + "*", cc)
    if f == "fw":
        return C(("#" + d).translate(FWD), cc)
    if f == "bell_pre":
        return r.choice(["종", "🔔", "종+", "종 "]) + C(d, cc)
    if f == "bell_post":
        return C(d, cc) + r.choice(["종", " 종", "+종", "🔔", " 호출X 종"])
    return r.choice(["열쇠", "열쇠+", "🔑"]) + C(d, cc)


CODE_MEMOS = [
    "공동현관 비번 {c} 경비실 X", "현관 {c}", "1층 출입 {c}", "공동현관 {c} 누르고 들어오세요",
    "공동현관 비밀번호 {c} 입니다. 문앞에 놔주세요", "공현 {c}", "공동현관문 비번은 {c}이에요~ 부재시 문앞",
    "현관비번{c}", "비번 {c} 문앞에 두고 가주세요", "출입문 {c} / 택배함X", "아파트 현관 {c} 문앞에 두고 벨X",
    "현관 출입번호 {c} 입니다", "공동현관 비번 {c} 이고 엘베 타고 올라오시면 돼요", "현관문 비밀번호: {c}",
    "건물 입구 비번 {c}", "정문 비번 {c} / 후문은 안 열려요", "1층 공동현관 {c} 누르시면 됩니다",
    "공동현관 비밀번호 {c} (호출 안돼요)", "출입 비번 {c} 그리고 문앞에 놓고 사진 부탁드려요", "현관 키패드 {c}",
    "오피스텔 출입 {c} 경비 없음", "빌라 현관 {c}", "공동현관 번호가 {c} 로 바뀌었어요", "현관 비번 바뀜 {c}",
    "공동현관:{c}", "비번{c}", "도어락 {c} 안쪽에 넣어주세요", "배송 전 연락 X, 공동현관 {c}",
    "공동현관 비번은 {c}입니다 감사합니다^^", "출입카드 없으면 {c} 누르세요", "공동 현관 비밀번호 {c}, 세대 앞 배송",
    "현관 비번 {c} 부재시 문앞", "★공동현관 {c}★", "[공동현관] {c}", "문앞 / 공동현관 {c}", "공동현관 {c} 경비실 맡기지 마세요",
    "현관 {c} 3층 계단 오른쪽", "출입 {c}", "공동현관 비번 {c} 택배함 말고 문앞", "상가 뒷문 비번 {c}",
    "공동현관 비밀번호는 {c} 이고 개가 짖어도 놀라지 마세요", "공동현관문 {c} (2층 오른쪽집)",
]
NEG_MEMOS = [
    "문 앞에 놓아주세요", "경비실에 맡겨주세요", "부재시 경비실에 맡겨주세요", "공동현관 비번 없어요 그냥 들어오시면 됩니다",
    "공동현관 자유출입", "세대호출 1203 눌러주세요", "1203호 호출하시면 열어드려요", "101동 1203호 문앞",
    "택배함에 넣어주세요", "배송 전 연락주세요", "깨지기 쉬운 물건입니다 조심히 다뤄주세요", "빠른 배송 부탁드립니다",
    "3층 계단 오른쪽 집", "엘리베이터 없음 5층입니다 죄송해요", "주말엔 부재중이라 월요일 배송 원해요",
    "반품 회수 시 박스 2개 있어요", "아기가 자고있어요 노크X 벨X", "강아지 있어요 벨 누르지 마세요",
    "오전 10시 이후 배송 부탁", "문앞 배송 후 문자 부탁드립니다", "GS25 역삼점에 맡겨주세요", "지하주차장 B2 출입 불가",
    "비밀번호는 문자로 보내드릴게요", "비번 모르면 경비실 호출", "1층 현관 호출 1203 후 종", "출입문 7시 이후 잠김",
    "주문번호 20240315-000123 같이 포장해주세요", "2개 주문했는데 1개만 왔어요", "15시~18시 사이 배송 희망",
    "쿠폰 WELCOME2024 적용 안됨", "김치 냉장보관 부탁드려요", "박스 찌그러지지 않게 해주세요", "이번에도 문앞에 부탁드려요",
    "정문 말고 후문으로 와주세요", "최대한 빨리요", "선물용이니 가격표 빼주세요", "안전하게 배송해주세요",
    "조심히 오세요 감사합니다", "장바구니에 있던거 같이 보내주세요", "2024.03.15 이후 수령 가능", "12층 1204호 앞",
    "B동 302호 (엘베 없음)", "공동현관 앞에 두시면 제가 가지러 갈게요", "경비실 24시간 상주", "관리사무소 맡기지 말아주세요",
    "현관 앞 소화기 옆에 놔주세요", "노크 3번 해주세요", "택배 받으실 분 외출중", "회사 1층 안내데스크에 맡겨주세요",
    "총 3박스 입니다", "냉동식품 빨리 부탁드려요 -18도 유지", "신발 사이즈 270 교환건", "오후 2시~4시 부재",
    "정육 상품 ₩89,000 보냉팩 꼭", "송장번호 6342 1187 5520 조회 안돼요", "1층 출입 자유", "공동현관 비번 필요없음 (자유출입)",
    "현관 비번 모름 죄송합니다", "호출 1502", "102동 앞 벤치", "도착 10분 전 문자", "공동현관 고장났어요 그냥 열려있음",
    "문 앞 배송 (비밀번호 불필요)", "현관 앞 우유 주머니 안에", "301호 택배 같이 받아주세요", "카드키로만 출입돼서 경비실에 맡겨주세요",
]


def memo_line(i):
    x = r.random()
    if x < 0.52:
        return r.choice(CODE_MEMOS).format(c=code())
    if x < 0.62:
        p = kr_mobile(r) if r.random() < 0.8 else kr_landline(r)
        return r.choice(["부재시 {p}로 연락주세요", "받는 분 번호 바뀜 {p}", "도착 전 {p} 문자 주세요",
                         "010 번호 안 받으면 {p}", "연락처 {p} (딸)", "문앞/안되면 {p}"]).format(p=P(p, "KR"))
    if x < 0.68:
        return r.choice(["{n}님께 전달 부탁드려요", "받는사람 {n} (딸)", "{n} 앞으로 온 택배 같이", "수령인 변경 → {n}"]).format(
            n=N(kr_name(r), "KR"))
    return r.choice(NEG_MEMOS)


def memos():
    lines = [memo_line(i) for i in range(190)]
    # a few that combine everything a real memo can hold
    lines += [
        "공동현관 %s 이고 안되면 %s 로 전화주세요" % (code(), P(kr_mobile(r), "KR")),
        "받는분 %s / %s / 현관 %s" % (N(kr_name(r), "KR"), P(kr_mobile(r, "dash"), "KR"), code()),
        "현관 비번 %s 경비실X 부재시 %s" % (code(), P(kr_mobile(r, "plain"), "KR")),
        "101동 1203호 / 공동현관 %s / 세대호출 1203" % code(),
        "공동현관 비밀번호 문자로 드림 (%s)" % P(kr_mobile(r), "KR"),
    ]
    write_text("data/kr/delivery_memos.txt", "\n".join(lines) + "\n")


PRODUCTS = [
    ("이순신 장군 피규어 1/12", "29,900"), ("한경희 스팀다리미 HI-800", "89,000"), ("정관장 홍삼정 에브리타임 30포", "98,000"),
    ("이연복 짬뽕 4인분", "15,900"), ("김정문알로에 큐어 수딩젤", "12,000"), ("유기농 김치 5kg", "34,900"),
    ("박스테이프 48mm 50개입", "21,500"), ("장미 꽃다발 (대)", "45,000"), ("신라면 멀티팩", "4,480"),
    ("안성탕면 5입", "3,980"), ("조선호텔 김치 포기김치 4kg", "42,000"), ("최고급 한우 선물세트 1+", "189,000"),
    ("강아지 사료 7.5kg", "52,000"), ("서울우유 1L x 6", "14,400"), ("오뚜기 진라면 매운맛", "3,880"),
    ("나이키 에어맥스 270", "169,000"), ("아이폰 15 케이스 투명", "9,900"), ("삼다수 2L x 12", "11,880"),
]
OPTIONS = ["색상: 블랙 / 사이즈: 260", "기본", "용량: 500ml", "색상: 아이보리", "맛: 매운맛 x2", "-", "사이즈 FREE"]
CODE_COL_NEG = ["", "", "", "없음", "자유출입", "경비실 호출", "호출 1203", "X", "모름", "-", "없어요", "카드키"]


def tracking():
    return "".join(r.choice("0123456789") for _ in range(12))


def orders_csv():
    header = ["주문번호", "주문일시", "상품명", "옵션", "수량", "결제금액", "주문자명", "주문자연락처", "수령인", "수령인 연락처",
              "우편번호", "배송지", "상세주소", "공동현관 비밀번호", "배송메모", "택배사", "송장번호"]
    rows = []
    for i in range(48):
        prod, price = r.choice(PRODUCTS)
        recv = kr_name(r)
        buyer = recv if r.random() < 0.55 else kr_name(r)
        rp = kr_mobile(r, r.choice(["dash", "dash", "plain"]))
        bp = rp if buyer == recv else kr_mobile(r)
        detail = kr_detail(r, r.choice(["apt", "ho", "floor", "none", "villa"])).lstrip(", ")
        inline = r.random() < 0.25
        addr = kr_road_address(r, detail="none") if r.random() < 0.85 else kr_lot_address(r)
        if inline and detail:
            addr_cell, detail_cell = A(addr + " " + detail, "KR"), ""
        else:
            addr_cell = A(addr, "KR")
            detail_cell = X("a", detail, "KR", "address detail alone (unit/floor)") if detail else ""
        if r.random() < 0.5:
            code_cell = code()
        else:
            code_cell = r.choice(CODE_COL_NEG)
        memo = memo_line(i) if r.random() < 0.6 else ""
        masked = r.random() < 0.1
        if masked:
            recv_cell = recv[0] + "*" + recv[2:] if len(recv) == 3 else recv[0] + "**"
            rp_cell = rp[:4] + "****" + rp[-5:] if "-" in rp else "010****" + rp[-4:]
        else:
            recv_cell = N(recv, "KR")
            rp_cell = P(rp, "KR")
        if r.random() < 0.05:
            rp_cell = P(jp_mobile(r, "intl"), "JP")
        rows.append([
            "2024%02d%02d-%07d" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 9999999)),
            "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                               r.randint(0, 59)),
            prod, r.choice(OPTIONS), str(r.randint(1, 3)), price,
            N(buyer, "KR"), P(bp, "KR") if not (masked and bp == rp) else rp_cell,
            recv_cell, rp_cell, kr_postcode(r), addr_cell, detail_cell, code_cell, memo,
            r.choice(KR_COURIERS), tracking(),
        ])
    write_csv("data/kr/orders_export.csv", header, rows, bom=True, crlf=True)


AGENTS = ["A1023", "A0871", "B2210", "C0044"]
CS_NOTES = [
    "고객 {n} 배송지 변경 요청 → {a} 로 변경 완료",
    "{n} 고객님 재배송 요청. 공동현관 {c} 전달함",
    "부재중 2회. 고객 요청으로 {p} 로 연락 예정",
    "환불 요청 (₩34,900) 카드 취소 처리 3~5영업일 안내",
    "주소 오기재 {a} 아님 → 고객 확인 후 재접수",
    "교환 회수지: {a} / 현관 {c}",
    "상품 파손 사진 수신. 송장 {t} 반송 처리",
    "수령인 {n} 으로 변경, 연락처 {p}",
    "쿠폰 SPRING10 중복 적용 불가 안내",
    "본인 아님 주장. 주문자 {n} 과 통화 불가",
    "배송기사 010-****-4521 배정 (마스킹)",
    "회원 등급 VIP, 적립금 3,200P 지급",
    "공동현관 비번 변경됨 {c} (고객이 직접 알려줌)",
    "{n}님 문의: 사은품 누락. 재발송 예정 (송장 {t})",
    "고객이 {p} 말고 다른 번호로 연락 원함",
]


def cs_dump():
    header = ["f1", "f2", "f3", "f4", "f5", "f6", "f7"]
    rows = []
    for i in range(34):
        name = kr_name(r)
        note = r.choice(CS_NOTES).format(n=N(kr_name(r), "KR"), a=A(kr_address(r), "KR"), c=code(),
                                         p=P(kr_phone(r), "KR"), t=tracking())
        rows.append(["T%06d" % r.randint(1, 999999), "2024/%02d/%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28),
                                                                                  r.randint(9, 18), r.randint(0, 59)),
                     N(name, "KR"), P(kr_phone(r), "KR"), note, r.choice(AGENTS), str(r.choice([0, 0, 1, 2, 5]))])
    write_csv("data/kr/cs_tickets_dump.csv", header, rows)


def app_json():
    orders = []
    for i in range(16):
        recv = kr_name(r)
        d = kr_detail(r, r.choice(["apt", "ho", "floor"])).lstrip(", ")
        o = {
            "orderNo": "ORD%d" % r.randint(240101000000, 241231999999),
            "status": r.choice(["PAID", "SHIPPING", "DELIVERED", "CANCELLED"]),
            "orderedAt": "2024-%02d-%02dT%02d:%02d:00+09:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                                 r.randint(0, 59)),
            "orderer": {"name": N(kr_name(r), "KR"), "phone": P(kr_mobile(r), "KR"), "email": "user%d@example.co.kr" % i,
                        "grade": r.choice(["BRONZE", "SILVER", "GOLD"])},
            "receiver": {"name": N(recv, "KR"), "mobile": P(kr_mobile(r), "KR"),
                         "address": {"zipCode": kr_postcode(r), "base": A(kr_road_address(r, detail="none"), "KR"),
                                     "detail": X("a", d, "KR", "address detail alone (unit/floor)")},
                         "entranceCode": code() if r.random() < 0.6 else ""},
            "items": [{"sku": "SKU-%04d-%03d" % (r.randint(1, 9999), r.randint(1, 999)), "title": r.choice(PRODUCTS)[0],
                       "qty": r.randint(1, 3), "price": r.randint(10, 300) * 100} for _ in range(r.randint(1, 3))],
            "payment": {"method": r.choice(["CARD", "KAKAOPAY", "NAVERPAY", "VBANK"]),
                        "cardMasked": "9410-12**-****-%04d" % r.randint(0, 9999), "approvalNo": "%08d" % r.randint(0, 99999999),
                        "amount": r.randint(10, 400) * 100},
            "deviceId": "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                          r.getrandbits(12), r.getrandbits(48)),
            "memo": memo_line(i) if r.random() < 0.7 else "",
        }
        if r.random() < 0.3:
            o["receiver"]["phones"] = [P(kr_mobile(r), "KR"), P(kr_landline(r), "KR")]
        orders.append(o)
    write_json("data/kr/app_orders.json", {"apiVersion": "v2.3.1", "page": 1, "size": 16, "total": 1287,
                                           "orders": orders})


def events_ndjson():
    docs = []
    for i in range(60):
        ts = "2024-05-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 31), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                                    r.randint(0, 999))
        ip = "%d.%d.%d.%d" % (r.choice([10, 172, 192, 211, 121]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        k = r.random()
        if k < 0.35:
            docs.append({"ts": ts, "event": "login", "uid": r.randint(100000, 999999), "ip": ip,
                         "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15",
                         "app": "6.12.%d" % r.randint(0, 9)})
        elif k < 0.55:
            docs.append({"ts": ts, "event": "address_changed", "uid": r.randint(100000, 999999),
                         "before": {"addr": A(kr_address(r), "KR")}, "after": {"addr": A(kr_address(r), "KR")},
                         "ip": ip})
        elif k < 0.7:
            docs.append({"ts": ts, "event": "sms_sent", "template": "DELIVERY_DONE", "to": P(kr_mobile(r), "KR"),
                         "vars": {"name": N(kr_name(r), "KR"), "tracking": tracking()}, "cost": "₩9.9"})
        elif k < 0.85:
            docs.append({"ts": ts, "event": "cs_message", "channel": "kakao",
                         "body": r.choice([
                             "공동현관 비번 {c} 이에요 오늘 꼭 받아야해요",
                             "주소 {a} 로 바꿔주세요",
                             "{n}입니다 환불 언제 되나요? 주문번호 {o}",
                             "번호 바뀌었어요 {p}",
                             "배송 언제와요? 벌써 3일째에요",
                             "쿠폰 코드 KAKAO5000 입력했는데 안돼요",
                         ]).format(c=code(), a=A(kr_address(r), "KR"), n=N(kr_name(r), "KR"),
                                   o="2024%04d%06d" % (r.randint(101, 1231), r.randint(0, 999999)),
                                   p=P(kr_mobile(r), "KR"))})
        else:
            docs.append({"ts": ts, "event": "payment", "pg": "toss", "amount": r.randint(1, 500) * 100,
                         "bizNo": "%03d-%02d-%05d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 99999)),
                         "vbank": {"bank": "신한", "account": "110-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999)),
                                   "dueDate": "2024-05-31"}, "nick": r.choice(["행복한곰돌이", "김치찌개러버", "박력남", "정글의법칙"])})
    write_ndjson("data/kr/events.ndjson", docs)
