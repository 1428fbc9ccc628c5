package detectors

import "strings"

// nameCueRole says where the name stands relative to a cue word.
type nameCueRole uint8

const (
	cueBefore nameCueRole = iota // the cue precedes the name: 성함: 김민준, Name: John Smith
	cueAfter                     // an honorific follows the name: 김민준님, 佐藤様, 陳先生
	cueTitle                     // a Latin title directly precedes the name: Mr. Smith
	cueWeak                      // a role word precedes the name: 고객 김민준, 客服 陳志明
	cuePhone                     // a phone number follows the name: 김민준 010-1234-5678
	cueColon                     // a colon before a CJK name that ends its clause: "in Taipei: 戴志豪, ..."
)

// nameLang is the language a cue belongs to; it picks the name grammar.
type nameLang uint8

const (
	langAny nameLang = iota
	langKR
	langJP
	langZH
	langEN
)

type nameCue struct {
	word string
	role nameCueRole
	lang nameLang
}

// nameCues are the words whose occurrences the name detector asks for.
// Role cues (고객, 상담원, 客服) name a role rather than ask for a name, so
// a short name after them needs more support (see cueWeak).
var nameCues = append([]nameCue{
	{"성함", cueBefore, langKR}, {"이름", cueBefore, langKR}, {"성명", cueBefore, langKR},
	{"수령인", cueBefore, langKR}, {"수취인", cueBefore, langKR}, {"받는 분", cueBefore, langKR},
	{"받는분", cueBefore, langKR}, {"받는 사람", cueBefore, langKR}, {"받으시는 분", cueBefore, langKR},
	{"주문자", cueBefore, langKR}, {"보내는 분", cueBefore, langKR}, {"보내는분", cueBefore, langKR},
	{"보내는 사람", cueBefore, langKR}, {"예금주", cueBefore, langKR}, {"신청자", cueBefore, langKR},
	{"예약자", cueBefore, langKR}, {"구매자", cueBefore, langKR}, {"작성자", cueBefore, langKR},
	{"제가", cueBefore, langKR}, {"저는", cueBefore, langKR},
	{"고객", cueWeak, langKR}, {"고객님", cueWeak, langKR}, {"상담원", cueWeak, langKR},
	{"회원", cueWeak, langKR}, {"환자", cueWeak, langKR}, {"담당자", cueWeak, langKR},
	{"어머니", cueWeak, langKR}, {"아버지", cueWeak, langKR}, {"엄마", cueWeak, langKR},
	{"아빠", cueWeak, langKR}, {"아들", cueWeak, langKR}, {"딸", cueWeak, langKR},
	{"남편", cueWeak, langKR}, {"아내", cueWeak, langKR}, {"와이프", cueWeak, langKR},
	{"동생", cueWeak, langKR}, {"언니", cueWeak, langKR}, {"오빠", cueWeak, langKR},
	{"누나", cueWeak, langKR}, {"할머니", cueWeak, langKR}, {"할아버지", cueWeak, langKR},
	{"팀", cueWeak, langKR}, {"기사", cueWeak, langKR}, {"대표", cueWeak, langKR},
	{"님", cueAfter, langKR}, {"씨", cueAfter, langKR}, {"귀하", cueAfter, langKR},
	{"앞으로", cueAfter, langKR},

	{"氏名", cueBefore, langJP}, {"お名前", cueBefore, langJP}, {"名前", cueBefore, langJP},
	{"フリガナ", cueBefore, langJP}, {"ふりがな", cueBefore, langJP}, {"受取人", cueBefore, langJP},
	{"宛名", cueBefore, langJP}, {"担当", cueBefore, langJP}, {"ご担当", cueBefore, langJP},
	{"契約者", cueBefore, langJP}, {"申込者", cueBefore, langJP}, {"名義", cueBefore, langJP},
	{"様", cueAfter, langJP}, {"さま", cueAfter, langJP}, {"さん", cueAfter, langJP},
	{"殿", cueAfter, langJP}, {"くん", cueAfter, langJP}, {"ちゃん", cueAfter, langJP},
	{"氏", cueAfter, langJP}, {"宛", cueAfter, langJP}, {"です", cueAfter, langJP},
	{"と申します", cueAfter, langJP}, {"と言います", cueAfter, langJP}, {"といいます", cueAfter, langJP},

	{"姓名", cueBefore, langZH}, {"收件人", cueBefore, langZH}, {"收貨人", cueBefore, langZH},
	{"收货人", cueBefore, langZH}, {"寄件人", cueBefore, langZH}, {"聯絡人", cueBefore, langZH},
	{"联系人", cueBefore, langZH}, {"訂購人", cueBefore, langZH}, {"订购人", cueBefore, langZH},
	{"持卡人", cueBefore, langZH}, {"戶名", cueBefore, langZH}, {"户名", cueBefore, langZH},
	{"我是", cueBefore, langZH}, {"我叫", cueBefore, langZH}, {"找", cueBefore, langZH},
	{"收件者", cueBefore, langZH}, {"代收人", cueBefore, langZH}, {"取貨人", cueBefore, langZH},
	{"取件人", cueBefore, langZH}, {"领取人", cueBefore, langZH}, {"領取人", cueBefore, langZH},
	{"親愛的", cueBefore, langZH}, {"亲爱的", cueBefore, langZH},
	{"客戶", cueWeak, langZH}, {"客户", cueWeak, langZH}, {"客服", cueWeak, langZH},
	{"先生", cueAfter, langZH}, {"小姐", cueAfter, langZH}, {"女士", cueAfter, langZH},
	{"為您服務", cueAfter, langZH}, {"为您服务", cueAfter, langZH},
	{"您好", cueAfter, langZH},

	{"name", cueBefore, langEN}, {"customer", cueBefore, langEN}, {"recipient", cueBefore, langEN},
	{"attn", cueBefore, langEN}, {"attention", cueBefore, langEN}, {"ship to", cueBefore, langEN},
	{"bill to", cueBefore, langEN}, {"deliver to", cueBefore, langEN}, {"contact", cueBefore, langEN},
	{"cardholder", cueBefore, langEN}, {"patient", cueBefore, langEN}, {"my name is", cueBefore, langEN},
	{"order to", cueBefore, langEN}, {"this is", cueWeak, langEN}, {"i'm", cueWeak, langEN},
	{"i am", cueWeak, langEN}, {"hello", cueWeak, langEN}, {"hi ", cueWeak, langEN}, {"hi,", cueWeak, langEN},
	{"thanks", cueWeak, langEN}, {"thank you", cueWeak, langEN}, {"regards", cueWeak, langEN},
	{"sincerely", cueWeak, langEN}, {"cheers", cueWeak, langEN}, {"confirmation", cueWeak, langEN},
	{"from:", cueBefore, langEN}, {"signed", cueWeak, langEN}, {"account holder", cueBefore, langEN},
	// Titles: after a space or at the start of a line, so that "items " is
	// not "ms ".
	{" mr.", cueTitle, langEN}, {" mrs.", cueTitle, langEN}, {" ms.", cueTitle, langEN},
	{" dr.", cueTitle, langEN}, {" mr ", cueTitle, langEN}, {" mrs ", cueTitle, langEN},
	{" ms ", cueTitle, langEN}, {" miss ", cueTitle, langEN}, {"dear ", cueTitle, langEN},
	{"\nmr.", cueTitle, langEN}, {"\nmrs.", cueTitle, langEN}, {"\nms.", cueTitle, langEN},
	{"\ndr.", cueTitle, langEN}, {"\nmr ", cueTitle, langEN}, {"\nms ", cueTitle, langEN},

	// Where a phone number starts right after a name (김민준 010-1234-5678,
	// 王志明 0956-351-488, Judith Grant, (312) 806-0157), the name needs no
	// cue word: the phone number is the evidence.
	{" 0", cuePhone, langAny}, {" +", cuePhone, langAny}, {" (+", cuePhone, langAny},
	{" (0", cuePhone, langAny}, {" (1", cuePhone, langAny}, {" (2", cuePhone, langAny},
	{" (3", cuePhone, langAny}, {" (4", cuePhone, langAny}, {" (5", cuePhone, langAny},
	{" (6", cuePhone, langAny}, {" (7", cuePhone, langAny}, {" (8", cuePhone, langAny},
	{" (9", cuePhone, langAny}, {", (+", cuePhone, langAny},
	{"（", cuePhone, langAny}, {" ０", cuePhone, langAny}, {"\u3000０", cuePhone, langAny},
	{", 0", cuePhone, langAny}, {", 1", cuePhone, langAny}, {", 2", cuePhone, langAny},
	{", 3", cuePhone, langAny}, {", 4", cuePhone, langAny}, {", 5", cuePhone, langAny},
	{", 6", cuePhone, langAny}, {", 7", cuePhone, langAny}, {", 8", cuePhone, langAny},
	{", 9", cuePhone, langAny}, {", +", cuePhone, langAny},
	{", ０", cuePhone, langAny}, {"/ 0", cuePhone, langAny}, {"/ +", cuePhone, langAny},

	// A colon before a CJK name. The cue words end with the lead byte of a
	// three-byte UTF-8 sequence (kana, CJK ideographs, Hangul: E3-ED), so
	// that the colons of logs and JSON ("status": 200) never hit.
	{": \xe3", cueColon, langAny}, {": \xe4", cueColon, langAny}, {": \xe5", cueColon, langAny},
	{": \xe6", cueColon, langAny}, {": \xe7", cueColon, langAny}, {": \xe8", cueColon, langAny},
	{": \xe9", cueColon, langAny}, {": \xea", cueColon, langAny}, {": \xeb", cueColon, langAny},
	{": \xec", cueColon, langAny}, {": \xed", cueColon, langAny}, {"：", cueColon, langAny},
}, phoneLabelCues()...)

// phoneLabelCues are cuePhone cues for a name, a comma and a phone label
// before the number (for Mary Jones, phone (773) 555-0100); see
// phoneLabelLen.
func phoneLabelCues() []nameCue {
	var cs []nameCue
	for _, w := range phoneLabels {
		cs = append(cs, nameCue{", " + w, cuePhone, langEN})
	}
	return cs
}

// cueLabels reports whether the cue word of hit h (a cueBefore or cueWeak
// cue) labels a value here rather than being a word of a sentence: a Latin
// cue is a whole word; a Korean one stands alone (not 이름이나, 이름이
// 필요함); a Japanese one is not the subject (名前が長すぎます); 找 asks for
// a person, not a thing (尋找, 查找, 找到).
func cueLabels(s string, h Hit, cue nameCue) bool {
	switch {
	case cue.lang == langEN:
		return latinCueAt(s, h.Start, h.End)
	case cue.lang == langKR:
		return krCueStandsAlone(s, h.End)
	case cue.lang == langJP:
		return !strings.HasPrefix(s[h.End:], "が")
	case cue.word == "找":
		r, _ := runeBefore(s, h.Start)
		return !strings.ContainsRune("尋寻查搜", r) && !strings.HasPrefix(s[h.End:], "到")
	}
	return true
}
