package detectors

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// libTypeToPhoneType maps libphonenumber's types onto ours.
func libTypeToPhoneType(t phonenumbers.PhoneNumberType) phoneType {
	switch t {
	case phonenumbers.PREMIUM_RATE:
		return ptPremium
	case phonenumbers.TOLL_FREE:
		return ptTollFree
	case phonenumbers.SHARED_COST:
		return ptSharedCost
	case phonenumbers.VOIP:
		return ptVoIP
	case phonenumbers.PERSONAL_NUMBER:
		return ptPersonal
	case phonenumbers.PAGER:
		return ptPager
	case phonenumbers.UAN:
		return ptUAN
	case phonenumbers.VOICEMAIL:
		return ptVoicemail
	case phonenumbers.FIXED_LINE:
		return ptFixed
	case phonenumbers.MOBILE:
		return ptMobile
	case phonenumbers.FIXED_LINE_OR_MOBILE:
		return ptFixedOrMobile
	}
	return ptUnknown
}

// TestPhoneRulesMatchLibphonenumber is a differential test: for random
// national significant numbers biased towards real prefixes, our automata
// must classify exactly as phonenumbers.GetNumberType does.
func TestPhoneRulesMatchLibphonenumber(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	prefixes := map[string][]string{
		"KR": {"10", "11", "16", "2", "31", "32", "51", "64", "70", "80", "50", "505", "15", "16", "60", "1588", "1600"},
		"JP": {"90", "80", "70", "50", "3", "6", "45", "467", "120", "570", "20", "60", "990", "11"},
		"TW": {"9", "2", "4", "7", "37", "49", "89", "800", "70", "99", "50", "20", "826"},
		"US": {"2", "4", "5", "6", "8", "9", "800", "888", "900", "212", "415", "500"},
		"GB": {"7", "20", "1", "800"},
		"CN": {"13", "18", "10", "21"},
	}
	checked := 0
	seen := map[phoneType]int{}
	for region, ps := range prefixes {
		rules := rulesFor(region)
		if rules == nil {
			t.Fatalf("no rules for %s", region)
		}
		cc := phonenumbers.GetCountryCodeForRegion(region)
		for i := 0; i < 3000; i++ {
			nsn := ps[rng.IntN(len(ps))]
			n := 6 + rng.IntN(7)
			for len(nsn) < n {
				nsn += strconv.Itoa(rng.IntN(10))
			}
			v, err := strconv.ParseUint(nsn, 10, 64)
			if err != nil || nsn[0] == '0' {
				continue
			}
			num := &phonenumbers.PhoneNumber{}
			num.CountryCode = ptrI32(int32(cc))
			num.NationalNumber = &v
			want := ptUnknown
			if phonenumbers.IsValidNumberForRegion(num, region) {
				want = libTypeToPhoneType(phonenumbers.GetNumberType(num))
			}
			seen[want]++
			got := rules.typeOf([]byte(nsn))
			if got != want {
				t.Errorf("%s %s: got type %d, libphonenumber says %d", region, nsn, got, want)
			}
			checked++
		}
	}
	if checked < 10000 || len(seen) < 8 {
		t.Fatalf("only %d numbers checked, %d distinct types: %v", checked, len(seen), seen)
	}
	t.Logf("checked %d numbers, types %v", checked, seen)
}

func ptrI32(v int32) *int32 { return &v }

func TestDigitDFA(t *testing.T) {
	d := compileDigitDFA([]string{`1(?:0[0-46-9]|[16-9]\d)\d{6,7}`})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"1012345678", true}, {"101234567", true}, {"10123456", false}, {"10512345678", false},
		{"1612345678", true}, {"2012345678", false}, {"", false},
	} {
		if got := d.matches([]byte(tc.in)); got != tc.want {
			t.Errorf("%q: got %v want %v", tc.in, got, tc.want)
		}
	}
	if d := compileDigitDFA([]string{`(`}); d.run([]byte("1")) != 0 {
		t.Error("bad pattern matches")
	}
	// Several patterns at once: bit i for pattern i.
	m := compileDigitDFA([]string{`\d{3}`, ``, `12\d`, `1\d+`})
	for in, want := range map[string]uint16{"123": 1 | 4 | 8, "223": 1, "12": 8, "1234": 8, "": 0, "99": 0} {
		if got := m.run([]byte(in)); got != want {
			t.Errorf("run(%q) = %b, want %b", in, got, want)
		}
	}
}

func BenchmarkPhoneRulesTypeOf(b *testing.B) {
	r := rulesFor("KR")
	nsn := []byte("1012345678")
	b.ReportAllocs()
	for b.Loop() {
		if r.typeOf(nsn) != ptMobile {
			b.Fatal("not mobile")
		}
	}
}
