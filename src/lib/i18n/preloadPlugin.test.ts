import { describe, expect, it } from 'vitest';
import { preloadScript } from './preloadPlugin';

/** Run the inline script against a fake page; return the href it preloads (and check the shell's data-lang). */
function preloaded(env: { search?: string; stored?: string | null; languages?: string[] }): string[] {
  const appended: { rel: string; href: string; crossOrigin: string | null }[] = [];
  const attributes: Record<string, string> = {};
  const link = () => ({ rel: '', href: '', crossOrigin: null as string | null });
  const fake = {
    location: { search: env.search ?? '' },
    localStorage: { getItem: (k: string) => (k === 'ccc.lang' ? (env.stored ?? null) : null) },
    navigator: { languages: env.languages ?? ['en-US'], language: env.languages?.[0] ?? 'en-US' },
    document: {
      createElement: link,
      head: { appendChild: (l: (typeof appended)[number]) => appended.push(l) },
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    },
  };
  new Function('location', 'localStorage', 'navigator', 'document', preloadScript({ en: './assets/core-EN.js', zh: './assets/core-ZH.js' }))(
    fake.location,
    fake.localStorage,
    fake.navigator,
    fake.document,
  );
  expect(appended.every((l) => l.rel === 'modulepreload' && l.crossOrigin === '')).toBe(true);
  // The static shell in index.html shows the same language as the preloaded chunk.
  expect(appended.map((l) => (l.href.includes('ZH') ? 'zh' : 'en'))).toEqual([attributes['data-lang']]);
  return appended.map((l) => l.href);
}

describe('the inline preload of the initial language', () => {
  it('picks one language like the app: ?lang=, then the stored choice, then the browser', () => {
    expect(preloaded({ search: '?lang=zh' })).toEqual(['./assets/core-ZH.js']);
    expect(preloaded({ search: '?lang=en', stored: 'zh', languages: ['zh-CN'] })).toEqual(['./assets/core-EN.js']);
    expect(preloaded({ stored: 'zh' })).toEqual(['./assets/core-ZH.js']);
    expect(preloaded({ languages: ['zh-TW', 'en'] })).toEqual(['./assets/core-ZH.js']);
    expect(preloaded({ languages: ['fr', 'de'] })).toEqual(['./assets/core-EN.js']);
  });
});
