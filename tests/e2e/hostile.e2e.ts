/**
 * Hostile input, as an attacker would try it (issue 10): scenario links (broken, out of
 * range, naming an unknown sample, far too long, expanding to billions, hostile but
 * well-formed), stored records (invalid, damaged, from a newer version), picked files far
 * over their size ceiling, and two tabs on one workspace. Each case is checked before and after a reload: no page error, nothing lost,
 * nothing blank.
 */
import { readFileSync } from 'node:fs';
import * as lzModule from 'lz-string';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bombPayload } from '../../src/lib/domain/teaching/scenario/fixtures';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView, workspaceNames } from './pageModel';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`.
const lz = (lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule;
const link = (json: string) => 's=' + lz.compressToEncodedURIComponent(json);

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

/** Raw access to the app's IndexedDB from the page: what a damaged or hostile record looks like to the app. */
function idb(page: Page, op: 'keys' | 'get' | 'put', key?: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ op, key, value }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const r = indexedDB.open('customer-classification-classroom');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      try {
        const store = db.transaction('records', op === 'put' ? 'readwrite' : 'readonly').objectStore('records');
        const req = op === 'keys' ? store.getAllKeys() : op === 'get' ? store.get(key!) : store.put(value, key!);
        return await new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      } finally {
        db.close();
      }
    },
    { op, key, value },
  );
}

async function waitForKey(page: Page, test: (keys: string[]) => boolean) {
  for (let i = 0; i < 100; i++) {
    if (test((await idb(page, 'keys')) as string[])) return;
    await page.waitForTimeout(100);
  }
  throw new Error('IndexedDB never reached the expected keys');
}

/** The view stored in every workspace record of the app's IndexedDB. */
async function storedViews(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const views: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all: unknown[] = await new Promise((res) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result);
        });
        for (const v of all) for (const m of (JSON.stringify(v) ?? '').matchAll(/"view":"([a-z]+)"/g)) views.push(m[1]);
      }
      db.close();
    }
    return views;
  });
}

/**
 * Hand the file input labelled `label` a File of `mib` MiB, made in the page of
 * one 1 MiB Blob repeated (no copy: nothing near that size is allocated or sent to the page).
 */
async function pickHugeFile(page: Page, label: string, name: string, mib: number) {
  await page.getByLabel(label, { exact: true }).evaluate(
    (input: HTMLInputElement, { name, mib }) => {
      const oneMib = new Blob([new Uint8Array(1024 * 1024)]);
      const file = new File(Array.from({ length: mib }, () => oneMib), name, { type: 'application/json' });
      const picked = new DataTransfer();
      picked.items.add(file);
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, mib },
  );
}

describe('hostile input', () => {
  it('links: refused ones say why and open nothing, a well-formed hostile one injects nothing; the same after a reload', async () => {
    const pyramid = link('{"v":1,"d":"classroom","s":[{"w":"pyramid","c":{"pyramid":{"tiers":"bogus","mode":"percentile","cuts":[0.8,0.5]}}}]}');
    const { page, context, errors, offOrigin } = await visit(site, `?lang=en#${pyramid}`);
    const alert = page.getByTestId('scenario-link-error');
    await alert.filter({ hasText: /pyramid\.tiers/ }).waitFor();
    const before = await workspaceNames(page);
    expect(before).toHaveLength(1);

    const refused: [string, RegExp][] = [
      [link('{"v":1,"d":"classroom","s":[{"w":"rfm","a":1e15}]}'), /analysisDay/],
      [link('{"v":1,"d":"no-such-sample","s":[{"w":"rfm"}]}'), /does not have \("no-such-sample"\)/],
      [link(`{"v":1,"d":"classroom","s":[{"w":"rfm","c":{"customEdges":{"recency":[${Array.from({ length: 100_000 }, (_, i) => i).join(',')}]}}}]}`), /characters long/],
      [link('{"v":1,"d":"classroom","s":[{"w":"rfm","c":{"__proto__":{"bins":3}}}]}'), /not valid/],
      // Short enough to be decoded, built to spell 1.8 billion characters: stopped at the ceiling.
      ['s=' + bombPayload('{', 60_000), /would expand to more than/],
    ];
    for (const [hash, why] of refused) {
      await page.getByTestId('scenario-link-error').getByRole('button').click();
      await page.evaluate((h) => (location.hash = h), hash);
      await alert.filter({ hasText: why }).waitFor();
      expect(await workspaceNames(page)).toEqual(before);
    }

    // Well-formed but hostile: markup in the title and note, a right-to-left override.
    const title = '<img src=x onerror="window.__pwned=1">\u202Eevil';
    const hostile = link(JSON.stringify({ v: 1, t: title, d: 'classroom', s: [{ w: 'rfm', n: '<script>window.__pwned=2</script>' }] }));
    await page.getByTestId('scenario-link-error').getByRole('button').click();
    await page.evaluate((h) => (location.hash = h), hostile);
    await page.getByTestId('scenario-notice').filter({ hasText: /opened in a new workspace/ }).waitFor();
    await openView(page, /^Data$/);
    await page.getByTestId('current-dataset').filter({ hasText: 'classroom.csv' }).waitFor();
    expect(await page.evaluate(() => [(window as { __pwned?: number }).__pwned ?? null, ({} as { bins?: number }).bins ?? null])).toEqual([null, null]);
    expect(await workspaceNames(page)).toEqual([...before, title].sort((a, b) => a.localeCompare(b)));

    // A reload right after a change can beat its debounced, locked save (the README says so):
    // wait until the opened workspace is stored on the Data view, as a user pausing would.
    await expect.poll(() => storedViews(page)).not.toContain('rfm');
    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await workspaceNames(page)).toHaveLength(2);
    expect(await page.getByTestId('scenario-link-error').count()).toBe(0);
    expect(await page.getByTestId('current-dataset').textContent()).toContain('classroom.csv');
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('stored records: invalid, damaged and newer ones never blank a view; they are set aside, listed in Recover and restored; the read-only notice shows once', async () => {
    const { page, context, errors } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await waitForKey(page, (keys) => keys.some((k) => k.startsWith('dataset:')));
    const keys = (await idb(page, 'keys')) as string[];
    const id = keys.find((k) => k.startsWith('dataset:'))!.slice('dataset:'.length);
    // The page's own save of the loaded workspace must land first, or it would overwrite the tampering.
    await expect
      .poll(async () => ((await idb(page, 'get', `workspace:${id}`)) as { data?: { datasetName?: string } } | undefined)?.data?.datasetName)
      .toBe('classroom.csv');
    const good = (await idb(page, 'get', `workspace:${id}`)) as { data: { settings: Record<string, unknown> } };
    const env = (kind: string, version: number, data: unknown) => ({ app: 'ccc', kind, version, savedAt: '2024-05-01T10:00:00.000Z', data });
    // The workspace holding the data gets a bad pyramid; another holds a damaged dataset; a third is from a newer version.
    await idb(page, 'put', `workspace:${id}`, { ...good, data: { ...good.data, name: 'Class 3B', settings: { ...good.data.settings, pyramid: { tiers: 'bogus', mode: 'percentile', cuts: [0.8, 0.5] } } } });
    await idb(page, 'put', 'workspace:damaged', env('workspace', 2, { name: 'Damaged data', settings: {} }));
    await idb(page, 'put', 'dataset:damaged', env('dataset', 2, { dataset: { shape: 'customers', customerIds: 'not-an-array' }, report: null }));
    await idb(page, 'put', 'workspace:future', env('workspace', 99, { name: 'From the future', settings: {} }));

    for (let round = 0; round < 2; round++) {
      await page.reload();
      await page.locator('main[aria-busy="false"]').waitFor();
      const names = await workspaceNames(page);
      expect(names).toContain('Damaged data');
      expect(names).toContain('From the future (Read-only)');
      expect(names).not.toContain('Class 3B');
      for (const view of [/^RFM$/, /^Pyramid$/, /^Data$/]) {
        await openView(page, view);
        await page.waitForFunction(() => (document.querySelector('main')?.textContent ?? '').trim().length > 20);
        expect(await page.getByTestId('view-failed').count()).toBe(0);
      }
    }

    await page.getByLabel('Active workspace').selectOption({ label: 'Damaged data' });
    await page.getByText(/dataset:damaged.*could not be read/).first().waitFor();
    await page.getByLabel('Active workspace').selectOption({ label: 'From the future (Read-only)' });
    await page.getByTestId('read-only-notice').waitFor();
    expect(await page.getByText(/written by a newer version of the app/).count()).toBe(1);

    await page.locator('summary', { hasText: 'Workspaces' }).click();
    await page.getByTestId('recover-open').click();
    const panel = page.getByTestId('recover-panel');
    await panel.getByTestId('recover-item').first().waitFor();
    const items = await panel.getByTestId('recover-item').allInnerTexts();
    expect(items.some((t) => t.includes(`Record workspace:${id}`) && t.includes('settings.pyramid.tiers'))).toBe(true);
    expect(items.some((t) => t.includes(`Data without a workspace (dataset:${id})`))).toBe(true);
    expect(items.some((t) => t.includes('Record dataset:damaged') && t.includes('Cannot be restored'))).toBe(true);
    const download = page.waitForEvent('download');
    await panel.getByTestId('recover-item').filter({ hasText: `Record workspace:${id}` }).getByRole('button', { name: 'Download JSON' }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^recovered-workspace-${id}-`));
    await panel.getByTestId('recover-item').filter({ hasText: `Record workspace:${id}` }).getByRole('button', { name: 'Restore' }).click();
    await panel.getByText(/Restored as “Class 3B”.*settings\.pyramid/).waitFor();
    await page.getByTestId('current-dataset').filter({ hasText: 'classroom.csv' }).waitFor();

    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await workspaceNames(page)).toContain('Class 3B');
    await page.getByLabel('Active workspace').selectOption({ label: 'Class 3B' });
    await page.getByTestId('current-dataset').filter({ hasText: 'classroom.csv' }).waitFor();
    expect(errors.filter((e) => !e.includes('[persist]'))).toEqual([]);
    await context.close();
  });

  it('files over their ceiling (a scenario file, a workspace file) are refused unread with their size and the ceiling, a workspace file with a broken cleaning report names it; the earlier data stays, also after a reload', async () => {
    const { page, context, errors } = await visit(site, '?lang=en');
    await loadSampleByTitle(page, /Load Classroom exercise/i);
    await openView(page, /^Trainer$/);
    await page.getByTestId('scenario-title').fill('Kept scenario');
    await page.getByTestId('add-step').click();
    await expect.poll(() => page.getByTestId('scenario-step').count()).toBe(1);
    const before = await workspaceNames(page);

    await pickHugeFile(page, 'Open a scenario file', 'scenario.json', 48);
    await page.getByTestId('scenario-file-error').filter({ hasText: 'scenario.json is 48 MB; a scenario file is at most 9 MB. The scenario was not changed.' }).waitFor();
    expect(await page.getByTestId('scenario-title').inputValue()).toBe('Kept scenario');
    expect(await page.getByTestId('scenario-step').count()).toBe(1);

    await page.locator('summary', { hasText: 'Workspaces' }).click();
    await pickHugeFile(page, 'Import workspace', 'class.ccc.json', 300);
    await page.getByRole('alert').filter({ hasText: 'The file class.ccc.json is 300 MB; a workspace file is at most 256 MB. Nothing was imported.' }).waitFor();
    expect(await workspaceNames(page)).toEqual(before);
    // Small but with a cleaning report the Data view could not show (it threw there after every reload).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    exported.data.dataset.report = {};
    await page.getByLabel('Import workspace', { exact: true }).setInputFiles({ name: 'report.ccc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('alert').filter({ hasText: 'The file report.ccc.json has an unusable field "data.dataset": report.headers must be a list' }).waitFor();
    expect(await workspaceNames(page)).toEqual(before);

    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await workspaceNames(page)).toEqual(before);
    await openView(page, /^Trainer$/);
    expect(await page.getByTestId('scenario-title').inputValue()).toBe('Kept scenario');
    expect(await page.getByTestId('scenario-step').count()).toBe(1);
    await openView(page, /^Data$/);
    await page.getByTestId('current-dataset').filter({ hasText: 'classroom.csv' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs on one workspace: a change, another file and a delete in one tab are never undone or mixed up by the other', async () => {
    const a = await visit(site, '?lang=en');
    await loadSampleByTitle(a.page, /Load Classroom exercise/i);
    await waitForKey(a.page, (keys) => keys.some((k) => k.startsWith('dataset:')));
    const b = await visit(site, '?lang=en', { context: a.context });
    await b.page.getByTestId('current-dataset').filter({ hasText: 'classroom.csv' }).waitFor();
    expect(await a.page.getByTestId('out-of-date').count()).toBe(0);

    // B changes the open view (saved with the workspace): A says it is out of date, and reloads it.
    await openView(b.page, /^RFM$/);
    const stale = a.page.getByTestId('out-of-date');
    await stale.filter({ hasText: /changed in another tab/ }).waitFor();
    await openView(a.page, /^Pyramid$/);
    await stale.getByRole('button', { name: 'Reload this workspace' }).click();
    await stale.waitFor({ state: 'detached' });
    await a.page.locator('nav [aria-current="page"]', { hasText: /^RFM$/ }).waitFor();

    // B loads another file: A never shows one file's name over another's data.
    await openView(b.page, /^Data$/);
    await loadSampleByTitle(b.page, /^Load Customer table$/i, 'customer-table.csv');
    await stale.waitFor();
    await stale.getByRole('button', { name: 'Reload this workspace' }).click();
    await openView(a.page, /^Data$/);
    await a.page.getByTestId('current-dataset').filter({ hasText: 'customer-table.csv' }).waitFor();

    // B deletes it: A does not bring it back, and keeps its version as a copy on request.
    const idsBefore = ((await idb(b.page, 'keys')) as string[]).filter((k) => k.startsWith('workspace:'));
    await b.page.locator('summary', { hasText: 'Workspaces' }).click();
    await b.page.getByRole('button', { name: 'Delete workspace' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await stale.filter({ hasText: /deleted in another tab/ }).waitFor();
    await openView(a.page, /^RFM$/);
    await stale.getByRole('button', { name: 'Keep this tab’s version as a new workspace' }).click();
    await stale.waitFor({ state: 'detached' });
    const idsAfter = ((await idb(a.page, 'keys')) as string[]).filter((k) => k.startsWith('workspace:'));
    for (const k of idsBefore) expect(idsAfter).not.toContain(k);

    await a.page.reload();
    await a.page.locator('main[aria-busy="false"]').waitFor();
    const names = await workspaceNames(a.page);
    expect(names.some((n) => n.endsWith('(copy)'))).toBe(true);
    await a.page.getByLabel('Active workspace').selectOption({ label: names.find((n) => n.endsWith('(copy)'))! });
    await openView(a.page, /^Data$/);
    await a.page.getByTestId('current-dataset').filter({ hasText: 'customer-table.csv' }).waitFor();
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
  });
});
