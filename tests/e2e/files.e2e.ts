/**
 * Files in and out, as a user would: a messy CSV through the mapping step, a broken file that
 * must leave the loaded data alone, a blocked IndexedDB, and a workspace export/import round trip.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eightCounts, loadSample } from './engine';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView, tableCounts } from './pageModel';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

// Semicolons, Chinese headers, decimal commas, a currency sign, mixed date styles, junk rows.
const MESSY = [
  '客户编号;下单时间;实付金额;订单号',
  'A1;2024/1/5;¥1.234,50;O1',
  'A1;2024/2/5;100,00;O2',
  ';2024/2/6;5,00;O3',
  'A2;not a date;10,00;O4',
  'A2;2024/3/1;-20,00;C5',
  'A2;2024/3/2;250,50;O6',
  'A3;2024年3月3日;12,5;O7',
  '',
].join('\r\n');

describe('files', () => {
  it('loads a messy CSV through the mapping step and reports the skipped lines', async () => {
    const { page, context, offOrigin, errors } = await visit(site, '?lang=en');
    await page.getByLabel(/CSV/).first().setInputFiles({ name: 'messy.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY, 'utf8') });
    const mapping = page.getByTestId('mapping-step');
    await mapping.waitFor();
    await page.getByRole('button', { name: /Confirm and load/i }).click();
    await mapping.waitFor({ state: 'detached' });
    const region = page.getByRole('region', { name: /Cleaning report/i }).filter({ hasText: 'messy.csv' });
    await region.waitFor();
    const report = await region.textContent();
    expect(report).toMatch(/messy\.csv/);
    expect(report).toMatch(/\b4\b/); // missing customer on line 4
    expect(report).toMatch(/\b5\b/); // bad date on line 5
    await openView(page, /^RFM$/);
    const counts = await tableCounts(page, 'eight-class-table');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a broken file gives a clear error naming file, line and column, and the previous data stays', async () => {
    const classroom = await loadSample('classroom.csv');
    const { page, context } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    const broken = 'customer_id,order_date,amount\nX1,yesterday,12\nX2,the day before,13\n';
    await page.getByLabel(/CSV/).first().setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.getByTestId('mapping-step').waitFor();
    await page.getByRole('button', { name: /Confirm and load/i }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/broken\.csv/);
    expect(text).toMatch(/line 2/i);
    expect(text).toMatch(/column 2/i);
    await openView(page, /^RFM$/);
    expect(await tableCounts(page, 'eight-class-table')).toEqual(eightCounts(classroom));
    await context.close();
  });

  it('with IndexedDB blocked, says so and keeps working in memory', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is blocked in this test', 'SecurityError');
        },
      });
    });
    const { page, errors } = await visit(site, '?lang=en', { context });
    await page.getByTestId('storage-notice').waitFor();
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await openView(page, /^RFM$/);
    const counts = await tableCounts(page, 'eight-class-table');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(40);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('exports the workspace as JSON and imports it back in a fresh browser', async () => {
    const classroom = await loadSample('classroom.csv');
    const first = await visit(site, '?lang=en');
    await loadSampleByTitle(first.page, /Load Classroom exercise/i);
    await openView(first.page, /^RFM$/);
    const handle = first.page.getByRole('slider', { name: 'Monetary threshold' });
    await handle.focus();
    await first.page.keyboard.press('PageDown');
    const value = Number(await handle.getAttribute('aria-valuenow'));
    const expected = eightCounts(classroom, (s) => (s.thresholds.monetary = { method: 'custom', value }));
    await first.page.getByText('Workspaces', { exact: true }).click();
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Export workspace' }).click()]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(JSON.parse(text).app).toBe('ccc');
    await first.context.close();

    const second = await visit(site, '?lang=en');
    await second.page.getByLabel('Import workspace').setInputFiles({ name: 'workspace.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await openView(second.page, /^RFM$/);
    await expect.poll(() => tableCounts(second.page, 'eight-class-table')).toEqual(expected);
    expect(Number(await second.page.getByRole('slider', { name: 'Monetary threshold' }).getAttribute('aria-valuenow'))).toBe(value);

    // A bad workspace file: a clear error, nothing changed.
    await second.page.getByLabel('Import workspace').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "app": "ccc",\n  oops\n}') });
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/bad\.json.*line 3/);
    expect(await tableCounts(second.page, 'eight-class-table')).toEqual(expected);
    await second.context.close();
  });

  it('exports the classified customers as CSV (UTF-8 with BOM) and a chart as SVG and PNG', async () => {
    const { page, context } = await visit(site, '?lang=zh');
    await loadSampleByTitle(page, /^加载课堂练习$/, 'classroom.csv');
    await openView(page, /^客户$/);
    // Sorted by M (largest first): the file follows the table's order.
    await page.getByTestId('customers-table').getByRole('button', { name: 'M', exact: true }).click();
    const shown = await page.getByTestId('customers-table').locator('tbody th').allTextContents();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // The settings block, an empty line, then the table.
    const [block, table] = text.split('\r\n\r\n');
    expect(block).toMatch(/^"?# 客户列表，按M排序（降序）/);
    expect(block).toMatch(/# 数据：classroom\.csv · 40 位客户 · 分析日期/);
    expect(block).toMatch(/# 阈值：R .* 评分档数 5/);
    expect(block).toMatch(/# 分层分界线/);
    expect(block).toMatch(/# 分界线：价值/);
    const lines = table.trim().split('\r\n');
    expect(lines).toHaveLength(41); // header + 40 customers
    expect(lines[0]).toMatch(/^客户编号,.*,价值 × 潜力象限/);
    expect(lines.slice(1, 1 + shown.length).map((l) => l.split(',')[0])).toEqual(shown.map((s) => s.trim()));

    await openView(page, /^RFM$/);
    const chart = page.getByTestId('histogram-monetary');
    const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /SVG/ }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    expect(svgText).toMatch(/^<svg|^<\?xml/);
    const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /PNG/ }).click()]);
    expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });
});
