package corpus

import "strings"

// Korean surnames with rough weights (per mille of the population), the
// commonest first; the tail stands in for the long list of rare ones.
var krSurnames = []struct {
	s string
	w int
}{
	{"김", 215}, {"이", 147}, {"박", 84}, {"최", 47}, {"정", 43}, {"강", 23}, {"조", 21},
	{"윤", 20}, {"장", 20}, {"임", 16}, {"한", 15}, {"오", 15}, {"서", 14}, {"신", 14},
	{"권", 14}, {"황", 14}, {"안", 13}, {"송", 13}, {"류", 12}, {"전", 11}, {"홍", 11},
	{"고", 9}, {"문", 9}, {"양", 9}, {"손", 9}, {"배", 8}, {"백", 8}, {"허", 6}, {"유", 6},
	{"남", 5}, {"심", 5}, {"노", 5}, {"하", 4}, {"곽", 4}, {"성", 4}, {"차", 4}, {"주", 4},
	{"우", 4}, {"구", 4}, {"민", 3}, {"진", 3}, {"나", 3}, {"지", 3}, {"엄", 3}, {"채", 3},
	{"원", 3}, {"천", 3}, {"방", 3}, {"공", 2}, {"현", 2}, {"함", 2}, {"변", 2}, {"염", 2},
	{"여", 2}, {"추", 2}, {"도", 2}, {"소", 2}, {"석", 2}, {"선", 2}, {"설", 2}, {"마", 2},
	{"길", 2}, {"연", 2}, {"위", 2}, {"표", 2}, {"명", 2}, {"기", 2}, {"반", 2}, {"왕", 2},
	{"금", 1}, {"옥", 1}, {"육", 1}, {"인", 1}, {"맹", 1}, {"제", 1}, {"탁", 1}, {"국", 1},
	{"어", 1}, {"은", 1}, {"편", 1}, {"용", 1}, {"예", 1}, {"봉", 1}, {"경", 1}, {"복", 1},
	{"태", 1}, {"목", 1}, {"형", 1}, {"피", 1}, {"감", 1}, {"빈", 1}, {"동", 1}, {"온", 1},
}

var krCompoundSurnames = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}

var krGiven = strings.Fields(`
민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 도현 우진 선우 서진 민재
현준 연우 유준 정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 수호
재윤 시현 동현 태윤 민우 재원 한결 윤호 은찬 민규 서연 서윤 지우 서현 하은 하윤 민서 지유
윤서 채원 지민 수아 지아 지윤 은서 다은 예은 수빈 소율 예린 하린 지원 소윤 예원 채은 유나
서아 시은 윤아 가은 예나 민지 수민 지현 유진 은지 혜진 미영 정희 영희 순자 영숙 경숙 미숙
경희 정숙 영자 옥순 명숙 상철 영수 영호 영식 성호 성민 성수 정호 동훈 상훈 지훈 재훈 성훈
현석 진호 병철 광수 종민 혜원 은정 현주 지혜 미정 수진 은영 선영 주희 소영 보람 슬기 아름
하늘 나래 다솜 한별 새롬 경민 태희 상우 주연 미경 정훈 용준 재석 혜수 은비 수정 가영 형준`)

// Korean names given with one syllable, and long native-Korean ones.
var krGivenShort = strings.Fields(`준 훈 솔 윤 결 찬 율 현 혁 린`)
var krGivenLong = strings.Fields(`빛나리 아름솔 하늘빛 한가람 누리봄`)

// Romanised Korean names (for English text written by Korean customers).
var krRomanSurnames = strings.Fields(`Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin`)
var krRomanGiven = strings.Fields(`Minjun Seoyeon Jiwoo Hajun Seo-jun Jimin Subin Hyunwoo Eunji Jihoon Hye-jin Sungmin Min-seo Dohyun`)

// A Japanese name part: kanji and its reading in hiragana.
type jpPart struct{ kanji, kana string }

var jpSurnames = []jpPart{
	{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"田中", "たなか"}, {"伊藤", "いとう"},
	{"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"}, {"小林", "こばやし"}, {"加藤", "かとう"},
	{"吉田", "よしだ"}, {"山田", "やまだ"}, {"佐々木", "ささき"}, {"山口", "やまぐち"}, {"松本", "まつもと"},
	{"井上", "いのうえ"}, {"木村", "きむら"}, {"林", "はやし"}, {"斎藤", "さいとう"}, {"清水", "しみず"},
	{"山崎", "やまざき"}, {"森", "もり"}, {"池田", "いけだ"}, {"橋本", "はしもと"}, {"阿部", "あべ"},
	{"石川", "いしかわ"}, {"山下", "やました"}, {"中島", "なかじま"}, {"石井", "いしい"}, {"小川", "おがわ"},
	{"前田", "まえだ"}, {"岡田", "おかだ"}, {"長谷川", "はせがわ"}, {"藤田", "ふじた"}, {"後藤", "ごとう"},
	{"近藤", "こんどう"}, {"村上", "むらかみ"}, {"遠藤", "えんどう"}, {"青木", "あおき"}, {"坂本", "さかもと"},
	{"福田", "ふくだ"}, {"西村", "にしむら"}, {"藤井", "ふじい"}, {"岡本", "おかもと"}, {"松田", "まつだ"},
	{"中川", "なかがわ"}, {"原田", "はらだ"}, {"小野", "おの"}, {"竹内", "たけうち"}, {"金子", "かねこ"},
	{"和田", "わだ"}, {"中野", "なかの"}, {"髙橋", "たかはし"}, {"齋藤", "さいとう"}, {"渡邊", "わたなべ"},
}

var jpGiven = []jpPart{
	{"健太", "けんた"}, {"翔太", "しょうた"}, {"大翔", "ひろと"}, {"蓮", "れん"}, {"陽翔", "はると"},
	{"悠真", "ゆうま"}, {"湊", "みなと"}, {"大輔", "だいすけ"}, {"拓也", "たくや"}, {"直樹", "なおき"},
	{"誠", "まこと"}, {"浩", "ひろし"}, {"隆", "たかし"}, {"修", "おさむ"}, {"和也", "かずや"},
	{"健一", "けんいち"}, {"雄一", "ゆういち"}, {"翼", "つばさ"}, {"颯太", "そうた"}, {"悠斗", "ゆうと"},
	{"結衣", "ゆい"}, {"陽菜", "ひな"}, {"美咲", "みさき"}, {"さくら", "さくら"}, {"葵", "あおい"},
	{"凛", "りん"}, {"結菜", "ゆいな"}, {"芽依", "めい"}, {"莉子", "りこ"}, {"由美子", "ゆみこ"},
	{"恵子", "けいこ"}, {"裕子", "ゆうこ"}, {"真由美", "まゆみ"}, {"明美", "あけみ"}, {"直美", "なおみ"},
	{"愛", "あい"}, {"彩", "あや"}, {"舞", "まい"}, {"優花", "ゆうか"}, {"七海", "ななみ"},
	{"美穂", "みほ"}, {"千尋", "ちひろ"}, {"花子", "はなこ"}, {"智子", "ともこ"}, {"久美子", "くみこ"},
}

var twSurnames = strings.Fields(`
陳 陳 陳 林 林 林 黃 黃 張 張 李 李 王 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇
葉 莊 呂 江 何 蕭 羅 高 簡 朱 鍾 施 游 詹 沈 彭 胡 余 盧 潘 顏 梁 趙 柯 翁 魏 方 孫 戴 范
宋 鄧 杜 侯 曹 薛 傅 丁 溫 紀 蔣 卓 馬 藍 董 連 唐 馮 程`)

var twCompoundSurnames = strings.Fields(`歐陽 張簡 范姜 司馬 上官`)

var twGiven = strings.Fields(`
怡君 雅婷 淑芬 志明 家豪 俊傑 宗翰 冠宇 承恩 宥廷 詩涵 欣怡 佳穎 品妍 建宏 志偉 美玲 淑惠
雅惠 俊宏 家瑋 柏翰 冠廷 彥廷 宇軒 子晴 思妤 佩珊 惠雯 秀英 麗華 淑貞 美惠 志豪 明哲 文雄
國華 建志 嘉玲 郁婷 筱涵 昱辰 品睿 語彤 宜蓁 曉雯 家銘 哲瑋 俊毅 瑞麟 靜宜 玉珍 秀琴 雅琪`)

var usFirst = strings.Fields(`
James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty
Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua
Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald
Stephanie Jason Rebecca Jeffrey Laura Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy
Eric Shirley Jonathan Angela Stephen Helen Larry Anna Justin Brenda Scott Pamela Brandon Nicole
Benjamin Samantha Samuel Katherine Gregory Emma Frank Ruth Alexander Christine Raymond Catherine
Patrick Debra Jack Rachel Dennis Carolyn Jerry Janet Tyler Maria Aaron Heather Jose Diane
Adam Olivia Nathan Julie Henry Joyce Zachary Victoria Douglas Kelly Peter Christina Kyle Lauren
Noah Joan Ethan Evelyn Jeremy Judith Walter Megan Christian Andrea Keith Cheryl Roger Hannah
Terry Jacqueline Austin Martha Sean Gloria Gerald Teresa Carl Ann Harold Sara Dylan Madison
Arthur Frances Lawrence Kathryn Jordan Janice Jesse Jean Bryan Abigail Billy Alice Bruce Judy
Gabriel Sophia Joe Grace Logan Denise Alan Amber Juan Doris Wayne Marilyn Elijah Danielle
Randy Beverly Roy Isabella Vincent Theresa Ralph Diana Eugene Natalie Russell Brittany Bobby
Charlotte Mason Marie Philip Kayla Louis Alexis Carlos Lori Mei Wei Priya Ahmed Fatima Hiroshi`)

var usLast = strings.Fields(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders
Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter
Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn O'Brien O'Neil McCarthy Park Choi
Yamamoto Tanaka Wang Liu Singh Khan Schneider Kowalski Novak Dubois`)

// kataFromHira turns hiragana into katakana (the フリガナ of Japanese forms).
func kataFromHira(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ゖ' {
			r += 'ァ' - 'ぁ'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (g *gen) krSurname() string {
	w := make([]int, len(krSurnames))
	for i, s := range krSurnames {
		w[i] = s.w
	}
	return krSurnames[g.r.weighted(w)].s
}

// krName is a Korean name as customers type it.
func (g *gen) krName() string {
	switch n := g.r.intn(100); {
	case n < 5:
		return pick(g.r, krCompoundSurnames) + pick(g.r, krGiven)
	case n < 8:
		return g.krSurname() + pick(g.r, krGivenShort)
	case n < 10:
		return g.krSurname() + pick(g.r, krGivenLong)
	case n < 15:
		return g.krSurname() + " " + pick(g.r, krGiven)
	default:
		return g.krSurname() + pick(g.r, krGiven)
	}
}

// krRomanName is a romanised Korean name in Western order ("Minjun Kim").
func (g *gen) krRomanName() string {
	return pick(g.r, krRomanGiven) + " " + pick(g.r, krRomanSurnames)
}

// jpName is a Japanese name in kanji (with a half- or full-width space or
// none), hiragana or katakana.
func (g *gen) jpName() string {
	s, gv := pick(g.r, jpSurnames), pick(g.r, jpGiven)
	switch n := g.r.intn(100); {
	case n < 35:
		return s.kanji + " " + gv.kanji
	case n < 55:
		return s.kanji + "\u3000" + gv.kanji
	case n < 80:
		return s.kanji + gv.kanji
	case n < 88:
		return s.kana + " " + gv.kana
	default:
		return kataFromHira(s.kana + " " + gv.kana)
	}
}

// jpNameWithKana returns a kanji name and its katakana reading.
func (g *gen) jpNameWithKana() (string, string) {
	s, gv := pick(g.r, jpSurnames), pick(g.r, jpGiven)
	sep := " "
	if g.r.chance(40) {
		sep = "\u3000"
	}
	kana := kataFromHira(s.kana) + sep + kataFromHira(gv.kana)
	if g.r.chance(30) {
		return s.kanji + gv.kanji, kana
	}
	return s.kanji + sep + gv.kanji, kana
}

// twName is a Taiwanese name in traditional characters.
func (g *gen) twName() string {
	if g.r.chance(5) {
		return pick(g.r, twCompoundSurnames) + pick(g.r, twGiven)
	}
	return pick(g.r, twSurnames) + pick(g.r, twGiven)
}

// usName is an American name in one of the forms of customer records.
func (g *gen) usName() string {
	f, l := pick(g.r, usFirst), pick(g.r, usLast)
	switch n := g.r.intn(100); {
	case n < 12:
		return f + " " + string(rune('A'+g.r.intn(26))) + ". " + l
	case n < 18:
		return l + ", " + f
	case n < 24:
		return strings.ToUpper(f + " " + l)
	case n < 26:
		return f + " " + l + " Jr."
	case n < 28:
		return f + "-" + pick(g.r, usFirst) + " " + l
	default:
		return f + " " + l
	}
}

// usFirstLast returns a first and a last name for split columns.
func (g *gen) usFirstLast() (string, string) { return pick(g.r, usFirst), pick(g.r, usLast) }

// name returns a name typical of country.
func (g *gen) name(country string) string {
	switch country {
	case "KR":
		return g.krName()
	case "JP":
		return g.jpName()
	case "TW":
		return g.twName()
	default:
		return g.usName()
	}
}

// simpleName is a name without the rarer forms ("Smith, John", upper case,
// initials), for free text where those would read oddly.
func (g *gen) simpleName(country string) string {
	switch country {
	case "US":
		return pick(g.r, usFirst) + " " + pick(g.r, usLast)
	case "JP":
		s, gv := pick(g.r, jpSurnames), pick(g.r, jpGiven)
		if g.r.chance(50) {
			return s.kanji + gv.kanji
		}
		return s.kanji + " " + gv.kanji
	default:
		return g.name(country)
	}
}
