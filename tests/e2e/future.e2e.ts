/**
 * The future-value model in a real Chromium, fitted in its worker: on the retail sample (no
 * future-value column) the current x future quadrant says its future value is the model's
 * estimate, in English and Chinese, and a customer's card shows P(alive), expected
 * transactions and future value with the inputs x, t_x and T. Those inputs are worked out
 * here from the sample's rows with plain string handling, not by the engine.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';
import { sampleFile } from '../unit/paths';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const CUSTOMER = '10018';

/** x, t_x, T (weeks) of one customer from the CSV: transaction days are rows neither returned nor cancelled. */
function inputsByHand(id: string) {
  const [header, ...rows] = readFileSync(sampleFile('retail-transactions.csv'), 'utf8').trim().split('\n');
  const col = header.split(',');
  const [order, customer, date, amount] = ['order_id', 'customer_id', 'order_date', 'amount'].map((c) => col.indexOf(c));
  const days = new Set<number>();
  let last = 0;
  for (const line of rows) {
    const f = line.split(',');
    const day = Date.parse(`${f[date]}T00:00:00Z`) / 86_400_000;
    last = Math.max(last, day);
    if (f[customer] === id && Number(f[amount]) >= 0 && !f[order].startsWith('C')) days.add(day);
  }
  const sorted = [...days].sort((a, b) => a - b);
  // No holdout: the calibration ends on the last day in the data.
  return { x: sorted.length - 1, tx: (sorted.at(-1)! - sorted[0]) / 7, T: (last - sorted[0]) / 7 };
}

async function modelReady(page: Page) {
  await page.locator('[data-testid="future-status"][data-status="ready"]').first().waitFor({ timeout: 60_000 });
}

describe('future-value model in the classroom', () => {
  it('the quadrant uses the model estimate and says so; the card shows the model figures (English)', async () => {
    const { page, context, errors } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /^Load Retail transactions$/);
    await openView(page, /^Quadrants$/);
    await modelReady(page);
    await expect.poll(() => page.getByTestId('currentFuture-source').textContent()).toMatch(/future value is the model estimate/);
    await expect.poll(() => page.getByTestId('currentFuture-source').textContent()).toMatch(/next 52 weeks/);
    expect(await page.locator('svg text', { hasText: 'Future value (model estimate)' }).count()).toBe(1);
    expect(await page.getByTestId('future-calibration-end').textContent()).toBe('Calibration end: 31 Dec 2024');

    await openView(page, /^Customers$/);
    await page.getByRole('button', { name: new RegExp(`\\b${CUSTOMER}\\b`) }).first().click();
    const card = page.getByTestId('card-future');
    await card.waitFor();
    const { x, tx, T } = inputsByHand(CUSTOMER);
    const two = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v);
    expect(await page.getByTestId('card-inputs').textContent()).toBe(
      `From x = ${x} repeat transactions, t_x = ${two(tx)} weeks (first to last transaction) and T = ${two(T)} weeks (first transaction to the calibration end, 31 Dec 2024).`,
    );
    const pAlive = Number((await page.getByTestId('card-p-alive').textContent())!.replace('%', ''));
    expect(pAlive).toBeGreaterThan(0);
    expect(pAlive).toBeLessThanOrEqual(100);
    expect(Number((await page.getByTestId('card-expected').textContent())!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a holdout moves the calibration end back and the quadrant label follows (Chinese)', async () => {
    const { page, context, errors } = await visit(site, '?lang=zh');
    await loadSampleByTitle(page, /^加载零售交易明细$/);
    await openView(page, /^四象限$/);
    await modelReady(page);
    expect(await page.locator('svg text', { hasText: '未来价值（模型估计）' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('currentFuture-source').textContent()).toMatch(/未来价值是模型估计/);

    const holdout = page.getByRole('spinbutton', { name: '留出期（周）' });
    await holdout.fill('13');
    await holdout.press('Enter');
    // 13 weeks before 31 Dec 2024: 1 Oct 2024.
    await expect.poll(() => page.getByTestId('future-calibration-end').textContent()).toBe('校准截止日：2024年10月1日');
    await modelReady(page);
    await expect.poll(() => page.getByTestId('currentFuture-source').textContent()).toMatch(/截至 2024年10月1日/);
    // Customers first seen after 1 Oct have no estimate, and the text says how they count.
    await expect.poll(() => page.getByTestId('currentFuture-source').textContent()).toMatch(/位客户在校准截止日之后才首次购买/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
