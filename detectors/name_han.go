package detectors

import (
	"strings"
	"unicode/utf8"
)

// jpSurnamePrefix returns the byte length of the longest Japanese surname
// (up to four characters) at the start of run, or 0.
func (d *Name) jpSurnamePrefix(run string) int {
	var ends [4]int
	k := 0
	for i, r := range run {
		if k == len(ends) {
			break
		}
		ends[k] = i + utf8.RuneLen(r)
		k++
	}
	for j := k - 1; j >= 0; j-- {
		if d.t.jpSurname.has(run[:ends[j]]) {
			return ends[j]
		}
	}
	return 0
}

// zhSurnamePrefix returns the byte length of the Chinese surname at the
// start of run (a compound surname first), or 0.
func (d *Name) zhSurnamePrefix(run string) int {
	_, n1 := runeAt(run, 0)
	if n1 == 0 {
		return 0
	}
	if _, n2 := runeAt(run, n1); n2 > 0 && d.t.zhSurname.has(run[:n1+n2]) {
		return n1 + n2
	}
	if d.t.zhSurname.has(run[:n1]) {
		return n1
	}
	return 0
}

// kanaNear reports whether kana occur within a few characters of [p, q):
// the text around a Han name is then Japanese.
func kanaNear(s string, p, q int) bool {
	lo, hi := max(p-24, 0), min(q+24, len(s))
	for i := lo; i < hi; {
		r, n := runeAt(s, i)
		if n == 0 {
			break
		}
		if isKana(r) && r != '・' {
			return true
		}
		i += n
	}
	return false
}

// placeEnd are characters that end place names, shops and offices, never
// a person's given name (東京都, 中山路, 林口區).
var placeEnd = runeBitsOf("都府県市区町村郡縣區鄉鎮路街道號号樓楼段巷弄丁目番室階店社館院校局所部課省國国县镇乡站線线港島辺駅前側内外口付近頃後邊旁")

// placeLike reports whether v ends with a place or organisation character.
func placeLike(v string) bool {
	r, _ := runeBefore(v, len(v))
	return placeEnd.has(r)
}

// hanForward reads a Japanese or Chinese name in Han characters starting at p.
func (d *Name) hanForward(s string, p int, lang nameLang, field bool) (nameCand, bool) {
	e := hanRunEnd(s, p)
	// An honorific written in kanji ends the name: 鈴木一郎様, 陳志明先生.
	for i := p; i < e; {
		r, n := runeAt(s, i)
		if i > p && (r == '様' || r == '殿' || r == '宛' || strings.HasPrefix(s[i:], "先生") ||
			strings.HasPrefix(s[i:], "小姐") || strings.HasPrefix(s[i:], "女士")) {
			e = i
			break
		}
		i += n
	}
	run := s[p:e]
	if runeCount(run) > 8 {
		return nameCand{}, false
	}
	jp := lang == langJP
	if lang == langAny {
		sl := d.jpSurnamePrefix(run)
		// A one-kanji surname both languages have (林, 森) is Japanese
		// before a Japanese given name of two kanji or more (林大輔; not
		// 林明, which Chinese has too).
		jp = sl > 0 && (runeCount(run[:sl]) >= 2 || kanaNear(s, p, e) ||
			(sl < len(run) && runeCount(run[sl:]) >= 2 && d.t.jpGiven.has(run[sl:])))
		if sl == len(run) && e < len(s) {
			// 森 久美子, 林 直樹: a spaced name is written the Japanese way.
			if r, n := runeAt(s, e); r == ' ' || r == 0x3000 {
				r2, _ := runeAt(s, e+n)
				jp = jp || isHan(r2)
			}
		}
	}
	if jp {
		if c, ok := d.jpForward(s, p, e, field); ok || lang == langJP {
			return c, ok
		}
	}
	if c, ok := d.zhForward(s, p, e, field); ok || lang == langZH || jp {
		return c, ok
	}
	// 森誠: a one-character Japanese surname that is no Chinese one.
	return d.jpForward(s, p, e, field)
}

// zhRoleEnds end the titles and roles a greeting (您好) follows: 先生,
// 小姐, 女士, 太太, 老師, 經理, 主任, 店長, 會員, 管理員, 顧客, 買家, 用戶,
// 使用者, 朋友們.
var zhRoleEnds = runeBitsOf("生姐士太師师理任長长員员客家戶户者們们闆板")

// kanaGivenOK reports whether the kana k may be a given name: one script
// (ひろこ, ヒロコ, not さがゼロ), no particle at its end or を in it, and
// not the end of a verb or adjective (すぎます, ません, ない).
func kanaGivenOK(k string) bool {
	hira, kata := false, false
	for _, r := range k {
		switch {
		case r == 'を':
			return false
		case isHiragana(r):
			hira = true
		case isKatakana(r):
			kata = true
		}
	}
	if hira && kata {
		return false
	}
	return !hasAnySuffix(k, kanaNotGivenEnds)
}

// kanaNotGivenEnds end verbs, adjectives and particles, not given names.
var kanaNotGivenEnds = []string{"ます", "ません", "ました", "です", "でした", "ない", "なかった", "すぎ", "すぎる", "よう", "が", "は", "に", "で", "を"}

// jpParticles are kana that follow a surname without being a given name.
var jpParticles = []string{
	"さん", "さま", "くん", "ちゃん", "の", "は", "が", "に", "を", "へ", "と", "で", "も", "や",
	"から", "より", "です", "ます", "様", "殿", "宛",
}

// isJPParticle reports whether w is one of jpParticles.
func isJPParticle(w string) bool {
	for _, p := range jpParticles {
		if w == p {
			return true
		}
	}
	return false
}

// jpForward reads a Japanese name whose surname starts the Han run [p, e).
func (d *Name) jpForward(s string, p, e int, field bool) (nameCand, bool) {
	run := s[p:e]
	sl := d.jpSurnamePrefix(run)
	if sl == 0 || d.t.cjkStop.has(run) || placeLike(run[sl:]) {
		return nameCand{}, false
	}
	if sl < len(run) {
		given := run[sl:]
		g := runeCount(given)
		if g > 3 {
			return nameCand{}, false
		}
		c := 0.8
		if d.t.jpGiven.has(given) {
			c = 0.9
		} else if !field && runeCount(run[:sl]) == 1 {
			// 関数, 原因不明, 長度缺少: a one-kanji surname and a given
			// name the tables do not know are a word after a cue that is
			// not a column.
			return nameCand{}, false
		}
		return nameCand{start: p, end: e, lang: langJP, surname: sl, conf: c}, true
	}
	// The run is the surname: the given name follows after a space, or in kana.
	q := e
	if r, n := runeAt(s, q); r == ' ' || r == 0x3000 {
		q += n
	}
	r, _ := runeAt(s, q)
	switch {
	case isHan(r):
		e2 := hanRunEnd(s, q)
		if g := runeCount(s[q:e2]); g >= 1 && g <= 3 && !d.t.cjkStop.has(s[q:e2]) && !placeLike(s[q:e2]) {
			c := 0.8
			if d.t.jpGiven.has(s[q:e2]) {
				c = 0.9
			}
			return nameCand{start: p, end: e2, lang: langJP, surname: sl, conf: c}, true
		}
	case isKana(r):
		e2 := runEnd(s, q, isKana)
		// A particle attaches to the surname (山田はいません); after a
		// space the kana are the given name (山田 はなこ, 山田 ともや).
		if g := runeCount(s[q:e2]); g >= 2 && g <= 5 && (q > e || !hasAnyPrefix(s[q:e2], jpParticles)) && kanaGivenOK(s[q:e2]) {
			return nameCand{start: p, end: e2, lang: langJP, surname: sl, conf: 0.75}, true
		}
	}
	if field {
		return nameCand{start: p, end: e, lang: langJP, surname: sl, conf: 0.6}, true
	}
	return nameCand{}, false
}

// zhBoundary are words that may directly follow a Chinese name.
var zhBoundary = []string{
	"先生", "小姐", "女士", "您好", "你好", "的", "電話", "电话", "手機", "手机", "地址", "收", "寄", "於", "于",
	"在", "和", "與", "与", "同學", "同学", "老師", "老师", "君", "是", "已", "將", "将", "今", "表示",
	"為", "为", "就", "說", "说", "來", "来", "會", "会", "也", "要", "請", "请", "嗎", "吗", "呢", "了",
	"還", "还", "都", "跟", "給", "给", "幫", "帮", "收", "代", "轉", "转", "先", "小", "女",
}

// zhForward reads a Chinese name (surname + one or two characters) at the
// start of the Han run [p, e).
func (d *Name) zhForward(s string, p, e int, field bool) (nameCand, bool) {
	run := s[p:e]
	sl := d.zhSurnamePrefix(run)
	if sl == 0 {
		return nameCand{}, false
	}
	g := runeCount(run[sl:])
	end := e
	switch {
	case g == 0:
		return nameCand{}, false
	case g > 2:
		// The run goes on past the name: accept only before a known boundary.
		end = 0
		for _, k := range [2]int{2, 1} {
			q := sl
			for i := 0; i < k; i++ {
				_, n := runeAt(run, q)
				q += n
			}
			if hasAnyPrefix(run[q:], zhBoundary) {
				end = p + q
				break
			}
		}
		if end == 0 {
			return nameCand{}, false
		}
	}
	v := s[p:end]
	if d.t.cjkStop.has(v) || placeLike(v[sl:]) {
		return nameCand{}, false
	}
	c := 0.85
	if runeCount(v[sl:]) == 1 {
		c = 0.75
	}
	if field {
		c += 0.05
	}
	return nameCand{start: p, end: end, lang: langZH, surname: sl, conf: c}, true
}

// kanaForward reads a name written in kana (ヤマダ ハナコ), accepted after a
// Japanese cue or in a name column.
func (d *Name) kanaForward(s string, p int, field bool) (nameCand, bool) {
	e1 := runEnd(s, p, isKana)
	n1 := runeCount(s[p:e1])
	if n1 < 2 || n1 > 8 {
		return nameCand{}, false
	}
	// A word that starts with a particle (を, の, や) is mostly grammar
	// after the cue (お名前をご記入), but a surname and given name that
	// stand alone on their line are a name (ふりがな：やまだ たろう).
	particle := !field && hasAnyPrefix(s[p:e1], jpParticles)
	q := e1
	if r, n := runeAt(s, q); r == ' ' || r == 0x3000 {
		q += n
	}
	e2 := runEnd(s, q, isKana)
	for _, t := range kanaTails {
		if e2-len(t) > q && strings.HasSuffix(s[q:e2], t) {
			e2 -= len(t) // たろうです, たろうさん
			break
		}
	}
	if n2 := runeCount(s[q:e2]); q > e1 && n2 >= 1 && n2 <= 8 && (!particle || kanaNameEnds(s, e2)) {
		return nameCand{start: p, end: e2, lang: langJP, surname: e1 - p, conf: 0.75}, true
	}
	if particle {
		return nameCand{}, false
	}
	if field {
		return nameCand{start: p, end: e1, lang: langJP, conf: 0.6}, true
	}
	return nameCand{}, false
}

// kanaTails are the words written in kana after a name (たろうです,
// はなこさん, たろうといいます), which its kana run would take in; only words of
// two kana or more, since a given name may end in a particle's kana (まこと).
var kanaTails = []string{"でございます", "といいます", "でした", "です", "さん", "さま", "くん", "ちゃん", "から", "より", "まで"}

// kanaNameEnds reports whether a kana name may end at i: the text, its
// line or its clause ends there, or an honorific or a bracket follows.
func kanaNameEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := runeAt(s, i)
	switch r {
	case '\n', '\r', '、', '。', ',', '，', '（', '(', '/', '／', '様', '殿':
		return true
	}
	for _, t := range kanaTails {
		if strings.HasPrefix(s[i:], t) {
			return true
		}
	}
	return false
}

// jpzhWhole checks a whole cell of Han and kana as a name.
func (d *Name) jpzhWhole(s string, start, end int, han, kana int) (nameCand, bool) {
	var c nameCand
	var ok bool
	if r, _ := runeAt(s, start); isKana(r) {
		c, ok = d.kanaForward(s, start, true)
	} else {
		lang := langAny
		if kana > 0 {
			lang = langJP
		}
		c, ok = d.hanForward(s, start, lang, true)
	}
	if !ok || c.end != end {
		return nameCand{}, false
	}
	c.conf = min(c.conf+0.05, 0.95)
	return c, true
}

// hanBackward reads the Japanese or Chinese name that ends before the
// honorific of hit h (佐藤太郎様, 田中さん, 陳志明先生).
func (d *Name) hanBackward(s string, h Hit, cue nameCue) (nameCand, bool) {
	if cue.word == "氏" {
		if r, _ := runeAt(s, h.End); r == '名' {
			return nameCand{}, false
		}
	}
	q := h.Start
	if r, n := runeBefore(s, q); r == ' ' || r == 0x3000 {
		q -= n
	}
	r, _ := runeBefore(s, q)
	if isKana(r) && cue.lang == langJP {
		// 山田はなこ様, 山田 ハナコ様: a kana given name after a kanji surname.
		ks := runStart(s, q, isKana)
		if g := runeCount(s[ks:q]); g < 2 || g > 6 || !kanaGivenOK(s[ks:q]) {
			return nameCand{}, false
		}
		hq := ks
		sp, n := runeBefore(s, hq)
		if sp == ' ' || sp == 0x3000 {
			hq -= n
		}
		hs := hanRunStart(s, hq)
		if hs < hq && d.jpSurnamePrefix(s[hs:hq]) == hq-hs {
			return nameCand{start: hs, end: q, lang: langJP, surname: hq - hs, conf: 0.75}, true
		}
		// かねこ ゆういち様: a name written wholly in kana, surname and given
		// name apart, before 様 or さま.
		if (sp == ' ' || sp == 0x3000) && hs == hq && (cue.word == "様" || cue.word == "さま") {
			ss := runStart(s, hq, isKana)
			if g := runeCount(s[ss:hq]); g >= 2 && g <= 6 && !isJPParticle(s[ss:hq]) {
				if r, _ := runeBefore(s, ss); !isKana(r) && !isHan(r) {
					return nameCand{start: ss, end: q, lang: langJP, surname: hq - ss, conf: 0.7}, true
				}
			}
		}
		return nameCand{}, false
	}
	if !isHan(r) {
		return nameCand{}, false
	}
	st := hanRunStart(s, q)
	for runeCount(s[st:q]) > 6 {
		_, n := runeAt(s, st)
		st += n
	}
	run := s[st:q]
	jp := cue.lang == langJP
	if !jp {
		sl := d.jpSurnamePrefix(run)
		jp = sl > 0 && runeCount(run[:sl]) >= 2 && kanaNear(s, st, h.End)
	}
	if last, _ := runeBefore(run, len(run)); cue.word == "您好" && zhRoleEnds.has(last) {
		// 陳小姐您好, 管理員您好, 親愛的會員您好: a title or a role
		// greets, not a name.
		return nameCand{}, false
	}
	if jp {
		c, ok := d.jpBackward(s, st, q)
		if v := s[c.start:c.end]; ok && cue.word == "です" && c.surname < len(v) && !strings.ContainsAny(v, " \u3000") &&
			!d.t.jpGiven.has(v[c.surname:]) {
			// 関数です, 原因です, 所有者です: です follows any noun, so
			// the kanji before it are a name when they are a surname
			// alone (山田です), apart from the given name (渡邊 彩です)
			// or the tables know the given name.
			return nameCand{}, false
		}
		return c, ok
	}
	return d.zhBackward(s, st, q)
}

// jpBackward reads a Japanese name that ends at q, inside the Han run [st, q).
func (d *Name) jpBackward(s string, st, q int) (nameCand, bool) {
	run := s[st:q]
	if d.t.cjkStop.has(run) {
		return nameCand{}, false
	}
	// 山田 太郎様: a given name after a spaced surname.
	if g := runeCount(run); g <= 3 && d.jpSurnamePrefix(run) == 0 {
		if r, n := runeBefore(s, st); r == ' ' || r == 0x3000 {
			hq := st - n
			hs := hanRunStart(s, hq)
			if hs < hq && d.jpSurnamePrefix(s[hs:hq]) == hq-hs {
				return nameCand{start: hs, end: q, lang: langJP, surname: hq - hs, conf: 0.85}, true
			}
		}
	}
	for i := st; i < q; {
		sub := s[i:q]
		sl := d.jpSurnamePrefix(sub)
		if sl > 0 && (i == st || runeCount(sub[:sl]) >= 2) {
			g := runeCount(sub[sl:])
			if g <= 3 && !d.t.cjkStop.has(sub) && !placeLike(sub[sl:]) {
				c := 0.85
				switch {
				case g == 0:
					c = 0.6
				case d.t.jpGiven.has(sub[sl:]):
					c = 0.9
				}
				if i > st {
					c -= 0.15
				}
				return nameCand{start: i, end: q, lang: langJP, surname: sl, conf: c}, true
			}
		}
		_, n := runeAt(s, i)
		i += n
	}
	return nameCand{}, false
}

// zhBackward reads a Chinese name that ends at q, inside the Han run [st, q).
func (d *Name) zhBackward(s string, st, q int) (nameCand, bool) {
	// Try the whole run first, then its last 3, 2 and 4 characters.
	total := runeCount(s[st:q])
	for _, k := range [5]int{total, 3, 2, 4, 0} {
		if k < 2 || k > 4 || k > total {
			continue
		}
		i := st
		for j := 0; j < total-k; j++ {
			_, n := runeAt(s, i)
			i += n
		}
		v := s[i:q]
		sl := d.zhSurnamePrefix(v)
		if sl == 0 || sl == len(v) || runeCount(v[sl:]) > 2 || d.t.cjkStop.has(v) || placeLike(v[sl:]) {
			continue
		}
		c := 0.85
		if i > st {
			c = 0.7
		}
		return nameCand{start: i, end: q, lang: langZH, surname: sl, conf: c}, true
	}
	return nameCand{}, false
}
