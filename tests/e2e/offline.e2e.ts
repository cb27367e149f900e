/** The built site keeps working with the network cut, once it has been visited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView, tableCounts } from './pageModel';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

describe('offline', () => {
  it('reloads and loads a sample with the network cut after the first visit', async () => {
    const { page, context } = await visit(site, '?lang=en');
    // The service worker has precached the app shell, every view and the samples.
    // Without clients.claim() the first page stays uncontrolled; the reload below is served by the worker.
    await page.getByTestId('offline-ready').waitFor();
    // page.evaluate awaits the page's promise (waitForFunction would take a promise as truthy).
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 }).toBe('activated');
    await context.setOffline(true);
    await page.reload();
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await openView(page, /^RFM$/);
    const counts = await tableCounts(page, 'eight-class-table');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(40);
    await openView(page, /^Movement$/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await context.close();
  });
});
