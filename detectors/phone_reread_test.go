package detectors_test

import (
	"testing"

	"github.com/exposure-dev/exposure/detectors"
)

// onePhone returns the one phone the engine finds in text under field.
func onePhone(t *testing.T, field, text string) detectors.Match {
	t.Helper()
	var got []detectors.Match
	row := int64(-1)
	if field != "" {
		row = 0
	}
	detectors.NewEngine(detectors.All()).Detect(field, row, text, detectors.FieldKind(field), func(m detectors.Match) {
		if m.Kind == detectors.KindPhone {
			got = append(got, m)
		}
	})
	if len(got) != 1 {
		t.Fatalf("%q in field %q: %d phones, want 1", text, field, len(got))
	}
	return got[0]
}

// TestPhoneAlt checks which readings a phone keeps for its record to
// choose from: those the text supports as well as the chosen one.
func TestPhoneAlt(t *testing.T) {
	for _, c := range []struct {
		name, field, text, country, alt string
	}{
		{"bare cell, ascii header", "phone", "070-1283-2321", "KR", "JPTW"},
		{"korean header", "수령인연락처", "070-1283-2321", "KR", "JPTW"},
		{"japanese header", "携帯電話", "070-1283-2321", "JP", "KRTW"},
		{"seoul or taipei", "phone", "02-2345-6789", "KR", "TW"},
		{"korean mobile", "phone", "010-1234-5678", "KR", ""},
		{"japanese mobile", "phone", "090-1234-5678", "JP", ""},
		{"korean text", "", "연락처 070-1283-2321", "KR", ""},
		{"japanese text", "", "070-1283-2321 までご連絡ください", "JP", ""},
		{"international", "phone", "+81 70-1283-2321", "JP", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := onePhone(t, c.field, c.text)
			if m.Country != c.country || m.Alt != c.alt {
				t.Errorf("country %q alt %q, want %q and %q", m.Country, m.Alt, c.country, c.alt)
			}
		})
	}
}

func TestReread(t *testing.T) {
	m := onePhone(t, "phone", "070-1283-2321")
	jp, ok := m.Reread("JP")
	if !ok || jp.Country != "JP" || jp.Subtype != "jp_mobile" || jp.Normalized != "+817012832321" || jp.Alt != "TWKR" {
		t.Errorf("reread as JP: %+v, %v", jp, ok)
	}
	if jp.Masked != m.Masked || jp.Start != m.Start || jp.End != m.End || jp.Confidence != m.Confidence {
		t.Errorf("reread changed the span, mask or confidence: %+v from %+v", jp, m)
	}
	back, ok := jp.Reread("KR")
	if !ok || back.Normalized != m.Normalized || back.Subtype != m.Subtype {
		t.Errorf("reread back as KR: %+v, %v", back, ok)
	}
	if r, ok := m.Reread("US"); ok || r != m {
		t.Errorf("reread as US, not a reading: %+v, %v", r, ok)
	}
	mobile := onePhone(t, "phone", "010-1234-5678")
	if r, ok := mobile.Reread("JP"); ok || r != mobile {
		t.Errorf("a number without other readings was reread: %+v", r)
	}
}

func TestRecordVotes(t *testing.T) {
	addr := func(c string) detectors.Match { return detectors.Match{Kind: detectors.KindAddress, Country: c} }
	name := func(c string) detectors.Match { return detectors.Match{Kind: detectors.KindName, Country: c} }
	for _, c := range []struct {
		name string
		ms   []detectors.Match
		want string
	}{
		{"empty", nil, ""},
		{"address", []detectors.Match{addr("JP")}, "JP"},
		{"address beats name", []detectors.Match{name("TW"), addr("JP")}, "JP"},
		{"name alone", []detectors.Match{name("KR")}, "KR"},
		{"addresses disagree", []detectors.Match{addr("JP"), addr("KR"), name("JP")}, ""},
		{"names disagree", []detectors.Match{name("JP"), name("TW")}, ""},
		{"two alike", []detectors.Match{addr("TW"), addr("TW")}, "TW"},
		{"other country", []detectors.Match{addr("FR")}, ""},
		{"phones and codes do not vote", []detectors.Match{{Kind: detectors.KindPhone, Country: "JP"}, {Kind: detectors.KindAccessCode, Country: "JP"}}, ""},
		{"no country", []detectors.Match{addr(""), name("KR")}, "KR"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var v detectors.RecordVotes
			for _, m := range c.ms {
				v = v.Add(m)
			}
			if got := v.Country(); got != c.want {
				t.Errorf("country %q, want %q", got, c.want)
			}
			wantAddr := ""
			for _, m := range c.ms {
				if m.Kind == detectors.KindAddress && m.Country != "" {
					wantAddr = c.want // the addresses decide when there are any
				}
			}
			if got := v.AddressCountry(); got != wantAddr {
				t.Errorf("address country %q, want %q", got, wantAddr)
			}
		})
	}
	m := onePhone(t, "phone", "070-1283-2321")
	if r := detectors.RecordVotes(0).Add(addr("JP")).Resolve(m); r.Normalized != "+817012832321" {
		t.Errorf("resolve in a Japanese record: %+v", r)
	}
	if r := detectors.RecordVotes(0).Add(addr("US")).Resolve(m); r != m {
		t.Errorf("resolve in a US record changed the number: %+v", r)
	}
	code := detectors.Match{Kind: detectors.KindAccessCode, Normalized: "#1357"}
	if !code.RecordDecides() || m.RecordDecides() != true || addr("JP").RecordDecides() {
		t.Errorf("RecordDecides: code %v, phone %v, address %v", code.RecordDecides(), m.RecordDecides(), addr("JP").RecordDecides())
	}
	if r := detectors.RecordVotes(0).Add(name("KR")).Add(addr("JP")).Resolve(code); r.Country != "JP" || r.Normalized != code.Normalized {
		t.Errorf("resolve an access code in a Japanese record: %+v", r)
	}
}
