/** How the tests reach the app: only through accessible roles, names and test ids. */
import type { Page } from 'playwright-core';

/** Click a sample's load button and wait until the app says that file is loaded. */
export async function loadSampleByTitle(page: Page, title: RegExp, fileName?: string) {
  const name = fileName ?? SAMPLE_FILES.find(([re]) => re.test(title.source))?.[1];
  await page.getByRole('button', { name: title }).click();
  if (name) await page.getByTestId('current-dataset').filter({ hasText: name }).waitFor();
}

const SAMPLE_FILES: [RegExp, string][] = [
  [/Classroom|课堂/, 'classroom.csv'],
  [/GB18030/, 'retail-transactions-zh-gb18030.csv'],
  [/Retail|零售/, 'retail-transactions.csv'],
  [/Customer table|客户汇总/, 'customer-table.csv'],
];

/**
 * The workspace names in the menu's picker. The menu renders one paint after start-up (Later),
 * so after a reload it may come a moment after main stops being busy: wait for it.
 */
export async function workspaceNames(page: Page): Promise<string[]> {
  const picker = page.getByRole('combobox', { name: 'Active workspace' });
  await picker.waitFor();
  return picker.locator('option').allTextContents();
}

export async function openView(page: Page, name: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name }).click();
}

/** Counts per class key from a summary table (rows carry data-class, count cells data-count). */
export async function tableCounts(page: Page, testid: string): Promise<Record<string, number>> {
  const table = page.getByTestId(testid);
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [row.getAttribute('data-class') ?? '', Number(row.querySelector('[data-count]')?.getAttribute('data-count'))]),
    ),
  );
}

export async function waitForCustomers(page: Page, testid: string, total: number) {
  await page.waitForFunction(
    ({ testid, total }) => {
      const cells = document.querySelectorAll(`[data-testid="${testid}"] [data-count]`);
      let sum = 0;
      cells.forEach((c) => (sum += Number(c.getAttribute('data-count'))));
      return cells.length > 0 && sum === total;
    },
    { testid, total },
  );
}

/**
 * Wait until the workspace saved in IndexedDB holds `value` as the monetary threshold, so a
 * reload cannot race the debounced write. Reads the app's database directly.
 */
export async function waitForSavedMonetaryThreshold(page: Page, value: number) {
  const saved = () =>
    page.evaluate(async (expected) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('customer-classification-classroom');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('records')) return false;
        const all: unknown[] = await new Promise((resolve, reject) => {
          const request = db.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return all.some((record) => {
          const r = record as { kind?: string; data?: { settings?: { thresholds?: { monetary?: { value?: number } } } } };
          return r.kind === 'workspace' && r.data?.settings?.thresholds?.monetary?.value === expected;
        });
      } finally {
        db.close();
      }
    }, value);
  // page.evaluate awaits the page's promise; waitForFunction would take the promise itself as truthy.
  for (let tries = 0; tries < 100; tries++) {
    if (await saved()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the monetary threshold ${value} was not saved to IndexedDB within 10 s`);
}
