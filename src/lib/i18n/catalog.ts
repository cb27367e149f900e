/** The message catalog: every messages file merged per locale, plus the plain-TS lookup. */
import * as common from './messages/common';
import * as terms from './messages/terms';
import * as ingest from './messages/ingest';
import * as data from './messages/data';
import * as rfm from './messages/rfm';
import * as pyramid from './messages/pyramid';
import * as quadrants from './messages/quadrants';
import * as movement from './messages/movement';
import * as customers from './messages/customers';
import * as lessons from './messages/lessons';
import * as exercises from './messages/exercises';
import * as trainer from './messages/trainer';
import * as glossary from './messages/glossary';
import * as packs from './messages/packs';

export const LOCALES = ['en', 'zh'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** BCP 47 tags used for Intl formatting. */
export const INTL_TAGS: Record<LocaleCode, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * The messages files by area; each has `en` and `zh` with the same keys. View files
 * (data, rfm, ...) belong to the view authors; register a new file here.
 */
export const MESSAGE_FILES = { common, terms, ingest, data, rfm, pyramid, quadrants, movement, customers, lessons, exercises, trainer, glossary, packs } as const;

type KeysOf<F> = F extends { en: infer E } ? keyof E & string : never;
/** Every message key of every file (a union of string literals). */
export type MessageKey = KeysOf<(typeof MESSAGE_FILES)[keyof typeof MESSAGE_FILES]>;
export type MessageParams = Record<string, string | number>;

/** A translatable message reference: what non-UI code returns instead of text. */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

function merge(loc: LocaleCode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of Object.values(MESSAGE_FILES)) Object.assign(out, file[loc] as Record<string, string>);
  return out;
}

const catalog: Record<LocaleCode, Record<string, string>> = { en: merge('en'), zh: merge('zh') };

export function isLocaleCode(value: unknown): value is LocaleCode {
  return value === 'en' || value === 'zh';
}

export function hasMessage(key: string, loc: LocaleCode = 'en'): boolean {
  return Object.prototype.hasOwnProperty.call(catalog[loc], key);
}

/** Replace `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const reported = new Set<string>();

/**
 * Look a message up. A key missing in `loc` falls back to English, then to the key itself
 * (and warns once), so a typo shows up on screen instead of an empty string.
 */
export function translate(loc: LocaleCode, key: MessageKey | (string & {}), params?: MessageParams): string {
  const own = catalog[loc][key];
  if (own !== undefined && Object.prototype.hasOwnProperty.call(catalog[loc], key)) return interpolate(own, params);
  const fallback = Object.prototype.hasOwnProperty.call(catalog.en, key) ? catalog.en[key] : undefined;
  if (!reported.has(`${loc}:${key}`)) {
    reported.add(`${loc}:${key}`);
    console.warn(`[i18n] missing message "${key}" for locale "${loc}"`);
  }
  return fallback !== undefined ? interpolate(fallback, params) : key;
}

/** Translate a MessageRef (as returned by persistence or ingest). */
export function translateRef(loc: LocaleCode, ref: MessageRef): string {
  return translate(loc, ref.key, ref.params);
}

/** All keys of one locale (for tests and tooling). */
export function messageKeys(loc: LocaleCode): string[] {
  return Object.keys(catalog[loc]);
}
