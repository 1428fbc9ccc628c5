package detectors

import "testing"

func TestMaskDigits(t *testing.T) {
	for _, tc := range []struct {
		in         string
		head, tail int
		want       string
	}{
		{"010-1234-5678", 3, 4, "010-****-5678"},
		{"+81-90-1234-5678", 4, 4, "+81-90-****-5678"},
		{"01012345678", 3, 4, "010****5678"},
		{"02-123-4567", 2, 4, "02-***-4567"},
		{"0912-345-678", 4, 4, "091*-**5-678"},
		{"(415) 555-2671", 3, 4, "(415) ***-2671"},
		{"０９０－１２３４－５６７８", 3, 4, "０９０－****－５６７８"},
		{"#1234*", 0, 0, "#*****"},
		{"1234", 0, 4, "**34"},
		{"", 3, 4, ""},
		{"abc", 1, 1, "abc"},
		{"12", 5, 5, "*2"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := MaskDigits(tc.in, tc.head, tc.tail); got != tc.want {
				t.Errorf("MaskDigits(%q, %d, %d) = %q, want %q", tc.in, tc.head, tc.tail, got, tc.want)
			}
		})
	}
}

func TestMaskAllDigits(t *testing.T) {
	for in, want := range map[string]string{"#1234": "#****", "1234#": "****#", "종1234": "종****", "１２３": "***"} {
		if got := MaskAllDigits(in); got != want {
			t.Errorf("MaskAllDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMaskRunes(t *testing.T) {
	for _, tc := range []struct {
		in         string
		head, tail int
		want       string
	}{
		{"김민준", 1, 1, "김*준"},
		{"김준", 1, 1, "김*"},
		{"서울특별시 강남구 테헤란로 123", 8, 0, "서울특별시 강남구 **** ***"},
		{"John Smith", 1, 0, "J*** *****"},
	} {
		if got := MaskRunes(tc.in, tc.head, tc.tail); got != tc.want {
			t.Errorf("MaskRunes(%q, %d, %d) = %q, want %q", tc.in, tc.head, tc.tail, got, tc.want)
		}
	}
}
