package detectors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAddressPositive(t *testing.T) {
	cases := []struct {
		name, field, text string
		want, subtype     string
		masked            string
	}{
		// Korea: road-name addresses.
		{"kr road full", "", "배송지: 서울특별시 강남구 테헤란로 123 으로 보내주세요", "서울특별시 강남구 테헤란로 123", "kr_road_address", "서울특별시 강남구 ****"},
		{"kr road unit", "", "주소는 서울 강남구 테헤란로 123, 101동 1203호 입니다", "서울 강남구 테헤란로 123, 101동 1203호", "kr_road_address", "서울 강남구 ****"},
		{"kr road gil", "", "서울시 강남구 봉은사로68길 12 (삼성동)", "서울시 강남구 봉은사로68길 12 (삼성동)", "kr_road_address", "서울시 강남구 ****"},
		{"kr road note apt", "", "경기도 성남시 분당구 판교역로 235, 101동 1203호 (삼평동, 래미안아파트) 부재시 경비실", "경기도 성남시 분당구 판교역로 235, 101동 1203호 (삼평동, 래미안아파트)", "kr_road_address", "경기도 성남시 분당구 ****"},
		{"kr road dash", "", "부산광역시 해운대구 센텀중앙로 97-1 3층", "부산광역시 해운대구 센텀중앙로 97-1 3층", "kr_road_address", "부산광역시 해운대구 ****"},
		{"kr sejong", "", "세종특별자치시 한누리대로 2130 정부청사", "세종특별자치시 한누리대로 2130 정부청사", "kr_road_address", "세종특별자치시 ****"},
		{"kr beongil", "", "경기 수원시 영통구 광교로12번길 7 B1층 101호", "경기 수원시 영통구 광교로12번길 7 B1층 101호", "kr_road_address", "경기 수원시 영통구 ****"},
		{"kr building", "", "서울 강남구 테헤란로 152 강남파이낸스센터 20층 방문", "서울 강남구 테헤란로 152 강남파이낸스센터 20층", "kr_road_address", "서울 강남구 ****"},
		{"kr jeju", "", "제주특별자치도 제주시 노형로 100", "제주특별자치도 제주시 노형로 100", "kr_road_address", "제주특별자치도 제주시 ****"},
		{"kr eup road note", "", "경기도 양평군 양평읍 양평로 123 (양근리)", "경기도 양평군 양평읍 양평로 123 (양근리)", "kr_road_address", "경기도 양평군 ****"},
		{"kr underground", "", "서울특별시 종로구 세종대로 지하 172", "서울특별시 종로구 세종대로 지하 172", "kr_road_address", "서울특별시 종로구 ****"},
		{"kr mountain lot", "", "강원도 춘천시 동면 장학리 산 12-3", "강원도 춘천시 동면 장학리 산 12-3", "kr_lot_address", "강원도 춘천시 ****"},
		{"kr tower floor", "", "서울특별시 영등포구 여의대로 108, 파크원타워1 30층", "서울특별시 영등포구 여의대로 108, 파크원타워1 30층", "kr_road_address", "서울특별시 영등포구 ****"},
		{"kr short sido", "", "대구 수성구 달구벌대로 2450 1502호", "대구 수성구 달구벌대로 2450 1502호", "kr_road_address", "대구 수성구 ****"},
		{"kr template particle", "", "배송지가 부산광역시 부산진구 동평로 117, 5층 501호(으)로 변경되었습니다", "부산광역시 부산진구 동평로 117, 5층 501호", "kr_road_address", "부산광역시 부산진구 ****"},
		{"kr template particle i", "", "서울특별시 강서구 강서로 13, 115동 406호(이)가 맞나요", "서울특별시 강서구 강서로 13, 115동 406호", "kr_road_address", "서울특별시 강서구 ****"},
		{"kr particle after unit", "", "주소 변경 부탁드려요. 서울특별시 성동구 고산자로 2, 5층 301호로 보내주세요.", "서울특별시 성동구 고산자로 2, 5층 301호", "kr_road_address", "서울특별시 성동구 ****"},
		{"kr particle after dong unit", "", "경기도 부천시 중동로 5, 105동에서 받을게요", "경기도 부천시 중동로 5, 105동", "kr_road_address", "경기도 부천시 ****"},
		{"kr subway line is no unit", "", "서울특별시 중구 세종대로 110 2호선 시청역", "서울특별시 중구 세종대로 110", "kr_road_address", "서울특별시 중구 ****"},
		{"jp hiragana building", "배송지", "神奈川県横浜市西区みなとみらい3-21-9 みなとみらいマンション502号室", "神奈川県横浜市西区みなとみらい3-21-9 みなとみらいマンション502号室", "jp_address", "神奈川県 横浜市西区 ****"},
		{"jp hiragana after number is no building", "", "東京都港区芝浦4-8-2 にお住まいの方", "東京都港区芝浦4-8-2", "jp_address", "東京都 港区 ****"},
		{"jp particle after cue", "", "お届け先を東京都港区芝浦4-8-2に変更しました。", "東京都港区芝浦4-8-2", "jp_address", "東京都 港区 ****"},
		{"kr particle after number", "", "주소 변경 부탁드려요. 서울특별시 관악구 관악로 8로 보내주세요", "서울특별시 관악구 관악로 8", "kr_road_address", "서울특별시 관악구 ****"},
		{"kr particle after number dash", "", "전북특별자치도 전주시 완산구 효자로 4-23로 보내주세요", "전북특별자치도 전주시 완산구 효자로 4-23", "kr_road_address", "전북특별자치도 전주시 완산구 ****"},
		// Korea: lot-number addresses.
		{"kr lot", "", "서울 강남구 역삼동 736-1 번지수 확인", "서울 강남구 역삼동 736-1", "kr_lot_address", "서울 강남구 ****"},
		{"kr lot beonji", "", "경기 양평군 양평읍 양근리 123-4번지", "경기 양평군 양평읍 양근리 123-4번지", "kr_lot_address", "경기 양평군 ****"},
		{"kr lot ga", "", "서울특별시 성동구 성수동1가 656-1 201호", "서울특별시 성동구 성수동1가 656-1 201호", "kr_lot_address", "서울특별시 성동구 ****"},
		// Korea: partial addresses in address fields or after 주소.
		{"kr field partial", "주소", "강남구 테헤란로 123", "강남구 테헤란로 123", "kr_road_address", "강남구 ****"},
		{"kr field road only", "address1", "테헤란로 123 5층", "테헤란로 123 5층", "kr_road_address", "****"},
		{"kr ctx partial", "", "주소: 마포구 월드컵북로 396", "마포구 월드컵북로 396", "kr_road_address", "마포구 ****"},
		{"jp field town then building", "address", "本町1-2-3 本町マンション601号室", "本町1-2-3 本町マンション601号室", "jp_address", "本町 ****"},
		// Korea, written in Latin letters.
		{"kr latin western order", "", "Ship to: Apt 101-1203, 25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510, Republic of Korea. Thanks", "Apt 101-1203, 25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510, Republic of Korea", "kr_road_address", "Songpa-gu Seoul ****"},
		{"kr latin korean order", "", "address Seoul, Gangnam-gu, Teheran-ro 152 (office)", "Seoul, Gangnam-gu, Teheran-ro 152", "kr_road_address", "Gangnam-gu Seoul ****"},
		{"kr latin lot", "", "823 Yeoksam-dong, Gangnam-gu, Seoul", "823 Yeoksam-dong, Gangnam-gu, Seoul", "kr_lot_address", "Gangnam-gu Seoul ****"},
		{"kr latin province", "", "38-10 Jungang-ro 1275beon-gil, Ilsandong-gu, Goyang-si, Gyeonggi-do", "38-10 Jungang-ro 1275beon-gil, Ilsandong-gu, Goyang-si, Gyeonggi-do", "kr_road_address", "Ilsandong-gu Gyeonggi-do ****"},
		// Japan.
		{"jp hyphen", "", "住所：東京都渋谷区神宮前1-2-3", "東京都渋谷区神宮前1-2-3", "jp_address", "東京都 渋谷区 ****"},
		{"jp hiragana city of three", "", "送り先 いわき市平1-2-3", "いわき市平1-2-3", "jp_address", "いわき市 ****"},
		{"jp postal room", "", "〒150-0001 東京都渋谷区神宮前1-2-3 ハイツ青山101号室 までお送りください", "〒150-0001 東京都渋谷区神宮前1-2-3 ハイツ青山101号室", "jp_address", "東京都 渋谷区 ****"},
		{"jp chome", "", "大阪府大阪市北区梅田1丁目2番3号にあります", "大阪府大阪市北区梅田1丁目2番3号", "jp_address", "大阪府 大阪市北区 ****"},
		{"jp kanji chome", "", "東京都港区六本木六丁目10番1号", "東京都港区六本木六丁目10番1号", "jp_address", "東京都 港区 ****"},
		{"jp fullwidth", "", "神奈川県横浜市西区みなとみらい２－３－１", "神奈川県横浜市西区みなとみらい２－３－１", "jp_address", "神奈川県 横浜市西区 ****"},
		{"jp spaced", "", "北海道 札幌市中央区 大通西4-1 サンハイツ 305", "北海道 札幌市中央区 大通西4-1 サンハイツ 305", "jp_address", "北海道 札幌市中央区 ****"},
		{"jp banchi", "", "長野県北佐久郡軽井沢町大字軽井沢123番地", "長野県北佐久郡軽井沢町大字軽井沢123番地", "jp_address", "長野県 北佐久郡軽井沢町 ****"},
		{"jp no prefecture", "", "お届け先は渋谷区道玄坂2-10-7です", "渋谷区道玄坂2-10-7", "jp_address", "渋谷区 ****"},
		{"jp field", "住所", "千代田区丸の内1-9-1", "千代田区丸の内1-9-1", "jp_address", "千代田区 ****"},
		{"jp mansion", "", "京都府京都市下京区東塩小路町721-1 グランドメゾン桜 1203号室", "京都府京都市下京区東塩小路町721-1 グランドメゾン桜 1203号室", "jp_address", "京都府 京都市下京区 ****"},
		{"jp postal 7 digits", "", "〒1500001 東京都渋谷区神宮前1丁目2番地3号", "〒1500001 東京都渋谷区神宮前1丁目2番地3号", "jp_address", "東京都 渋谷区 ****"},
		{"jp tower floor", "", "愛知県名古屋市中村区名駅1丁目1番4号 JRセントラルタワーズ 15F", "愛知県名古屋市中村区名駅1丁目1番4号 JRセントラルタワーズ 15F", "jp_address", "愛知県 名古屋市中村区 ****"},
		{"jp hokkaido grid", "", "北海道虻田郡倶知安町南1条西1丁目", "北海道虻田郡倶知安町南1条西1丁目", "jp_address", "北海道 虻田郡倶知安町 ****"},
		{"jp fullwidth dash", "", "福岡県福岡市博多区博多駅前２丁目１−１", "福岡県福岡市博多区博多駅前２丁目１−１", "jp_address", "福岡県 福岡市博多区 ****"},
		{"jp field postal", "住所", "〒150-0001 東京都渋谷区神宮前1-2-3", "〒150-0001 東京都渋谷区神宮前1-2-3", "jp_address", "東京都 渋谷区 ****"},
		// Taiwan.
		{"tw lane alley floor", "", "宜蘭縣宜蘭市神農路二段148巷9弄255號2樓", "宜蘭縣宜蘭市神農路二段148巷9弄255號2樓", "tw_address", "宜蘭縣 宜蘭市 ****"},
		{"tw town", "", "金門縣金城鎮民生路1號", "金門縣金城鎮民生路1號", "tw_address", "金門縣 金城鎮 ****"},
		{"tw village", "", "南投縣魚池鄉日月村中山路1號", "南投縣魚池鄉日月村中山路1號", "tw_address", "南投縣 魚池鄉 ****"},
		{"tw sub number", "", "苗栗縣頭份鎮中華路100號之1", "苗栗縣頭份鎮中華路100號之1", "tw_address", "苗栗縣 頭份鎮 ****"},
		{"tw full", "", "地址：臺北市信義區信義路五段7號89樓", "臺北市信義區信義路五段7號89樓", "tw_address", "臺北市 信義區 ****"},
		{"tw lane alley", "", "台北市大安區忠孝東路四段123巷4弄5號之2 收", "台北市大安區忠孝東路四段123巷4弄5號之2", "tw_address", "台北市 大安區 ****"},
		{"tw postal", "", "寄到 106台北市大安區復興南路一段390號3F", "106台北市大安區復興南路一段390號3F", "tw_address", "台北市 大安區 ****"},
		{"tw county", "", "新竹縣竹北市光明六路10號12樓之3", "新竹縣竹北市光明六路10號12樓之3", "tw_address", "新竹縣 竹北市 ****"},
		{"tw avenue", "", "新北市板橋區縣民大道二段7號", "新北市板橋區縣民大道二段7號", "tw_address", "新北市 板橋區 ****"},
		{"tw spaced", "", "高雄市 前鎮區 中山二路5號", "高雄市 前鎮區 中山二路5號", "tw_address", "高雄市 前鎮區 ****"},
		{"tw kanji floor", "", "臺中市西屯區臺灣大道三段99號十二樓", "臺中市西屯區臺灣大道三段99號十二樓", "tw_address", "臺中市 西屯區 ****"},
		{"tw field partial", "地址", "大安區和平東路二段100號", "大安區和平東路二段100號", "tw_address", "大安區 ****"},
		{"tw no county", "", "請寄到中正區重慶南路一段122號謝謝", "中正區重慶南路一段122號", "tw_address", "中正區 ****"},
		// United States.
		{"us full", "", "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 today", "1600 Pennsylvania Ave NW, Washington, DC 20500", "us_address", "**** Pennsylvania Ave NW, Washington, DC ****"},
		{"us apt", "", "Address: 742 Evergreen Terrace Apt 4B, Springfield, IL 62704-1234.", "742 Evergreen Terrace Apt 4B, Springfield, IL 62704-1234", "us_address", "**** Evergreen Terrace, Springfield, IL ****"},
		{"us hash unit", "", "123 Main St #12, Fort Lee, NJ 07024", "123 Main St #12, Fort Lee, NJ 07024", "us_address", "**** Main St, Fort Lee, NJ ****"},
		{"us in a log value", "", `2024-03-01T01:18:53Z INFO [delivery] address changed order=20240301-2991314 addr="6532 Sunset Blvd, Fort Lee, NJ 07024"`, "6532 Sunset Blvd, Fort Lee, NJ 07024", "us_address", "**** Sunset Blvd, Fort Lee, NJ ****"},
		{"us in brackets", "", "ship_to=(742 Evergreen Ter, Springfield, OR 97477)", "742 Evergreen Ter, Springfield, OR 97477", "us_address", "**** Evergreen Ter, Springfield, OR ****"},
		{"us suite", "", "Visit us at 500 W 2nd St., Suite 200, Austin, Texas 78701!", "500 W 2nd St., Suite 200, Austin, Texas 78701", "us_address", "**** W 2nd St., Austin, Texas ****"},
		{"us caps", "", "SHIP TO: 55 MARKET ST APT 3 SAN FRANCISCO CA 94105", "55 MARKET ST APT 3 SAN FRANCISCO CA 94105", "us_address", "**** MARKET ST, SAN FRANCISCO, CA ****"},
		{"us two lines", "", "Jane Doe\n88 Peachtree St NE\nAtlanta, GA 30303\n", "88 Peachtree St NE\nAtlanta, GA 30303", "us_address", "**** Peachtree St NE, Atlanta, GA ****"},
		{"us broadway", "", "Send it to 1650 Broadway, New York, NY 10019", "1650 Broadway, New York, NY 10019", "us_address", "**** Broadway, New York, NY ****"},
		{"us street only", "", "I live at 221 Baker Street now", "221 Baker Street", "us_address", "**** Baker Street"},
		{"us de leon", "", "900 Ponce de Leon Ave NE, Atlanta, GA 30306", "900 Ponce de Leon Ave NE, Atlanta, GA 30306", "us_address", "**** Ponce de Leon Ave NE, Atlanta, GA ****"},
		{"us po box", "", "PO Box 1234, Honolulu, HI 96815", "PO Box 1234, Honolulu, HI 96815", "us_address", "PO Box ****, Honolulu, HI ****"},
		{"us fifth avenue", "", "350 Fifth Avenue, New York, NY 10118", "350 Fifth Avenue, New York, NY 10118", "us_address", "**** Fifth Avenue, New York, NY ****"},
		{"us loop", "", "1 Infinite Loop, Cupertino, CA 95014", "1 Infinite Loop, Cupertino, CA 95014", "us_address", "**** Infinite Loop, Cupertino, CA ****"},
		{"us suite lines", "", "233 S Wacker Dr Ste 3300\nChicago, IL 60606", "233 S Wacker Dr Ste 3300\nChicago, IL 60606", "us_address", "**** S Wacker Dr, Chicago, IL ****"},
		{"us ridge dr", "", "ambiguous address=\"7390 Pine Ridge Dr Apt 4A, Columbus, OH 43262\"", "7390 Pine Ridge Dr Apt 4A, Columbus, OH 43262", "us_address", "**** Pine Ridge Dr, Columbus, OH ****"},
		{"us field ridge", "addr", "4216 Pine Ridge Dr Apt 28C, Columbus, OH 43290", "4216 Pine Ridge Dr Apt 28C, Columbus, OH 43290", "us_address", "**** Pine Ridge Dr, Columbus, OH ****"},
		{"us field", "street_address", "77 Massachusetts Ave", "77 Massachusetts Ave", "us_address", "**** Massachusetts Ave"},
		{"us park no city", "", "Meet at 10 Ocean Park Blvd, Santa Monica, CA 90405", "10 Ocean Park Blvd, Santa Monica, CA 90405", "us_address", "**** Ocean Park Blvd, Santa Monica, CA ****"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := detectOne(NewAddress(), c.field, c.text, "")
			if len(ms) == 0 {
				t.Fatalf("no match in %q, want %q", c.text, c.want)
			}
			m := ms[0]
			if got := c.text[m.Start:m.End]; got != c.want {
				t.Fatalf("matched %q, want %q", got, c.want)
			}
			if m.Kind != KindAddress || m.Subtype != c.subtype {
				t.Errorf("kind %s/%s, want address/%s", m.Kind, m.Subtype, c.subtype)
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
		})
	}
}

func TestAddressNegative(t *testing.T) {
	cases := []struct{ name, field, text string }{
		{"kr region only", "", "서울 강남구에 살아요"},
		{"jp building detail cell", "address_detail", "本町マンション601号室"},
		{"jp building detail cell heights", "address2", "中央ハイツ203号"},
		{"jp ward character in a word", "", "COPYの区切り文字は単一の1バイト文字でなければなりません"},
		{"jp ward character in a word 2", "", "大文字と小文字の区別は1つだけ"},
		{"kr latin region only", "", "I live in Gangnam-gu, Seoul and work in Jung-gu."},
		{"kr latin no region", "", "meet at 152 Teheran-ro, Gangnam-gu office"},
		{"kr latin hyphen words", "", "multi-guard 12 non-signed Pro-Gun items, Korea"},
		{"kr region full", "", "서울특별시 마포구 일대 정전"},
		{"kr region dong", "", "인천 연수구 송도동 근처 카페"},
		{"kr postal", "", "우편번호 06236 입니다"},
		{"kr seoul word", "", "서울에서 부산까지 KTX로 2시간"},
		{"kr busan word", "", "부산물 처리 비용"},
		{"kr gyeonggi word", "", "경기 결과 3대 1 승리"},
		{"kr road word", "", "서울 강남구 바로 123명 참석"},
		{"kr unit notice", "", "101동~105동 엘리베이터 점검 10:00~12:00"},
		{"kr floor not number", "", "서울 강남구 테헤란로 12층"},
		{"kr numbered road not number", "", "서울 강남구 테헤란로 12로 34번 버스"},
		{"kr station", "", "강남역 2번 출구 앞"},
		{"kr field not address", "주소", "확인 필요"},
		{"kr field region", "address", "경기도 성남시 분당구"},
		{"jp region", "", "東京都渋谷区で開催"},
		{"jp region osaka", "", "大阪府大阪市北区の天気"},
		{"jp postal only", "", "〒150-0001"},
		{"jp words", "", "本日は東京都内で会議があります"},
		{"jp station", "", "渋谷駅から徒歩5分"},
		{"jp ward no numbers", "", "港区の六本木ヒルズ"},
		{"jp date", "", "東京都知事選は2024年7月7日"},
		{"tw region", "", "台北市大安區的美食"},
		{"tw postal", "", "郵遞區號 106"},
		{"tw city words", "", "高雄市政府今天宣布"},
		{"tw road no number", "", "臺北市信義區信義路五段附近"},
		{"tw market", "", "市場價格上漲了5%"},
		{"tw place", "", "台北101 跨年煙火"},
		{"us region", "", "San Francisco, CA"},
		{"us region zip", "", "Chicago, IL 60614"},
		{"us zip", "", "zip code 94110"},
		{"us prose st", "", "the first step is to stop"},
		{"us no number", "", "Main St, Springfield, IL 62704"},
		{"us count", "", "I walked 5 blocks down the road"},
		{"us park", "", "Gate 5 Central Park"},
		{"us place", "", "Lincoln Park and Times Square"},
		{"us lowercase", "", "take 3 main st exits"},
		{"us version", "", "version 1.2 Way forward"},
		{"us phone", "", "call 555-0100 St Louis"},
		{"us price", "", "$12 Main Street special"},
		{"us apartment", "", "Apt 4B"},
		{"empty", "", ""},
		{"ip field", "ip_address", "192.168.0.1"},
		{"email field", "email_address", "hello@example.com"},
		{"number and space field", "address", "1 "},
		{"number and spaces field", "address", "12  "},
		{"eup at end field", "address", "강남구 양평읍"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, m := range detectOne(NewAddress(), c.field, c.text, "") {
				t.Errorf("unexpected %s %q (%s)", m.Subtype, c.text[m.Start:m.End], m.Masked)
			}
		})
	}
}

func TestAddressColumnProfile(t *testing.T) {
	ms := detectOne(NewAddress(), "col7", "강남구 테헤란로 123", KindAddress)
	if len(ms) != 1 || ms[0].Subtype != "kr_road_address" {
		t.Fatalf("column profile: got %v", ms)
	}
	if ms := detectOne(NewAddress(), "col7", "강남구 테헤란로 123", ""); len(ms) != 0 {
		t.Fatalf("without the profile a partial address needs a cue: got %v", ms)
	}
}

func FuzzAddress(f *testing.F) {
	for _, s := range []string{
		"서울특별시 강남구 테헤란로 123, 101동 1203호 (역삼동)", "서울 강남구 역삼동 736-1번지",
		"〒150-0001 東京都渋谷区神宮前1-2-3 ハイツ101号室", "東京都港区六本木六丁目10番1号",
		"臺北市信義區信義路五段7號89樓", "106台北市大安區忠孝東路四段123巷4弄5號之2",
		"1600 Pennsylvania Ave NW, Washington, DC 20500", "PO Box 12, Honolulu, HI 96815",
		"서울", "東京都", "市", " St", "〒", "주소:", "123 Main St\n", "(", "區1號", "1-2-3",
		"152, Teheran-ro, Gangnam-gu, Seoul, Republic of Korea", "Seoul, Gangnam-gu, Teheran-ro 152", "-gu", "A-si 1-ga, Korea",
		"강남구 양평읍", "경기 양평군 양평읍 양근리 1", "테헤란로 1 (", "神奈川県横浜市西区1", "北海道札幌市中央区南1条",
		"新竹縣竹北市光明六路1號之", "1 Main St, ", "PO Box 1, ", "12 Pine Ridge Dr Apt", "〒1500001",
	} {
		f.Add(s, "")
		f.Add(s, "address")
	}
	e := NewEngine([]Detector{NewAddress()})
	f.Fuzz(func(t *testing.T, text, field string) {
		if !utf8.ValidString(text) {
			return
		}
		checkSpans(t, text, engineRun(e, field, -1, text, ""))
		ms := engineRun(e, "", 0, text, KindAddress)
		checkSpans(t, text, ms)
		for _, m := range ms {
			if !strings.Contains(m.Masked, "****") {
				t.Fatalf("mask %q hides nothing", m.Masked)
			}
		}
	})
}

func BenchmarkAddress(b *testing.B) {
	text := mixedText(1 << 20)
	e := NewEngine([]Detector{NewAddress()})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		e.Detect("", -1, text, "", func(Match) { n++ })
	}
	if n == 0 {
		b.Fatal("no addresses found")
	}
}
