/**
 * Structural validation of stored records, one validator per kind. A validator returns the
 * first problem, or null when the data is usable: a message reference naming the field as
 * data, which notices translate in the current language and `problemText` turns into the
 * English kept with a quarantined record. (A plain string is still accepted from an app's
 * extra validator.)
 */
import type { CustomerTable, Dataset, IngestReport, TransactionTable } from '../domain/types';
import { progressProblem } from '../domain/teaching/progressSchema';
import { reportProblem } from '../domain/ingest/reportSchema';
import { isWholeIn, MIN_ANALYSIS_DAY } from '../domain/models/settingsSchema';
import { isoToDay } from '../domain/days';
import { hasMessage, translate, type MessageRef } from '../i18n/catalog';
import { msg } from '../domain/messages';
import type { RecordKind } from './envelope';
import { isTypedArray, type TypedArrayName } from './typed';

export type Problem = string | MessageRef;
export type Validator = (data: unknown) => Problem | null;

/**
 * A problem as one English line, for logs and the reason stored with a set-aside record.
 * The English texts may not be loaded (a Chinese first page): then the key and params.
 */
export function problemText(p: Problem): string {
  if (typeof p === 'string') return p;
  return hasMessage(p.key, 'en') ? translate('en', p.key, p.params) : `${p.key} ${JSON.stringify(p.params ?? {})}`;
}

/** The minimal workspace shape this module relies on; the app stores more fields. */
export interface WorkspaceData {
  name: string;
  settings: Record<string, unknown>;
  [field: string]: unknown;
}

/** The big dataset of a workspace, stored apart from it under `dataset:<id>`. */
export interface DatasetRecord {
  dataset: Dataset;
  /** The cleaning report of the ingest that produced it, when kept. */
  report: IngestReport | null;
}

export interface SettingsData {
  activeWorkspaceId: string | null;
  [field: string]: unknown;
}

/** One entry of `snapshots:<id>`; the app defines the rest. */
export interface SnapshotData {
  id: string;
  [field: string]: unknown;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || ArrayBuffer.isView(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

type Found = MessageRef | null;

const entries = (field: string, count: number, expected: number): MessageRef => msg('store.entries', { field, count, expected });
/** The last day the ingest reads (years up to 9999). */
const LAST_DATA_DAY = isoToDay('9999-12-31')!;

function stringArray(v: unknown, field: string, length?: number): Found {
  if (!Array.isArray(v)) return msg('valid.list', { field });
  if (length !== undefined && v.length !== length) return entries(field, v.length, length);
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return msg('valid.text', { field: `${field}[${i}]` });
  return null;
}

function typed(obj: Record<string, unknown>, field: string, name: TypedArrayName, length?: number): Found {
  const v = obj[field];
  if (!isTypedArray(v, name)) return msg('store.typedArray', { field, type: name });
  const len = (v as { length: number }).length;
  if (length !== undefined && len !== length) return entries(field, len, length);
  return null;
}

function optionalPerCustomer(obj: Record<string, unknown>, n: number): Found {
  for (const f of ['customerNames', 'regions', 'needTypes']) {
    if (obj[f] === undefined) continue;
    const p = stringArray(obj[f], f, n);
    if (p) return p;
  }
  return null;
}

function validateTransactions(d: Record<string, unknown>): Found {
  const ids = stringArray(d.customerIds, 'customerIds');
  if (ids) return ids;
  const nCustomers = (d.customerIds as string[]).length;
  const p0 = typed(d, 'customer', 'Int32Array');
  if (p0) return p0;
  const n = (d.customer as Int32Array).length;
  const p =
    typed(d, 'day', 'Int32Array', n) ??
    typed(d, 'amount', 'Float64Array', n) ??
    typed(d, 'order', 'Int32Array', n) ??
    typed(d, 'purchase', 'Uint8Array', n) ??
    optionalPerCustomer(d, nCustomers);
  if (p) return p;
  if (typeof d.hasOrderIds !== 'boolean') return msg('valid.bool', { field: 'hasOrderIds' });
  // Days the ingest can write (years 1000..9999): a day like 1e15 has no date, and every view
  // that shows the data's range or the default analysis date (the day after maxDay) threw on it.
  const lo = d.minDay as number;
  if (!isWholeIn(lo, MIN_ANALYSIS_DAY, LAST_DATA_DAY)) return msg('valid.wholeIn', { field: 'minDay', min: MIN_ANALYSIS_DAY, max: LAST_DATA_DAY });
  const hi = d.maxDay as number;
  if (!isWholeIn(hi, lo, LAST_DATA_DAY)) return msg('valid.wholeIn', { field: 'maxDay', min: lo, max: LAST_DATA_DAY });
  const customer = d.customer as Int32Array;
  const day = d.day as Int32Array;
  for (let i = 0; i < n; i++) {
    if (customer[i] < 0 || customer[i] >= nCustomers) return msg('store.customerOutOfRange', { field: `customer[${i}]`, value: customer[i], max: nCustomers - 1 });
    if (day[i] < lo || day[i] > hi) return msg('valid.wholeIn', { field: `day[${i}]`, min: lo, max: hi });
  }
  return null;
}

function validateCustomers(d: Record<string, unknown>): Found {
  const ids = stringArray(d.customerIds, 'customerIds');
  if (ids) return ids;
  const n = (d.customerIds as string[]).length;
  return (
    typed(d, 'recency', 'Float64Array', n) ??
    typed(d, 'frequency', 'Float64Array', n) ??
    typed(d, 'monetary', 'Float64Array', n) ??
    (d.potential === undefined ? null : typed(d, 'potential', 'Float64Array', n)) ??
    (d.futureValue === undefined ? null : typed(d, 'futureValue', 'Float64Array', n)) ??
    optionalPerCustomer(d, n)
  );
}

/** Checks a Dataset (TransactionTable | CustomerTable) column by column. */
export function validateDataset(v: unknown): Found {
  if (!isPlainObject(v)) return msg('valid.object', { field: 'dataset' });
  if (v.shape === 'transactions') return validateTransactions(v as Partial<TransactionTable> as Record<string, unknown>);
  if (v.shape === 'customers') return validateCustomers(v as Partial<CustomerTable> as Record<string, unknown>);
  return msg('store.unknownShape', { shape: JSON.stringify(v.shape) ?? 'undefined' });
}

export function validateDatasetRecord(v: unknown): Found {
  if (!isPlainObject(v)) return msg('valid.object', { field: 'record' });
  const p = validateDataset(v.dataset);
  if (p) return p;
  // The cleaning report the Data view shows: checked, not only typed (reportSchema.ts).
  return v.report === null || v.report === undefined ? null : reportProblem(v.report);
}

export function validateWorkspace(v: unknown): Found {
  if (!isPlainObject(v)) return msg('valid.object', { field: 'workspace' });
  if (typeof v.name !== 'string') return msg('valid.text', { field: 'name' });
  // Absent in records older than a settings field set: the app fills the defaults.
  if (v.settings !== undefined && !isPlainObject(v.settings)) return msg('valid.object', { field: 'settings' });
  return null;
}

export function validateSettings(v: unknown): Found {
  if (!isPlainObject(v)) return msg('valid.object', { field: 'settings' });
  const a = v.activeWorkspaceId;
  if (a !== undefined && a !== null && typeof a !== 'string') return msg('valid.nullOrText', { field: 'activeWorkspaceId' });
  return null;
}

export function validateSnapshots(v: unknown): Found {
  if (!Array.isArray(v)) return msg('valid.list', { field: 'snapshots' });
  for (let i = 0; i < v.length; i++) {
    if (!isPlainObject(v[i])) return msg('valid.object', { field: `snapshots[${i}]` });
    if (typeof v[i].id !== 'string') return msg('valid.text', { field: `snapshots[${i}].id` });
  }
  return null;
}

/** Lessons and exercises with their steps, attempts and hints in range (progressSchema). */
export function validateProgress(v: unknown): Problem | null {
  return progressProblem(v);
}

export const VALIDATORS: Record<RecordKind, Validator> = {
  workspace: validateWorkspace,
  dataset: validateDatasetRecord,
  settings: validateSettings,
  snapshot: validateSnapshots,
  progress: validateProgress,
};
