package corpus

// jpArea is a real municipality with some of its real towns (町・丁目 areas).
type jpArea struct {
	pref, city string
	towns      []string
	zip        string // first three digits of its postal codes
}

var jpAreas2 = []jpArea{
	{"東京都", "渋谷区", f(`渋谷 道玄坂 神南 恵比寿 代々木 笹塚`), "150"},
	{"東京都", "新宿区", f(`西新宿 歌舞伎町 高田馬場 四谷 大久保`), "160"},
	{"東京都", "港区", f(`六本木 赤坂 芝浦 白金台 南青山`), "106"},
	{"東京都", "世田谷区", f(`三軒茶屋 北沢 成城 用賀 太子堂`), "154"},
	{"東京都", "千代田区", f(`丸の内 神田神保町 有楽町 麹町`), "100"},
	{"東京都", "杉並区", f(`高円寺南 荻窪 阿佐谷北`), "166"},
	{"東京都", "武蔵野市", f(`吉祥寺本町 中町 境`), "180"},
	{"大阪府", "大阪市北区", f(`梅田 茶屋町 天神橋 中崎`), "530"},
	{"大阪府", "大阪市中央区", f(`心斎橋筋 難波 本町 谷町`), "542"},
	{"大阪府", "豊中市", f(`新千里東町 服部元町`), "560"},
	{"神奈川県", "横浜市西区", f(`みなとみらい 高島 南幸`), "220"},
	{"神奈川県", "横浜市港北区", f(`新横浜 日吉 綱島西`), "222"},
	{"神奈川県", "川崎市中原区", f(`小杉町 新丸子町 木月`), "211"},
	{"神奈川県", "藤沢市", f(`鵠沼海岸 湘南台 辻堂`), "251"},
	{"愛知県", "名古屋市中村区", f(`名駅 椿町 則武`), "450"},
	{"愛知県", "名古屋市中区", f(`栄 錦 大須`), "460"},
	{"北海道", "札幌市中央区", f(`大通西 南三条西 北一条西`), "060"},
	{"福岡県", "福岡市博多区", f(`博多駅前 中洲 住吉`), "812"},
	{"福岡県", "福岡市中央区", f(`天神 大名 薬院`), "810"},
	{"京都府", "京都市下京区", f(`東塩小路町 四条通 烏丸`), "600"},
	{"兵庫県", "神戸市中央区", f(`三宮町 元町通 磯上通`), "650"},
	{"宮城県", "仙台市青葉区", f(`一番町 中央 国分町`), "980"},
	{"埼玉県", "さいたま市大宮区", f(`桜木町 大門町 宮町`), "330"},
	{"千葉県", "千葉市美浜区", f(`中瀬 幕張西 打瀬`), "261"},
	{"広島県", "広島市中区", f(`紙屋町 八丁堀 大手町`), "730"},
	{"沖縄県", "那覇市", f(`久茂地 おもろまち 松山`), "900"},
}

var jpBuildings = f(`メゾン サンハイツ コーポ パークハウス グランドメゾン ライオンズマンション レジデンス シティハウス`)
var jpKanjiNum = f(`一 二 三 四 五 六 七 八 九`)

// jpAddress is a Japanese address: prefecture, city, town and block numbers
// in one of the common notations, sometimes with a building and a room.
func (g *gen) jpAddress() string {
	a := pick(g.r, jpAreas2)
	g.zip = a.zip + "-" + g.r.digits(4, '0')
	town := pick(g.r, a.towns)
	c, b, h := g.r.between(1, 5), g.r.between(1, 30), g.r.between(1, 25)
	var nums string
	switch n := g.r.intn(100); {
	case n < 50:
		nums = itoa(c) + "-" + itoa(b) + "-" + itoa(h)
	case n < 70:
		nums = itoa(c) + "丁目" + itoa(b) + "番" + itoa(h) + "号"
	case n < 78:
		nums = jpKanjiNum[c-1] + "丁目" + itoa(b) + "番" + itoa(h) + "号"
	case n < 86:
		nums = itoa(c) + "丁目" + itoa(b) + "-" + itoa(h)
	default:
		nums = fullWidth(itoa(c) + "-" + itoa(b) + "-" + itoa(h))
	}
	head := a.pref + a.city
	switch n := g.r.intn(100); {
	case n < 8:
		head = a.city // designated cities are often written without the prefecture
	case n < 16:
		head = a.pref + " " + a.city + " "
	}
	s := head + town + nums
	if g.r.chance(45) {
		bld := pick(g.r, jpBuildings) + pick(g.r, f(`桜 青山 緑が丘 東 中央 若葉`))
		room := itoa(g.r.between(1, 12)) + fmt2(g.r.between(1, 9))
		switch n := g.r.intn(3); n {
		case 0:
			s += " " + bld + " " + room + "号室"
		case 1:
			s += " " + bld + room
		default:
			s += "　" + bld + " " + room
		}
	}
	return s
}

// jpZip is a postal code of the form 123-4567.
func (g *gen) jpZip() string {
	a := pick(g.r, jpAreas2)
	return a.zip + "-" + g.r.digits(4, '0')
}
