"""Taiwanese data: 宅配/超商 orders, LINE chats, shipment JSON, invoice NDJSON."""

import random

from core import A, C, N, P, X, write_csv, write_json, write_ndjson, write_text
from pools import TW_PLACES, tw_address, tw_landline, tw_mobile, tw_name, tw_phone, us_phone

r = random.Random(886)
T = "TW"


def code():
    d = "".join(r.choice("0123456789") for _ in range(r.choice([4, 4, 4, 5, 6, 3])))
    f = r.choices(["bare", "hash", "star", "hash_pre"], [55, 25, 8, 12])[0]
    return C({"bare": d, "hash": d + "#", "star": d + "*", "hash_pre": "#" + d}[f], T)


CODE_NOTES = [
    "大門密碼 {c}", "一樓大門密碼：{c}", "社區大門密碼{c}", "門禁密碼 {c}", "大樓密碼 {c}", "大門密碼是{c}，放門口就好",
    "樓下大門 {c}", "鐵門密碼 {c} 上三樓", "大門密碼{c}，管理室不代收", "【大門密碼】{c}", "密碼鎖 {c} 請幫忙關門",
    "公寓大門 {c} 進去左手邊", "大門密碼 {c} 謝謝🙏", "一樓鐵門密碼{c}",
]
NEG_NOTES = [
    "管理室代收", "請交給警衛室", "按電鈴 5樓", "對講機按 8F", "放門口即可", "請先電話聯繫", "下午6點後再送", "超商取貨",
    "貨到付款 NT$450", "週末不在家", "大門沒鎖直接上來", "大門密碼請打電話問", "郵局招領", "轉角那棟白色鐵門", "統編 24536806",
    "發票載具 /ABC+123", "手機條碼 /K9X2Q7P", "7-11 台大門市 店號 123456", "易碎品請小心", "請勿折疊", "送到公司櫃台",
    "禮盒請幫忙包裝", "12/24前一定要到", "晚上9點前都可以", "冷凍宅配 -18°C", "發票抬頭：王品餐飲股份有限公司",
    "林口長庚附近", "周末也可以送", "陳列架2組", "黃色大門那間", "3樓之1", "B1停車場不能進", "請打市話不要打手機",
    "訂單 TW20240612000031 合併出貨", "優惠碼 SHOPEE88", "滿NT$1,000免運", "高雄左營高鐵站自取",
]


def note_line():
    x = r.random()
    if x < 0.45:
        return r.choice(CODE_NOTES).format(c=code())
    if x < 0.55:
        return r.choice(["不在請打 {p}", "收件人電話改為 {p}", "到了打給我 {p}", "聯絡 {p} (家人)"]).format(p=P(tw_phone(r), T))
    if x < 0.6:
        return r.choice(["請交給{n}", "代收人：{n}", "收件人 {n} 的媽媽"]).format(n=N(tw_name(r), T))
    return r.choice(NEG_NOTES)


STORES = ["7-11 台大門市", "全家 信義松仁店", "萊爾富 板橋文化店", "OK超商 中壢中正店", "7-11 高雄博愛門市", "全家 台中文心店"]


def orders_csv():
    header = ["訂單編號", "訂購時間", "收件人", "手機", "配送方式", "取貨門市", "門市店號", "收件地址", "大門密碼", "備註", "訂單金額",
              "統一編號", "發票號碼"]
    rows = []
    for i in range(42):
        home = r.random() < 0.6
        rows.append([
            "TW2024%02d%02d%06d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 999999)),
            "%d/%d/%d %s %d:%02d" % (2024, r.randint(1, 12), r.randint(1, 28), r.choice(["上午", "下午"]),
                                     r.randint(1, 12), r.randint(0, 59)),
            N(tw_name(r), T),
            P(tw_mobile(r), T) if r.random() < 0.95 else P(us_phone(r, "intl"), "US"),
            "宅配" if home else "超商取貨",
            "" if home else r.choice(STORES),
            "" if home else "%06d" % r.randint(100000, 999999),
            A(tw_address(r), T) if home else "",
            (code() if r.random() < 0.55 else r.choice(["", "", "無", "管理室代收"])) if home else "",
            note_line() if r.random() < 0.5 else "",
            "NT${:,}".format(r.randint(2, 300) * 10),
            "%08d" % r.randint(10000000, 99999999) if r.random() < 0.3 else "",
            "%s%s-%08d" % (r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
                           r.randint(0, 99999999)),
        ])
    write_csv("data/tw/orders.csv", header, rows)


def shipments_json():
    docs = []
    for i in range(26):
        docs.append({
            "shipment_id": "SHP%010d" % r.randint(0, 9999999999),
            "carrier": r.choice(["黑貓宅急便", "新竹物流", "中華郵政", "嘉里大榮"]),
            "tracking_no": "%012d" % r.randint(0, 999999999999),
            "consignee": {"name": N(tw_name(r), T), "phone": P(tw_mobile(r), T),
                          "address": A(tw_address(r), T), "zip": r.choice(TW_PLACES)[4]},
            "sender": {"name": r.choice(["好物選品店", "小農直送", "茶之鄉有限公司"]), "phone": X("p", tw_landline(r), T,
                                                                                  "shop's business line")},
            "notes": [note_line() for _ in range(r.randint(0, 2))],
            "weight_kg": round(r.uniform(0.3, 12.0), 1),
            "cod": r.choice([0, 0, 450, 1280]),
            "created": "2024-%02d-%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
        })
    write_json("data/tw/shipments.json", docs)


def invoice_ndjson():
    docs = []
    for i in range(40):
        d = {"inv_no": "%s%s%08d" % (r.choice("ABCDEFGHJK"), r.choice("LMNPQRSTUV"), r.randint(0, 99999999)),
             "date": "113/%02d/%02d" % (r.randint(1, 12), r.randint(1, 28)),  # ROC calendar
             "amount": r.randint(30, 9000), "tax": 0, "seller_ban": "%08d" % r.randint(10000000, 99999999),
             "carrier_type": r.choice(["3J0002", "CQ0001"]), "carrier_id": "/" + "".join(
                 r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789+-.") for _ in range(7)),
             "random_no": "%04d" % r.randint(0, 9999)}
        if r.random() < 0.35:
            d["buyer"] = {"name": N(tw_name(r), T), "mobile": P(tw_mobile(r), T)}
        if r.random() < 0.2:
            d["buyer_ban"] = "%08d" % r.randint(10000000, 99999999)
        docs.append(d)
    write_ndjson("data/tw/invoice_log.ndjson", docs)


CHAT = f"""[LINE] 好物選品店 客服 2024/06/03(一)
14:02 {N("曾宥辰", T)}  你好 我上週訂的茶葉還沒收到
14:03 好物選品店  您好～請問訂單編號是多少呢？
14:05 {N("曾宥辰", T)}  TW20240527000418
14:07 好物選品店  查到了！黑貓單號 9021 3345 8876 目前在桃園轉運中心，明天會送達喔
14:08 {N("曾宥辰", T)}  好 那可以幫我改地址嗎 改送 {A("台北市大安區復興南路一段390號7樓之2", T)}
14:08 {N("曾宥辰", T)}  大門密碼 {C("3690#", T)}
14:10 好物選品店  已經幫您通知物流了，收件電話一樣是 {P("0933-218-745", T)} 嗎？
14:11 {N("曾宥辰", T)}  換成我老婆的 {P("0921 776 305", T)} 她叫{N("蘇佩珊", T)}
14:12 好物選品店  收到～已更新 🙏 祝您有美好的一天

[LINE] 好物選品店 客服 2024/06/04(二)
09:31 {X("n", "阿凱", T, "nickname / display name")}  請問你們有實體店面嗎
09:33 好物選品店  我們在{X("a", "新北市板橋區文化路一段188巷5號1樓", T, "shop address")}，營業時間 10:00-19:00，電話 {X("p", "(02)2968-3311", T, "shop number")}
09:35 {X("n", "阿凱", T, "nickname / display name")}  林口那邊有門市嗎？
09:36 好物選品店  目前只有板橋喔～也可以選擇超商取貨 (7-11/全家)
09:40 {X("n", "阿凱", T, "nickname / display name")}  OK 我用全家取 收件人{N("黃志豪", T)} {P("0958123884", T)}

[電話紀錄] 06/05 16:20 客服 {N("Amy 林", T)}
- 客人 {N("游淑惠", T)} 來電，市話 {P("04-2328-1956", T)}，反映收到的禮盒破損
- 寄送地址：{A("臺中市北區健行路455號", T)}（一樓大門密碼 {C("2580", T)}，管理員下午不在）
- 處理：重新出貨，補償購物金 NT$200，運單改新竹物流 8810-4432-12
- 另外客人問發票要打統編 53212539，已備註
"""


def write():
    notes_lines = [note_line() for _ in range(70)]
    write_text("data/tw/delivery_notes.txt", "\n".join(notes_lines) + "\n")
    orders_csv()
    shipments_json()
    invoice_ndjson()
    write_text("data/tw/line_chat.txt", CHAT)
