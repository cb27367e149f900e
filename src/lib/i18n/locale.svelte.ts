/**
 * The reactive current locale. Components call `locale.t(...)` / `locale.fmtMoney(...)`;
 * because these read `locale.current` (a $state), markup re-renders on a language switch.
 */
import { translate, type LocaleCode, type MessageKey, type MessageParams, type MessageRef, INTL_TAGS } from './catalog';
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

/** localStorage key of the language preference (a tiny synchronous value, not app data). */
export const LOCALE_STORAGE_KEY = 'ccc.lang';

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
  current: LocaleCode = $state('en');

  constructor(initial: LocaleCode = 'en') {
    this.current = initial;
  }

  /** BCP 47 tag for Intl and for `<html lang>`. */
  get tag(): string {
    return INTL_TAGS[this.current];
  }

  /** Switch language, remember the choice and update `<html lang>`. */
  set = (code: LocaleCode, remember = true): void => {
    this.current = code;
    if (remember) writeStoredLocale(code);
    if (typeof document !== 'undefined') document.documentElement.lang = INTL_TAGS[code];
  };

  toggle = (): void => this.set(this.current === 'en' ? 'zh' : 'en');

  t = (key: MessageKey | (string & {}), params?: MessageParams): string => translate(this.current, key, params);

  /** Translate a `{ key, params }` reference returned by non-UI code. */
  tr = (ref: MessageRef): string => translate(this.current, ref.key, ref.params);

  fmtNumber = (value: number, options?: NumberOptions): string => formatNumber(this.current, value, options);

  fmtPercent = (fraction: number, digits?: number): string => formatPercent(this.current, fraction, digits);

  fmtMoney = (value: number): string => formatMoney(this.current, value);

  fmtDate = (day: number, style?: DateStyle): string => formatDate(this.current, day, style);

  fmtDateISO = (day: number): string => formatDateISO(day);
}

/** The app's locale, initialised from ?lang=, the stored preference or the browser. */
export const locale = new Locale(initialLocale());
