/**
 * Phones and tablets: Chromium with mobile emulation (touch, coarse pointer) at 390×844 and
 * 820×1180 in both languages, and 844×390 in English. One page per language, resized, walked
 * through RFM, Pyramid, Quadrants and Movement: every handle's grab zone is at least 44 CSS px
 * across, a vertical finger drag on a pyramid boundary moves the boundary and not the page, a
 * swipe over a chart away from its handles still scrolls the page, the drag's class-count
 * change is announced, and chart text is at least 11 px with no label over another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';
import { chartTextProblems } from './chartText';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const NAMES = {
  en: { sample: /^Load Retail transactions$/, rfm: /^RFM$/, pyramid: /^Pyramid$/, quadrants: /^Quadrants$/, movement: /^Movement$/, model: /^Model check$/, holdOut: 'Hold out the last 26 weeks' },
  zh: { sample: /^加载零售交易明细$/, rfm: /^RFM$/, pyramid: /金字塔/, quadrants: /四象限/, movement: /客户迁移/, model: /^模型检验$/, holdOut: '留出最后 26 周' },
};

/**
 * For every visible slider handle: is there a place along its line where points 21 px to
 * either side (a 42 px + line band, i.e. a 44 px finger) all land on this handle, or on one
 * that coincides with it (a group picks between those by drag direction)? Returns the
 * labels of handles for which there is none.
 */
async function handlesTooThin(page: Page, scope: string): Promise<string[]> {
  const labels = await page.locator(`${scope} [role="slider"]`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const thin: string[] = [];
  for (const [index, label] of labels.entries()) {
    const handle = page.locator(`${scope} [role="slider"]`).nth(index);
    await handle.scrollIntoViewIfNeeded();
    const ok = await handle.evaluate((el) => {
      const rule = el.querySelector('.rule')!.getBoundingClientRect();
      const vertical = rule.height > rule.width; // a vertical line is moved sideways
      const cx = rule.left + rule.width / 2;
      const cy = rule.top + rule.height / 2;
      const others = [...document.querySelectorAll('[role="slider"]')].filter((o) => o !== el);
      const near = (o: Element) => {
        const r = o.querySelector('.rule')?.getBoundingClientRect();
        if (!r) return false;
        return vertical ? Math.abs(r.left + r.width / 2 - cx) < 44 && r.height > r.width : Math.abs(r.top + r.height / 2 - cy) < 44 && r.width > r.height;
      };
      const accepted = new Set([el, ...others.filter(near)]);
      return [0.2, 0.35, 0.5, 0.65, 0.8].some((f) =>
        [-21, -10, 0, 10, 21].every((d) => {
          const x = vertical ? cx + d : rule.left + f * rule.width;
          const y = vertical ? rule.top + f * rule.height : cy + d;
          const hit = document.elementFromPoint(x, y)?.closest('[role="slider"]');
          return hit !== null && hit !== undefined && accepted.has(hit);
        }),
      );
    });
    if (!ok) thin.push(label);
  }
  return thin;
}

/** A finger drag from a point in layout-viewport coordinates (getBoundingClientRect's). */
async function touchDrag(page: Page, cdp: CDPSession, at: { x: number; y: number }, dx: number, dy: number) {
  // Touches are placed in the visual viewport, which a pinch or an overflowing page can shift.
  const offset = await page.evaluate(() => ({ x: window.visualViewport?.offsetLeft ?? 0, y: window.visualViewport?.offsetTop ?? 0 }));
  const from = { x: at.x - offset.x, y: at.y - offset.y };
  const point = (f: number) => [{ x: from.x + dx * f, y: from.y + dy * f, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i / 6) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

// Each language's page opens at the size where the swipe is checked (after a resize Chromium's
// emulated touch no longer scrolls the page), so the swipe runs at the phone size in English
// and at the tablet size in Chinese. English also turns the phone to landscape, where the
// quadrant chart's plot must fit the 390 px high screen.
interface Size {
  width: number;
  height: number;
  swipe?: boolean;
  landscape?: boolean;
}
const SIZES: Record<'en' | 'zh', Size[]> = {
  en: [
    { width: 390, height: 844, swipe: true },
    { width: 820, height: 1180 },
    { width: 844, height: 390, landscape: true },
  ],
  zh: [
    { width: 820, height: 1180, swipe: true },
    { width: 390, height: 844 },
  ],
};

/** Where the page is scrolled to (the visual viewport's top: what the finger moved). */
const pageTop = (page: Page) => page.evaluate(() => window.visualViewport?.pageTop ?? window.scrollY);

// One page per language, resized between the two sizes: page loads are the slow part.
describe.each(['en', 'zh'] as const)('touch (%s)', (lang) => {
  it('handles are finger-sized, a boundary drag keeps the page still, swipes elsewhere scroll', async () => {
    const sizes = SIZES[lang];
    const context = await site.browser.newContext({ viewport: sizes[0], hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const { page, errors } = await visit(site, `?lang=${lang}`, { context });
    const names = NAMES[lang];
    await loadSampleByTitle(page, names.sample);
    const cdp = await context.newCDPSession(page);

    for (const size of sizes) {
      if (size !== sizes[0]) await page.setViewportSize({ width: size.width, height: size.height });
      const at = `${size.width}×${size.height}`;

      await openView(page, names.rfm);
      await page.getByTestId('histogram-monetary').waitFor();
      expect(await handlesTooThin(page, '[data-testid^="histogram-"]'), at).toEqual([]);
      // Charts are laid out for the screen (issue 12 §5): text at least 11 px, no label over another.
      expect(await chartTextProblems(page), at).toEqual([]);

      if (size.swipe) {
        // A vertical swipe over a histogram's bars, away from the handles, scrolls the page.
        const bars = page.getByTestId('histogram-frequency').locator('svg');
        await bars.scrollIntoViewIfNeeded();
        const free = await bars.evaluate((svg) => {
          const r = svg.getBoundingClientRect();
          for (let x = r.left + 10; x < r.right - 10; x += 4) {
            const y = r.top + r.height * 0.6;
            if (!document.elementFromPoint(x, y)?.closest('[role="slider"]')) return { x, y };
          }
          return null;
        });
        expect(free, at).not.toBeNull();
        const before = await pageTop(page);
        await touchDrag(page, cdp, free!, 0, -100);
        await expect.poll(() => pageTop(page), { message: `${at}: swipe from ${JSON.stringify(free)} at ${before}` }).toBeGreaterThan(before + 20);
      }

      await openView(page, names.pyramid);
      const boundary = page.locator('.pyramid-chart [role="slider"]').first();
      await boundary.waitFor();
      expect(await handlesTooThin(page, 'figure'), at).toEqual([]);
      expect(await chartTextProblems(page), at).toEqual([]);

      // A vertical finger drag of 60 px, starting 8 px off the first pyramid boundary (still in
      // its grab zone): the boundary follows, the page stays where it was. Up, unless earlier
      // sizes' drags took the boundary near the apex already.
      // In the middle of the screen: at 844×390 the edge of the view can be under the sticky header.
      await boundary.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const start = await boundary.evaluate((el) => {
        const r = el.querySelector('.rule')!.getBoundingClientRect();
        return { x: r.left + r.width * 0.3, y: r.top + r.height / 2 + 8 };
      });
      const valueBefore = Number(await boundary.getAttribute('aria-valuenow'));
      const up = valueBefore < 0.9;
      const scrollBefore = await pageTop(page);
      await touchDrag(page, cdp, start, 0, up ? -60 : 60);
      await page.waitForFunction(
        ({ v, up }) => {
          const now = Number(document.querySelector('.pyramid-chart [role="slider"]')?.getAttribute('aria-valuenow'));
          return up ? now > v : now < v;
        },
        { v: valueBefore, up },
      );
      expect(await pageTop(page), at).toBe(scrollBefore);
      // Once the counts rest, the tiers' live region says what moved ("… 606 → 256").
      await page.locator('.count-announcer', { hasText: '→' }).first().waitFor({ state: 'attached' });

      await openView(page, names.quadrants);
      await page.locator('.quadrant-chart [role="slider"]').first().waitFor();
      expect(await handlesTooThin(page, '.quadrant-chart'), at).toEqual([]);
      expect(await chartTextProblems(page), at).toEqual([]);
      if (size.landscape) {
        // The whole plot, with its crossing point, fits the screen's height.
        const fits = await page.locator('.quadrant-chart svg').first().evaluate((svg) => svg.getBoundingClientRect().height <= window.innerHeight);
        expect(fits, at).toBe(true);
      }

      await openView(page, names.movement);
      await page.locator('.flow .chart svg').waitFor();
      expect(await chartTextProblems(page), at).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), at).toBe(size.width);

      // The model check's two charts (the holdout, set once, is saved with the workspace).
      await openView(page, names.model);
      if (size === sizes[0]) await page.getByRole('button', { name: names.holdOut }).click();
      await page.locator('[aria-busy="false"] [data-testid="repeats-chart"]').waitFor({ timeout: 60_000 });
      expect(await chartTextProblems(page), at).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), at).toBe(size.width);
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
