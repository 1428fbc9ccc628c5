"""Japanese data: 宅配 notes, an order CSV, a member TSV, inquiries NDJSON, mails."""

import random

from core import A, C, N, P, X, write_csv, write_ndjson, write_text
from pools import (JP_BUILDINGS, JP_GIVEN, JP_KANA, JP_PLACES, JP_SURNAMES, jp_address, jp_banchi, jp_landline, jp_mobile, jp_name, jp_phone,
                   jp_postcode, kr_mobile)

r = random.Random(81)
J = "JP"
FWD = str.maketrans("0123456789#*", "０１２３４５６７８９＃＊")


def code():
    d = "".join(r.choice("0123456789") for _ in range(r.choice([4, 4, 4, 4, 5, 6, 3])))
    f = r.choices(["bare", "fw", "hash", "star_hash", "key"], [45, 20, 15, 10, 10])[0]
    if f == "bare":
        return C(d, J)
    if f == "fw":
        return C(d.translate(FWD), J)
    if f == "hash":
        return C(d + "#", J)
    if f == "star_hash":
        return C("＊" + d + "＃", J)
    return r.choice(["鍵マーク+", "🔑"]) + C(d, J)


CODE_NOTES = [
    "オートロック {c}", "オートロック番号：{c}", "オートロック暗証番号 {c} です", "エントランス暗証 {c}",
    "玄関オートロック解除番号 {c}", "暗証番号は{c}です。置き配でお願いします", "マンション入口の暗証番号 {c}",
    "共用玄関 {c}", "オートロック({c})→玄関前に置き配", "解錠番号 {c}　宅配ボックス満杯の時は玄関前",
    "オートロック解除：{c}（部屋番号不要）", "※オートロック {c} ※", "エントランス {c} で開きます", "オートロックの番号{c}",
    "暗証 {c}、エレベーターで5階", "置き配希望 オートロック{c}",
]
NEG_NOTES = [
    "オートロックあり、部屋番号305を押して呼出してください", "宅配ボックス3番に入れてください", "置き配OK（玄関前）",
    "不在時は宅配ボックスへ", "管理人室に預けてください", "インターホン故障中のためノックしてください", "午前中指定",
    "14時-16時でお願いします", "19-21時指定", "チャイム鳴らさないでください（赤ちゃんが寝ています）",
    "ガスメーターボックスの中へ", "自転車の横に置いてください", "オートロック番号は後ほどメールします", "2階の奥の部屋です",
    "代引き 3,980円 おつりのないように用意します", "お届け予定日 2024/6/12", "令和6年6月12日以降に配達希望",
    "ヤマト伝票番号 4567-8901-2345 と同梱", "佐川 伝票 3601-2345-6789", "ギフト包装 のし「御中元」", "割れ物注意",
    "置き配不可", "表札は旧姓のままです", "203号室の隣の部屋です", "雨の日は玄関内に", "東京駅の近くの会社宛",
    "新宿店受け取り", "クール便（冷凍）", "合計 ¥12,800（税込）", "ポイント 1,280pt 使用", "クーポン SUMMER24 適用",
    "ご不在連絡票 No.0612-4432", "ドアの前に置いて写真を撮ってください", "オートロックなし", "在宅勤務のため日中在宅",
    "ペット（犬）がいます", "車での来訪不可・駐車場なし", "配送業者：日本郵便 ゆうパック", "同梱不要",
]


def note_line():
    x = r.random()
    if x < 0.42:
        return r.choice(CODE_NOTES).format(c=code())
    if x < 0.52:
        return r.choice(["不在時は{p}まで", "携帯 {p} に連絡ください", "到着前に電話 {p}", "連絡先変更 → {p}"]).format(
            p=P(jp_phone(r), J))
    if x < 0.58:
        return r.choice(["{n}様宛", "受取人は{n}（家族）です", "{n} さんに渡してください"]).format(n=N(jp_name(r), J))
    return r.choice(NEG_NOTES)


def notes():
    lines = [note_line() for _ in range(90)]
    lines += [
        "〒%s %s %s様 %s オートロック%s" % (jp_postcode(r), A(jp_address(r), J), N(jp_name(r, "plain"), J),
                                     P(jp_mobile(r), J), code()),
        "お届け先：%s／電話 %s" % (A(jp_address(r, True), J), P(jp_landline(r), J)),
    ]
    write_text("data/jp/takuhai_notes.txt", "\n".join(lines) + "\n")


def orders_csv():
    header = ["受注番号", "受注日", "お届け先氏名", "フリガナ", "郵便番号", "都道府県", "住所1", "住所2", "電話番号",
              "お届け時間帯", "配達メモ", "オートロック番号", "配送業者", "伝票番号", "合計金額"]
    rows = []
    for i in range(40):
        pref, city, towns, zp = r.choice(JP_PLACES)
        s, g = jp_name(r, "space").split(" ")
        kana = (JP_KANA.get(s, "") + " " + JP_KANA.get(g, "")).strip() if s in JP_KANA and g in JP_KANA else ""
        bld = r.choice(JP_BUILDINGS) + " " + str(r.randint(1, 9) * 100 + r.randint(1, 9)) if r.random() < 0.6 else ""
        rows.append([
            "%d-%07d" % (r.randint(10, 99), r.randint(0, 9999999)),
            "2024/%d/%d" % (r.randint(1, 12), r.randint(1, 28)),
            N(s + r.choice([" ", "\u3000", ""]) + g, J),
            N(kana, J) if kana else "",
            zp,
            pref,
            A(city + r.choice(towns) + jp_banchi(r), J),
            X("a", bld, J, "building and room alone") if bld else "",
            P(jp_phone(r), J) if r.random() < 0.93 else P(kr_mobile(r, "intl"), "KR"),
            r.choice(["指定なし", "午前中", "14-16時", "16-18時", "18-20時", "19-21時"]),
            note_line() if r.random() < 0.5 else "",
            code() if r.random() < 0.35 else r.choice(["", "", "なし", "-", "呼出 %d" % r.randint(101, 905)]),
            r.choice(["ヤマト運輸", "佐川急便", "日本郵便"]),
            "%04d-%04d-%04d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999)),
            "¥{:,}".format(r.randint(5, 300) * 100),
        ])
    write_csv("data/jp/orders.csv", header, rows)


def members_tsv():
    header = ["会員ID", "氏名", "氏名(カナ)", "生年月日", "性別", "携帯電話", "自宅電話", "住所", "会員ランク", "保有ポイント",
              "最終ログイン"]
    rows = []
    surnames = [k for k in JP_KANA if k in JP_SURNAMES]
    given = [k for k in JP_KANA if k in JP_GIVEN]
    for i in range(30):
        s, g = r.choice(surnames), r.choice(given)
        rows.append([
            "M%08d" % r.randint(0, 99999999), N(s + " " + g, J), N(JP_KANA[s] + " " + JP_KANA[g], J),
            "%d/%02d/%02d" % (r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)), r.choice(["男", "女", "-"]),
            P(jp_mobile(r, r.choice(["dash", "plain"])), J), P(jp_landline(r), J) if r.random() < 0.4 else "",
            A(jp_address(r), J),
            r.choice(["ゴールド", "シルバー", "レギュラー"]), str(r.randint(0, 30000)),
            "2024-%02d-%02d %02d:%02d" % (r.randint(1, 6), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
        ])
    write_csv("data/jp/members.tsv", header, rows, delim="\t")


INQ = [
    "{n}と申します。注文した商品がまだ届きません。住所は{a}です。",
    "お世話になっております。配送先を{a}に変更したいです。オートロックは{c}です。",
    "電話番号が変わりました。新しい番号は{p}です。よろしくお願いします。",
    "商品が破損していました。写真を添付します。注文番号 12-3456789",
    "ポイントが反映されていません（2024年5月3日購入分、1,280pt）",
    "不在票が入っていましたが、再配達の依頼方法がわかりません。伝票番号 3842-1190-5527",
    "領収書の宛名を「株式会社青葉商事」にしてください。",
    "{n}です。妻の{n2}宛に送ってください。{a} 電話{p}",
    "返品したいです。集荷先：{a}、オートロック番号{c}、平日19時以降希望",
    "退会手続きをお願いします。会員ID M00281734",
]


def inquiries():
    docs = []
    for i in range(36):
        body = r.choice(INQ).format(n=N(jp_name(r), J), n2=N(jp_name(r), J), a=A(jp_address(r), J), c=code(),
                                    p=P(jp_phone(r), J))
        docs.append({"id": "INQ-%06d" % r.randint(0, 999999), "created": "2024-06-%02dT%02d:%02d:00+09:00" % (
            r.randint(1, 30), r.randint(0, 23), r.randint(0, 59)), "category": r.choice(["配送", "返品", "会員", "決済"]),
                     "customer": {"name": N(jp_name(r), J), "tel": P(jp_phone(r), J), "rank": "レギュラー"},
                     "body": body, "assignee": r.choice(["cs-team-a", "cs-team-b"]),
                     "tags": ["要対応", "配送"] if r.random() < 0.5 else []})
    write_ndjson("data/jp/inquiries.ndjson", docs)


MAIL = f"""件名：【ご注文確認】ご注文ありがとうございます（注文番号：27-0098123）
差出人：さくら雑貨店 <shop@sakura-zakka.example.jp>
日付：2024年6月14日(金) 10:21

{N("高橋 美穂", J)} 様

この度はさくら雑貨店をご利用いただき、誠にありがとうございます。
下記の内容でご注文を承りました。

──────────────────
[注文番号] 27-0098123
[注文日時] 2024年06月14日 10:20
[お支払方法] クレジットカード（VISA ****-1187）
[お届け先]
 {N("高橋 美穂", J)} 様
 〒230-0062
 {A("神奈川県横浜市鶴見区豊岡町21-5 メゾン豊岡302", J)}
 TEL：{P("045-583-2219", J)}
[お届け希望日] 6月17日(月) 午前中
[備考] オートロック {C("２４８０", J)} 、不在時は宅配ボックス
──────────────────
 今治タオル ギフトセット（白） ×1　¥4,400
 有田焼 豆皿 5枚組 ×2　¥6,600
 送料 ¥0（¥5,000以上無料）
 合計 ¥11,000（税込）
──────────────────

※ 本メールは送信専用です。
さくら雑貨店 カスタマーサポート {X("p", "0120-33-4589", J, "company free-dial")}（平日10:00〜17:00）
運営会社：株式会社サクラ / {X("a", "東京都台東区浅草橋2-4-1 浅草橋ビル6F", J, "company address")}
適格請求書発行事業者登録番号 T1234567890123

--------------------------------------------------
件名：Re: 配送先変更のお願い
{N("山口", J)}様

お問い合わせいただきありがとうございます。担当の{N("藤井 千尋", J)}でございます。
ご依頼の通り、お届け先を下記へ変更いたしました。
 {A("大阪府大阪市北区中崎2丁目4番12号 グランドパレス中崎 1105号室", J)}
 お電話番号：{P("090-4417-2386", J)}
オートロックの暗証番号（{C("0713#", J)}）も配送業者へ連携済みです。
なお、ヤマト運輸のお問い合わせ伝票番号は 4512-7730-9921 となります。

--------------------------------------------------
記入例）お名前：{X("n", "山田 太郎", J, "placeholder name in a form example")}　電話：{X("p", "03-1234-5678", J, "placeholder number in a form example")}
"""

SMS = f"""【ヤマト運輸】{N("森 結衣", J)}様 お荷物のお届け予定 6/18(火) 14時～16時 伝票番号 4690-2210-5543 受取日時変更はこちら https://example.com/r/abc123
【佐川急便】お荷物をお届けにあがりましたがご不在でした。再配達受付 {X("p", "0120-18-7602", J, "company free-dial")}
【日本郵便】{N("中川 博", J)}様 ゆうパック 1234-5678-9012 配達完了（宅配ボックス）
Amazon: ご注文の商品を玄関前に置き配しました。配達員: {N("石井", J)}（写真あり）
ウーバーイーツ：配達パートナーの{N("Kenta", J)}が向かっています 電話 {P("050-3187-4420", J)}
（管理会社より）{A("東京都江東区豊洲3-5-8 パークタワー豊洲", J)} 住民の皆様 6月20日 10:00〜12:00 エレベーター点検
{N("小林 健一", J)}さん、明日の打ち合わせは新宿駅南口 13:30 でお願いします。{P("080-7714-9032", J)}
"""


def write():
    notes()
    orders_csv()
    members_tsv()
    inquiries()
    write_text("data/jp/mail.txt", MAIL)
    write_text("data/jp/sms_notices.txt", SMS)
