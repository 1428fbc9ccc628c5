package detectors

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// detectOne runs a single detector through an Engine, as the scanner does.
func detectOne(d Detector, field, text string, column Kind) []Match {
	return detectRow(d, field, -1, text, column)
}

// detectRow is detectOne for a record of structured data.
func detectRow(d Detector, field string, row int64, text string, column Kind) []Match {
	return engineRun(NewEngine([]Detector{d}), field, row, text, column)
}

// engineRun collects the matches of one Engine.Detect call.
func engineRun(e *Engine, field string, row int64, text string, column Kind) []Match {
	var out []Match
	e.Detect(field, row, text, column, func(m Match) { out = append(out, m) })
	return out
}

func TestNamePositive(t *testing.T) {
	cases := []struct {
		name, field, text string
		column            Kind
		want, subtype     string
		masked            string
	}{
		// Korean, free text with a cue or an honorific.
		{"kr cue colon", "", "성함: 김민준 / 연락처 010-1234-5678", "", "김민준", "kr_name", "김*준"},
		{"kr cue particle", "", "주문자 이름은 박서연입니다.", "", "박서연", "kr_name", "박*연"},
		{"kr cue name suffix", "", "주문자명: 박서연, 010-1234-5678", "", "박서연", "kr_name", "박*연"},
		{"kr cue two syllables colon", "", "이름: 김솔", "", "김솔", "kr_name", "김*"},
		{"kr cue two syllables copula", "", "이름 김솔입니다", "", "김솔", "kr_name", "김*"},
		{"kr cue stop word name", "", "이름: 이하은", "", "이하은", "kr_name", "이*은"},
		{"kr cue rare surname", "", "이름: 마시현", "", "마시현", "kr_name", "마*현"},
		{"jp spaced before desu", "", "はい、渡邊 彩です。", "", "渡邊 彩", "jp_name", "渡邊 *"},
		{"jp table given before desu", "", "田中太郎です", "", "田中太郎", "jp_name", "田中 **"},
		{"jp kana given after cue", "", "お名前：山田 はなこ", "", "山田 はなこ", "jp_name", "山田 ***"},
		{"kr recipient", "", "받는 분 최지우 (문 앞에 놓아주세요)", "", "최지우", "kr_name", "최*우"},
		{"kr honorific", "", "안녕하세요 정하은님, 주문이 접수되었습니다.", "", "정하은", "kr_name", "정*은"},
		{"kr honorific spaced", "", "이도윤 님 배송이 시작되었습니다", "", "이도윤", "kr_name", "이*윤"},
		{"kr title", "", "담당: 윤서준 과장님께 전달 바랍니다", "", "윤서준", "kr_name", "윤*준"},
		{"kr ssi", "", "어제 한지민 씨가 방문했어요", "", "한지민", "kr_name", "한*민"},
		{"kr two-syllable surname", "", "수령인: 남궁민수", "", "남궁민수", "kr_name", "남궁**"},
		{"kr hwangbo", "", "고객 황보영호님 요청", "", "황보영호", "kr_name", "황보**"},
		{"kr jegal", "", "제갈성렬 씨에게 연락", "", "제갈성렬", "kr_name", "제갈**"},
		{"kr two syllables", "", "예금주: 김솔", "", "김솔", "kr_name", "김*"},
		{"kr glued title", "", "오늘 송민호고객님 문의", "", "송민호", "kr_name", "송*호"},
		{"kr field", "customer_name", "강예린", "", "강예린", "kr_name", "강*린"},
		{"kr field spaced", "이름", "김 민준", "", "김 민준", "kr_name", "김*준"},
		{"kr column profile", "col3", "서지훈", KindName, "서지훈", "kr_name", "서*훈"},
		{"kr field with extra", "수령인", "조민서 (VIP)", "", "조민서", "kr_name", "조*서"},
		{"kr rare surname", "name", "독고영재", "", "독고영재", "kr_name", "독고**"},
		// Japanese.
		{"jp cue", "", "氏名：佐藤太郎\n住所：東京都", "", "佐藤太郎", "jp_name", "佐藤 **"},
		{"jp shared one-kanji surname", "recipient", "林大輔", "", "林大輔", "jp_name", "林 **"},
		{"jp shared surname kanji-only given", "customer_name", "林千尋", "", "林千尋", "jp_name", "林 **"},
		{"tw shared surname", "recipient", "林志明", "", "林志明", "tw_name", "林*明"},
		{"tw shared surname one-kanji given", "recipient", "林明", "", "林明", "tw_name", "林*"},
		{"jp cue spaced", "", "お名前: 山田 花子 様", "", "山田 花子", "jp_name", "山田 **"},
		{"jp honorific", "", "担当の鈴木一郎様よりご連絡がありました", "", "鈴木一郎", "jp_name", "鈴木 **"},
		{"jp san", "", "昨日、高橋健太さんに会いました", "", "高橋健太", "jp_name", "高橋 **"},
		{"jp spaced honorific", "", "宛先 渡辺 美咲 様", "", "渡辺 美咲", "jp_name", "渡辺 **"},
		{"jp kana given", "", "田中さくら様へのお届け", "", "田中さくら", "jp_name", "田中 ***"},
		{"jp sasaki", "", "佐々木健一様", "", "佐々木健一", "jp_name", "佐々木 **"},
		{"kr lee copula", "", "고객: 이름은 이하은이고 연락처는 010-1234-5678입니다", "", "이하은", "kr_name", "이*은"},
		{"kr lee copula polite", "", "고객: 이민지이에요 연락주세요", "", "이민지", "kr_name", "이*지"},
		{"jp moushimasu", "", "お客様: 田中拓也と申します。注文の件です", "", "田中拓也", "jp_name", "田中 **"},
		{"jp moushimasu spaced", "", "お客様: 山口 美穂と申します", "", "山口 美穂", "jp_name", "山口 **"},
		{"en phone label", "", "Customer: The package is for Elizabeth Young, phone (206) 555-0142", "", "Elizabeth Young", "latin_name", "E******** Y****"},
		{"en tel label", "", "Ship it to Kevin Allen, Tel: +1-415-555-0199 please", "", "Kevin Allen", "latin_name", "K**** A****"},
		{"jp field", "氏名", "中村 翔太", "", "中村 翔太", "jp_name", "中村 **"},
		{"jp kana field", "フリガナ名前", "ヤマダ ハナコ", "", "ヤマダ ハナコ", "jp_name", "ヤマダ ***"},
		{"jp kana cue", "", "フリガナ：ヤマダ タロウ", "", "ヤマダ タロウ", "jp_name", "ヤマダ ***"},
		// Taiwanese / Chinese.
		{"tw cue", "", "收件人：陳志明 電話：0912-345-678", "", "陳志明", "tw_name", "陳*明"},
		{"tw cue glued", "", "姓名林美玲電話0912345678", "", "林美玲", "tw_name", "林*玲"},
		{"tw honorific", "", "感謝王小明先生的支持", "", "王小明", "tw_name", "王*明"},
		{"tw xiaojie", "", "黃淑芬小姐您好", "", "黃淑芬", "tw_name", "黃*芬"},
		{"tw compound", "", "聯絡人: 歐陽娜娜", "", "歐陽娜娜", "tw_name", "歐陽**"},
		{"tw zhangjian", "", "收件人: 張簡美惠", "", "張簡美惠", "tw_name", "張簡**"},
		{"tw field", "姓名", "蔡英文", "", "蔡英文", "tw_name", "蔡*文"},
		{"tw two chars", "", "姓名：李安", "", "李安", "tw_name", "李*"},
		// Latin.
		{"en cue", "", "Name: John Smith\nPhone: 555-0100", "", "John Smith", "latin_name", "J*** S****"},
		{"en json", "", `{"name": "Emily Johnson", "id": 4}`, "", "Emily Johnson", "latin_name", "E**** J******"},
		{"en title", "", "Please contact Mr. Robert Brown today.", "", "Robert Brown", "latin_name", "R***** B****"},
		{"en dear", "", "Dear Sarah Miller,\nThanks for your order.", "", "Sarah Miller", "latin_name", "S**** M*****"},
		{"en middle", "", "Recipient: Mary J. Watson", "", "Mary J. Watson", "latin_name", "M*** J* W*****"},
		{"en surname title", "", "Thank you, Ms. Garcia.", "", "Garcia", "latin_name", "G*****"},
		{"en field", "full_name", "Michael Davis", "", "Michael Davis", "latin_name", "M****** D****"},
		{"en field last first", "customer_name", "SMITH, John", "", "SMITH, John", "latin_name", "S****, J***"},
		{"en field first", "first_name", "Jennifer", "", "Jennifer", "latin_name", "J*******"},
		{"en field lower", "name", "david lee", "", "david lee", "latin_name", "d**** l**"},
		{"en my name is", "", "hi, my name is Jessica Taylor and I", "", "Jessica Taylor", "latin_name", "J****** T*****"},
		{"en suffix", "", "Attn: James Wilson Jr. Billing", "", "James Wilson Jr.", "latin_name", "J**** W***** J**"},
		// Evidence other than a cue word.
		{"kr before phone", "", "아들 이름으로 받을게요 박유준 01089636881", "", "박유준", "kr_name", "박*준"},
		{"kr slash phone", "", "유성대로 83 (궁동) / 문아름 / +82 10-6283-8327", "", "문아름", "kr_name", "문*름"},
		{"kr spaced speaker", "", "상담원 박 정우: 안녕하세요", "", "박 정우", "kr_name", "박*우"},
		{"kr family", "", "어머니 신새롬 (+827036800747)", "", "신새롬", "kr_name", "신*롬"},
		{"kr native given", "", "받는 사람 강아름솔, 연락처", "", "강아름솔", "kr_name", "강***"},
		{"kr self intro", "", "네 제가 남궁상우입니다.", "", "남궁상우", "kr_name", "남궁**"},
		{"kr ape", "", "총무팀 서재원 앞으로요", "", "서재원", "kr_name", "서*원"},
		{"jp desu", "", "担当の中川翔太です。", "", "中川翔太", "jp_name", "中川 **"},
		{"jp paren phone", "", "青木直樹（0466-56-9467）", "", "青木直樹", "jp_name", "青木 **"},
		{"jp comma phone", "", "東塩小路町1-14-8, 村上 拓也, ０８０　８７４４　０１２３", "", "村上 拓也", "jp_name", "村上 **"},
		{"jp kana sama", "", "かねこ ゆういち 様", "", "かねこ ゆういち", "jp_name", "かねこ ****"},
		{"jp itaiji", "", "お名前：髙橋 葵", "", "髙橋 葵", "jp_name", "髙橋 *"},
		{"tw service", "", "客服李雅婷為您服務", "", "李雅婷", "tw_name", "李*婷"},
		{"tw find", "", "找王宗翰就可以", "", "王宗翰", "tw_name", "王*翰"},
		{"tw greeting", "", "王大明您好，您的訂單已出貨", "", "王大明", "tw_name", "王*明"},
		{"tw dear member", "", "親愛的陳美玲會員您好", "", "陳美玲", "tw_name", "陳*玲"},
		{"tw pickup person", "", "取貨人 劉怡君", "", "劉怡君", "tw_name", "劉*君"},
		{"tw phone", "", "仁一路106號19樓 王志明 0956-351-488", "", "王志明", "tw_name", "王*明"},
		{"tw colon", "", "Gift for my aunt in Taipei: 戴志豪, 新竹市", "", "戴志豪", "tw_name", "戴*豪"},
		{"en phone", "", "Please refund.\nJudith Grant, (312) 806-0157", "", "Judith Grant", "latin_name", "J***** G****"},
		{"en thanks", "", "Thanks,\nGloria Gonzales\n", "", "Gloria Gonzales", "latin_name", "G***** G*******"},
		{"en this is", "", "Hi, this is Hye-jin Kim. Please deliver", "", "Hye-jin Kim", "latin_name", "H****** K**"},
		{"en hello", "", "Hello Gerald Murray, I'm Judith Bennett from support", "", "Gerald Murray", "latin_name", "G***** M*****"},
		{"en ship to", "", "Please ship my order to:\nMichelle Singh\n9853 Roosevelt Ave", "", "Michelle Singh", "latin_name", "M******* S****"},
		{"kr stop prefix alone", "", "주소 ... / 이하은 / +821080971750", "", "이하은", "kr_name", "이*은"},
		{"kr role copula", "", "상담원 이솔입니다. 처리 완료", "", "이솔", "kr_name", "이*"},
		{"kr spaced copula", "", "상담원 김 소율입니다.", "", "김 소율", "kr_name", "김*율"},
		{"kr spaced honorific", "", "선물이에요 신 다솜님께 전달", "", "신 다솜", "kr_name", "신*솜"},
		{"kr role title", "", "담당자 하훈 과장, 전화", "", "하훈", "kr_name", "하*"},
		{"kr speaker", "", "상담원 장찬: 안녕하세요", "", "장찬", "kr_name", "장*"},
		{"jp kana phone", "", "村上さくら（0358661011）", "", "村上さくら", "jp_name", "村上 ***"},
		{"jp kana hiragana sama", "", "京都市下京区烏丸4-18-6\nやました なおき 様", "", "やました なおき", "jp_name", "やました ***"},
		{"jp one char surname", "氏名", "森湊", "", "森湊", "jp_name", "森 *"},
		{"tw prince name", "", "找王子晴就可以", "", "王子晴", "tw_name", "王*晴"},
		{"en accents", "", "Recipient: José Hernández", "", "José Hernández", "latin_name", "J*** H********"},
		{"en accents last first", "", "Contact: Müller, Hans", "", "Müller, Hans", "latin_name", "M*****, H***"},
		{"en particles", "", "Name: Ana de la Cruz\nPhone: 555-0100", "", "Ana de la Cruz", "latin_name", "A** d* l* C***"},
		{"en particles field", "full_name", "Laura van der Berg", "", "Laura van der Berg", "latin_name", "L**** v** d** B***"},
		{"kr native given name", "", "받는 분 김하늘별", "", "김하늘별", "kr_name", "김***"},
		{"jp hiragana after cue", "", "ふりがな：やまだ たろう\n住所：東京都", "", "やまだ たろう", "jp_name", "やまだ ***"},
		{"jp kana name copula", "", "お名前：さとう たろうです", "", "さとう たろう", "jp_name", "さとう ***"},
		{"ea surname first", "", "Recipient: Park Ji-hoon\nAddress: Seoul", "", "Park Ji-hoon", "latin_name", "P*** J******"},
		{"ea passport caps", "", "Name: PARK JI HOON, DOB 1990", "", "PARK JI HOON", "latin_name", "P*** J* H***"},
		{"ea japanese", "", "Name: Tanaka Taro", "", "Tanaka Taro", "latin_name", "T***** T***"},
		{"ea wade-giles", "", "Contact: Lin Chih-hao (Taipei)", "", "Lin Chih-hao", "latin_name", "L** C*******"},
		{"ea short surname hyphenated", "", "Name: Go Eun-ji", "", "Go Eun-ji", "latin_name", "G* E*****"},
		{"en no cue", "", "Spoke with Karen Walker about the refund.", "", "Karen Walker", "latin_name", "K**** W*****"},
		{"en no cue middle name", "", "Mary Ann Smith called twice", "", "Mary Ann Smith", "latin_name", "M*** A** S****"},
		{"en no cue initial suffix", "", "left with Karen J. Walker Jr. at the desk", "", "Karen J. Walker Jr.", "latin_name", "K**** J* W***** J**"},
		{"en no cue possessive", "", "Spoke with Karen Walker's husband today", "", "Karen Walker", "latin_name", "K**** W*****"},
		{"en no cue note cell", "note", "Delivered to Thomas Baker at front desk", "", "Thomas Baker", "latin_name", "T***** B****"},
		{"en last comma first", "", "Ticket: customer Lopez, Sophia called from (646) 982-1653", "", "Lopez, Sophia", "latin_name", "L****, S*****"},
		{"kr paren phone", "", "수령인: 이서연 (010-1111-2222)", "", "이서연", "kr_name", "이*연"},
		{"kr honorific particle", "", "김철수님이 주문하신 상품", "", "김철수", "kr_name", "김*수"},
		{"jp colon", "", "ご注文者：山本 一郎", "", "山本 一郎", "jp_name", "山本 **"},
		{"jp surname san", "", "鈴木さんから電話", "", "鈴木", "jp_name", "鈴*"},
		{"tw comma phone", "", "聯絡人：林志玲，電話0912345678", "", "林志玲", "tw_name", "林*玲"},
		{"en customer email", "", "Customer: Emily Chen (emily@example.com)", "", "Emily Chen", "latin_name", "E**** C***"},
		{"en regards", "", "Regards,\nMichael Brown", "", "Michael Brown", "latin_name", "M****** B****"},
		{"en person field unknown", "full_name", "Jean-Luc Picard", "", "Jean-Luc Picard", "latin_name", "J******* P*****"},
		{"kr romanised field", "name", "Kim Min-jun", "", "Kim Min-jun", "latin_name", "K** M******"},
		{"opaque kr", "c2", "김지호", "", "김지호", "kr_name", "김*호"},
		{"opaque kana", "c2", "はせがわ あけみ", "", "はせがわ あけみ", "jp_name", "はせがわ ***"},
		{"opaque en apostrophe", "c2", "Fatima O'Brien", "", "Fatima O'Brien", "latin_name", "F***** O******"},
		{"opaque en suffix", "c2", "Jessica West Jr.", "", "Jessica West Jr.", "latin_name", "J****** W*** J**"},
		{"opaque en hyphen", "c2", "Donald-Christine Cook", "", "Donald-Christine Cook", "latin_name", "D*************** C***"},
		{"opaque jp", "c2", "森\u3000久美子", "", "森\u3000久美子", "jp_name", "森 ***"},
		{"opaque en last first", "c2", "Schneider, Alexander", "", "Schneider, Alexander", "latin_name", "S********, A********"},
		{"last name column", "last_name", "Dubois", "", "Dubois", "latin_name", "D*****"},
		{"kana column", "フリガナ", "ムラカミ ナオキ", "", "ムラカミ ナオキ", "jp_name", "ムラカミ ***"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			row := int64(-1)
			if c.field != "" {
				row = 0
			}
			ms := detectRow(NewName(), c.field, row, c.text, c.column)
			if len(ms) == 0 {
				t.Fatalf("no match in %q, want %q", c.text, c.want)
			}
			m := ms[0]
			if got := c.text[m.Start:m.End]; got != c.want {
				t.Fatalf("matched %q, want %q", got, c.want)
			}
			if m.Kind != KindName || m.Subtype != c.subtype {
				t.Errorf("kind %s/%s, want name/%s", m.Kind, m.Subtype, c.subtype)
			}
			if m.Masked != c.masked {
				t.Errorf("masked %q, want %q", m.Masked, c.masked)
			}
			if m.Normalized != NormalizeText(c.want) {
				t.Errorf("normalized %q", m.Normalized)
			}
			if m.Confidence <= 0 || m.Confidence > 1 {
				t.Errorf("confidence %v", m.Confidence)
			}
			if strings.Contains(m.Masked, c.want) {
				t.Errorf("masked %q reveals the name", m.Masked)
			}
		})
	}
}

func TestNameNegative(t *testing.T) {
	cases := []struct {
		name, field, text string
		column            Kind
	}{
		{"kr no evidence", "", "김민준 고객센터 안내", ""},
		{"kr name cue inside a word", "", "사용자 이름이나 암호가 틀렸습니다", ""},
		{"kr name cue as subject", "", "파일 이름이 필요함", ""},
		{"kr name cue and a case particle", "", "함수 이름은 유일성을 가지지 못합니다", ""},
		{"kr name cue and two syllables", "", "일시적 이름 해석 실패", ""},
		{"kr name cue and two syllables at the end", "", "현재 사용자 이름 무시", ""},
		{"kr not honorific", "", "입력값 OID가 아님", ""},
		{"kr word with its particle", "", "작성자 신원을 확인하세요", ""},
		{"kr word with its particle 2", "", "받는 분 명령을 확인", ""},
		{"kr word with its ending", "", "이 이름은 포기함", ""},
		{"kr stop word and suffix", "", "이름: 사용자", ""},
		{"kr stop word and suffix 2", "", "명령 이름 지정시 -C 옵션", ""},
		{"kr stop word and suffix 3", "", "수령인: 이용자", ""},
		{"jp word before desu", "", "%s はシェル組み込み関数です", ""},
		{"jp word before desu 2", "", "変更禁止パッケージが原因です。", ""},
		{"jp word before desu 3", "", "誤った所有者です", ""},
		{"zh search for a thing", "", "尋找符合的「)」時遇到了未預期的檔案結束符", ""},
		{"zh greeting a role", "", "管理員您好，請問", ""},
		{"zh greeting a title", "", "陳小姐您好", ""},
		{"zh greeting customers", "", "親愛的顧客您好", ""},
		{"zh search for a thing 2", "", "要查找單詞 ignore 可在正常模式下輸入", ""},
		{"jp reading after colon in zh", "", "無法載入影像檔「%s」：原因不明，可能檔案已經損毀", ""},
		{"jp name cue as subject", "", "エラー: 名前が長すぎます", ""},
		{"jp kana not a given name", "", "識別子の長さがゼロです", ""},
		{"jp two kanji after cue", "", "という名前の関数は見つかりません", ""},
		{"kr account not phone", "", "입금계좌 우리은행 3333-54-5869628", ""},
		{"kr two syllables after role", "", "상담원: 교환 회수 기사님이 오늘 방문합니다", ""},
		{"kr parents", "", "고객: 부모님 댁으로 보내주세요", ""},
		{"kr verb after dear customer", "", "고객님, 주문하신 상품이 발송되었습니다.", ""},
		{"kr verb honorific", "", "고객님 문의하신 내용 답변드립니다", ""},
		{"kr verb ending hasi", "", "고객님, 이용하시는 요금제는 기본입니다", ""},
		{"kr adjective after dear customer", "", "고객님 소중한 의견 감사합니다", ""},
		{"kr absent", "", "고객님 부재중이셔서 경비실에 맡겼습니다", ""},
		{"kr convenient", "", "고객님 편하신 시간 알려주세요", ""},
		{"en particle not a name", "", "Name: Maria de la casa", ""},
		{"jp particle after cue", "", "お名前をご記入ください", ""},
		{"jp particle words after cue", "", "お名前 や ご住所 の変更", ""},
		{"ea short surname word", "", "Name: Go Home", ""},
		{"ea short surname joined", "", "Contact: Ma Time", ""},
		{"en no cue brand", "", "Love my Calvin Klein jeans", ""},
		{"en no cue street", "", "turn onto Martin Luther King Jr. Blvd", ""},
		{"en no cue title case", "", "Visit the Jackson Heights Queens store", ""},
		{"en no cue word-like given", "", "Rose Gold iPhone Case, Grace Hopper biography", ""},
		{"en no cue firm word", "", "ask at the Lisa Moore store", ""},
		{"en no cue possessive firm", "", "cakes from Mary Walker's Bakery, Karen Walker's store", ""},
		{"en no cue identifier", "", "class KarenWalker; user=karen.walker; Karen_Walker", ""},
		{"en no cue email", "", "write to Karen Walker@example.com", ""},
		{"en no cue one word", "", "Per Karen, the package was left", ""},
		{"kr waybill after role", "", "고객: 운송장 7215-3947-8723 조회가 안돼요", ""},
		{"kr copula after a word", "", "고객: 기본 이용료이고 추가 요금은 없습니다", ""},
		{"kr copula after this week", "", "고객: 이번주이고 다음주는 안돼요", ""},
		{"kr waybill number after role", "", "고객: 운송장 번호 좀 알려주세요", ""},
		{"en phone label no name", "", "For help, phone (206) 555-0142 any time", ""},
		{"kr product column", "name", "정관장 홍삼정 240g", ""},
		{"jp product column", "name", "山崎 ランチパック", ""},
		{"jp brand column", "brand", "小林製薬", ""},
		{"en product column", "name", "Rose Gold iPhone Case", ""},
		{"en possessive column", "name", "Victoria's Secret Body Mist", ""},
		{"en lower words column", "name", "Hope Diamond replica pendant", ""},
		{"opaque product", "c3", "최고급 한우 선물세트", ""},
		{"opaque company", "c4", "Morgan Stanley", ""},
		{"masked jp", "氏名", "佐藤 **", ""},
		{"masked tw", "", "收件人：陳O明", ""},
		{"colon not closing", "", "상품: 정관장 홍삼정", ""},
		{"phone label", "", "전화 010-1234-5678", ""},
		{"kr absence phone", "", "부재시 010-1234-5678 연락주세요", ""},
		{"kr company account", "", "예금주 (주)삼성전자", ""},
		{"kr this customer", "", "이 고객님은 VIP입니다", ""},
		{"kr thanks customer", "", "정말 감사합니다 고객님", ""},
		{"zh thanks", "", "謝謝您的耐心", ""},
		{"en signature word", "", "Please call me at 555-123-4567 - Tom", ""},
		{"en product words", "", "Will you ship by May? Grace Hopper biography", ""},
		{"kr bank account", "환불계좌", "국민 123456-01-123456", ""},
		{"kr example colon", "", "예: 신세계\n", ""},
		{"kr speaker message", "", "고객: 현관문 비번 #41881 문앞에 놔주세요", ""},
		{"jp nearby", "", "A. 梅田周辺です。", ""},
		{"en from place", "", "ship within 2 days from Fort Lee, NJ.", ""},
		{"tw product", "name", "王子麵 5入", ""},
		{"kr common words", "", "이번 주 정말 조금 한번 더 확인해 주세요", ""},
		{"kr customer info", "", "고객 정보를 확인해 주세요", ""},
		{"kr customer dear", "", "고객님 안녕하세요, 오늘 배송 예정입니다", ""},
		{"kr teacher", "", "선생님 감사합니다 사장님 부장님", ""},
		{"kr name prompt", "", "이름을 입력하세요", ""},
		{"kr gangnam", "", "수령인 주소: 강남구 테헤란로", ""},
		{"kr kimchi", "", "고객 김치 주문 박스 3개", ""},
		{"kr best", "", "고객 최고 만족 이상 없음", ""},
		{"kr ssi words", "", "오늘 날씨가 좋고 아저씨가 씨앗을 심었다", ""},
		{"kr order", "", "고객이 주문한 상품", ""},
		{"kr customer center", "", "고객센터 상담원 연결", ""},
		{"kr field not a name", "name", "배송 완료", ""},
		{"kr product field", "product_name", "김치찌개", ""},
		{"kr hello", "", "회원 가입 안내", ""},
		{"jp okyakusama", "", "お客様各位 皆様 いつもありがとうございます", ""},
		{"jp words", "", "同様に、仕様が変わりました。様々な理由で", ""},
		{"jp family", "", "お父さんとお母さんとたくさん話した", ""},
		{"jp oku", "", "奥様によろしく", ""},
		{"jp name label only", "", "氏名：\n住所：", ""},
		{"jp place", "", "お名前：東京都", ""},
		{"zh words", "", "醫生先生您好，老師小姐", ""},
		{"zh label", "", "姓名 電話 地址", ""},
		{"zh kaohsiung", "", "高雄先生的文化", ""},
		{"zh customer", "", "客戶服務中心", ""},
		{"en username", "", "username: admin", ""},
		{"en filename", "", "filename=report.pdf", ""},
		{"en names plural", "", "names are listed below", ""},
		{"en customer service", "", "Customer Service: please call", ""},
		{"en dear customer", "", "Dear Customer, thank you", ""},
		{"en name label", "", "Name: Order Number 1234", ""},
		{"en lowercase free", "", "name: john smith", ""},
		{"en items", "", "items are shipped", ""},
		{"en company field", "customer_name", "Acme Corp", ""},
		{"en field unknown word", "name", "Widget", ""},
		{"en mr lowercase", "", "Mr. unknown arrived", ""},
		{"en rename", "", "rename Smith to Jones", ""},
		{"empty", "", "", ""},
		{"digits field", "name", "12345", ""},
		{"email field", "name", "john@example.com", ""},
		{"free text plain", "", "The quick brown fox jumps over the lazy dog.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			row := int64(-1)
			if c.field != "" {
				row = 0
			}
			for _, m := range detectRow(NewName(), c.field, row, c.text, c.column) {
				t.Errorf("unexpected %s %q (%s, conf %.2f)", m.Subtype, c.text[m.Start:m.End], m.Masked, m.Confidence)
			}
		})
	}
}

func TestNameMasks(t *testing.T) {
	cases := []struct{ v, want string }{
		{"김민준", "김*준"}, {"김솔", "김*"}, {"남궁민수", "남궁**"},
	}
	for _, c := range cases {
		sl := len("김")
		if strings.HasPrefix(c.v, "남궁") {
			sl = len("남궁")
		}
		if got := maskCJKName(c.v, sl, true); got != c.want {
			t.Errorf("maskCJKName(%q) = %q, want %q", c.v, got, c.want)
		}
	}
	if got := maskJPName("佐藤 太郎", len("佐藤")); got != "佐藤 **" {
		t.Errorf("maskJPName = %q", got)
	}
	if got := maskLatinName("John Smith"); got != "J*** S****" {
		t.Errorf("maskLatinName = %q", got)
	}
}

// checkSpans fails when a match lies outside text or off rune boundaries.
func checkSpans(t *testing.T, text string, ms []Match) {
	t.Helper()
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("span [%d,%d) outside input of %d bytes", m.Start, m.End, len(text))
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Fatalf("span [%d,%d) not on rune boundaries", m.Start, m.End)
		}
		if m.Masked == "" || m.Normalized == "" {
			t.Fatalf("empty mask or normalised value")
		}
	}
}

func FuzzName(f *testing.F) {
	for _, s := range []string{
		"성함: 김민준", "김민준님", "氏名：佐藤太郎", "田中さん", "收件人：陳志明", "王小明先生",
		"Name: John Smith", "Mr. Brown", "남궁민수 씨", "お名前: 山田 花子 様", "Dear Sarah Miller,",
		"님", "様", "先生", "name", "Mr.", "\xff\xfe님", "고객님 고객님 님님님", "이름은 ",
		"상담원 김 소율입니다", "/ 이하은 / +821080971750", "村上さくら（0358661011）", "かねこ ゆういち 様",
		"Lopez, Sophia", "Hi Jane,", "예: 신세계\n", "森\u3000久美子", "Jessica West Jr.", ": 王", "找王",
		"Recipient: José Hernández", "Name: Ana de la Cruz", "Müller, Hans", "고객님 소중한 의견", "고객님, 주문하신 상품",
		"Spoke with Karen Walker.", "Karen Walker's Bakery", "Karen Walker’s", "Karen J. Walker Jr. Blvd", "Name: Karen Walker, Karen Walker", "Karen Walker@x",
		"ふりがな：やまだ たろうです", "お名前：の ですさん",
		"Recipient: PARK JI HOON", "Name: Go Eun-ji", "Name: Ha Nguyen",
		"오늘 김민수랑 이영희가 왔다", "고객 김민수가 전화함", "이준기에게", "user_김민수가",
		"山田花子が来店", "本日山田花子が", "x山田花子の", "王大明您好", "陳小姐您好", "名前が長すぎます", "이름이 필요함", "\u3042\u3042\u3042\u3042\u3042が",
	} {
		f.Add(s, "")
		f.Add(s, "name")
	}
	e := NewEngine([]Detector{NewName()})
	f.Fuzz(func(t *testing.T, text, field string) {
		if !utf8.ValidString(text) {
			return // the scanner repairs text before detection
		}
		checkSpans(t, text, engineRun(e, field, -1, text, ""))
		checkSpans(t, text, engineRun(e, field, 0, text, ""))
		checkSpans(t, text, engineRun(e, "", 0, text, KindName))
	})
}

// mixedText returns a deterministic mix of Korean, Japanese, Chinese and
// English text of about n bytes: mostly prose, logs and JSON without
// personal data, with a name, an address or both every kilobyte or so.
func mixedText(n int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	plain := []string{
		"고객님 안녕하세요, 주문하신 상품이 오늘 발송되었습니다. 배송 조회는 마이페이지에서 가능합니다. ",
		"이번 주 정말 바쁜 한 주였어요. 조금만 더 힘내요! 서울은 오늘 비가 온다고 하네요. ",
		"お客様各位 いつもご利用ありがとうございます。本日は東京都内で会議があります。",
		"感謝您的訂購，我們將盡快為您安排出貨。高雄市政府今天宣布新的措施。",
		"The quick brown fox jumps over the lazy dog. Status: shipped. Customer Service will reply soon. ",
		"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ",
		"2024-05-01T12:00:00Z INFO request id=8f3a2b status=200 bytes=5120 latency=12ms path=/api/v1/orders\n",
		`{"order_id": "ORD-20240501-000123", "status": "paid", "amount": 39000, "currency": "KRW"}` + "\n",
	}
	pii := []string{
		"성함: 김민준 연락처 010-1234-5678 ",
		"배송지: 서울특별시 강남구 테헤란로 123, 101동 1203호 (역삼동) ",
		"〒150-0001 東京都渋谷区神宮前1-2-3 ハイツ101号室 佐藤太郎様 ",
		"臺北市信義區信義路五段7號89樓 收件人：陳志明 ",
		"Name: John Smith, 1600 Pennsylvania Ave NW, Washington, DC 20500 ",
		"정하은님, 주문이 접수되었습니다. ",
	}
	var b strings.Builder
	for b.Len() < n {
		if rng.IntN(12) == 0 {
			b.WriteString(pii[rng.IntN(len(pii))])
		} else {
			b.WriteString(plain[rng.IntN(len(plain))])
		}
	}
	return b.String()
}

func BenchmarkName(b *testing.B) {
	text := mixedText(1 << 20)
	e := NewEngine([]Detector{NewName()})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		e.Detect("", -1, text, "", func(Match) { n++ })
	}
	if n == 0 {
		b.Fatal("no names found")
	}
}
