/**
 * The lean first page at work in Chromium: only the initial language's core text is fetched
 * at start, the other language when switched to, the teaching and trainer text with the
 * views that show it; and no view ever shows a raw message key meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { openView } from './pageModel';
import { translate, type LocaleCode } from '../../src/lib/i18n/catalog';
import { MESSAGE_FILES } from '../../src/lib/i18n/all';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

/** Every message key, to spot one rendered instead of its text. */
const KEYS = new Set(Object.values(MESSAGE_FILES).flatMap((f) => Object.keys(f.en)));

async function rawKeysShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });
  return text
    .split(/[\s"“”()]+/)
    .map((w) => w.replace(/[.:,;]+$/, ''))
    .filter((w) => KEYS.has(w));
}

/** Message chunks fetched by the page: `en/core`, `zh/lessons`, ... (by their file names). */
function trackMessageChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/(core|lessons|exercises|glossary|packs|trainer)-[\w-]+\.js$/.exec(r.url());
    if (m) seen.push(m[1]);
  });
  return seen;
}

const t = (loc: LocaleCode, key: string) => translate(loc, key);

describe('messages load per language and per view', () => {
  for (const [first, second] of [
    ['en', 'zh'],
    ['zh', 'en'],
  ] as const) {
    it(`starts in ${first} with its core text only, then switches to ${second} without raw keys`, async () => {
      const { page, context, errors } = await visit(site, `?lang=${first}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(t(first, 'app.title'));
      expect(await rawKeysShown(page)).toEqual([]);
      const core = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /\/assets\/core-/.test(n)),
      );
      expect(core, 'one language’s core text at start').toHaveLength(1);

      // Learn: lessons and exercises arrive with the view; the glossary in both languages.
      await openView(page, new RegExp(`^${t(first, 'nav.learn')}$`));
      await expect.poll(() => page.locator('#lessons-title').textContent()).toBe(t(first, 'lessons.title'));
      expect(await rawKeysShown(page)).toEqual([]);

      const fetched = trackMessageChunks(page);
      await page.getByRole('combobox', { name: t(first, 'lang.label') }).selectOption(second);
      await expect.poll(() => page.locator('h1').textContent()).toBe(t(second, 'app.title'));
      await expect.poll(() => page.locator('#lessons-title').textContent()).toBe(t(second, 'lessons.title'));
      expect(await rawKeysShown(page)).toEqual([]);
      expect(fetched).toContain('core');
      expect(fetched).toContain('lessons');

      // The trainer view brings its own text, in the language now shown.
      await openView(page, new RegExp(`^${t(second, 'nav.trainer')}$`));
      await page.getByRole('heading', { name: t(second, 'trainer.view.title'), exact: true }).waitFor();
      expect(await rawKeysShown(page)).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe(second === 'zh' ? 'zh-CN' : 'en-GB');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
