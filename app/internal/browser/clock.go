package browser

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// SetDate makes every page the tab opens from now on see the device's clock
// at day (the clock keeps running from there): Date.now() and new Date() are
// shifted before any script runs. The wasm reads its time through them, so
// the app's "today" (its default year, the SKP deadline) is day. Suites
// written for a given year run with that year's date, on any real date.
func SetDate(ctx context.Context, day time.Time) error {
	js := fmt.Sprintf(`(() => {
  const RealDate = Date, realNow = RealDate.now.bind(RealDate);
  const offset = %d - realNow();
  class ShiftedDate extends RealDate {
    constructor(...a) { if (a.length === 0) { super(realNow() + offset); } else { super(...a); } }
    static now() { return realNow() + offset; }
  }
  globalThis.Date = ShiftedDate;
})();`, day.UnixMilli())
	return chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(js).Do(ctx)
		return err
	}))
}
