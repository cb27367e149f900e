/**
 * The reactive current locale. Components call `locale.t(...)` / `locale.fmtMoney(...)`;
 * because these read `locale.current` and a counter of loaded areas (both $state), markup
 * re-renders on a language switch and when a messages area arrives.
 */
import {
  INTL_TAGS,
  isLocaleReady,
  loadAreas,
  loadLocale,
  onMessagesAdded,
  translate,
  type Area,
  type LocaleCode,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from './catalog';
import {
  detectLocale,
  formatDate,
  formatDateISO,
  formatMoney,
  formatNumber,
  formatPercent,
  type DateStyle,
  type NumberOptions,
} from './format';

import { LOCALE_STORAGE_KEY } from './detect';

export { LOCALE_STORAGE_KEY };

function readStoredLocale(): string | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage.getItem(LOCALE_STORAGE_KEY) : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe)
  }
}

function writeStoredLocale(code: LocaleCode): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(LOCALE_STORAGE_KEY, code);
  } catch {
    // not fatal: the choice still applies to this page
  }
}

/** The initial locale from the URL (?lang=), stored preference, then navigator.languages. */
export function initialLocale(): LocaleCode {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return detectLocale({
    search: typeof location !== 'undefined' ? location.search : null,
    stored: readStoredLocale(),
    languages: nav ? (nav.languages?.length ? nav.languages : [nav.language]) : null,
  });
}

export class Locale {
  /** The language shown. A switch changes it only once the new language's text is loaded. */
  current: LocaleCode = $state('en');
  /** Bumped when a messages area arrives, so `t` re-runs for text that was not there yet. */
  #areas = $state(0);
  /** The language being switched to (the last one asked for), while its text loads. */
  #target: LocaleCode;
  /** Resolves when the initial language's core text is loaded (main.ts awaits it before mounting). */
  readonly ready: Promise<void>;

  constructor(initial: LocaleCode = 'en') {
    this.current = initial;
    this.#target = initial;
    onMessagesAdded(() => this.#areas++);
    this.ready = loadLocale(initial);
  }

  /**
   * Load the messages `areas` a view or panel needs, in the language shown and in the one
   * being switched to (or in `locales`, e.g. both for a bilingual glossary). Await it before
   * showing the view, so it never shows raw keys.
   */
  need = (areas: readonly Area[], locales?: readonly LocaleCode[]): Promise<void> =>
    loadAreas(locales ?? [...new Set([this.current, this.#target])], areas);

  /** BCP 47 tag for Intl and for `<html lang>`. */
  get tag(): string {
    return INTL_TAGS[this.current];
  }

  /**
   * Switch language, remember the choice and update `<html lang>`. Applies at once when the
   * language's text is loaded; otherwise after loading every area in use (the old language
   * stays on screen meanwhile, never raw keys). The promise settles when it applied.
   */
  set = (code: LocaleCode, remember = true): Promise<void> => {
    this.#target = code;
    if (remember) writeStoredLocale(code);
    const apply = () => {
      if (this.#target !== code) return; // a later switch won
      this.current = code;
      if (typeof document !== 'undefined') document.documentElement.lang = INTL_TAGS[code];
    };
    if (isLocaleReady(code)) {
      apply();
      return Promise.resolve();
    }
    return loadLocale(code).then(apply);
  };

  toggle = (): Promise<void> => this.set(this.current === 'en' ? 'zh' : 'en');

  t = (key: MessageKey | (string & {}), params?: MessageParams): string => {
    void this.#areas;
    return translate(this.current, key, params);
  };

  /** Translate a `{ key, params }` reference returned by non-UI code. */
  tr = (ref: MessageRef): string => this.t(ref.key, ref.params);

  fmtNumber = (value: number, options?: NumberOptions): string => formatNumber(this.current, value, options);

  fmtPercent = (fraction: number, digits?: number): string => formatPercent(this.current, fraction, digits);

  fmtMoney = (value: number): string => formatMoney(this.current, value);

  fmtDate = (day: number, style?: DateStyle): string => formatDate(this.current, day, style);

  fmtDateISO = (day: number): string => formatDateISO(day);
}

/** The app's locale, initialised from ?lang=, the stored preference or the browser. */
export const locale = new Locale(initialLocale());
