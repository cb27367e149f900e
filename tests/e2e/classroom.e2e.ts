/**
 * The live classroom in a real Chromium, as a new user: load a sample, read the eight-class
 * table, drag a threshold with the pointer and the keyboard, reload and find it all again.
 * Expected numbers come from the engine run in Node on the same sample file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eightCounts, loadSample } from './engine';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView, tableCounts, waitForSavedMonetaryThreshold } from './pageModel';
import type { Dataset } from '../../src/lib/domain/types';

let site: Site;
let classroom: Dataset;

beforeAll(async () => {
  site = await startSite();
  classroom = await loadSample('classroom.csv');
});
afterAll(async () => site?.close());

describe('live classroom', () => {
  it('opens, loads a sample and shows its eight-class summary as a table', async () => {
    const { page, context, offOrigin, errors } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await openView(page, /^RFM$/);
    const counts = await tableCounts(page, 'eight-class-table');
    expect(counts).toEqual(eightCounts(classroom));
    expect(await page.getByTestId('eight-class-table').locator('caption').textContent()).toBeTruthy();
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-labels when the monetary threshold is moved by keyboard and by pointer, and keeps it after a reload', async () => {
    const { page, context, offOrigin, errors } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await openView(page, /^RFM$/);
    const handle = page.getByRole('slider', { name: 'Monetary threshold' });
    await handle.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    const byKeys = Number(await handle.getAttribute('aria-valuenow'));
    const expectedKeys = eightCounts(classroom, (s) => (s.thresholds.monetary = { method: 'custom', value: byKeys }));
    await expect.poll(() => tableCounts(page, 'eight-class-table')).toEqual(expectedKeys);

    // Pointer: drag the handle's knob 60 px to the left.
    const box = (await handle.locator('.knob').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let dx = 1; dx <= 6; dx++) await page.mouse.move(box.x + box.width / 2 - dx * 10, box.y + box.height / 2);
    await page.mouse.up();
    const byPointer = Number(await handle.getAttribute('aria-valuenow'));
    expect(byPointer).toBeLessThan(byKeys);
    const expectedPointer = eightCounts(classroom, (s) => (s.thresholds.monetary = { method: 'custom', value: byPointer }));
    await expect.poll(() => tableCounts(page, 'eight-class-table')).toEqual(expectedPointer);

    // Everything is kept in IndexedDB: after a reload the same view, threshold and counts.
    await waitForSavedMonetaryThreshold(page, byPointer);
    await page.reload();
    const again = page.getByRole('slider', { name: 'Monetary threshold' });
    await again.waitFor();
    expect(Number(await again.getAttribute('aria-valuenow'))).toBe(byPointer);
    expect(await tableCounts(page, 'eight-class-table')).toEqual(expectedPointer);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links every class name in a summary table to its glossary entry', async () => {
    const { page, context } = await visit(site, '?lang=zh');
    await loadSampleByTitle(page, /^加载课堂练习$/, 'classroom.csv');
    await openView(page, /^RFM$/);
    await page.getByTestId('eight-class-table').getByRole('link', { name: '重要挽留客户' }).click();
    const entry = page.locator('#glossary-class-important-win-back');
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/重要挽留客户/);
    expect(await entry.textContent()).toMatch(/Important to win back/);
    await context.close();
  });
});
