package detectors

import (
	"strings"
	"testing"
)

// freeNameCase is a text and the one name without a cue it holds.
type freeNameCase struct{ text, want string }

// runFreeNames checks that each text holds exactly its name, of subtype
// sub, at the confidence of a name without a cue (0.6).
func runFreeNames(t *testing.T, sub string, cases []freeNameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			ms := detectOne(NewName(), "", c.text, "")
			if len(ms) != 1 {
				t.Fatalf("%d matches in %q, want %q", len(ms), c.text, c.want)
			}
			m := ms[0]
			if got := c.text[m.Start:m.End]; got != c.want || m.Subtype != sub || m.Confidence != 0.6 {
				t.Errorf("matched %q (%s, %.2f), want %q (%s, 0.60)", got, m.Subtype, m.Confidence, c.want, sub)
			}
		})
	}
}

// runNoNames checks that no text holds a name.
func runNoNames(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			for _, m := range detectOne(NewName(), "", text, "") {
				t.Errorf("unexpected %s %q (%.2f)", m.Subtype, text[m.Start:m.End], m.Confidence)
			}
		})
	}
}

func TestKRFreeNamePositive(t *testing.T) {
	runFreeNames(t, "kr_name", []freeNameCase{
		{"김민수가 주문을 취소했어요", "김민수"},
		{"배송기사가 최수진에게 전달함", "최수진"},
		{"박지훈이 어제 전화했음", "박지훈"},
		{"최서연은 환불을 원함", "최서연"},
		{"정우진을 수령인으로 변경", "정우진"},
		{"택배는 윤하은한테 맡겼어요", "윤하은"},
		{"조민준과 통화 완료", "조민준"},
		{"강지민의 주문 건 확인 바람", "강지민"},
		{"한동훈이가 물건 받았대요", "한동훈"},
		{"(서준호는 부재중)", "서준호"},
		{"장미숙께서 직접 수령하셨습니다", "장미숙"},
		{"memo: 신예린도 같은 주소로 주문", "신예린"},
		// A name ending like a noun's suffix, with a particle of persons.
		{"이준기에게 전달 부탁", "이준기"},
		{"김지성이가 받았어요", "김지성"},
	})
	t.Run("two names", func(t *testing.T) {
		text := "오늘 김민수랑 이영희가 왔다"
		var got []string
		for _, m := range detectOne(NewName(), "", text, "") {
			got = append(got, text[m.Start:m.End])
		}
		if strings.Join(got, ",") != "김민수,이영희" {
			t.Errorf("got %q, want 김민수 and 이영희", got)
		}
	})
	t.Run("every offset", func(t *testing.T) {
		// The word starts are found eight bytes at a time, then in the
		// tail: the name at each offset, and against the text's end.
		for k := range 20 {
			for _, tail := range []string{" 왔다", ""} {
				text := strings.Repeat("x", k) + " 김민수가" + tail
				ms := detectOne(NewName(), "", text, "")
				if len(ms) != 1 || ms[0].Start != k+1 {
					t.Errorf("%q: %v, want 김민수 at %d", text, ms, k+1)
				}
			}
		}
	})
	t.Run("free stop words bind only the free rule", func(t *testing.T) {
		// 정수 (정수형) and 손수 (손수건) start names too: after a cue they
		// keep the cue's confidence.
		for _, text := range []string{"고객: 정수연입니다.", "받는 분 손수빈님"} {
			ms := detectOne(NewName(), "", text, "")
			if len(ms) != 1 || ms[0].Confidence < 0.9 {
				t.Errorf("%q: %v, want one name at 0.9 or more", text, ms)
			}
		}
	})
	t.Run("a cue's name once", func(t *testing.T) {
		text := "고객 김민수가 전화함"
		ms := detectOne(NewName(), "", text, "")
		if len(ms) != 1 || ms[0].Confidence == 0.6 {
			t.Errorf("got %d matches (%v), want the cue's one", len(ms), ms)
		}
	})
}

func TestKRFreeNameNegative(t *testing.T) {
	runNoNames(t, []string{
		// Words of a name's shape: stop words, agreement, suffixes.
		"이상은 없습니다",
		"정보를 수정했습니다",
		"사용자가 많아요",
		"이용자에게 안내",
		"정수기를 교체해 주세요",
		"성수기는 배송이 늦어요",
		"조수석에 두고 내렸어요",
		"조수석이 좁아요",
		"임원진이 참석하는 회의",
		"손수건을 선물로 샀어요",
		"민주주의 공화국",
		"구현상의 제한",
		"정수형 변수",
		"고유성이 보장됩니다",
		"로그 안남기는 릴레이션",
		"차지하는 비중이 큽니다",
		"정하다가 말았어요",
		"이정도는 괜찮아요",
		"이경우에는 환불 불가",
		"유명인에게 협찬",
		// 가 after a final consonant, 이 after a vowel: no name.
		"박지훈가 왔다",
		"김민수이 왔다",
		// Inside a word or an identifier; a rare surname; no particle.
		"user_김민수가",
		"운영자가 확인",
		"김민수 전화함",
		"김민수가요",
	})
}

func TestHangulWordBits(t *testing.T) {
	for _, s := range []string{
		"abc 김민수가 \xea\x80 xyz 日本 \xed\x9e\xa3 \xee\x80\x80 é 한",
		"한국어 문장입니다, (김민수가) \"이영희\"\n최수진",
		"김민수가 주문함", "0123456김민수가",
	} {
		for i := 0; i+8 <= len(s); i++ {
			var prev uint64 // as krFree passes it: the byte before, 0 at the start
			if i > 0 {
				prev = uint64(s[i-1])
			}
			var want uint64
			for k := i; k < i+8; k++ {
				if s[k] >= 0xEA && s[k] <= 0xED && (k == 0 || s[k-1] < 0x80) {
					want |= 0x80 << (8 * (k - i))
				}
			}
			if got := hangulWordBits(load8(s, i), prev); got != want {
				t.Errorf("hangulWordBits(%q at %d) = %#x, want %#x", s, i, got, want)
			}
		}
	}
}
