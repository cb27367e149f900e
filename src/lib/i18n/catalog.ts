/**
 * The message catalog: per-locale tables filled area by area, plus the plain-TS lookup.
 *
 * The browser loads only what it shows: the initial locale's core areas before the app
 * mounts (main.ts), the teaching and trainer areas with the views that use them, and the
 * other language only when the user switches to it. Lookups stay synchronous; `onMessagesAdded`
 * lets the reactive locale re-render when an area arrives. Node code and tests register
 * every area of both locales synchronously by importing './all' (never imported by the app).
 */
import type * as enCommon from './messages/en/common';
import type * as enTerms from './messages/en/terms';
import type * as enIngest from './messages/en/ingest';
import type * as enData from './messages/en/data';
import type * as enRfm from './messages/en/rfm';
import type * as enPyramid from './messages/en/pyramid';
import type * as enQuadrants from './messages/en/quadrants';
import type * as enMovement from './messages/en/movement';
import type * as enCustomers from './messages/en/customers';
import type * as enLessons from './messages/en/lessons';
import type * as enExercises from './messages/en/exercises';
import type * as enTrainer from './messages/en/trainer';
import type * as enGlossary from './messages/en/glossary';
import type * as enPacks from './messages/en/packs';
import type * as enStorage from './messages/en/storage';
import type * as enModel from './messages/en/model';

export const LOCALES = ['en', 'zh'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** BCP 47 tags used for Intl formatting. */
export const INTL_TAGS: Record<LocaleCode, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Areas every page needs from the start: the shell, ingest and the analysis views. */
export const CORE_AREAS = ['common', 'terms', 'ingest', 'data', 'rfm', 'pyramid', 'quadrants', 'movement', 'customers', 'storage'] as const;
/** Areas loaded with the views that use them (Learn, Trainer, the coaches, the toolbar). */
export const LAZY_AREAS = ['lessons', 'exercises', 'glossary', 'packs', 'trainer', 'model'] as const;
/**
 * The messages areas: each is `messages/en/<area>.ts` (`export const en`) and
 * `messages/zh/<area>.ts` (`export const zh`, typed against the English keys). A new area is
 * registered here, in the loaders below, in messages/<locale>/core.ts if it is core, and in './all'.
 */
export const AREAS = [...CORE_AREAS, ...LAZY_AREAS] as const;
export type Area = (typeof AREAS)[number];

type KeysOf<F> = F extends { en: infer E } ? keyof E & string : never;
/** Every message key of every area (a union of string literals). */
export type MessageKey = KeysOf<
  | typeof enCommon
  | typeof enTerms
  | typeof enIngest
  | typeof enData
  | typeof enRfm
  | typeof enPyramid
  | typeof enQuadrants
  | typeof enMovement
  | typeof enCustomers
  | typeof enLessons
  | typeof enExercises
  | typeof enTrainer
  | typeof enGlossary
  | typeof enPacks
  | typeof enStorage
  | typeof enModel
>;
/**
 * A parameter: text or a number as it is, a list read as alternatives in the locale's own
 * words ("3, 4 or 5", "3、4或5"), or a nested reference translated in the same locale (a
 * validation problem inside a file error), so non-UI code never words a sentence itself.
 */
export type MessageArg = string | number | readonly (string | number)[] | MessageRef;
export type MessageParams = Record<string, MessageArg>;

/** A translatable message reference: what non-UI code returns instead of text. */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

type Messages = Record<string, string>;
type AreaTexts = Partial<Record<Area, Messages>>;

// One chunk per locale for the core areas, one per lazy area. Literal import() paths so
// Vite (and esbuild, for the CLI bundle) can see and split them.
const LOADERS: Record<LocaleCode, Record<'core' | (typeof LAZY_AREAS)[number], () => Promise<AreaTexts>>> = {
  en: {
    core: () => import('./messages/en/core'),
    lessons: () => import('./messages/en/lessons').then((m) => ({ lessons: m.en })),
    exercises: () => import('./messages/en/exercises').then((m) => ({ exercises: m.en })),
    glossary: () => import('./messages/en/glossary').then((m) => ({ glossary: m.en })),
    packs: () => import('./messages/en/packs').then((m) => ({ packs: m.en })),
    trainer: () => import('./messages/en/trainer').then((m) => ({ trainer: m.en })),
    model: () => import('./messages/en/model').then((m) => ({ model: m.en })),
  },
  zh: {
    core: () => import('./messages/zh/core'),
    lessons: () => import('./messages/zh/lessons').then((m) => ({ lessons: m.zh })),
    exercises: () => import('./messages/zh/exercises').then((m) => ({ exercises: m.zh })),
    glossary: () => import('./messages/zh/glossary').then((m) => ({ glossary: m.zh })),
    packs: () => import('./messages/zh/packs').then((m) => ({ packs: m.zh })),
    trainer: () => import('./messages/zh/trainer').then((m) => ({ trainer: m.zh })),
    model: () => import('./messages/zh/model').then((m) => ({ model: m.zh })),
  },
};

const chunkOf = (area: Area): keyof (typeof LOADERS)['en'] =>
  (CORE_AREAS as readonly string[]).includes(area) ? 'core' : (area as (typeof LAZY_AREAS)[number]);

const catalog: Record<LocaleCode, Messages> = { en: {}, zh: {} };
const loaded: Record<LocaleCode, Set<Area>> = { en: new Set(), zh: new Set() };
/** Areas some shown view needs: a language switch loads all of them before it applies. */
const wanted = new Set<Area>(CORE_AREAS);
const inflight = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

export function isLocaleCode(value: unknown): value is LocaleCode {
  return value === 'en' || value === 'zh';
}

/** Add one area's text of one locale (used by the loaders and by './all'). */
export function registerMessages(loc: LocaleCode, area: Area, messages: Messages): void {
  if (loaded[loc].has(area)) return;
  Object.assign(catalog[loc], messages);
  loaded[loc].add(area);
  wanted.add(area);
  for (const fn of listeners) fn();
}

/** Call `fn` whenever an area arrives; returns the unsubscribe function. */
export function onMessagesAdded(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function isAreaLoaded(loc: LocaleCode, area: Area): boolean {
  return loaded[loc].has(area);
}

/** True when every area some view needs is loaded in `loc` (a switch to it can apply at once). */
export function isLocaleReady(loc: LocaleCode): boolean {
  for (const area of wanted) if (!loaded[loc].has(area)) return false;
  return true;
}

function loadChunk(loc: LocaleCode, chunk: keyof (typeof LOADERS)['en']): Promise<void> {
  const id = `${loc}:${chunk}`;
  let p = inflight.get(id);
  if (!p) {
    p = LOADERS[loc][chunk]().then(
      (texts) => {
        for (const [area, messages] of Object.entries(texts) as [Area, Messages][]) registerMessages(loc, area, messages);
      },
      (error: unknown) => {
        inflight.delete(id); // a failed fetch (offline, new deploy) may be retried
        throw error;
      },
    );
    inflight.set(id, p);
  }
  return p;
}

/** Load `areas` in each of `locales` (already loaded ones cost nothing) and remember them as wanted. */
export function loadAreas(locales: readonly LocaleCode[], areas: readonly Area[]): Promise<void> {
  const chunks = new Set<string>();
  const jobs: Promise<void>[] = [];
  for (const area of areas) wanted.add(area);
  for (const loc of locales) {
    for (const area of areas) {
      if (loaded[loc].has(area)) continue;
      const chunk = chunkOf(area);
      if (chunks.has(`${loc}:${chunk}`)) continue;
      chunks.add(`${loc}:${chunk}`);
      jobs.push(loadChunk(loc, chunk));
    }
  }
  return jobs.length ? Promise.all(jobs).then(() => undefined) : Promise.resolve();
}

/** Load every wanted area in `loc`, including areas wanted while it loads. */
export async function loadLocale(loc: LocaleCode): Promise<void> {
  while (!isLocaleReady(loc)) await loadAreas([loc], [...wanted]);
}

export function hasMessage(key: string, loc: LocaleCode = 'en'): boolean {
  return Object.prototype.hasOwnProperty.call(catalog[loc], key);
}

/** Replace `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const reported = new Set<string>();

/**
 * Look a message up. A key missing in `loc` falls back to English, then to the key itself
 * (and warns once, unless an area of `loc` is still loading), so a typo shows up on screen
 * instead of an empty string.
 */
export function translate(loc: LocaleCode, key: MessageKey | (string & {}), params?: MessageParams): string {
  const own = catalog[loc][key];
  if (own !== undefined && Object.prototype.hasOwnProperty.call(catalog[loc], key)) return interpolate(own, resolveArgs(loc, params));
  const fallback = Object.prototype.hasOwnProperty.call(catalog.en, key) ? catalog.en[key] : undefined;
  if (!reported.has(`${loc}:${key}`) && isLocaleReady(loc)) {
    reported.add(`${loc}:${key}`);
    console.warn(`[i18n] missing message "${key}" for locale "${loc}"`);
  }
  return fallback !== undefined ? interpolate(fallback, resolveArgs(loc, params)) : key;
}

const listFormats = new Map<LocaleCode, Intl.ListFormat>();

/** Lists and nested references in `params` as text of `loc`; plain values stay as they are. */
function resolveArgs(loc: LocaleCode, params?: MessageParams): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
    else if (Array.isArray(value)) {
      let lf = listFormats.get(loc);
      if (!lf) listFormats.set(loc, (lf = new Intl.ListFormat(INTL_TAGS[loc], { type: 'disjunction' })));
      out[name] = lf.format(value.map(String));
    } else if (value && typeof value === 'object' && typeof (value as MessageRef).key === 'string')
      out[name] = translate(loc, (value as MessageRef).key, (value as MessageRef).params);
    else out[name] = String(value);
  }
  return out;
}

/** Translate a MessageRef (as returned by persistence or ingest). */
export function translateRef(loc: LocaleCode, ref: MessageRef): string {
  return translate(loc, ref.key, ref.params);
}

/** All keys loaded so far in one locale (for tests and tooling). */
export function messageKeys(loc: LocaleCode): string[] {
  return Object.keys(catalog[loc]);
}
