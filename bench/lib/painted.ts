// The page's own clock for the browser figures: from the navigation's start (performance.timeOrigin) to
// the first frame drawn after an awaited element is displayed. Timed from the bench process instead, a
// figure also holds the new tab and Playwright's polling, which the harness floor shows is most of it.
import type { BrowserContext, Page } from '@playwright/test';

export type PaintWatch = { selector: string; text: string };

type Watched = Window & { __benchPainted?: number; __benchClickAt?: number };

/**
 * Every page of `context` watches for an element matching `selector` whose text matches `text` (a
 * regular expression's source) and is displayed; the frame after it is drawn is kept as `__benchPainted`.
 * The time of the last click is kept too, for a click-to-paint figure within one page.
 */
export async function watchPaint(context: BrowserContext, watch: PaintWatch): Promise<void> {
  // Plain JavaScript, not a serialised function: tsx's name helpers (__name) do not exist in the page.
  await context.addInitScript({
    content: `(() => {
      const watch = ${JSON.stringify(watch)};
      const pattern = new RegExp(watch.text);
      addEventListener('click', (e) => (window.__benchClickAt = e.timeStamp), true);
      let armed = false;
      const shown = () => [...document.querySelectorAll(watch.selector)].some((el) => pattern.test(el.textContent || '') && el.checkVisibility());
      new MutationObserver(() => {
        if (armed || !shown()) return;
        armed = true;
        // The rAF callback runs before the frame is drawn; the task after it runs once it has been.
        requestAnimationFrame(() => setTimeout(() => (window.__benchPainted = performance.now()), 0));
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'class'] });
    })();`,
  });
}

/** Waits for the watched element's frame and returns its time on the page's clock (ms since the navigation started). */
export async function paintedAt(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as Watched).__benchPainted, undefined, { timeout });
  return Number(await handle.jsonValue());
}

/** For a click within the page: from the click's event time to the watched element's frame. */
export async function paintedAfterClick(page: Page, timeout = 60_000): Promise<number> {
  const at = await paintedAt(page, timeout);
  const click = await page.evaluate(() => (window as Watched).__benchClickAt);
  if (click === undefined) throw new Error('no click was seen on the page');
  return at - click;
}
