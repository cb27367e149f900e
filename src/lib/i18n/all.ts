/**
 * Every area of both locales, imported statically and registered at once: for Node code
 * (tests, the CLI, scripts) that translates synchronously without awaiting a load. The app
 * never imports this file (it would put both languages into the first page's JavaScript).
 */
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
import * as storage from './messages/storage';
import * as model from './messages/model';
import { registerMessages, type Area } from './catalog';

/** The messages files by area; each has `en` and `zh` with the same keys. */
export const MESSAGE_FILES = { common, terms, ingest, data, rfm, pyramid, quadrants, movement, customers, lessons, exercises, trainer, glossary, packs, storage, model } as const satisfies Record<Area, { en: object; zh: object }>;

/** Register every area of both locales (idempotent). */
export function loadAllCatalogsSync(): void {
  for (const [area, file] of Object.entries(MESSAGE_FILES) as [Area, { en: Record<string, string>; zh: Record<string, string> }][]) {
    registerMessages('en', area, file.en);
    registerMessages('zh', area, file.zh);
  }
}

loadAllCatalogsSync();
