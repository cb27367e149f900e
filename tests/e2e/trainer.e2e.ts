/**
 * Trainer mode in a real Chromium: build a scenario through the UI, share it as a link and
 * open it in a fresh browser (empty IndexedDB), export and import it as a file, refuse a bad
 * file, present it with the keyboard (next, previous, reset, freeze-and-compare, a remote's
 * PageDown after a mouse drag), and take
 * screenshots of every view in presentation mode at projector sizes in both languages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView, tableCounts, workspaceNames } from './pageModel';

let site: Site;
const SHOTS = join(tmpdir(), 'trainer-shots');

beforeAll(async () => {
  site = await startSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

const slider = (page: Page) => page.getByRole('slider', { name: 'Monetary threshold' });
const valueNow = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));
const analysisDateText = (page: Page) => page.getByTestId('rfm-view').locator('.date strong').first().textContent();
const currentView = (page: Page) => page.getByRole('navigation').locator('button[aria-current="page"]').textContent();
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function nudgeMonetary(page: Page, presses: number, key = 'PageUp') {
  await slider(page).focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press(key);
  await blur(page);
}

/** Drag the monetary handle's knob with the mouse by `dx` pixels. */
async function dragMonetary(page: Page, dx: number) {
  const knob = slider(page).locator('.knob').first();
  await knob.scrollIntoViewIfNeeded();
  const box = (await knob.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const before = await valueNow(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => valueNow(page)).not.toBe(before);
}

interface Built {
  link: string;
  step1: { value: number; counts: Record<string, number>; date: string | null };
  step2Date: string | null;
}

/** Three steps: RFM with a moved threshold (method selectors hidden), Pyramid a quarter earlier, RFM in 4 scores. */
async function buildScenario(page: Page): Promise<Built> {
  await loadSampleByTitle(page, /Load Classroom exercise/i);
  await openView(page, /^RFM$/);
  await nudgeMonetary(page, 3);
  const step1 = { value: await valueNow(page), counts: await tableCounts(page, 'eight-class-table'), date: await analysisDateText(page) };

  await openView(page, /^Trainer$/);
  await page.getByTestId('scenario-title').fill('Thresholds move customers');
  await page.getByTestId('add-step').click();
  const first = page.getByTestId('scenario-step').first();
  await first.getByRole('checkbox', { name: 'Method selectors' }).check();
  await first.getByRole('textbox').fill('Ask the class: who is an important value customer?');

  await openView(page, /^Data$/);
  await page.getByRole('button', { name: /−1 quarter/ }).click();
  await openView(page, /^RFM$/);
  const step2Date = await analysisDateText(page);
  expect(step2Date).not.toBe(step1.date);
  await openView(page, /^Pyramid$/);
  await openView(page, /^Trainer$/);
  await page.getByTestId('add-step').click();

  await openView(page, /^RFM$/);
  await page.getByTestId('bins-select').selectOption('4');
  await openView(page, /^Trainer$/);
  await page.getByTestId('add-step').click();
  await expect.poll(() => page.getByTestId('scenario-step').count()).toBe(3);
  expect(await page.getByTestId('step-view').nth(1).inputValue()).toBe('pyramid');

  // Reorder round trip: down then up leaves the order as it was.
  await page.getByRole('button', { name: 'Move step 1 down' }).click();
  expect(await page.getByTestId('step-view').first().inputValue()).toBe('pyramid');
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  expect(await page.getByTestId('step-view').first().inputValue()).toBe('rfm');

  const link = await page.getByTestId('scenario-link').inputValue();
  expect(link).toContain('#s=');
  expect(await page.getByTestId('scenario-link-anchor').getAttribute('href')).toBe(link);
  return { link, step1, step2Date };
}

describe('trainer mode', () => {
  it('builds a scenario, shares it as a link and restores it exactly in a fresh browser; keys play it', async () => {
    const author = await visit(site, '?lang=en');
    const built = await buildScenario(author.page);
    expect(author.errors).toEqual([]);
    await author.context.close();

    const fresh = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const { page, errors, offOrigin } = await visit(site, '', { context: fresh });
    await page.goto(built.link.replace('?present', '?present&lang=en'));
    await page.getByTestId('scenario-notice').filter({ hasText: /new workspace/ }).waitFor();
    // On the projector the notice is a chip in the header's line, not a toast over the view.
    const chip = (await page.getByTestId('scenario-notice').boundingBox())!;
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(chip.y >= header.y && chip.y + chip.height <= header.y + header.height).toBe(true);
    // Opened in a new workspace, the hash cleared, presentation mode on.
    expect(page.url()).not.toContain('#s=');
    expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    // The workspace menu is hidden on the projector; it is still there.
    const workspaces = await page.locator('.workspace-menu select option').allTextContents();
    expect(workspaces).toContain('Thresholds move customers');
    expect(workspaces.length).toBe(2);

    // Step 1 exactly: view, threshold, counts, date, hidden method selectors, note.
    expect(await currentView(page)).toBe('RFM');
    await slider(page).waitFor();
    expect(await valueNow(page)).toBe(built.step1.value);
    expect(await tableCounts(page, 'eight-class-table')).toEqual(built.step1.counts);
    expect(await analysisDateText(page)).toBe(built.step1.date);
    expect(await page.evaluate(() => document.documentElement.classList.contains('hide-method-selectors'))).toBe(true);
    expect(await page.locator('.threshold-control').first().isVisible()).toBe(false);
    expect(await page.getByTestId('step-note').textContent()).toContain('important value customer');
    expect(await page.getByTestId('header-step').textContent()).toContain('Step 1 of 3');

    // Keyboard: next, previous.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 2 of 3');
    expect(await currentView(page)).toBe('Pyramid');
    expect(await page.evaluate(() => document.documentElement.classList.contains('hide-method-selectors'))).toBe(false);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 3 of 3');
    expect(await page.getByTestId('bins-select').inputValue()).toBe('4');
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 2 of 3');
    await openView(page, /^RFM$/);
    expect(await analysisDateText(page)).toBe(built.step2Date);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 1 of 3');

    // Arrows on a focused slider move the slider, not the scenario.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('header-step').textContent()).toContain('Step 1 of 3');
    expect(await valueNow(page)).not.toBe(built.step1.value);
    await blur(page);

    // R resets the step.
    await page.keyboard.press('r');
    await expect.poll(() => valueNow(page)).toBe(built.step1.value);
    expect(await tableCounts(page, 'eight-class-table')).toEqual(built.step1.counts);

    // F freezes: every change now shows as a difference, in the overlay and in the Movement view.
    await page.keyboard.press('f');
    const overlay = page.getByTestId('freeze-overlay');
    await overlay.waitFor();
    const deltas = () => overlay.locator('tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-class'), Number(r.querySelector('[data-delta]')!.getAttribute('data-delta'))])));
    expect(Object.values(await deltas()).every((d) => d === 0)).toBe(true);
    // PageUp is the remote's in presentation mode: a focused handle moves with the arrows.
    await nudgeMonetary(page, 40, 'ArrowUp');
    const after = await tableCounts(page, 'eight-class-table');
    const expected = Object.fromEntries(Object.entries(after).map(([k, n]) => [k, n - built.step1.counts[k]]));
    expect(Object.values(expected).some((d) => d !== 0)).toBe(true);
    await expect.poll(deltas).toEqual(expected);
    await overlay.getByRole('button', { name: 'Who moved?' }).click();
    expect(await currentView(page)).toBe('Movement');
    await page.getByTestId('transition-matrix').waitFor();
    expect(await page.locator('.from-to').textContent()).toMatch(/Frozen.*The eight RFM classes/);

    // On the pyramid the overlay tracks the tiers: the monetary threshold moved nobody there,
    // a boundary moves customers between tiers, and "who moved" opens Movement on the tiers.
    await openView(page, /^Pyramid$/);
    const tiers = overlay.locator('table[data-lens="pyramid"]');
    await tiers.waitFor();
    expect(await overlay.locator('table').count()).toBe(1);
    const tierRows = () =>
      tiers.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-class'), Number(r.querySelector('td')!.textContent!.replace(/,/g, '')), Number(r.querySelector('[data-delta]')!.getAttribute('data-delta'))] as [string, number, number]));
    const atFreeze = await tierRows();
    expect(atFreeze.map(([key, , d]) => [key, d])).toEqual([
      ['high', 0],
      ['medium', 0],
      ['low', 0],
    ]);
    const high = page.getByRole('slider', { name: 'Pyramid boundary: high' });
    await high.focus();
    await page.keyboard.press('End');
    await blur(page);
    await expect.poll(async () => (await tierRows()).some(([, , d]) => d !== 0)).toBe(true);
    const moved = await tierRows();
    // Each change is now minus the count at the freeze; customers only move between tiers.
    expect(moved.map(([, now, d], i) => now - atFreeze[i][1] - d)).toEqual([0, 0, 0]);
    expect(moved.reduce((a, [, , d]) => a + d, 0)).toBe(0);
    await overlay.getByRole('button', { name: 'Who moved?' }).click();
    expect(await currentView(page)).toBe('Movement');
    await page.getByTestId('transition-matrix').waitFor();
    expect(await page.locator('.from-to').textContent()).toMatch(/Frozen.*Customer value pyramid/);
    // The Movement view on the tiers keeps the overlay on the tiers.
    expect(await overlay.locator('table').getAttribute('data-lens')).toBe('pyramid');
    await page.keyboard.press('f');
    await overlay.waitFor({ state: 'detached' });

    // A presenter remote after a mouse drag: PageDown belongs to the player, not to the handle.
    await openView(page, /^RFM$/);
    await dragMonetary(page, 60);
    const dragged = await valueNow(page);
    expect(dragged).not.toBe(built.step1.value);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 2 of 3');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 3 of 3');
    // On the last step PageDown has nowhere to go: the dragged threshold stays where the mouse left it.
    const beforeDrag = await valueNow(page);
    await dragMonetary(page, -40);
    const last = await valueNow(page);
    await page.keyboard.press('PageDown');
    expect(await page.getByTestId('header-step').textContent()).toContain('Step 3 of 3');
    expect(await valueNow(page)).toBe(last);

    // Undo and redo: the whole drag is one step; reset to course defaults is one more.
    await page.keyboard.press('Control+z');
    await expect.poll(() => valueNow(page)).toBe(beforeDrag);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => valueNow(page)).toBe(last);
    await page.getByRole('button', { name: 'Reset to course defaults', exact: true }).click();
    await expect.poll(() => valueNow(page)).not.toBe(last);
    // Undo right after the reset brings the dragged threshold back (the key presses on the
    // handles before it are steps of their own, not one run still open).
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => valueNow(page)).toBe(last);
    expect(await page.getByTestId('bins-select').inputValue()).toBe('4');

    // A reload during the presentation comes back to the same step.
    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();
    await expect.poll(() => page.getByTestId('header-step').textContent()).toContain('Step 3 of 3');
    expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    // B blanks the screen, B again brings it back.
    await page.keyboard.press('b');
    await page.getByTestId('blank-screen').waitFor();
    await page.keyboard.press('b');
    await page.getByTestId('blank-screen').waitFor({ state: 'detached' });

    // ? shows the help; Esc closes it, then leaves presentation mode.
    await page.keyboard.press('?');
    await page.getByTestId('trainer-help').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('trainer-help').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(false);
    // Out of presentation mode the keys do nothing.
    await page.keyboard.press('ArrowRight');
    expect(await currentView(page)).toBe('RFM');

    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('exports a scenario file and imports it again; a bad file gives a clear error', async () => {
    const author = await visit(site, '?lang=en');
    await loadSampleByTitle(author.page, /Load Classroom exercise/i);
    await openView(author.page, /^Quadrants$/);
    await openView(author.page, /^Trainer$/);
    await author.page.getByTestId('scenario-title').fill('File trip');
    await author.page.getByTestId('add-step').click();
    await author.page.getByTestId('scenario-step').first().getByRole('checkbox', { name: 'Budget calculator' }).check();
    const [download] = await Promise.all([author.page.waitForEvent('download'), author.page.getByTestId('scenario-export').click()]);
    expect(download.suggestedFilename()).toBe('File trip.scenario.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ app: 'ccc', kind: 'scenario', version: 1, scenario: { title: 'File trip', dataset: { kind: 'sample', id: 'classroom' } } });
    expect(json.scenario.steps[0]).toMatchObject({ view: 'quadrants', hidden: ['budget'] });
    await author.context.close();

    const { page, context, errors } = await visit(site, '?lang=en');
    await openView(page, /^Trainer$/);
    const input = page.getByTestId('scenario-import');
    await input.setInputFiles({ name: 'broken.scenario.json', mimeType: 'application/json', buffer: Buffer.from('{\n "app": "ccc",\n "kind": scenario\n}') });
    const error = page.getByTestId('scenario-file-error');
    await expect.poll(() => error.textContent()).toMatch(/broken\.scenario\.json is not valid JSON: line 3, column 10/);
    await input.setInputFiles({ name: 'workspace.ccc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...json, kind: 'workspace-file' })) });
    await expect.poll(() => error.textContent()).toMatch(/workspace\.ccc\.json is a “workspace-file” file, not a scenario/);
    await input.setInputFiles({ name: 'future.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...json, version: 9 })) });
    await expect.poll(() => error.textContent()).toMatch(/future\.scenario\.json was saved by a newer version/);
    expect(await page.getByTestId('scenario-step').count()).toBe(0);

    await input.setInputFiles({ name: 'File trip.scenario.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await error.waitFor({ state: 'detached' });
    expect(await page.getByTestId('scenario-title').inputValue()).toBe('File trip');
    expect(await page.getByTestId('step-view').first().inputValue()).toBe('quadrants');
    expect(await page.getByTestId('scenario-step').first().getByRole('checkbox', { name: 'Budget calculator' }).isChecked()).toBe(true);
    // Playing it loads the sample and hides the budget calculator.
    await page.getByTestId('play').click();
    await page.getByTestId('value-potential-table').waitFor();
    expect(await currentView(page)).toBe('Quadrants');
    expect(await page.evaluate(() => document.documentElement.classList.contains('hide-budget'))).toBe(true);
    expect(await page.getByRole('heading', { name: /budget/i }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a damaged scenario link says so and changes nothing', async () => {
    const { page, context, errors } = await visit(site, '?lang=en#s=garbage');
    await page.getByTestId('scenario-link-error').waitFor();
    expect(await page.getByTestId('scenario-link-error').textContent()).toMatch(/damaged or incomplete/);
    expect(await workspaceNames(page)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('presentation mode by ?present and by the button; every view fits 1280x720 and 1920x1080 in both languages', async () => {
    const viaUrl = await visit(site, '?present&lang=en');
    await viaUrl.page.getByTestId('trainer-toolbar').waitFor();
    expect(await viaUrl.page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    await viaUrl.page.getByRole('button', { name: 'Leave presentation' }).click();
    expect(await viaUrl.page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(false);
    await viaUrl.page.getByRole('button', { name: 'Present' }).click();
    expect(await viaUrl.page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    await viaUrl.context.close();

    for (const lang of ['en', 'zh'] as const) {
      const { page, context, errors } = await visit(site, `?lang=${lang}`);
      await loadSampleByTitle(page, lang === 'en' ? /Load Classroom exercise/i : /课堂/);
      // A one-step scenario so the header shows the player too.
      await page.getByRole('navigation').getByRole('button').nth(1).click();
      await page.getByRole('navigation').getByRole('button').last().click();
      await page.getByTestId('add-step').click();
      await page.getByTestId('play').click();
      await page.getByTestId('trainer-toolbar').locator('.present-toggle').click();
      await page.keyboard.press('f');
      await page.getByTestId('freeze-overlay').waitFor();
      const navButtons = page.getByRole('navigation').getByRole('button');
      const n = await navButtons.count();
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        for (let i = 0; i < n; i++) {
          await navButtons.nth(i).click();
          await page.waitForTimeout(150);
          const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
          expect(overflow, `view ${i} at ${size.width}x${size.height} (${lang}) overflows`).toBeLessThanOrEqual(0);
          // Quadrant marks sit on their chart (the larger presentation marks once multiplied their
          // positions too), and the two corner labels of a row never overlap.
          const quadrants = await page.evaluate(() =>
            [...document.querySelectorAll('.quadrant-chart svg')].map((svg) => {
              const b = svg.getBoundingClientRect();
              const stray = [...svg.querySelectorAll('.point')].filter((p) => {
                const r = p.getBoundingClientRect();
                const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
                return cx < b.left || cx > b.right || cy < b.top || cy > b.bottom;
              }).length;
              const box = (q: number) => svg.querySelector(`.corner[data-quadrant="${q}"]`)!.getBoundingClientRect();
              const apart = (a: DOMRect, c: DOMRect) => a.right <= c.left || c.right <= a.left || a.bottom <= c.top || c.bottom <= a.top;
              return { stray, top: apart(box(2), box(0)), bottom: apart(box(3), box(1)) };
            }),
          );
          for (const q of quadrants) expect(q, `quadrant chart at ${size.width}x${size.height} (${lang})`).toEqual({ stray: 0, top: true, bottom: true });
          await page.screenshot({ path: join(SHOTS, `${lang}-${size.width}-${i}.png`) });
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
