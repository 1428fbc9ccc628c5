"""US data: a shipping export, support tickets, a customer JSON, driver notes, e-mails."""

import random

from core import A, C, N, P, X, write_csv, write_json, write_ndjson, write_text
from pools import kr_mobile, us_address, us_city_zip, us_name, us_phone, us_street

r = random.Random(1)
U = "US"
NL = "\n"


def code():
    d = "".join(r.choice("0123456789") for _ in range(r.choice([4, 4, 4, 4, 5, 6, 3])))
    f = r.choices(["bare", "hash_pre", "hash_post", "star"], [55, 20, 18, 7])[0]
    return C({"bare": d, "hash_pre": "#" + d, "hash_post": d + "#", "star": "*" + d}[f], U)


CODE_NOTES = [
    "Gate code: {c}", "gate code {c}", "Gate code is {c}, then left at the pool", "Door code {c}", "Call box code {c}",
    "Lockbox code {c}", "Building code {c}", "Entry code {c} for the lobby", "Keypad {c}", "Community gate: {c}",
    "Side door code {c}, package room on the right", "Use {c} at the front gate", "Code to lobby: {c}", "Garage code {c}",
    "GATE {c}", "gate cd {c} leave by garage", "Access code {c} (changes monthly)", "front door keypad {c} then elevator to 4",
    "Callbox {c} + bell", "Leave in mailroom, door code {c}",
]
NEG_NOTES = [
    "Buzz #305", "Buzzer 12B", "Apt 305", "Leave at door", "Leave with front desk / concierge", "Call box: dial 112 for unit",
    "Gate 12 at the loading dock", "Use coupon SAVE10", "Ring doorbell", "Do not leave at door", "Beware of dog",
    "Deliver after 5 PM", "Suite 400", "Back porch please", "Side entrance off Maple Ave", "Mailroom open 9-5",
    "Unit 12 is upstairs", "Signature required", "Order #114-3941689-8372211", "Tracking 1Z999AA10123456784",
    "USPS 9400 1118 9922 3344 5566 77", "Invoice INV-2024-00091", "Total $19.99", "Ref: 2024-06-12",
    "Building has elevator; 3rd floor", "Please text on arrival", "Gate is open 7am-7pm", "No gate code needed",
    "Leave behind the planter", "Fragile - glassware", "Put it in the blue bin by the fence", "Front desk closes at 10:30 PM",
    "Back gate, not the front", "Gift - no invoice please", "Deliver Mon-Fri only", "Call if gate is locked",
    "Room 1204 (dorm, use front desk)", "Hold at UPS Access Point", "2 boxes", "Use side door by Route 9W",
]


def note_line():
    x = r.random()
    if x < 0.45:
        return r.choice(CODE_NOTES).format(c=code())
    if x < 0.55:
        return r.choice(["Call {p} on arrival", "Text me at {p}", "if no answer call {p}", "alt phone {p}"]).format(
            p=P(us_phone(r), U))
    if x < 0.6:
        return r.choice(["Leave with {n} next door", "For {n} (roommate)", "Attn: {n}"]).format(n=N(us_name(r, "plain"), U))
    return r.choice(NEG_NOTES)


ITEMS = [("KB-25-BLK", "Kelly Bag 25 Black (replica strap)", "39.99"), ("TH-SLIM-32", "Tommy Hilfiger slim jeans 32x32", "59.50"),
         ("BJ-CHUNKY", "Ben & Jerry's Chunky Monkey pint", "6.49"), ("AJ1-MID-10", "Air Jordan 1 Mid size 10", "125.00"),
         ("MS-CHOC", "Mrs. Fields cookies tin", "24.99"), ("VS-BODY", "Victoria's Secret body mist", "18.00"),
         ("LINC-BIO", "Abraham Lincoln biography (paperback)", "14.99"), ("USB-C-2M", "USB-C cable 2m", "9.99"),
         ("MARTHA-PAN", "Martha Stewart 10in skillet", "34.99"), ("DR-PEPPER-12", "Dr Pepper 12 pack", "7.49")]


def shipping_csv():
    header = ["order_id", "created_at", "ship_to_name", "ship_to_phone", "address1", "address2", "city", "state", "zip",
              "gate_code", "delivery_instructions", "sku", "item", "qty", "amount", "tracking"]
    rows = []
    for i in range(45):
        city, st, z = us_city_zip(r)
        street = us_street(r)
        a2 = ""
        if r.random() < 0.35:
            a2 = r.choice(["Apt %d%s" % (r.randint(1, 30), r.choice("ABC")), "Unit %d" % r.randint(1, 90),
                           "Ste %d" % r.randint(100, 600), "#%d" % r.randint(100, 2200), "Floor 3"])
        sku, item, price = r.choice(ITEMS)
        rows.append([
            "%d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
            "%d/%d/2024 %d:%02d %s" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(0, 59),
                                       r.choice(["AM", "PM"])),
            N(us_name(r, r.choice(["plain", "plain", "upper", "middle"])), U),
            P(us_phone(r), U) if r.random() < 0.95 else P(kr_mobile(r, "intl"), "KR"),
            A(street, U),
            X("a", a2, U, "address line 2 alone (unit)") if a2 else "",
            city, st, z,
            code() if r.random() < 0.4 else r.choice(["", "", "", "none", "N/A", "call"]),
            note_line() if r.random() < 0.55 else "",
            sku, item, str(r.randint(1, 4)), price,
            r.choice(["1Z%s%s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)),
                                   "".join(r.choice("0123456789") for _ in range(10))),
                      "9400 1%s" % " ".join("".join(r.choice("0123456789") for _ in range(4)) for _ in range(5)),
                      "%012d" % r.randint(0, 999999999999)]),
        ])
    write_csv("data/us/shipping_export.csv", header, rows)


TICKETS = [
    "Hi, this is {n}. My package shows delivered but it's not here. Address is {a}. Gate code {c}.",
    "Please update my phone to {p}. Thanks, {n}",
    "I moved! New shipping address: {a}. Old one was {a2}.",
    "Driver couldn't get in. The community gate code is {c} and the building code is {c2}.",
    "Order 112-8834112-0093321 arrived damaged (2 of 3 plates broken). Refund $42.50 to card ending 4421 please.",
    "Can you deliver to my office instead? {a} - ask for {n} at reception, {p}",
    "Wrong item received: got SKU TH-SLIM-32 instead of TH-SLIM-34. RMA #RMA-77812.",
    "Your app version 5.4.1 crashes on checkout (iOS 17.5). Error id 9f1c2a7e-44b0-4e2f-a6b1-33c1d9e0f4a2",
    "Please don't call me at work. Use my cell {p} only. - {n}",
    "Promo code SUMMER25 says expired but the email says valid until 06/30/2024.",
]


def tickets():
    docs = []
    for i in range(44):
        body = r.choice(TICKETS).format(n=N(us_name(r, "plain"), U), a=A(us_address(r), U), a2=A(us_address(r), U),
                                        c=code(), c2=code(), p=P(us_phone(r), U))
        docs.append({"ticket": 480000 + i, "opened": "2024-06-%02dT%02d:%02d:00Z" % (r.randint(1, 30), r.randint(0, 23),
                                                                                    r.randint(0, 59)),
                     "channel": r.choice(["email", "chat", "web"]), "priority": r.choice(["low", "normal", "high"]),
                     "requester": {"name": N(us_name(r), U), "email": "cust%d@example.com" % i},
                     "subject": r.choice(["Where is my order?", "Address change", "Delivery problem", "Refund", "Re: order"]),
                     "body": body, "agent": r.choice(["agent_17", "agent_22", "bot"])})
    write_ndjson("data/us/support_tickets.ndjson", docs)


def customers_json():
    cs = []
    for i in range(22):
        city, st, z = us_city_zip(r)
        c = {"id": "cus_%s" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)),
             "firstName": None, "lastName": None,
             "phones": [{"type": "mobile", "number": P(us_phone(r), U)}],
             "addresses": [{"label": "home", "line1": A(us_street(r), U), "city": city, "state": st, "postalCode": z,
                            "deliveryNotes": note_line()}],
             "loyalty": {"tier": r.choice(["gold", "silver"]), "points": r.randint(0, 9000), "since": "2019-03-04"},
             "lastOrder": {"total": "$%d.%02d" % (r.randint(5, 400), r.randint(0, 99)), "items": r.randint(1, 6)}}
        first, last = us_name(r, "plain").split(" ", 1)
        c["firstName"], c["lastName"] = N(first, U), N(last, U)
        if r.random() < 0.4:
            c["phones"].append({"type": "home", "number": P(us_phone(r), U)})
        cs.append(c)
    write_json("data/us/customers.json", {"object": "list", "has_more": True, "data": cs})


DRIVER = f"""ROUTE 14 - Thu 06/13/2024 - van #A-2207 - 86 stops
stop 3  {N("Rosa Delgado", U)}  {A("4417 E Camelback Rd Apt 212, Phoenix, AZ 85018", U)}  gate {C("#4590", U)}  dog in yard!
stop 7  Desert Ridge Dental (business, dock 2)  17 boxes  sig req
stop 12 {N("T. Nguyen", U)}  {A("9021 N 19th Ave #1104, Phoenix, AZ 85021", U)}  callbox {C("1104#", U)} no answer -> left w/ office
stop 15 {N("Marcus O'Neil", U)}  cell {P("(602) 894-3312", U)}  leave at side door
stop 19 {N("Linda McAllister", U)}  {A("250 W Pierce St, Unit 9, Phoenix, AZ 85003", U)}  lockbox {C("7302", U)}
stop 22 HOLD - address not found: "Oak Ridge Dr" no number given
stop 27 apt complex: Buzz #305 for mgmt, resident {N("Priya Patel", U)} {P("480.329.1177", U)}
stop 31 {N("JAMES R. WRIGHT", U)}  door code {C("2468*", U)} / 2 pkgs / photo taken 14:32
stop 40 CVS #8821 (store) return bin
stop 44 {N("Kim, Daniel", U)}  {A("1 Renaissance Sq, Phoenix AZ 85004", U)}  Ste 1200 reception
mileage 112.4 / fuel $86.20 / scanner SN 22X7-9981-0043
"""

EMAIL = f"""From: "Harbor & Pine" <orders@harborandpine.example>
To: {N("Grace Kowalski", U)} <grace.k@example.net>
Subject: Your order #HP-2024-118832 has shipped
Date: Fri, 14 Jun 2024 16:05:44 -0400

Hi {N("Grace", U)},

Good news - your order is on its way!

Ship to:
{N("Grace Kowalski", U)}
{A("77 Hawthorne Blvd, Apt 5C, Portland, OR 97214-3318", U)}
{P("(503) 718-2244", U)}

Carrier: UPS Ground   Tracking: 1Z4E88W90312447713
Estimated delivery: Tue, Jun 18

  1 x Linen Throw, Sage (SKU LT-204-SG)     $64.00
  2 x Beeswax Candle 8oz (SKU BC-8-HNY)     $36.00
  Subtotal $100.00 / Tax $0.00 / Shipping FREE

Delivery instructions on file: "Door code {C("0917", U)}, leave inside vestibule"

Questions? Reply to this email or call {X("p", "1-800-425-7716", U, "company toll-free line")} (Mon-Fri 9-5 PT).
Harbor & Pine, {X("a", "1200 NW Naito Pkwy Ste 300, Portland, OR 97209", U, "company address")}
Unsubscribe | Privacy | v2.11.0

-----
From: {N("Ethan Fitzgerald", U)} <efitz@example.org>
Subject: Re: wrong address on my account

Hey, I typed my address wrong at checkout. It should be
{A("1532 Pine Hollow Rd" + NL + "Nashville, TN 37211", U)}
not 1523. Also the buzzer is #12, there's no gate code. My number is {P("615 902 4418", U)}.
Thanks,
{N("Ethan", U)}

-----
Template example (do not send): Dear {X("n", "John Doe", U, "placeholder name")}, your order to {X("a", "123 Main St, Anytown, CA 90210", U, "placeholder address")} has shipped. Call {X("p", "(555) 555-0100", U, "fictional 555 number")}.
"""


def write():
    lines = [note_line() for _ in range(80)]
    write_text("data/us/delivery_instructions.txt", "\n".join(lines) + "\n")
    shipping_csv()
    tickets()
    customers_json()
    write_text("data/us/driver_manifest.txt", DRIVER)
    write_text("data/us/mail.txt", EMAIL)
