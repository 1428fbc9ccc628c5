package gen

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// The draw functions fill a person of each country: r draws the values
// (the stream of generator version 1), vr the second spellings.

func (p *Person) drawKR(r, vr *rng) (err error) {
	sn := krSurnames[krSurnameW.draw(r)].s
	var given string
	if r.chance(0.75) {
		given = pick(r, krGiven)
	} else {
		given = pick(r, krGiven1) + pick(r, krGiven2)
	}
	p.Name = sn + given
	p.NameVar, p.ident[slotName] = p.Name, p.Name
	if p.Phone, p.phoneSub, err = drawPhone(r, "KR", nil); err != nil {
		return err
	}
	d := krDistricts[krDistW.draw(r)]
	prov, other := d.province, d.short
	if r.chance(0.1) {
		prov, other = d.short, d.province
	}
	var a strings.Builder
	if d.district != "" {
		a.WriteString(d.district)
		a.WriteByte(' ')
	}
	a.WriteString(pick(r, d.roads))
	a.WriteByte(' ')
	a.WriteString(strconv.Itoa(1 + int(float64(r.intn(300))*r.float())))
	if r.chance(0.05) {
		a.WriteString("-" + strconv.Itoa(r.between(1, 30)))
	}
	rest := a.String()
	p.Addr, p.AddrVar = prov+" "+rest, other+" "+rest
	p.ident[slotAddr] = d.province + "|" + rest
	switch u := r.float(); {
	case u < 0.55:
		p.Unit = fmt.Sprintf("%d동 %d호", r.between(101, 115), r.between(1, 25)*100+r.between(1, 6))
	case u < 0.7:
		p.Unit = fmt.Sprintf("%s %d동 %d호", pick(r, krBuildings), r.between(101, 120), r.between(1, 30)*100+r.between(1, 4))
	case u < 0.9:
		p.Unit = fmt.Sprintf("%d층 %d호", r.between(2, 5), r.between(2, 5)*100+r.between(1, 4))
	}
	p.Full, p.FullVar = p.Addr, p.AddrVar
	p.ident[slotAddrFull] = p.ident[slotAddr]
	if p.Unit != "" {
		p.Full = p.Addr + ", " + p.Unit
		// Another system glues the unit's parts (101동1203호) or drops the
		// comma.
		unit, sep := p.Unit, ", "
		if vr.chance(0.5) {
			unit = strings.ReplaceAll(unit, "동 ", "동")
		}
		if vr.chance(0.5) {
			sep = " "
		}
		p.FullVar = p.AddrVar + sep + unit
		p.ident[slotAddrFull] += "|" + p.Unit
	}
	p.Zip = fmt.Sprintf("%02d%03d", d.zip, r.intn(1000))
	p.addrSub = "kr_road_address"
	if r.chance(0.65) {
		p.Code = drawCode(r)
	}
	return nil
}

func (p *Person) drawJP(r, vr *rng) (err error) {
	sn, gv := jpSurnames[jpSurnameW.draw(r)].s, pick(r, jpGiven)
	if r.chance(0.6) {
		p.Name, p.NameVar = sn+" "+gv, sn+gv
	} else {
		p.Name, p.NameVar = sn+gv, sn+" "+gv
	}
	p.ident[slotName] = sn + "|" + gv
	if p.Phone, p.phoneSub, err = drawPhone(r, "JP", nil); err != nil {
		return err
	}
	c := jpCities[jpCityW.draw(r)]
	town := pick(r, c.towns)
	b1, b2, b3 := r.between(1, 5), r.between(1, 30), r.between(1, 20)
	place := c.pref + c.city + town
	p.Addr = fmt.Sprintf("%s%d-%d-%d", place, b1, b2, b3)
	// Another system writes the blocks in full (1丁目2番3号) or in
	// full-width digits (１－２－３, and ３０１号室).
	wide := vr.chance(0.4)
	if wide {
		p.AddrVar = place + width.Widen.String(fmt.Sprintf("%d-%d-%d", b1, b2, b3))
	} else {
		p.AddrVar = fmt.Sprintf("%s%d丁目%d番%d号", place, b1, b2, b3)
	}
	p.ident[slotAddr] = fmt.Sprintf("%s|%d|%d|%d", place, b1, b2, b3)
	p.ident[slotAddrFull] = p.ident[slotAddr]
	if r.chance(0.7) {
		p.Unit = fmt.Sprintf("%s%s%d号室", town, pick(r, jpBuildings), r.between(1, 12)*100+r.between(1, 8))
		p.Full = p.Addr + " " + p.Unit
		unit := p.Unit
		if wide {
			unit = width.Widen.String(unit)
		}
		p.FullVar = p.AddrVar + " " + unit
		p.ident[slotAddrFull] += "|" + p.Unit
	} else {
		p.Full, p.FullVar = p.Addr, p.AddrVar
	}
	p.Zip = fmt.Sprintf("%03d-%04d", c.zip, r.intn(10000))
	p.addrSub = "jp_address"
	if r.chance(0.25) {
		p.Code = digits(r, 4, 0)
	}
	return nil
}

func (p *Person) drawTW(r, vr *rng) (err error) {
	p.Name = twSurnames[twSurnameW.draw(r)].s + pick(r, twGiven)
	p.NameVar, p.ident[slotName] = p.Name, p.Name
	if p.Phone, p.phoneSub, err = drawPhone(r, "TW", nil); err != nil {
		return err
	}
	c := twCities[twCityW.draw(r)]
	road, no := pick(r, c.roads), r.between(1, 300)
	p.Addr = fmt.Sprintf("%s%s%s%d號", c.city, c.district, road, no)
	// Another system writes 臺 as 台 (台北市) and a floor as 5F.
	p.AddrVar = strings.ReplaceAll(p.Addr, "臺", "台")
	p.ident[slotAddr] = fmt.Sprintf("%s|%s|%s|%d", c.city, c.district, road, no)
	p.ident[slotAddrFull] = p.ident[slotAddr]
	unitVar := ""
	if r.chance(0.8) {
		fl := r.between(2, 20)
		p.Unit, unitVar = fmt.Sprintf("%d樓", fl), fmt.Sprintf("%dF", fl)
		if vr.chance(0.5) {
			unitVar = p.Unit
		}
		if r.chance(0.3) {
			n := fmt.Sprintf("之%d", r.between(1, 5))
			p.Unit += n
			unitVar += n
		}
		p.ident[slotAddrFull] += "|" + p.Unit
	}
	p.Full, p.FullVar = p.Addr+p.Unit, p.AddrVar+unitVar
	p.Zip = strconv.Itoa(c.zip)
	p.addrSub = "tw_address"
	if r.chance(0.2) {
		p.Code = drawCode(r)
	}
	return nil
}

// usSuffixes are the street suffixes another system writes in full.
var usSuffixes = strings.NewReplacer(" St", " Street", " Ave", " Avenue", " Ln", " Lane", " Blvd", " Boulevard", " Dr", " Drive")

func (p *Person) drawUS(r, vr *rng) (err error) {
	given, surname := pick(r, usGiven), usSurnames[usSurnameW.draw(r)].s
	p.Name = given + " " + surname
	// Another system writes names in capitals, or surname first.
	if vr.chance(0.5) {
		p.NameVar = strings.ToUpper(p.Name)
	} else {
		p.NameVar = surname + ", " + given
	}
	p.ident[slotName] = given + "|" + surname
	c := usCities[usCityW.draw(r)]
	if p.Phone, p.phoneSub, err = drawPhone(r, "US", c.areas); err != nil {
		return err
	}
	street := fmt.Sprintf("%d %s", r.between(10, 9899), pick(r, usStreets))
	zip := fmt.Sprintf("%05d", c.zip+r.intn(8))
	tail := fmt.Sprintf(", %s, %s %s", c.city, c.state, zip)
	p.Addr = street + tail
	streetVar := usSuffixes.Replace(street)
	p.AddrVar = streetVar + tail
	p.ident[slotAddr] = street + "|" + c.city + "|" + c.state + "|" + zip
	p.ident[slotAddrFull] = p.ident[slotAddr]
	if r.chance(0.5) {
		apt := fmt.Sprintf("%d%c", r.between(1, 30), 'A'+r.intn(6))
		p.Unit = "Apt " + apt
		p.Full = street + " " + p.Unit + tail
		p.FullVar = streetVar + " #" + apt + tail
		p.ident[slotAddrFull] += "|" + apt
	} else {
		p.Full, p.FullVar = p.Addr, p.AddrVar
	}
	p.Zip = zip
	p.addrSub = "us_address"
	if r.chance(0.1) {
		p.Code = drawCode(r)
	}
	return nil
}
