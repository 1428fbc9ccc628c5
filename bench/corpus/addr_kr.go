package corpus

import (
	"strconv"
	"strings"
)

// krDistrict is a real district with some of its real roads and legal dongs.
type krDistrict struct {
	sido, short, sigungu string
	roads, dongs         []string
	zip                  string // first three digits of its postal codes
}

var krDistricts = []krDistrict{
	{"서울특별시", "서울", "강남구", f(`테헤란로 강남대로 논현로 도산대로 선릉로 봉은사로 삼성로 언주로`), f(`역삼동 삼성동 대치동 논현동 청담동 개포동`), "062"},
	{"서울특별시", "서울", "서초구", f(`서초대로 반포대로 효령로 방배로 사평대로`), f(`서초동 반포동 방배동 잠원동`), "065"},
	{"서울특별시", "서울", "송파구", f(`올림픽로 송파대로 위례성대로 백제고분로 중대로`), f(`잠실동 문정동 가락동 방이동 신천동`), "055"},
	{"서울특별시", "서울", "마포구", f(`월드컵북로 양화로 독막로 마포대로 와우산로`), f(`합정동 서교동 상암동 망원동 공덕동`), "040"},
	{"서울특별시", "서울", "종로구", f(`종로 세종대로 자하문로 율곡로 대학로`), f(`혜화동 평창동 부암동 사직동`), "031"},
	{"서울특별시", "서울", "용산구", f(`한강대로 이태원로 녹사평대로 서빙고로`), f(`이태원동 한남동 이촌동 후암동`), "043"},
	{"서울특별시", "서울", "영등포구", f(`여의대로 국제금융로 영중로 당산로`), f(`여의도동 당산동 문래동`), "073"},
	{"서울특별시", "서울", "관악구", f(`관악로 남부순환로 봉천로`), f(`봉천동 신림동`), "088"},
	{"서울특별시", "서울", "노원구", f(`동일로 노원로 상계로`), f(`상계동 중계동 하계동 월계동`), "017"},
	{"서울특별시", "서울", "성동구", f(`왕십리로 성수이로 뚝섬로`), f(`성수동1가 행당동 옥수동 금호동`), "047"},
	{"서울특별시", "서울", "강서구", f(`공항대로 강서로 화곡로`), f(`화곡동 등촌동 마곡동`), "077"},
	{"서울특별시", "서울", "은평구", f(`통일로 연서로 진관2로`), f(`불광동 응암동 진관동`), "033"},
	{"경기도", "경기", "성남시 분당구", f(`판교역로 불정로 정자일로 분당로 황새울로`), f(`정자동 서현동 백현동 수내동 야탑동 삼평동`), "134"},
	{"경기도", "경기", "수원시 영통구", f(`광교로 영통로 봉영로`), f(`영통동 이의동 매탄동 원천동`), "166"},
	{"경기도", "경기", "고양시 일산동구", f(`중앙로 정발산로 일산로`), f(`장항동 마두동 백석동`), "103"},
	{"경기도", "경기", "용인시 수지구", f(`포은대로 수지로 풍덕천로`), f(`풍덕천동 죽전동 상현동`), "168"},
	{"경기도", "경기", "부천시", f(`길주로 부천로 송내대로`), f(`중동 상동 심곡동`), "145"},
	{"경기도", "경기", "화성시", f(`동탄대로 동탄순환대로 병점중앙로`), f(`반송동 청계동 병점동`), "184"},
	{"경기도", "경기", "안양시 동안구", f(`시민대로 평촌대로 관악대로`), f(`관양동 비산동 평촌동`), "140"},
	{"인천광역시", "인천", "연수구", f(`컨벤시아대로 송도과학로 인천타워대로`), f(`송도동 연수동`), "219"},
	{"인천광역시", "인천", "남동구", f(`인주대로 예술로 구월로`), f(`구월동 논현동`), "215"},
	{"부산광역시", "부산", "해운대구", f(`해운대로 센텀중앙로 달맞이길 좌동순환로`), f(`우동 중동 좌동 재송동`), "480"},
	{"부산광역시", "부산", "부산진구", f(`중앙대로 서면로 가야대로`), f(`부전동 전포동 양정동`), "472"},
	{"부산광역시", "부산", "수영구", f(`광안해변로 수영로`), f(`광안동 남천동 민락동`), "482"},
	{"대구광역시", "대구", "수성구", f(`달구벌대로 동대구로 수성로`), f(`범어동 만촌동 황금동`), "420"},
	{"대구광역시", "대구", "중구", f(`국채보상로 동성로`), f(`삼덕동 동인동`), "419"},
	{"광주광역시", "광주", "서구", f(`상무대로 상무중앙로 시청로`), f(`치평동 쌍촌동 화정동`), "619"},
	{"대전광역시", "대전", "유성구", f(`대학로 유성대로 엑스포로`), f(`봉명동 궁동 도룡동 노은동`), "341"},
	{"대전광역시", "대전", "서구", f(`둔산로 대덕대로 계룡로`), f(`둔산동 월평동 탄방동`), "352"},
	{"울산광역시", "울산", "남구", f(`삼산로 번영로`), f(`삼산동 달동 무거동`), "446"},
	{"세종특별자치시", "세종", "", f(`한누리대로 도움1로 갈매로`), f(`어진동 나성동 보람동`), "301"},
	{"제주특별자치도", "제주", "제주시", f(`노형로 연북로 중앙로`), f(`연동 노형동 이도이동`), "632"},
	{"강원특별자치도", "강원", "춘천시", f(`중앙로 석사로 퇴계로`), f(`석사동 퇴계동`), "243"},
	{"충청남도", "충남", "천안시 서북구", f(`불당대로 번영로`), f(`불당동 두정동`), "311"},
	{"전북특별자치도", "전북", "전주시 완산구", f(`효자로 홍산로`), f(`효자동 서신동`), "549"},
	{"경상남도", "경남", "창원시 성산구", f(`중앙대로 원이대로`), f(`상남동 중앙동`), "515"},
	{"경상남도", "경남", "김해시", f(`김해대로 가락로`), f(`내동 삼계동`), "509"},
	{"경상북도", "경북", "포항시 남구", f(`포스코대로 중앙로`), f(`대도동 상도동`), "377"},
}

var krApartments = f(`래미안 힐스테이트 자이 푸르지오 아이파크 e편한세상 롯데캐슬 더샵 센트레빌 한신 현대 주공 우성 두산위브 쌍용 삼익`)

// f splits a list written as one string.
func f(s string) []string { return strings.Fields(s) }

func itoa(n int) string { return strconv.Itoa(n) }

// krUnit is the detail part: 동/호, a floor, or a room.
func (g *gen) krUnit() string {
	switch n := g.r.intn(100); {
	case n < 55:
		return itoa(g.r.between(101, 125)) + "동 " + itoa(g.r.between(1, 25)) + fmt2(g.r.between(1, 6)) + "호"
	case n < 75:
		return itoa(g.r.between(1, 25)) + fmt2(g.r.between(1, 12)) + "호"
	case n < 90:
		return itoa(g.r.between(2, 15)) + "층"
	default:
		return "B" + itoa(g.r.between(1, 2)) + "층 " + itoa(g.r.between(101, 120)) + "호"
	}
}

func fmt2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// krAddress is a Korean road-name or lot-number address, with or without
// the unit and the reference note in parentheses.
func (g *gen) krAddress() string {
	d := pick(g.r, krDistricts)
	g.zip = d.zip + g.r.digits(2, '0')
	sido := d.sido
	switch n := g.r.intn(100); {
	case n < 35:
		sido = d.short
	case n < 40 && strings.HasSuffix(d.sido, "특별시"):
		sido = d.short + "시"
	}
	head := sido
	if d.sigungu != "" {
		head += " " + d.sigungu
	}
	if g.r.chance(18) { // lot-number address
		s := head + " " + pick(g.r, d.dongs) + " " + itoa(g.r.between(1, 999))
		if g.r.chance(60) {
			s += "-" + itoa(g.r.between(1, 60))
		}
		if g.r.chance(55) {
			s += " " + g.krUnit()
		}
		return s
	}
	road := pick(g.r, d.roads)
	if g.r.chance(15) {
		road += itoa(g.r.between(2, 90)) + "번길"
	}
	s := head + " " + road + " " + itoa(g.r.between(1, 480))
	if g.r.chance(12) {
		s += "-" + itoa(g.r.between(1, 30))
	}
	unit := g.r.chance(60)
	if unit {
		sep := ", "
		if g.r.chance(40) {
			sep = " "
		}
		s += sep + g.krUnit()
	}
	if g.r.chance(35) {
		ref := pick(g.r, d.dongs)
		if unit && g.r.chance(50) {
			ref += ", " + pick(g.r, krApartments) + "아파트"
		}
		s += " (" + ref + ")"
	}
	return s
}

// krZip is a five-digit postal code in the district's range.
func (g *gen) krZip() string {
	d := pick(g.r, krDistricts)
	return d.zip + g.r.digits(2, '0')
}
