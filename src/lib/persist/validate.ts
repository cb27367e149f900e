/**
 * Structural validation of stored records, one validator per kind. A validator returns the
 * first problem, or null when the data is usable: a short English description (the
 * structural checks here) or a message reference (the domain schemas: progress, the app's
 * workspace check), which notices translate in the current language and `problemText` turns
 * into the English kept with a quarantined record.
 */
import type { CustomerTable, Dataset, IngestReport, TransactionTable } from '../domain/types';
import { progressProblem } from '../domain/teaching/progressSchema';
import { hasMessage, translate, type MessageRef } from '../i18n/catalog';
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

function stringArray(v: unknown, field: string, length?: number): string | null {
  if (!Array.isArray(v)) return `${field} is not an array`;
  if (length !== undefined && v.length !== length) return `${field} has ${v.length} entries, expected ${length}`;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return `${field}[${i}] is not a string`;
  return null;
}

function typed(obj: Record<string, unknown>, field: string, name: TypedArrayName, length?: number): string | null {
  const v = obj[field];
  if (!isTypedArray(v, name)) return `${field} is not a ${name}`;
  const len = (v as { length: number }).length;
  if (length !== undefined && len !== length) return `${field} has ${len} entries, expected ${length}`;
  return null;
}

function optionalPerCustomer(obj: Record<string, unknown>, n: number): string | null {
  for (const f of ['customerNames', 'regions', 'needTypes']) {
    if (obj[f] === undefined) continue;
    const p = stringArray(obj[f], f, n);
    if (p) return p;
  }
  return null;
}

function validateTransactions(d: Record<string, unknown>): string | null {
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
  if (typeof d.hasOrderIds !== 'boolean') return 'hasOrderIds is not a boolean';
  if (typeof d.minDay !== 'number' || typeof d.maxDay !== 'number' || Number.isNaN(d.minDay) || Number.isNaN(d.maxDay))
    return 'minDay/maxDay are not numbers';
  const customer = d.customer as Int32Array;
  for (let i = 0; i < n; i++) {
    if (customer[i] < 0 || customer[i] >= nCustomers) return `customer[${i}] = ${customer[i]} is out of range`;
  }
  return null;
}

function validateCustomers(d: Record<string, unknown>): string | null {
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
export function validateDataset(v: unknown): string | null {
  if (!isPlainObject(v)) return 'dataset is not an object';
  if (v.shape === 'transactions') return validateTransactions(v as Partial<TransactionTable> as Record<string, unknown>);
  if (v.shape === 'customers') return validateCustomers(v as Partial<CustomerTable> as Record<string, unknown>);
  return `unknown dataset shape ${JSON.stringify(v.shape)}`;
}

export function validateDatasetRecord(v: unknown): string | null {
  if (!isPlainObject(v)) return 'not an object';
  const p = validateDataset(v.dataset);
  if (p) return p;
  if (v.report !== null && v.report !== undefined && !isPlainObject(v.report)) return 'report is not an object';
  return null;
}

export function validateWorkspace(v: unknown): string | null {
  if (!isPlainObject(v)) return 'not an object';
  if (typeof v.name !== 'string') return 'name is not a string';
  // Absent in records older than a settings field set: the app fills the defaults.
  if (v.settings !== undefined && !isPlainObject(v.settings)) return 'settings is not an object';
  return null;
}

export function validateSettings(v: unknown): string | null {
  if (!isPlainObject(v)) return 'not an object';
  const a = v.activeWorkspaceId;
  if (a !== undefined && a !== null && typeof a !== 'string') return 'activeWorkspaceId is not a string';
  return null;
}

export function validateSnapshots(v: unknown): string | null {
  if (!Array.isArray(v)) return 'not an array';
  for (let i = 0; i < v.length; i++) {
    if (!isPlainObject(v[i])) return `snapshot ${i} is not an object`;
    if (typeof v[i].id !== 'string') return `snapshot ${i} has no id`;
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
