import { beforeEach, describe, expect, it, vi } from 'vitest';

// The test setup registers every area; these tests need the browser's empty start, so
// each one imports fresh copies of the catalog and the locale.
type Catalog = typeof import('./catalog');
type LocaleModule = typeof import('./locale.svelte');
let catalog: Catalog;
let localeModule: LocaleModule;

beforeEach(async () => {
  vi.resetModules();
  catalog = await import('./catalog');
  localeModule = await import('./locale.svelte');
});

describe('catalog loading on demand', () => {
  it('starts empty and loads one locale’s core areas, then lazy areas on request', async () => {
    const { translate, loadLocale, loadAreas, isAreaLoaded, isLocaleReady, CORE_AREAS } = catalog;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(translate('en', 'app.title')).toBe('app.title');
    expect(warn).not.toHaveBeenCalled(); // still loading: no "missing message" noise
    await loadLocale('en');
    expect(translate('en', 'app.title')).toBe('Customer Classification Classroom');
    for (const area of CORE_AREAS) expect(isAreaLoaded('en', area), area).toBe(true);
    expect(isAreaLoaded('en', 'lessons')).toBe(false);
    expect(isAreaLoaded('zh', 'common')).toBe(false);
    expect(isLocaleReady('zh')).toBe(false);

    await loadAreas(['en'], ['lessons']);
    expect(isAreaLoaded('en', 'lessons')).toBe(true);
    expect(isAreaLoaded('zh', 'lessons')).toBe(false);
    // A switch to zh must now bring the lessons too.
    await loadLocale('zh');
    expect(isAreaLoaded('zh', 'lessons')).toBe(true);
    expect(isAreaLoaded('zh', 'exercises')).toBe(false);
    expect(translate('zh', 'app.title')).toBe('客户分类课堂');
    warn.mockRestore();
  });

  it('notifies listeners once per arriving area', async () => {
    const seen = vi.fn();
    catalog.onMessagesAdded(seen);
    await catalog.loadAreas(['en'], ['glossary', 'glossary', 'trainer']);
    expect(seen).toHaveBeenCalledTimes(2);
    await catalog.loadAreas(['en'], ['glossary']);
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('Locale with lazy text', () => {
  it('waits for the initial text, and switches only once the new language is loaded', async () => {
    const l = new localeModule.Locale('en');
    await l.ready;
    expect(l.t('nav.pyramid')).toBe('Pyramid');
    await l.need(['trainer']);
    expect(l.t('trainer.present.enter')).not.toBe('trainer.present.enter');

    const switching = l.set('zh', false);
    expect(l.current).toBe('en'); // zh is not there yet: English stays on screen
    await switching;
    expect(l.current).toBe('zh');
    expect(l.t('nav.pyramid')).toBe('金字塔');
    expect(catalog.isAreaLoaded('zh', 'trainer')).toBe(true);

    // Back to a loaded language: immediate.
    void l.set('en', false);
    expect(l.current).toBe('en');
  });

  it('a later switch wins over one still loading', async () => {
    const l = new localeModule.Locale('en');
    await l.ready;
    const toZh = l.set('zh', false);
    void l.set('en', false);
    await toZh;
    expect(l.current).toBe('en');
  });
});
