/**
 * Dependency-free on purpose: the build also inlines this function into index.html (see
 * ./preloadPlugin.ts) to preload the initial language's text before the app's code runs.
 */
type LocaleCode = 'en' | 'zh';

/** localStorage key of the language preference (a tiny synchronous value, not app data). */
export const LOCALE_STORAGE_KEY = 'ccc.lang';

/**
 * The starting locale: `?lang=zh|en` in the URL, else the stored preference, else the
 * browser language (any zh-* is Chinese), else English.
 */
export function detectLocale(input: {
  search?: string | null;
  stored?: string | null;
  languages?: readonly string[] | null;
}): LocaleCode {
  if (input.search) {
    const lang = new URLSearchParams(input.search).get('lang')?.toLowerCase();
    if (lang === 'zh' || lang?.startsWith('zh-')) return 'zh';
    if (lang === 'en' || lang?.startsWith('en-')) return 'en';
  }
  if (input.stored === 'zh' || input.stored === 'en') return input.stored;
  for (const l of input.languages ?? []) {
    const low = l.toLowerCase();
    if (low === 'zh' || low.startsWith('zh-')) return 'zh';
    if (low === 'en' || low.startsWith('en-')) return 'en';
  }
  return 'en';
}
