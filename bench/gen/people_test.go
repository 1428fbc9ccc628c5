package gen

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exposure-dev/exposure/detectors"
	"github.com/nyaruka/phonenumbers"
)

// TestPeople checks a large pool: every written phone format is a valid
// number of the person's country that formats to the person's E.164 with
// libphonenumber; names, addresses and codes are well formed; Korean
// surnames follow their frequencies.
func TestPeople(t *testing.T) {
	pl, err := newPool(99, 3000, 2)
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]int{}
	surnames := map[string]int{}
	phones := map[string]bool{}
	for i := range pl.people {
		p := &pl.people[i]
		byCountry[p.Country]++
		if phones[p.Phone.E164] {
			t.Fatalf("phone of person %d repeated", i)
		}
		phones[p.Phone.E164] = true
		for f := 0; f < numPhoneFormats; f++ {
			s := string(appendPhone(nil, &p.Phone, f))
			n, err := phonenumbers.Parse(s, p.Country)
			if err != nil || !phonenumbers.IsValidNumber(n) {
				t.Fatalf("person %d: format %d %q is not a valid %s number", i, f, s, p.Country)
			}
			if got := phonenumbers.Format(n, phonenumbers.E164); got != p.Phone.E164 {
				t.Fatalf("person %d: format %d parses to %s, want %s", i, f, got, p.Phone.E164)
			}
			if phonenumbers.GetRegionCodeForNumber(n) != p.Country {
				t.Fatalf("person %d: %q is a %s number", i, s, phonenumbers.GetRegionCodeForNumber(n))
			}
		}
		for slot := 0; slot < numSlots; slot++ {
			v := p.norm[slot]
			if slot == slotCode && p.Code == "" {
				continue
			}
			if v == "" || !utf8.ValidString(v) {
				t.Fatalf("person %d slot %d: value %q", i, slot, v)
			}
			if (slot == slotName || slot == slotAddr || slot == slotAddrFull) && v != detectors.NormalizeText(v) {
				t.Fatalf("person %d slot %d not normalised", i, slot)
			}
		}
		if !strings.HasPrefix(p.Full, strings.SplitN(p.Addr, ",", 2)[0]) {
			t.Fatalf("person %d: full address does not extend the address", i)
		}
		if strings.Trim(p.Code, "0123456789#*") != "" || p.Code != "" && strings.Trim(p.Code, "#*") == "" {
			t.Fatalf("person %d: code %q", i, p.Code)
		}
		if p.Country == "KR" {
			r, n := utf8.DecodeRuneInString(p.Name)
			surnames[string(r)]++
			if utf8.RuneCountInString(p.Name) < 2 || utf8.RuneCountInString(p.Name) > 4 || n != 3 {
				t.Fatalf("person %d: Korean name %q", i, p.Name)
			}
		}
	}
	kr := byCountry["KR"]
	if kr < 2300 || byCountry["JP"] == 0 || byCountry["TW"] == 0 || byCountry["US"] == 0 {
		t.Fatalf("countries: %v", byCountry)
	}
	kim := float64(surnames["김"]) / float64(kr)
	if kim < 0.17 || kim > 0.27 || surnames["김"] < surnames["이"] || surnames["이"] < surnames["박"] {
		t.Fatalf("Korean surname shares: 김 %.2f, counts %d %d %d", kim, surnames["김"], surnames["이"], surnames["박"])
	}
}

func TestDeterministicPool(t *testing.T) {
	a, _ := newPool(5, 200, 1)
	b, _ := newPool(5, 200, 4) // worker count must not matter
	c, _ := newPool(6, 200, 3)
	same := 0
	for i := range a.people {
		if a.people[i].Name != b.people[i].Name || a.people[i].Phone != b.people[i].Phone {
			t.Fatalf("person %d differs between runs", i)
		}
		if a.people[i].Phone == c.people[i].Phone {
			same++
		}
	}
	if same > 2 {
		t.Fatalf("%d people equal across seeds", same)
	}
}

func TestReadLabels(t *testing.T) {
	l := Label{Key: "k", Field: "$.이름", Row: 3, Offset: 1, Length: 9, Kind: "name", Subtype: "kr_name", Country: "KR", Value: "김민준", Person: 7}
	line, _ := json.Marshal(l)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(append(line, '\n'))
	zw.Close()
	for _, tc := range []struct {
		name string
		in   []byte
		n    int
		bad  bool
	}{
		{"gzip", gz.Bytes(), 1, false},
		{"plain", append(append(line, '\n'), line...), 2, false},
		{"two gzip members", append(append([]byte{}, gz.Bytes()...), gz.Bytes()...), 2, false},
		{"empty", nil, 0, false},
		{"broken json", []byte("{\"key\":\n"), 0, true},
		{"broken gzip", gz.Bytes()[:12], 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []Label
			err := ReadLabels(bytes.NewReader(tc.in), func(x *Label) error {
				got = append(got, *x)
				return nil
			})
			if (err != nil) != tc.bad {
				t.Fatalf("err = %v", err)
			}
			if !tc.bad && (len(got) != tc.n || tc.n > 0 && got[0] != l) {
				t.Fatalf("got %+v", got)
			}
		})
	}
}

// FuzzAppendJSONString: the encoder's output decodes to its input.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "김민준", `a"b\c`, "line\nbreak\t\x01", "\u2028\u2029", "東京都港区六本木1-2-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // generated text is valid UTF-8
		}
		b := appendJSONString(nil, s)
		var got string
		if err := json.Unmarshal(b, &got); err != nil || got != s {
			t.Fatalf("%q encoded as %s decodes to %q, %v", s, b, got, err)
		}
		if !json.Valid(b) {
			t.Fatalf("invalid JSON %s", b)
		}
	})
}

// FuzzAppendCSVCell: a cell survives encoding/csv.
func FuzzAppendCSVCell(f *testing.F) {
	for _, s := range []string{"", "a,b", `say "hi"`, "서울특별시 강남구 테헤란로 152, 101동 1203호", "x\ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, '\r') || !utf8.ValidString(s) {
			return // encoding/csv folds CR; generated cells hold none
		}
		line := appendCSVCell([]byte("k,"), []byte(s))
		rec, err := csvRecord(string(line) + "\n")
		if err != nil || len(rec) != 2 || rec[1] != s {
			t.Fatalf("%q -> %q -> %q, %v", s, line, rec, err)
		}
	})
}

// TestSpellings checks the second spellings of a pool's names and
// addresses: they share their value's key (ident) and differ from it as
// often as each country's spelling rules say, and detectors.Canonical,
// which the truth does not use, folds each to its value's canonical form.
func TestSpellings(t *testing.T) {
	pl, err := newPool(7, 3000, 2)
	if err != nil {
		t.Fatal(err)
	}
	differ := map[string]int{}
	fixed, all := map[string]int{}, map[string]int{}
	for i := range pl.people {
		p := &pl.people[i]
		for _, slot := range []int{slotName, slotAddr, slotAddrFull} {
			k := p.Country + "/" + string(slotKinds[slot])
			all[k]++
			if detectors.Canonical(slotKinds[slot], p.Country, p.norm[slot]) == p.norm[slot] {
				fixed[k]++
			}
		}
		for _, pair := range [][2]int{{slotName, slotNameVar}, {slotAddr, slotAddrVar}, {slotAddrFull, slotAddrFullVar}} {
			base, v := pair[0], pair[1]
			if p.ident[v] != p.ident[base] || p.ident[base] == "" {
				t.Fatalf("person %d slot %d: ident %q, base %q", i, v, p.ident[v], p.ident[base])
			}
			if p.norm[v] != p.norm[base] {
				differ[p.Country+"/"+string(slotKinds[base])]++
			}
			k := slotKinds[base]
			if a, b := detectors.Canonical(k, p.Country, p.norm[base]), detectors.Canonical(k, p.Country, p.norm[v]); a != b {
				t.Errorf("person %d: %q and %q fold to %q and %q", i, p.norm[base], p.norm[v], a, b)
			}
		}
	}
	// Every Korean, Japanese and US address has a second spelling; every
	// Japanese and US name too. Korean and Taiwanese names have none.
	for _, k := range []string{"KR/address", "JP/address", "US/address", "JP/name", "US/name", "TW/address"} {
		if differ[k] == 0 {
			t.Errorf("no second spelling of %s: %v", k, differ)
		}
	}
	if differ["KR/name"]+differ["TW/name"] != 0 {
		t.Errorf("Korean or Taiwanese names spelled twice: %v", differ)
	}
	// The usual spellings are their own canonical form: all but the one
	// Korean address in ten written with the province's short name, and
	// the Japanese names written with a space.
	for k, n := range all {
		share := float64(fixed[k]) / float64(n)
		t.Logf("%s: %.3f of %d values are canonical", k, share, n)
		if k != "JP/name" && share < 0.85 {
			t.Errorf("%s: only %.3f of the values are their own canonical form", k, share)
		}
	}
}
