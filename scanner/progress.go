package scanner

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress draws a progress bar of bytes done against bytes listed so far
// (the total grows while the listing streams), with object counts.
type progress struct {
	stopOnce sync.Once
	quit     chan struct{}
	done     chan struct{}
}

func startProgress(w io.Writer, c *counters) *progress {
	p := &progress{quit: make(chan struct{}), done: make(chan struct{})}
	if w == nil {
		close(p.done)
		return p
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetDescription("listing"),
		progressbar.OptionClearOnFinish(),
	)
	update := func() {
		if c.listingFinished.Load() {
			bar.ChangeMax64(max(c.listedBytes.Load(), 1))
		}
		desc := fmt.Sprintf("objects %d/%d", c.done.Load(), c.listed.Load())
		if !c.listingFinished.Load() {
			desc += "+ (listing)"
		}
		if e := c.errs.Load(); e > 0 {
			desc += fmt.Sprintf(", %d failed", e)
		}
		bar.Describe(desc)
		_ = bar.Set64(c.doneBytes.Load())
	}
	go func() {
		defer close(p.done)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				update()
				_ = bar.Finish()
				return
			case <-t.C:
				update()
			}
		}
	}()
	return p
}

func (p *progress) stop() {
	p.stopOnce.Do(func() { close(p.quit) })
	<-p.done
}
