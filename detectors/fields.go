package detectors

import (
	"strings"
	"sync"
)

// fieldWords maps words that occur in column names and JSON keys to the kind
// of value such a field holds. Matching is on the lower-cased last path
// segment, by substring, longest word first (see FieldKind).
var fieldWords = []struct {
	word string
	kind Kind
}{
	// access codes first: "door_code" must not read as a plain "code".
	{"entrance_code", KindAccessCode}, {"entrancecode", KindAccessCode},
	{"door_code", KindAccessCode}, {"doorcode", KindAccessCode},
	{"gate_code", KindAccessCode}, {"gatecode", KindAccessCode},
	{"entry_code", KindAccessCode}, {"access_code", KindAccessCode},
	{"building_code", KindAccessCode}, {"lobby_code", KindAccessCode},
	{"공동현관", KindAccessCode}, {"현관비밀번호", KindAccessCode}, {"출입비밀번호", KindAccessCode},
	{"출입번호", KindAccessCode}, {"현관번호", KindAccessCode}, {"공현", KindAccessCode},
	{"オートロック", KindAccessCode}, {"暗証番号", KindAccessCode},
	{"大門密碼", KindAccessCode}, {"門禁", KindAccessCode}, {"门禁", KindAccessCode},
	{"buzzer", KindAccessCode}, {"keypad", KindAccessCode}, {"callbox", KindAccessCode}, {"call_box", KindAccessCode},
	{"lockbox", KindAccessCode}, {"현관비번", KindAccessCode}, {"大门密码", KindAccessCode},

	{"phone", KindPhone}, {"mobile", KindPhone}, {"tel", KindPhone}, {"cell", KindPhone},
	{"msisdn", KindPhone}, {"fax", KindPhone}, {"contact_no", KindPhone},
	{"전화", KindPhone}, {"휴대폰", KindPhone}, {"핸드폰", KindPhone}, {"연락처", KindPhone},
	{"電話", KindPhone}, {"携帯", KindPhone}, {"手機", KindPhone}, {"手机", KindPhone}, {"电话", KindPhone},
	{"연락번호", KindPhone}, {"휴대번호", KindPhone}, {"폰번호", KindPhone}, {"ケータイ", KindPhone},

	{"address", KindAddress}, {"addr", KindAddress}, {"street", KindAddress},
	{"주소", KindAddress}, {"배송지", KindAddress}, {"住所", KindAddress}, {"地址", KindAddress},

	{"first_name", KindName}, {"last_name", KindName}, {"firstname", KindName}, {"lastname", KindName},
	{"full_name", KindName}, {"fullname", KindName}, {"given_name", KindName}, {"family_name", KindName},
	{"customer_name", KindName}, {"recipient", KindName}, {"receiver", KindName}, {"name", KindName},
	{"이름", KindName}, {"성함", KindName}, {"성명", KindName}, {"수령인", KindName}, {"수취인", KindName},
	{"받는분", KindName}, {"받는 분", KindName}, {"고객명", KindName}, {"주문자", KindName},
	{"氏名", KindName}, {"名前", KindName}, {"姓名", KindName}, {"收件人", KindName}, {"收货人", KindName},
	{"フリガナ", KindName}, {"ふりがな", KindName}, {"カナ", KindName}, {"宛名", KindName},
	{"예금주", KindName}, {"戶名", KindName}, {"户名", KindName}, {"收件者", KindName}, {"聯絡人", KindName},
	{"联系人", KindName}, {"收貨人", KindName},
}

// fieldExclusions are field words that look like a kind's word but are not
// (a product name is not a person's name; an IP address is not a postal one).
var fieldExclusions = []string{
	"product", "item", "goods", "sku", "file", "host", "user_name", "username",
	"ip", "email", "mac_address", "url", "brand", "store", "shop", "company",
	"category", "상품", "제품", "상호", "会社", "商品",
}

// FieldKind returns the kind a column name or JSON path suggests, or "".
// Only the last path segment counts ($.shipping.address.line -> "line" is
// not enough, but $.shipping.address -> address). Results are cached by
// last segment, so calling it for every cell costs a map lookup.
func FieldKind(field string) Kind {
	if field == "" {
		return ""
	}
	seg := field
	if i := strings.LastIndexAny(seg, ".$/"); i >= 0 && i+1 < len(seg) {
		if last := strings.Trim(seg[i+1:], "[]0123456789"); last != "" {
			seg = last
		}
	}
	fieldCacheMu.RLock()
	k, ok := fieldCacheMap[seg]
	fieldCacheMu.RUnlock()
	if ok {
		return k
	}
	k = fieldKindOf(strings.ToLower(seg))
	fieldCacheMu.Lock()
	if len(fieldCacheMap) < maxFieldCache {
		fieldCacheMap[strings.Clone(seg)] = k
	}
	fieldCacheMu.Unlock()
	return k
}

// The FieldKind cache: column names repeat across rows and objects, so a
// few thousand entries serve a whole scan; past that it stops growing.
const maxFieldCache = 8192

var (
	fieldCacheMu  sync.RWMutex
	fieldCacheMap = map[string]Kind{}
)

// fieldKindOf classifies a lower-cased last path segment.
func fieldKindOf(f string) Kind {
	for _, x := range fieldExclusions {
		if x == "ip" {
			if f == "ip" || strings.HasPrefix(f, "ip_") || strings.HasSuffix(f, "_ip") {
				return ""
			}
			continue
		}
		if strings.Contains(f, x) {
			return ""
		}
	}
	for _, w := range fieldWords {
		if strings.Contains(f, w.word) {
			return w.kind
		}
	}
	return ""
}
