package gen

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/nyaruka/phonenumbers"
)

// Countries of the synthetic customers, with their share of the pool: a
// Korean firm's customers are mostly Korean.
var (
	countries      = []string{"KR", "JP", "TW", "US"}
	countryWeights = newWeighted([]float64{0.86, 0.06, 0.05, 0.03})
)

// Value slots of a person. Every personal value written to the estate is
// one of these, so the distinct values of the estate follow from which
// (person, slot) pairs were written.
const (
	slotName     = iota // the name as the person writes it
	slotPhone           // the phone (written in several formats, one E.164)
	slotAddr            // the address without the unit
	slotAddrFull        // the address with the unit (동/호, 号室, 樓, Apt)
	slotCode            // the building access code
	// The same values as another system spells them (legacy exports,
	// customers typing): 서울 for 서울특별시, 1丁目2番3号 for 1-2-3, 台 for
	// 臺, Street for St, 佐藤健太 for 佐藤 健太, SMITH, JOHN. A spelling is a
	// distinct normalised value but the same canonical one (baseSlot).
	slotNameVar
	slotAddrVar
	slotAddrFullVar
	numSlots
)

var slotKinds = [numSlots]detectors.Kind{
	detectors.KindName, detectors.KindPhone, detectors.KindAddress, detectors.KindAddress, detectors.KindAccessCode,
	detectors.KindName, detectors.KindAddress, detectors.KindAddress,
}

// baseSlot is the slot whose value another slot spells.
func baseSlot(slot int) int {
	switch slot {
	case slotNameVar:
		return slotName
	case slotAddrVar:
		return slotAddr
	case slotAddrFullVar:
		return slotAddrFull
	}
	return slot
}

// Person is one synthetic customer. The generator reuses people across
// objects, as a real estate does, so "distinct people" is meaningful.
type Person struct {
	ID      int
	Country string // KR, JP, TW or US
	Name    string // as written, e.g. 김민준, 佐藤 健太, 陳怡君, John Smith
	Phone   Phone
	Addr    string // address without the unit
	Unit    string // unit part (101동 1203호, ハイツ301号室, 5樓, Apt 4B); may be ""
	Full    string // the address with the unit, as written
	Zip     string // postal code (not personal data on its own; never labelled)
	Code    string // building access code (digits, # and * only); "" if none

	// NameVar, AddrVar and FullVar spell Name, Addr and Full another way
	// (equal to them where a country has no other spelling).
	NameVar, AddrVar, FullVar string
	// ident is the generator's own key of each slot's value: the parts it
	// drew, joined, so that two spellings of one value, or two people at
	// one place, share it. The canonical truth counts these; it does not
	// depend on detectors.Canonical.
	ident [numSlots]string

	// norm holds the normalised value of each slot ("" if the slot is empty).
	norm [numSlots]string
	// subtype of the phone and the address labels.
	phoneSub, addrSub string
	// tail is the end of a label line for each slot, from ,"kind" to the
	// newline (see labeler.encode).
	tail [numSlots]string
}

// Phone is a phone number as groups of national digits.
type Phone struct {
	CC     string    // country calling code without +, e.g. 82
	Region string    // ISO region for parsing national formats
	Trunk  bool      // the first group starts with a trunk 0 dropped internationally
	Groups [3]string // e.g. 010 2345 6789
	E164   string    // +821023456789 (formatted by libphonenumber)
}

// Written phone formats. Every format parses, with the person's region, to
// the same E.164 number (a test checks this with libphonenumber).
const (
	phDash      = iota // 010-2345-6789, (212) 456-7890 in the US
	phCompact          // 01023456789
	phSpace            // 010 2345 6789
	phIntlDash         // +82-10-2345-6789
	phIntlSpace        // +82 10 2345 6789
	phDot              // 010.2345.6789
	phE164             // +821023456789
	numPhoneFormats
)

// appendPhone writes p in format f.
func appendPhone(b []byte, p *Phone, f int) []byte {
	g0 := p.Groups[0]
	switch f {
	case phDash:
		if p.CC == "1" {
			b = append(b, '(')
			b = append(b, g0...)
			b = append(b, ") "...)
			b = append(b, p.Groups[1]...)
			b = append(b, '-')
			return append(b, p.Groups[2]...)
		}
		return join3(b, g0, p.Groups[1], p.Groups[2], '-')
	case phCompact:
		return join3(b, g0, p.Groups[1], p.Groups[2], 0)
	case phSpace:
		return join3(b, g0, p.Groups[1], p.Groups[2], ' ')
	case phIntlDash, phIntlSpace:
		if p.Trunk {
			g0 = g0[1:]
		}
		sep := byte('-')
		if f == phIntlSpace {
			sep = ' '
		}
		b = append(b, '+')
		b = append(b, p.CC...)
		b = append(b, sep)
		return join3(b, g0, p.Groups[1], p.Groups[2], sep)
	case phE164:
		if p.Trunk {
			g0 = g0[1:]
		}
		b = append(b, '+')
		b = append(b, p.CC...)
		return join3(b, g0, p.Groups[1], p.Groups[2], 0)
	default:
		return join3(b, g0, p.Groups[1], p.Groups[2], '.')
	}
}

func join3(b []byte, a, c, d string, sep byte) []byte {
	b = append(b, a...)
	if sep != 0 {
		b = append(b, sep)
	}
	b = append(b, c...)
	if sep != 0 {
		b = append(b, sep)
	}
	return append(b, d...)
}

// digits appends n random decimal digits, the first drawn from [lo,9].
func digits(r *rng, n int, lo int) string {
	b := make([]byte, n)
	for i := range b {
		if i == 0 {
			b[i] = byte('0' + lo + r.intn(10-lo))
		} else {
			b[i] = byte('0' + r.intn(10))
		}
	}
	return string(b)
}

// drawPhone draws a phone number of country c that libphonenumber accepts.
func drawPhone(r *rng, c string, extra any) (Phone, string, error) {
	for try := 0; try < 50; try++ {
		var p Phone
		sub := ""
		switch c {
		case "KR":
			p.CC, p.Region, p.Trunk = "82", "KR", true
			if r.chance(0.9) {
				p.Groups = [3]string{"010", digits(r, 4, 2), digits(r, 4, 0)}
				sub = "kr_mobile"
			} else if r.chance(0.5) {
				p.Groups = [3]string{"02", digits(r, 4, 2), digits(r, 4, 0)}
				sub = "kr_landline"
			} else {
				p.Groups = [3]string{pick(r, []string{"031", "032", "051", "053", "042", "062"}), digits(r, 3, 2), digits(r, 4, 0)}
				sub = "kr_landline"
			}
		case "JP":
			p.CC, p.Region, p.Trunk = "81", "JP", true
			p.Groups = [3]string{pick(r, []string{"090", "080", "070"}), digits(r, 4, 1), digits(r, 4, 0)}
			sub = "jp_mobile"
		case "TW":
			p.CC, p.Region, p.Trunk = "886", "TW", true
			p.Groups = [3]string{"09" + digits(r, 2, 0), digits(r, 3, 0), digits(r, 3, 0)}
			sub = "tw_mobile"
		default:
			p.CC, p.Region = "1", "US"
			areas := extra.([]int)
			ex := digits(r, 3, 2)
			if ex == "555" || ex[1:] == "11" {
				continue
			}
			p.Groups = [3]string{strconv.Itoa(pick(r, areas)), ex, digits(r, 4, 0)}
			sub = "us_phone"
		}
		num, err := phonenumbers.Parse(p.Groups[0]+p.Groups[1]+p.Groups[2], p.Region)
		if err != nil || !phonenumbers.IsValidNumber(num) {
			continue
		}
		p.E164 = phonenumbers.Format(num, phonenumbers.E164)
		return p, sub, nil
	}
	return Phone{}, "", fmt.Errorf("gen: no valid %s phone number drawn", c)
}

// drawCode draws a building access code written with digits, # and *.
func drawCode(r *rng) string {
	d := digits(r, pick(r, []int{4, 4, 4, 4, 5, 6}), 0)
	switch r.intn(6) {
	case 0:
		return "#" + d
	case 1:
		return d + "#"
	case 2:
		return "*" + d + "#"
	case 3:
		return d + "*"
	case 4:
		return "#" + d + "*"
	default:
		return d
	}
}

var (
	krSurnameW = weightedTable(krSurnames)
	jpSurnameW = weightedTable(jpSurnames)
	twSurnameW = weightedTable(twSurnames)
	usSurnameW = weightedTable(usSurnames)
	krDistW    = func() weighted {
		w := make([]float64, len(krDistricts))
		for i, d := range krDistricts {
			w[i] = d.w
		}
		return newWeighted(w)
	}()
	jpCityW = func() weighted {
		w := make([]float64, len(jpCities))
		for i, d := range jpCities {
			w[i] = d.w
		}
		return newWeighted(w)
	}()
	twCityW = func() weighted {
		w := make([]float64, len(twCities))
		for i, d := range twCities {
			w[i] = d.w
		}
		return newWeighted(w)
	}()
	usCityW = func() weighted {
		w := make([]float64, len(usCities))
		for i, d := range usCities {
			w[i] = d.w
		}
		return newWeighted(w)
	}()
)

func weightedTable(ws []weightedString) weighted {
	w := make([]float64, len(ws))
	for i, x := range ws {
		w[i] = x.w
	}
	return newWeighted(w)
}

// newPerson draws person id of the pool seeded with seed.
func newPerson(seed int64, id int) (Person, error) {
	r := newRNG(seed, 1, uint64(id))
	// Spellings come from a stream of their own, so that the values drawn
	// from r are those of generator version 1.
	vr := newRNG(seed, 3, uint64(id))
	p := Person{ID: id, Country: countries[countryWeights.draw(r)]}
	var err error
	switch p.Country {
	case "KR":
		err = p.drawKR(r, vr)
	case "JP":
		err = p.drawJP(r, vr)
	case "TW":
		err = p.drawTW(r, vr)
	default:
		err = p.drawUS(r, vr)
	}
	if err != nil {
		return p, err
	}
	p.norm[slotNameVar] = detectors.NormalizeText(p.NameVar)
	p.norm[slotAddrVar] = detectors.NormalizeText(p.AddrVar)
	p.norm[slotAddrFullVar] = detectors.NormalizeText(p.FullVar)
	p.ident[slotPhone], p.ident[slotCode] = p.Phone.E164, p.Code
	for slot := slotNameVar; slot < numSlots; slot++ {
		p.ident[slot] = p.ident[baseSlot(slot)]
	}
	p.norm[slotName] = detectors.NormalizeText(p.Name)
	p.norm[slotPhone] = p.Phone.E164
	p.norm[slotAddr] = detectors.NormalizeText(p.Addr)
	p.norm[slotAddrFull] = detectors.NormalizeText(p.Full)
	p.norm[slotCode] = p.Code
	return p, nil
}

// setTails precomputes the JSON tail of the person's label lines.
func (p *Person) setTails() {
	for slot := 0; slot < numSlots; slot++ {
		b := append([]byte(nil), `,"kind":"`...)
		b = append(b, slotKinds[slot]...)
		b = append(b, `","subtype":"`...)
		b = append(b, subtype(p, slot)...)
		b = append(b, `","country":"`...)
		b = append(b, p.Country...)
		b = append(b, `","value":`...)
		b = appendJSONString(b, p.norm[slot])
		b = append(b, `,"person":`...)
		b = strconv.AppendInt(b, int64(p.ID), 10)
		b = append(b, "}\n"...)
		p.tail[slot] = string(b)
	}
}

// pool is the set of people an estate draws from.
type pool struct {
	people    []Person
	byCountry map[string][]int
}

// newPool draws n people, using up to workers goroutines (the result does
// not depend on their number). Phone numbers are unique within a pool:
// candidates are drawn in id order and a repeated phone skips a candidate.
func newPool(seed int64, n, workers int) (*pool, error) {
	pl := &pool{people: make([]Person, 0, n), byCountry: map[string][]int{}}
	seen := make(map[string]bool, n)
	next := 0 // next candidate id
	for len(pl.people) < n {
		if next > 4*n+100 {
			return nil, fmt.Errorf("gen: cannot draw %d people with distinct phones", n)
		}
		batch, err := drawPeople(seed, next, n-len(pl.people), workers)
		if err != nil {
			return nil, err
		}
		next += len(batch)
		for _, p := range batch {
			if seen[p.Phone.E164] {
				continue
			}
			seen[p.Phone.E164] = true
			p.ID = len(pl.people)
			p.setTails()
			pl.people = append(pl.people, p)
			pl.byCountry[p.Country] = append(pl.byCountry[p.Country], p.ID)
		}
	}
	return pl, nil
}

// drawPeople draws candidates first..first+count-1 in parallel.
func drawPeople(seed int64, first, count, workers int) ([]Person, error) {
	out := make([]Person, count)
	errs := make([]error, count)
	workers = max(1, min(workers, count/64+1))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < count; i += workers {
				out[i], errs[i] = newPerson(seed, first+i)
			}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// any draws a person, favouring low ids (repeat customers).
func (pl *pool) any(r *rng) *Person {
	return &pl.people[skewed(r, len(pl.people))]
}

// from draws a person of country c, or of any country if the pool has none.
func (pl *pool) from(r *rng, c string) *Person {
	ids := pl.byCountry[c]
	if len(ids) == 0 {
		return pl.any(r)
	}
	return &pl.people[ids[skewed(r, len(ids))]]
}

// skewed returns an index in [0,n) with a mild preference for small ones.
func skewed(r *rng, n int) int {
	u := r.float()
	i := int(float64(n) * u * (0.4 + 0.6*u))
	if i >= n {
		i = n - 1
	}
	return i
}
