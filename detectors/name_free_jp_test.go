package detectors

import (
	"strings"
	"testing"
)

func TestJPFreeNamePositive(t *testing.T) {
	runFreeNames(t, "jp_name", []freeNameCase{
		{"山田花子が来店しました", "山田花子"},
		{"佐藤健一に渡しました", "佐藤健一"},
		{"昨日は田中太郎から電話があった", "田中太郎"},
		{"高橋大輔の注文を確認", "高橋大輔"},
		{"鈴木一郎と話しました", "鈴木一郎"},
		{"メモ：中村翔太は不在でした", "中村翔太"},
	})
	t.Run("every offset", func(t *testing.T) {
		for k := range 12 {
			text := strings.Repeat("x", k) + "山田花子が"
			if ms := detectOne(NewName(), "", text, ""); len(ms) != 1 || ms[0].Start != k {
				t.Errorf("%q: %v, want 山田花子 at %d", text, ms, k)
			}
		}
	})
}

func TestJPFreeNameNegative(t *testing.T) {
	runNoNames(t, []string{
		// Compound words: the run does not split into two table entries.
		"石川県金沢市の住所", "中央大学が主催", "本田技研工業が発表", "三井住友銀行の口座",
		"山田電機で購入", "大和運輸が配達", "田中商店が閉店",
		// A one-character given name or surname (also words); no particle.
		"吉田茂が首相", "林太郎が来た", "山田花子来店",
		// Inside a longer run of kanji.
		"本日山田花子が来店",
	})
}
