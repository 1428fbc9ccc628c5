package corpus

// Japanese, Taiwanese, English and log templates (see gen.fill).

var jaInquiries = []string{
	`件名：お届け先変更のお願い（注文番号 {-order_no}）
{name}様
いつもご利用いただきありがとうございます。担当の{name}です。
変更後のお届け先は下記でよろしいでしょうか。
{zipaddr}
{fullname} 様
電話番号：{phone}
{door}`,
	`お問い合わせ日時：{-timestamp}
お名前：{name}
ご連絡先：{phone}
内容：{=cjk_word:金曜日}に届く予定の{-product_name}がまだ届きません。追跡番号 {-tracking_no}`,
	`{name}です。マンションの入口について。{door}。不在の場合は宅配ボックスに入れてください。`,
	`【返品】注文番号：{-order_no} 返金額 {-price} 口座 {=company:三菱UFJ銀行} 渋谷支店 {-bank_account} 名義 {name}`,
	`配送メモ：{=door_no_code:オートロックなしの物件です}。置き配希望。`,
	`{name}様 ご注文ありがとうございます。お支払い金額 {-price}、お届け予定日 {-date}。`,
	`レビュー：{=cjk_word:林檎}ジュースが{=cjk_word:本日}届きました。{-company}のお菓子も一緒に買いました。`,
	`ご注意：{=code_cue_not_door:暗証番号を3回間違えるとロック}されます。`,
	`お届け先：{addr}（{name}様方）
お受取人：{name}`,
	`会員情報変更：電話番号 {-masked_phone} → {phone}、住所 {addr}`,
	`マイナンバー（{-jp_my_number}）の入力は不要です。`,
	`{-region_no_street}にお住まいのお客様限定、{-place_name}から徒歩5分の店舗で受け取り可能です。`,
	`オートロックの暗証番号は{code}です。{=cjk_word:近所}の方に預けないでください。`,
	`[{clock}] お客様：{=surname_word:안녕}… 韓国から{addr}宛に送りたいです。受取人 {name}、{phone}`,
	`{name}（{phone}）
{zipaddr}
{door}`,
}

var jaMemos = []string{
	"{door}", "置き配希望 {door}", "不在時は宅配ボックスへ", "{-phone_cue_no_number}", "{-street_no_number}で受け取り希望", "{=door_no_code:オートロックなし}",
	"配達前に{phone}へお電話ください", "{-date}指定", "ギフト包装希望", "{door} 置き配OK", "{-door_no_code}",
}

var twChats = []string{
	`[{clock}] 客人：你好，我要改收件地址，訂單編號 {-order_no}
[{clock}] 客服 {name}：您好，請提供新的地址
[{clock}] 客人：{addr}，收件人 {name}，手機 {phone}
[{clock}] 客人：{door}`,
	`[{clock}] 客人：請問{=cjk_word:高雄}可以{=cjk_word:周末}送貨嗎？
[{clock}] 客服：可以的，運費 {-price}`,
	`[{clock}] 客人：發票號碼 {-invoice_no}，統一編號 {-tw_business_no}，麻煩開三聯式`,
	`[{clock}] 客人：{=door_no_code:大門沒有密碼，直接上樓}，放門口就好`,
	`[{clock}] 客服：已{=cjk_word:馬上}為您處理，退款帳戶 {-bank_account} 戶名 {name}`,
	`[{clock}] 客人：{=company:黑貓宅急便}追蹤碼 {-tracking_no}，一直沒收到。我家電話 {phone}`,
	`[{clock}] 客人：寄到公司 {addr}，找{name}就可以`,
	`[{clock}] 客人：{=cjk_word:謝謝}！{=cjk_word:黃色}那款還有嗎？{-product_name}`,
	`[{clock}] 客人：身分證字號 {-tw_national_id} 需要提供嗎？
[{clock}] 客服：不需要，只需收件人姓名與手機。`,
	`[{clock}] 客人：{=code_cue_not_door:門禁時間 23:00}以後不能收貨，{door}`,
	`[{clock}] 客人：我住{-region_no_street}，可以約{-place_name}面交嗎？`,
	`[{clock}] 客人：收件人：{name}
收件地址：{zipaddr}
聯絡電話：{phone}
備註：{door}`,
	`[{clock}] 客人：{=cjk_word:許多}東西都缺貨，{=cjk_word:何時}補貨？`,
	`[{clock}] 客人：幫我寄到{=region_no_street:台北市}我媽媽那邊 {addr} {name} {phone}`,
}

var twMemos = []string{
	"{door}", "請放管理室", "{=door_no_code:無門禁，請放管理室}", "送達前請打 {phone}", "{-date} 前送達",
	"發票統編 {-tw_business_no}", "{door} 謝謝", "{-phone_cue_no_number}", "{-street_no_number}面交", "{-door_no_code}", "請按電鈴 {door}",
}

var enEmails = []string{
	`Subject: Change of shipping address for order {-order_no}

Hi,

Please ship my order to:
{name}
{addrlines}
Phone: {phone}
{door}.

Thanks,
{name}`,
	`Subject: Re: Delivery problem

Hello {name}, I'm {name} from customer support. Tracking number {-tracking_no} shows delivered at {-timestamp}. Could you confirm the address {addr}?`,
	`{=latin_word:Will} you ship to Hawaii? I {=latin_word:will} be away until {=latin_word:June} 5. {=latin_word:May} I change the delivery date?`,
	`Hi team, the {-product_name} arrived broken. Order {-order_no}, paid {-price} with card {-masked_card}. Please refund.
{name}, {phone}`,
	`Gate code changed: {door}. Leave packages at the side door. Thanks! {name}`,
	`The {=latin_word:grace} period for returns is 30 days. {=latin_word:Hope} this helps! {-company} is near {-place_name}.`,
	`Please {=latin_word:mark} the box fragile and {=latin_word:bill} me later. Ship to {addr}.`,
	`Order confirmation: {name}, thank you for order {-order_no} placed on {-date}. Shipping to {addr}. We'll text {phone} when it is out for delivery. {=code_cue_not_door:promo code SAVE20} applied.`,
	`They asked for my SSN {-us_ssn} on the warranty form, is that normal?`,
	`Hi, this is {rname}. Please deliver to {addr}. My number is {phone}. {=door_no_code:no gate code needed}.`,
	`Please send the refund to {-bank_account}. Invoice {-invoice_no}.`,
	`{=latin_word:Rose} gold is sold out, {=latin_word:Amber} is available. ISBN {-isbn}.`,
	`Ship to my office at {addr}, attn: {name}. Call {phone} on arrival. {=code_cue_not_door:area code 415} numbers only.`,
	`Please ship to my parents in Osaka: {addr@JP}, {name@JP}, {phone@JP}. {door@JP}`,
	`Gift for my aunt in Taipei: {name@TW}, {addr@TW}, tel {phone@TW}`,
	`My sister in Seoul: {name@KR} {phone@KR}, {addr@KR}, {door@KR}`,
	`{=latin_word:Frank} feedback: the {=latin_word:Jack} cable broke. Model {-model_no}, order {-order_no}.`,
	`Ticket #{-customer_id}: customer {fullname} called from {phone} about {-tracking_no}.`,
	`Delivery note: {door}, then take the elevator to 5. Contact {name} at {phone}.`,
	`Hi {name},
Your return label for order {-order_no} is attached. Drop it at any {-company} location by {-date}.`,
}

var enNotes = []string{
	"{door}", "Leave at front door. {door}", "{=door_no_code:no gate code needed}", "Call {phone} upon arrival",
	"Ring bell twice", "Deliver after {-time}", "{-phone_cue_no_number}", "Parking is hard {-street_no_number}", "{door}, side entrance", "{-door_no_code}", "Back porch please",
}

// logLines are application log lines, mostly operational noise with a few
// values leaked in clear.
var logLines = []string{
	"{clock} INFO  [checkout] order={-order_no} amount={-price} ip={-ip_address} latency={-duration}",
	"{clock} DEBUG [sms] sent template=DELIVERY_DONE to={phone} order={-order_no}",
	"{clock} WARN  [addr-normalizer] could not geocode address=\"{addr}\" zip={zip}",
	"{clock} INFO  [http] GET /api/v2/orders/{-order_no} 200 {-duration} ua=\"{-user_agent}\"",
	"{clock} ERROR [payment] approval failed code={-error_code} card={-masked_card}",
	"{clock} INFO  [deploy] version={-version} commit={-hex_id}",
	"{clock} DEBUG [profile] updated user={-customer_id} name=\"{name}\" phone={-masked_phone}",
	"{clock} INFO  [db] connected host={-ip_address} port={-port}",
	"{clock} WARN  [delivery] memo contains an entrance code: \"{door}\"",
	"{clock} INFO  [geo] lat,lng={-coordinates}",
	"{clock} INFO  [trace] request_id={-uuid} span={-hex_id}",
	"{clock} INFO  [batch] processed {-quantity} orders in {-duration}",
	"{clock} DEBUG [sms] sent to={phone@JP} locale=ja",
	"{clock} DEBUG [sms] sent to={phone@TW} locale=zh-TW",
	"{clock} DEBUG [sms] sent to={phone@US} locale=en-US",
	"{clock} WARN  [addr-normalizer] ambiguous address=\"{addr@JP}\"",
	"{clock} WARN  [addr-normalizer] ambiguous address=\"{addr@TW}\"",
	"{clock} WARN  [addr-normalizer] ambiguous address=\"{addr@US}\"",
	"{clock} INFO  [auth] otp issued code={-otp_code} ttl=180s",
	"{clock} INFO  [settle] biz={-business_reg_no} corp={-corporate_reg_no} account={-bank_account}",
	"{clock} ERROR [http] POST /api/v1/address 500 {-duration} build={-version}",
	"{clock} INFO  [catalog] sku={-product_code} isbn={-isbn} stock={-quantity}",
}
