package corpus

import "fmt"

// freeText adds the free-text files: chats, memos, reviews, notices,
// inquiries, e-mails and a log.
func (c *Corpus) freeText() {
	c.sessions("cs_chat_ko.txt", "KR", koChats, 60, func(i int, g *gen) string {
		g.startClock("KR", "")
		return fmt.Sprintf("=== 상담 #%d (%s) ===\n", 1000+i, g.clock.Format("2006.01.02"))
	}, "\n\n")
	c.lines("delivery_memos_ko.txt", "KR", koMemos, 150)
	c.lines("reviews_ko.txt", "KR", koReviews, 120)
	c.lines("notices_ko.txt", "KR", koNotices, 45)
	c.sessions("inquiries_ja.txt", "JP", jaInquiries, 55, func(_ int, g *gen) string {
		g.startClock("JP", "2006年01月02日 15:04")
		return ""
	}, "\n\n――――――――――\n\n")
	c.sessions("chat_zh_tw.txt", "TW", twChats, 60, func(i int, g *gen) string {
		g.startClock("TW", "15:04")
		return fmt.Sprintf("--- 對話 %d（%s）---\n", 500+i, g.clock.Format("2006/01/02"))
	}, "\n\n")
	c.sessions("emails_en.txt", "US", enEmails, 60, func(i int, g *gen) string {
		g.startClock("US", "Mon, 02 Jan 2006 15:04:05 -0700")
		return fmt.Sprintf("Message-ID: <%d.%s@mail.example.com>\nDate: %s\n", 7000+i, g.negative(negHex, "US")[:12], g.clock.Format("Mon, 02 Jan 2006 15:04:05 -0700"))
	}, "\n\n==========\n\n")
	c.log("app.log", logLines, 180)
	c.faq("faq_multilang.txt", 90)
}

// sessions writes n templates (each picked at random, all of them used at
// least once) with a header before each and sep between them.
func (c *Corpus) sessions(name, country string, tmpls []string, n int, header func(int, *gen) string, sep string) {
	g := c.gen(name)
	t := new(text)
	for i := range n {
		if i > 0 {
			t.lit(sep)
		}
		t.lit(header(i, g))
		tm := tmpls[i%len(tmpls)]
		if i >= len(tmpls) {
			tm = pick(g.r, tmpls)
		}
		g.fill(t, tm, country)
	}
	t.lit("\n")
	c.addText(name, t)
}

// lines writes n lines, each from a template.
func (c *Corpus) lines(name, country string, tmpls []string, n int) {
	c.sessions(name, country, tmpls, n, func(int, *gen) string { return "" }, "\n")
}

// log writes n log lines with timestamps moving forward.
func (c *Corpus) log(name string, tmpls []string, n int) {
	first := true
	c.sessions(name, "KR", tmpls, n, func(_ int, g *gen) string {
		if first {
			g.startClock("KR", "2006-01-02T15:04:05.000Z07:00")
			first = false
		}
		return ""
	}, "\n")
}
