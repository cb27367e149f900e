/**
 * Phone screenshots (run by hand: `npx vite build && npx tsx tests/e2e/phoneShots.ts [outDir]`).
 * Each chart view at 390×844 and 844×390 in both languages, with touch emulation, full page;
 * prints each chart's smallest text in CSS px and whether the page is wider than the screen.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSite } from './harness';
import { loadSampleByTitle, openView } from './pageModel';

const out = resolve(process.argv[2] ?? '/tmp/phone-shots');
mkdirSync(out, { recursive: true });

const VIEWS = {
  en: { sample: /^Load Retail transactions$/, views: [/^RFM$/, /^Pyramid$/, /^Quadrants$/, /^Movement$/] },
  zh: { sample: /^加载零售交易明细$/, views: [/^RFM$/, /金字塔/, /四象限/, /变化|迁移/] },
};
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
];

async function main() {
  const site = await startSite();
  for (const lang of ['en', 'zh'] as const) {
    for (const size of SIZES) {
      const context = await site.browser.newContext({ viewport: size, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${site.url}?lang=${lang}`);
      await page.locator('main[aria-busy="false"]').waitFor();
      await loadSampleByTitle(page, VIEWS[lang].sample);
      for (const [i, view] of VIEWS[lang].views.entries()) {
        const nav = page.getByRole('navigation').getByRole('button', { name: view });
        if (!(await nav.count())) { console.log('no nav', view); continue; }
        await openView(page, view);
        await page.waitForTimeout(900);
        const report = await page.evaluate(() => {
          const small: Record<string, number> = {};
          for (const t of document.querySelectorAll('main svg text')) {
            const svg = (t as SVGTextElement).ownerSVGElement!;
            const ctm = svg.getScreenCTM();
            const r = t.getBoundingClientRect();
            if (!ctm || r.width === 0) continue;
            const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
            const key = (svg.closest('[data-testid]')?.getAttribute('data-testid') ?? svg.getAttribute('class') ?? 'svg').slice(0, 40);
            small[key] = Math.min(small[key] ?? 99, Math.round(px * 10) / 10);
          }
          return { small, scrollWidth: document.documentElement.scrollWidth };
        });
        console.log(lang, `${size.width}x${size.height}`, String(view), JSON.stringify(report));
        const charts = page.locator('main .chart');
        for (let c = 0; c < (await charts.count()); c++) {
          const chart = charts.nth(c);
          if (!(await chart.isVisible())) continue;
          await chart.scrollIntoViewIfNeeded();
          await chart.screenshot({ path: resolve(out, `${lang}-${size.width}x${size.height}-${i}-${c}.png`) });
        }
        if (size.height < size.width) await page.screenshot({ path: resolve(out, `${lang}-${size.width}x${size.height}-${i}-screen.png`) });
      }
      await context.close();
    }
  }
  await site.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
