package detectors

import (
	"testing"
	"unicode/utf8"
)

// canonicalGroups are spellings of one value each: Canonical must give the
// members of a group one form, and different groups different forms.
var canonicalGroups = []struct {
	name    string
	kind    Kind
	country string
	values  []string
	// folded are spellings Canonical folds that the detectors do not
	// find whole today (full-width digits in Korean, lower-case names).
	folded []string
}{
	{"kr province", KindAddress, "KR", []string{
		"서울특별시 강남구 테헤란로 123, 101동 1203호", "서울 강남구 테헤란로 123 101동 1203호",
		"서울시 강남구 테헤란로 123, 101동1203호", "대한민국 서울특별시 강남구 테헤란로 123, 101동 1203호"},
		[]string{"서울특별시 강남구 테헤란로 １２３, １０１동 １２０３호"}},
	{"kr other number", KindAddress, "KR", []string{"서울특별시 강남구 테헤란로 12, 3101동 1203호"}, nil},
	{"kr no unit", KindAddress, "KR", []string{"서울특별시 강남구 테헤란로 123", "서울 강남구 테헤란로 123"}, nil},
	{"kr lot", KindAddress, "KR", []string{"경기도 성남시 분당구 정자동 178-1번지", "경기 성남시 분당구 정자동 178-1"}, nil},
	{"kr 광주", KindAddress, "KR", []string{"광주 북구 용봉로 77", "광주광역시 북구 용봉로 77"}, nil},
	{"kr 경기 광주시", KindAddress, "KR", []string{"광주시 오포읍 문형로 77"}, nil},
	{"kr 강원", KindAddress, "KR", []string{"강원도 춘천시 중앙로 1", "강원특별자치도 춘천시 중앙로 1", "강원 춘천시 중앙로 1"}, nil},
	{"jp blocks", KindAddress, "JP", []string{
		"東京都港区六本木1-2-3 六本木ハイツ301号室", "東京都港区六本木1丁目2番3号 六本木ハイツ301号室",
		"東京都港区六本木１－２－３ 六本木ハイツ３０１号室", "東京都港区六本木一丁目2番地3 六本木ハイツ301号室",
		"東京都港区六本木1丁目2-3六本木ハイツ301号室", "東京都港区六本木1ー2ー3 六本木ハイツ301号室",
		"日本東京都港区六本木1-2-3 六本木ハイツ301号室"}, nil},
	{"jp other room", KindAddress, "JP", []string{"東京都港区六本木1-2-3 六本木ハイツ302号室"}, nil},
	{"jp other block", KindAddress, "JP", []string{"東京都港区六本木1-23", "東京都港区六本木1丁目23番"}, nil},
	{"jp chome only", KindAddress, "JP", []string{"東京都港区六本木1丁目", "東京都港区六本木一丁目"}, nil},
	{"jp twelve", KindAddress, "JP", []string{"北海道札幌市中央区南十二条西十二丁目3-4", "北海道札幌市中央区南十二条西12丁目3番4号"}, nil},
	{"jp twenty-three", KindAddress, "JP", []string{"大阪府大阪市北区梅田二十三丁目1", "大阪府大阪市北区梅田23-1"}, nil},
	{"jp の", KindAddress, "JP", []string{"京都府京都市左京区吉田本町1の2", "京都府京都市左京区吉田本町1-2"}, nil},
	{"tw", KindAddress, "TW", []string{
		"臺北市大安區忠孝東路四段100號5樓", "台北市大安區忠孝東路四段100號5樓", "台北市大安區忠孝東路4段100號5F",
		"臺北市大安區忠孝東路四段 100號 5樓", "臺北市大安區忠孝東路四段１００號５樓"}, nil},
	{"tw other floor", KindAddress, "TW", []string{"臺北市大安區忠孝東路四段100號15樓", "臺北市大安區忠孝東路四段100號15F"}, nil},
	{"us", KindAddress, "US", []string{
		"123 Main Street Apt 4B, Springfield, IL 62701", "123 Main St., Apt. 4B, Springfield, IL 62701",
		"123 MAIN ST #4B, SPRINGFIELD, IL 62701-1234", "123 Main St Unit 4B, Springfield, Illinois 62701",
		"123 Main St Apt 4B, Springfield, IL 62701, USA"}, []string{"123 Main St # 4B, Springfield, IL 62701"}},
	{"us other unit", KindAddress, "US", []string{"123 Main St Apt 4C, Springfield, IL 62701"}, nil},
	{"us washington st", KindAddress, "US", []string{"9 Washington St, Boston, MA 02108", "9 Washington Street, Boston, Massachusetts 02108"}, nil},
	{"us wa", KindAddress, "US", []string{"9 WA St, Boston, MA 02108"}, nil},
	{"jp name", KindName, "JP", []string{"佐藤 健太", "佐藤健太"}, []string{"佐藤・健太"}},
	{"kr name", KindName, "KR", []string{"김민준", "김 민준"}, nil},
	{"kr name other", KindName, "KR", []string{"김민주"}, nil},
	{"us name", KindName, "US", []string{"John Smith", "JOHN SMITH", "Smith, John"}, []string{"john  smith"}},
	{"latin kr name", KindName, "KR", []string{"Kim Min-jun", "KIM MINJUN"}, []string{"Minjun, Kim"}},
	{"latin kr name turned", KindName, "KR", []string{"Minjun Kim", "Kim, Minjun"}, nil},
	{"irish", KindName, "US", []string{"Mary O'Brien", "Mary OBrien"}, []string{"mary o’brien"}},
	{"code", KindAccessCode, "KR", []string{"1234"}, nil},
	{"code marked", KindAccessCode, "KR", []string{"#1234*"}, nil},
	{"code other", KindAccessCode, "KR", []string{"4321"}, nil},
	{"phone", KindPhone, "KR", []string{"+821023456789"}, nil},
}

func TestCanonical(t *testing.T) {
	forms := map[string]string{} // canonical form -> group
	for _, g := range canonicalGroups {
		t.Run(g.name, func(t *testing.T) {
			want := Canonical(g.kind, g.country, NormalizeText(g.values[0]))
			for _, v := range append(g.values[1:], g.folded...) {
				if got := Canonical(g.kind, g.country, NormalizeText(v)); got != want {
					t.Errorf("Canonical(%q) = %q, want %q (as %q)", v, got, want, g.values[0])
				}
			}
			if other, ok := forms[want]; ok {
				t.Errorf("%q and group %q share the canonical form %q", g.values[0], other, want)
			}
			forms[want] = g.name
		})
	}
}

// TestCanonicalOfDetected runs the address and name detectors over each
// spelling and checks that what they find has the group's canonical form:
// the spellings are detected whole, and folded as the scanner folds them.
func TestCanonicalOfDetected(t *testing.T) {
	cues := map[Kind]string{KindAddress: "address: ", KindName: "name: "}
	for _, g := range canonicalGroups {
		if cues[g.kind] == "" {
			continue
		}
		t.Run(g.name, func(t *testing.T) {
			var want string
			for i, v := range g.values {
				ms := detectKind(t, g.kind, "", cues[g.kind]+v)
				if len(ms) != 1 {
					t.Fatalf("%q: %d matches of %s, want 1: %+v", v, len(ms), g.kind, ms)
				}
				got := Canonical(g.kind, ms[0].Country, ms[0].Normalized)
				if i == 0 {
					want = got
				} else if got != want {
					t.Errorf("%q found as %q: canonical %q, want %q", v, ms[0].Normalized, got, want)
				}
			}
		})
	}
}

// TestCanonicalKeepsCanonical checks that Canonical of a canonical form is
// that form: folding twice changes nothing.
func TestCanonicalKeepsCanonical(t *testing.T) {
	for _, g := range canonicalGroups {
		for _, v := range append(g.values, g.folded...) {
			c := Canonical(g.kind, g.country, NormalizeText(v))
			if c2 := Canonical(g.kind, g.country, c); c2 != c {
				t.Errorf("%s %q: Canonical(%q) = %q", g.name, v, c, c2)
			}
		}
	}
}

func FuzzCanonical(f *testing.F) {
	for _, g := range canonicalGroups {
		for _, v := range append(g.values, g.folded...) {
			f.Add(string(g.kind), g.country, v)
		}
	}
	f.Fuzz(func(t *testing.T, kind, country, v string) {
		c := Canonical(Kind(kind), country, NormalizeText(v))
		if len(c) > 3*len(v)+8 {
			t.Fatalf("Canonical grew %q to %q", v, c)
		}
		if !utf8.ValidString(v) {
			return
		}
		if c2 := Canonical(Kind(kind), country, c); c2 != c {
			t.Fatalf("Canonical(%q) = %q, and of that %q", v, c, c2)
		}
		// The allocation-free checks never call a value canonical that the
		// slow path changes.
		n := NormalizeText(v)
		for _, fast := range []struct {
			name string
			ok   func(string) bool
			slow func(string) string
		}{{"KR", krIsCanonical, krAddress}, {"JP", jpIsCanonical, jpAddress}, {"TW", twIsCanonical, twAddress}} {
			if fast.ok(n) && fast.slow(n) != n {
				t.Fatalf("%sIsCanonical(%q), but the slow path gives %q", fast.name, n, fast.slow(n))
			}
		}
	})
}

// detectKind runs every detector over text, as the scanner does, and
// returns the matches of kind.
func detectKind(t *testing.T, kind Kind, field, text string) []Match {
	t.Helper()
	var ms []Match
	NewEngine(All()).Detect(field, -1, text, "", func(m Match) {
		if m.Kind == kind {
			ms = append(ms, m)
		}
	})
	return ms
}

// The usual spellings are their own canonical form, so that most findings
// need no canonical_hash (a null costs next to nothing in the dataset).
func TestCanonicalUsualSpellings(t *testing.T) {
	for _, c := range []struct {
		kind    Kind
		country string
		v       string
	}{
		{KindAddress, "KR", "서울특별시 강남구 테헤란로 123, 101동 1203호"},
		{KindAddress, "KR", "서울특별시 강남구 테헤란로 123, 래미안 101동 1203호"},
		{KindAddress, "KR", "부산광역시 해운대구 해운대로 12-3, 5층 502호"},
		{KindAddress, "KR", "서울특별시 강남구 테헤란로 123"},
		{KindAddress, "JP", "東京都港区六本木1-2-3 六本木ハイツ301号室"},
		{KindAddress, "JP", "東京都港区六本木1-2-3"},
		{KindAddress, "TW", "臺北市大安區忠孝東路四段100號5樓之2"},
		{KindAddress, "US", "123 Main St Apt 4B, Springfield, IL 62701"},
		{KindAddress, "US", "4521 Sunset Blvd, Los Angeles, CA 90028"},
		{KindAddress, "US", "12 5th Ave, New York, NY 10011"},
		{KindName, "US", "John Smith"},
		{KindName, "KR", "김민준"},
		{KindName, "JP", "佐藤健太"},
		{KindAccessCode, "KR", "1234"},
		{KindAccessCode, "KR", "#1234*"},
	} {
		if got := Canonical(c.kind, c.country, c.v); got != c.v {
			t.Errorf("Canonical(%s, %q) = %q, want it unchanged", c.kind, c.v, got)
		}
	}
}
