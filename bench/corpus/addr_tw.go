package corpus

// twArea is a real district with some of its real roads.
type twArea struct {
	city, alt, district string // alt is the 台/臺 variant of city ("" if none)
	roads               []string
	zip                 string
}

var twAreas2 = []twArea{
	{"臺北市", "台北市", "大安區", f(`忠孝東路四段 復興南路一段 敦化南路二段 和平東路二段 新生南路三段`), "106"},
	{"臺北市", "台北市", "信義區", f(`信義路五段 松仁路 松高路 基隆路一段`), "110"},
	{"臺北市", "台北市", "中山區", f(`南京東路二段 中山北路二段 林森北路 民生東路三段`), "104"},
	{"臺北市", "台北市", "內湖區", f(`內湖路一段 瑞光路 成功路四段`), "114"},
	{"臺北市", "台北市", "士林區", f(`中正路 文林路 承德路四段`), "111"},
	{"新北市", "", "板橋區", f(`文化路一段 中山路一段 縣民大道二段`), "220"},
	{"新北市", "", "中和區", f(`中和路 景平路 中山路二段`), "235"},
	{"新北市", "", "新莊區", f(`中正路 思源路 幸福路`), "242"},
	{"新北市", "", "三重區", f(`重新路三段 正義北路`), "241"},
	{"新北市", "", "永和區", f(`永和路二段 竹林路`), "234"},
	{"桃園市", "", "中壢區", f(`中央西路二段 中華路一段 元化路`), "320"},
	{"桃園市", "", "桃園區", f(`中正路 復興路 經國路`), "330"},
	{"臺中市", "台中市", "西屯區", f(`臺灣大道三段 市政路 朝富路 河南路二段`), "407"},
	{"臺中市", "台中市", "北區", f(`三民路三段 學士路 英才路`), "404"},
	{"臺中市", "台中市", "南屯區", f(`公益路二段 文心路一段`), "408"},
	{"臺南市", "台南市", "東區", f(`大學路 長榮路二段 東寧路`), "701"},
	{"臺南市", "台南市", "中西區", f(`民生路二段 海安路二段 西門路二段`), "700"},
	{"高雄市", "", "前鎮區", f(`中山二路 成功二路 瑞隆路`), "806"},
	{"高雄市", "", "苓雅區", f(`四維三路 五福一路 光華一路`), "802"},
	{"高雄市", "", "左營區", f(`博愛二路 富國路 自由二路`), "813"},
	{"新竹市", "", "東區", f(`光復路二段 建功一路 東大路一段`), "300"},
	{"新竹縣", "", "竹北市", f(`光明六路 自強南路 文興路`), "302"},
	{"基隆市", "", "仁愛區", f(`愛一路 仁一路`), "200"},
	{"宜蘭縣", "", "宜蘭市", f(`中山路三段 神農路二段`), "260"},
	{"花蓮縣", "", "花蓮市", f(`中正路 中華路 林森路`), "970"},
}

var twDigitsSection = map[string]string{"一段": "1段", "二段": "2段", "三段": "3段", "四段": "4段", "五段": "5段"}

// twAddress is a Taiwanese address from city to floor, with lanes (巷) and
// alleys (弄) now and then.
func (g *gen) twAddress() string {
	a := pick(g.r, twAreas2)
	g.zip = a.zip
	city := a.city
	if a.alt != "" && g.r.chance(60) {
		city = a.alt
	}
	road := pick(g.r, a.roads)
	arabic := g.r.chance(15)
	if arabic {
		for k, v := range twDigitsSection {
			if len(road) > len(k) && road[len(road)-len(k):] == k {
				road = road[:len(road)-len(k)] + v
			}
		}
	}
	s := city + a.district + road
	if g.r.chance(30) {
		s += itoa(g.r.between(2, 300)) + "巷"
		if g.r.chance(40) {
			s += itoa(g.r.between(1, 30)) + "弄"
		}
	}
	s += itoa(g.r.between(1, 400)) + "號"
	if g.r.chance(30) {
		s += "之" + itoa(g.r.between(1, 5))
	} else if g.r.chance(70) {
		fl := itoa(g.r.between(2, 21))
		if arabic || g.r.chance(15) {
			s += fl + "F"
		} else {
			s += fl + "樓"
		}
		if g.r.chance(20) {
			s += "之" + itoa(g.r.between(1, 8))
		}
	}
	if g.r.chance(8) {
		return city + " " + a.district + " " + s[len(city)+len(a.district):]
	}
	return s
}

// twZipFor returns the three-digit postal code written before an address.
func (g *gen) twZip() string { return pick(g.r, twAreas2).zip }
