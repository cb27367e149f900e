/**
 * Layouts per screen size (issues 9 and 12): nothing wider than a phone or tablet screen, the
 * coach on screen while a learner works on a phone, and presentation mode fitting a projector.
 * One page per screen size; the language is switched in place (the header's select), so each
 * size costs one page load and one sample load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startSite, type Site } from './harness';
import { translate, type LocaleCode } from '../../src/lib/i18n/catalog';
import { VIEWS } from '../../src/lib/domain/views';
import { loadSampleByTitle } from './pageModel';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const LANGS: LocaleCode[] = ['en', 'zh'];

/** A phone or tablet: touch, mobile viewport rules, a dense screen. */
async function openDevice(browser: Browser, width: number, height: number, lang: LocaleCode): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${site.url}?lang=${lang}`);
  await page.locator('main[aria-busy="false"]').waitFor();
  return page;
}

/** On a phone the header's tools sit behind the Menu button; open it when it is shown. */
async function setLanguage(page: Page, lang: LocaleCode) {
  const toggle = page.locator('.menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('.header-tools .lang select').selectOption(lang);
  await page.waitForFunction((tag) => document.documentElement.lang.startsWith(tag), lang);
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** Open a view by its tab and wait until its own heading has replaced the previous view's. */
async function showView(page: Page, lang: LocaleCode, view: string) {
  const tab = page.getByRole('navigation').getByRole('button', { name: translate(lang, `nav.${view}`), exact: true });
  if ((await tab.getAttribute('aria-current')) !== 'page') {
    await page.evaluate(() => document.getElementById('view-title')?.setAttribute('data-before', ''));
    await tab.click();
    await page.locator('#view-title:not([data-before])').waitFor();
  }
  // One frame for charts that size themselves after mounting.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

const pageWidth = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));

describe.each([
  [390, 844],
  [820, 1180],
])('at %i×%i with touch', (width, height) => {
  it('no view is wider than the screen, in either language; the customer card fits', async () => {
    const page = await openDevice(site.browser, width, height, 'en');
    await loadSampleByTitle(page, /^Load Classroom exercise/);
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      for (const view of VIEWS) {
        await showView(page, lang, view);
        expect({ lang, view, ...(await pageWidth(page)) }).toEqual({ lang, view, scroll: width, viewport: width });
      }
      // The last view shown was not Customers: open it and pick a customer for the card.
      await showView(page, lang, 'customers');
      await page.getByTestId('customers-table').locator('tbody tr').first().click();
      const card = page.locator('.card-slot > *').first();
      await card.waitFor();
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect({ lang, ...(await pageWidth(page)) }).toEqual({ lang, scroll: width, viewport: width });
    }
    await page.context().close();
  });
});

/** The element's box lies inside the viewport (y from `top` to `bottom`). */
async function onScreen(page: Page, selector: ReturnType<Page['locator']>, top = 0) {
  const box = await selector.boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, 'element is rendered').not.toBeNull();
  return box!.x >= 0 && box!.x + box!.width <= width + 0.5 && box!.y >= top - 0.5 && box!.y + box!.height <= height + 0.5;
}

describe('the coach on a phone (390×844)', () => {
  it.each(LANGS)('%s: a started lesson keeps its goal readout and Next on screen; "Open Pyramid" brings the chart into sight', async (lang) => {
    const page = await openDevice(site.browser, 390, 844, lang);
    const t = (key: string, params?: Record<string, string>) => translate(lang, key, params);
    await showView(page, lang, 'learn');
    const title = t('lesson.pyramid.title');
    await page.getByRole('button', { name: t('lessons.actionAria', { action: t('lessons.start'), title }), exact: true }).click();
    const coach = page.getByRole('region', { name: `${t('lesson.coach.label')} ${title}`, exact: true });
    await coach.getByRole('button', { name: t('lesson.coach.loadSample') }).click();
    // The lesson's first step opens the pyramid once the sample is in.
    await page.locator('[data-view="pyramid"] .chart').first().waitFor();
    const goal = coach.getByTestId('lesson-goal-status');
    const next = coach.getByRole('button', { name: t('lesson.coach.next'), exact: true });
    expect(await onScreen(page, goal)).toBe(true);
    expect(await onScreen(page, next)).toBe(true);
    // The page scrolls under the sheet: after scrolling to the bottom both are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await onScreen(page, goal)).toBe(true);
    expect(await onScreen(page, next)).toBe(true);
    // The pyramid is open already and scrolled away; the button still brings its chart back into sight.
    await coach.locator('[data-opens-view="pyramid"]').click();
    const chart = page.locator('[data-view="pyramid"] .chart').first();
    // Scrolled to the bottom, the chart's top was far above the screen; now it is at the screen's top.
    await expect
      .poll(async () => chart.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5000 })
      .toSatisfy((top: number) => top >= -1 && top < 60);
    await page.context().close();
  });
});

/**
 * Presentation mode on a projector: on RFM, Pyramid and Quadrants the chart being dragged,
 * its handles and the counts the drag changes are all inside the first screen, with no scrolling.
 */
describe.each([
  [1280, 720],
  [1920, 1080],
])('presentation mode at %i×%i', (width, height) => {
  it('a handle, its chart and the counts it changes are on screen together, in both languages', async () => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${site.url}?lang=en&present`);
    await page.locator('main[aria-busy="false"]').waitFor();
    await loadSampleByTitle(page, /^Load Classroom exercise/);
    const inView = async (what: string, locator: ReturnType<Page['locator']>) => {
      const n = await locator.count();
      expect(n, `${what}: found`).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const box = (await locator.nth(i).boundingBox())!;
        const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
        expect({ what, i, inside }).toEqual({ what, i, inside: true });
      }
    };
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await showView(page, lang, 'rfm');
      await page.evaluate(() => window.scrollTo(0, 0));
      const hist = page.getByTestId('histogram-recency');
      await inView('recency histogram', hist.locator('svg').first());
      await inView('recency handles', hist.getByRole('slider'));
      await inView('eight-class counts', page.getByTestId('eight-grid').locator('[data-count]'));
      // Whole cells, dot bands too: the lower row was cut at 720.
      await inView('eight-class cells', page.getByTestId('eight-grid').locator('.cell'));

      await showView(page, lang, 'pyramid');
      await page.evaluate(() => window.scrollTo(0, 0));
      // The pyramid carries its tier counts in its own labels; the Pareto curve shares its handles.
      const charts = page.locator('.pyramid-view .charts .chart');
      await inView('pyramid and Pareto charts', charts.locator('svg'));
      await inView('pyramid handles', charts.getByRole('slider'));

      await showView(page, lang, 'quadrants');
      await page.evaluate(() => window.scrollTo(0, 0));
      const chart = page.locator('.quadrant-chart').first();
      await inView('value × potential chart', chart.locator('svg').first());
      await inView('value × potential handles', chart.getByRole('slider'));
      await inView('value × potential counts', page.getByTestId('value-potential-table').locator('[data-count]'));
    }
    // The English header does not wrap: one line of tools.
    await setLanguage(page, 'en');
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThan(60);
    await context.close();
  });
});

/** A learner at 1440 px with the lesson coach open: every column of the Customers table is in sight. */
it('the Customers table fits at 1440×900 beside the lesson coach, in both languages', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}?lang=en`);
  await page.locator('main[aria-busy="false"]').waitFor();
  await loadSampleByTitle(page, /^Load Classroom exercise/);
  await showView(page, 'en', 'learn');
  await page.getByRole('button', { name: /^Start/ }).first().click();
  await page.locator('.coach').first().waitFor();
  const cut = () =>
    page.getByTestId('customers-table').evaluate((table) => {
      const box = table.parentElement!;
      const last = table.querySelector('thead th:last-child')!.getBoundingClientRect();
      return { overflow: box.scrollWidth - box.clientWidth, lastColumnInside: last.right <= box.getBoundingClientRect().right + 0.5 };
    });
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    await showView(page, lang, 'customers');
    // With a customer's card open too (another one in each language).
    await page.getByTestId('customers-table').locator('tbody th button').nth(20 + LANGS.indexOf(lang)).click();
    expect(await cut(), lang).toEqual({ overflow: 0, lastColumnInside: true });
    // The card is in sight after picking a row further down.
    await expect.poll(async () => {
      const card = (await page.locator('.card-slot').boundingBox())!;
      return card.y < 900 && card.y + card.height > 0;
    }).toBe(true);
  }
  await context.close();
});
