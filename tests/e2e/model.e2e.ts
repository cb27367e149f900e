/**
 * The model check view on the retail sample at 1280×720, in both languages. Expected counts
 * come from pandas on samples/retail-transactions.csv (calibration end 2024-07-02 = analysis
 * date 2025-01-01 less a day and 26 weeks): 2,569 customers first bought on or before it,
 * 1,533 of them again before it, and they made 2,395 repeat transactions (distinct days,
 * cancellations out) in the 26 weeks after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const TEXT = {
  en: { sample: /^Load Retail transactions$/, view: /^Model check$/, holdOut: 'Hold out the last 26 weeks', fit: '2,569 customers (1,533 bought again)', held: '2,395 repeat transactions', end: 'Calibration end', curve: 'The curve as a table' },
  zh: { sample: /^加载零售交易明细$/, view: /^模型检验$/, holdOut: '留出最后 26 周', fit: '2,569 位客户（1,533 位有重复购买）', held: '共有 2,395 次重复交易', end: '校准截止日', curve: '以表格查看曲线' },
} as const;

describe.each(['en', 'zh'] as const)('model check (%s)', (lang) => {
  it('holds out 26 weeks, fits in the worker, reads at 1280×720; ⟲ puts the model settings back', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await visit(site, `?lang=${lang}`, { context });
    const t = TEXT[lang];
    await loadSampleByTitle(page, t.sample);
    await openView(page, t.view);
    await page.getByRole('button', { name: t.holdOut }).click();
    await page.getByTestId('repeats-summary').waitFor({ timeout: 60_000 });
    await page.locator('[aria-busy="false"] [data-testid="tracking-chart"]').waitFor({ timeout: 60_000 });

    await expect.poll(() => page.getByTestId('model-fit').textContent()).toContain(t.fit);
    expect(await page.getByTestId('repeats-summary').textContent()).toContain(t.held);
    expect(await page.getByTestId('tracking-chart').textContent()).toContain(t.end);

    // The table under the curve: the holdout's last row less the calibration end's row is the holdout total.
    await page.getByText(t.curve).click();
    const rows = await page.getByTestId('tracking-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ end: tr.classList.contains('end'), actual: Number(tr.children[2].textContent!.replace(/[^0-9]/g, '')) })),
    );
    const endRow = rows.findIndex((r) => r.end);
    expect(endRow).toBeGreaterThan(0);
    expect(rows.length - 1 - endRow).toBe(26);
    expect(rows.at(-1)!.actual - rows[endRow].actual).toBe(2395);

    // Both charts and the cross-table lie within the 1280 px page; nothing is wider than the screen.
    for (const id of ['tracking-chart', 'repeats-chart', 'lifecycle-alive-table']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
    // The tracking chart's first screen: its top is visible without scrolling at 720 px.
    expect((await page.getByTestId('tracking-chart').boundingBox())!.y).toBeLessThan(720);

    // In presentation mode (larger chart type) the tracking chart's y tick labels clear its
    // rotated axis title, and the legend's names stay on its backdrop.
    await page.getByRole('button', { name: lang === 'en' ? 'Present' : '演示' }).click();
    const clash = await page.getByTestId('tracking-chart').evaluate((svg) => {
      const r = (e: Element) => e.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const title = r(svg.querySelectorAll('.axis-title')[1]);
      const ticks = [...svg.querySelectorAll('.axis > text:not(.axis-title)')].map(r);
      const backdrop = r(svg.querySelector('.legend .backdrop')!);
      const names = [...svg.querySelectorAll('.legend text')].map(r);
      return {
        ticksOnTitle: ticks.filter((t) => meet(t, title)).length,
        namesOffBackdrop: names.filter((n) => n.left < backdrop.left || n.right > backdrop.right).length,
        fontSize: getComputedStyle(svg.querySelector('.legend text')!).fontSize,
      };
    });
    expect(clash).toEqual({ ticksOnTitle: 0, namesOffBackdrop: 0, fontSize: '16px' });
    await page.getByRole('button', { name: lang === 'en' ? 'Leave presentation' : '退出演示' }).click();

    // ⟲ resets this view: the model's settings go back to the defaults (no holdout), as one undoable step.
    const weeks = page.getByTestId('future-settings').locator('input[type="number"]');
    await weeks.first().fill('30');
    await weeks.first().dispatchEvent('change');
    await weeks.nth(1).fill('39');
    await weeks.nth(1).dispatchEvent('change');
    await page.getByTestId('reset-defaults').click();
    await expect.poll(() => weeks.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['0', '52', '0']);
    await page.getByTestId('model-no-holdout').waitFor();
    await page.getByTestId('undo').click();
    await expect.poll(() => weeks.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['30', '39', '0']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
