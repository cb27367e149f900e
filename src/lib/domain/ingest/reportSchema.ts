/**
 * The check of a stored cleaning report (IngestReport), for what a dataset record from
 * IndexedDB or a workspace file can make the Data view do: the view sums `skipped`, keys its
 * rows by reason (a repeated reason breaks the keyed list), lists every warning and looks
 * headers up by the mapping. `report: {}` used to throw there after every reload. Types and
 * counts are checked, with ceilings far above what the ingest writes (12 skip reasons with 20
 * lines each, a handful of warnings); words the ingest may add later (a new skip reason or
 * warning) are left to the view, which shows an unknown one by its key.
 */
import { msg, type MessageRef } from '../messages';
import { fields, isRecord, mustBeObject, own, text, wholeIn, type Check } from '../models/settingsSchema';

const MAX_TEXT = 10_000;
const MAX_HEADERS = 100_000;
const MAX_SKIP_ENTRIES = 100;
const MAX_SKIP_LINES = 20;
const MAX_WARNINGS = 100;
const count = wholeIn(0, Number.MAX_SAFE_INTEGER);
const bool: Check = (v, at) => (typeof v === 'boolean' ? null : msg('valid.bool', { field: at }));
const optionalBool: Check = (v, at) => (v === undefined ? null : bool(v, at));

/** A list of at most `max` entries, each passing `check` at `at[i]`. */
const listOf =
  (max: number, check: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return msg('valid.list', { field: at });
    if (v.length > max) return msg('valid.maxEntries', { field: at, max });
    for (let i = 0; i < v.length; i++) {
      const p = check(v[i], `${at}[${i}]`);
      if (p) return p;
    }
    return null;
  };

/** An object whose every own value passes `check` at `at.key`. */
const recordOf =
  (check: Check): Check =>
  (v, at) => {
    if (!isRecord(v)) return mustBeObject(at);
    for (const key of Object.keys(v)) {
      const p = check(v[key], `${at}.${key}`);
      if (p) return p;
    }
    return null;
  };

const skipEntry: Check = (v, at) =>
  isRecord(v) ? fields(v, at, { reason: text(100, 1), count, lines: listOf(MAX_SKIP_LINES, count) }) : mustBeObject(at);

function skipped(v: unknown, at: string): MessageRef | null {
  const p = listOf(MAX_SKIP_ENTRIES, skipEntry)(v, at);
  if (p) return p;
  const seen = new Set<unknown>();
  for (const [i, entry] of (v as { reason: string }[]).entries()) {
    if (seen.has(entry.reason)) return msg('valid.repeatedReason', { field: `${at}[${i}].reason` });
    seen.add(entry.reason);
  }
  return null;
}

const textOrNumber: Check = (v, at) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? null : msg('valid.textOrNumber', { field: at }));

const warning: Check = (v, at) => {
  if (!isRecord(v)) return mustBeObject(at);
  const params = own(v, 'params');
  return text(100, 1)(own(v, 'key'), `${at}.key`) ?? (params === undefined ? null : recordOf(textOrNumber)(params, `${at}.params`));
};

const dateOrder: Check = (v, at) => (v === null || v === 'ymd' || v === 'dmy' || v === 'mdy' ? null : msg('valid.oneOf', { field: at, values: ['ymd', 'dmy', 'mdy', 'null'] }));

/** Why `v` is not a usable cleaning report (field paths start at `at`), or null. */
export function reportProblem(v: unknown, at = 'report'): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  const headers = own(v, 'headers');
  const h = listOf(MAX_HEADERS, text(MAX_TEXT))(headers, `${at}.headers`);
  if (h) return h;
  const column = wholeIn(-1, Math.max((headers as unknown[]).length - 1, 0));
  return fields(v, at, {
    fileName: text(MAX_TEXT),
    encoding: text(100),
    delimiter: text(100),
    shape: (s, path) => (s === 'transactions' || s === 'customers' ? null : msg('valid.oneOf', { field: path, values: ['transactions', 'customers'] })),
    mapping: recordOf(column),
    autoDetected: recordOf(optionalBool),
    rowsRead: count,
    rowsUsed: count,
    skipped,
    dateOrder,
    dateOrderCertain: bool,
    frequencyRule: text(100),
    amountFromQuantityTimesPrice: bool,
    returnRows: count,
    cancelledOrderRows: count,
    zeroAmountRows: count,
    warnings: listOf(MAX_WARNINGS, warning),
  });
}
