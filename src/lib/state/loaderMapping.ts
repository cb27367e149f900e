/**
 * The column-mapping rules of the loader's mapping step, kept free of UI state so the
 * rules can be tested and reused on their own: what a role needs, what a confirm parses
 * with, and how the report tells chosen roles from detected ones.
 */
import type { IngestPreview } from '../domain/ingest';
import type { ColumnMapping, ColumnRole, DataShape, DateOrder, IngestReport } from '../domain/types';
import type { WorkerIngestOptions } from '../workers/protocol';

/** Every role, in the order the mapping step lists them. */
export const ALL_ROLES: readonly ColumnRole[] = [
  'customer', 'date', 'amount', 'order', 'quantity', 'price', 'name', 'region', 'channel', 'needType',
  'recency', 'frequency', 'monetary', 'potential', 'futureValue',
];

/** Roles each shape can use; the mapping step offers these (plus "not used"). */
export const ROLES_BY_SHAPE: Record<DataShape, readonly ColumnRole[]> = {
  transactions: ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'name', 'region', 'channel', 'needType'],
  customers: ['customer', 'recency', 'frequency', 'monetary', 'potential', 'futureValue', 'name', 'region', 'channel', 'needType'],
};

/** Roles still missing before a parse can work (same rule as the ingest's column check). */
export function missingRoles(shape: DataShape, mapping: ColumnMapping): ColumnRole[] {
  const has = (r: ColumnRole) => mapping[r] !== undefined && mapping[r]! >= 0;
  const need: ColumnRole[] = shape === 'customers' ? ['customer', 'recency', 'frequency', 'monetary'] : ['customer', 'date'];
  const missing = need.filter((r) => !has(r));
  if (shape === 'transactions' && !has('amount') && !(has('quantity') && has('price'))) missing.push('amount');
  return missing;
}

/** A mapping where each role the user left unmapped is -1, so the ingest does not re-detect it. */
export function explicitMapping(shape: DataShape, mapping: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = {};
  for (const r of ROLES_BY_SHAPE[shape]) out[r] = mapping[r] !== undefined && mapping[r]! >= 0 ? mapping[r] : -1;
  return out;
}

/** Give `column` the role `role` (or no role when null); a role belongs to one column at most. */
export function assignRole(mapping: ColumnMapping, column: number, role: ColumnRole | null): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [r, c] of Object.entries(mapping) as [ColumnRole, number][]) {
    if (c === column || r === role || c < 0) continue;
    out[r] = c;
  }
  if (role) out[role] = column;
  return out;
}

/** The role of `column` in `mapping`, or null. */
export function roleOfColumn(mapping: ColumnMapping, column: number): ColumnRole | null {
  for (const [r, c] of Object.entries(mapping) as [ColumnRole, number][]) if (c === column) return r;
  return null;
}

/** What the mapping step shows and the user edits. */
export interface MappingStep {
  shape: DataShape;
  mapping: ColumnMapping;
  preview: IngestPreview | null;
  dateOrder: DateOrder | null;
  /** True once the user picked the date order; otherwise the ingest decides from the whole column. */
  dateOrderChosen: boolean;
}

/** The options a confirm of the mapping step parses with. */
export function ingestOptions(fileName: string, step: MappingStep): WorkerIngestOptions {
  const options: WorkerIngestOptions = { fileName, shape: step.shape, mapping: explicitMapping(step.shape, step.mapping) };
  if (step.preview) {
    options.encoding = step.preview.encoding;
    options.delimiter = step.preview.delimiter;
  }
  if (step.dateOrderChosen && step.dateOrder) options.dateOrder = step.dateOrder;
  return options;
}

/**
 * The mapping step sends every role explicitly, so the ingest reports them all as chosen;
 * a role the user left as detected (as `preview` found it) is reported as detected.
 */
export function markDetected(report: IngestReport, preview: IngestPreview | null): IngestReport {
  if (!preview || preview.shape !== report.shape) return report;
  const autoDetected = { ...report.autoDetected };
  for (const [role, column] of Object.entries(report.mapping) as [ColumnRole, number][]) {
    if (preview.autoDetected[role] && preview.mapping[role] === column) autoDetected[role] = true;
  }
  return { ...report, autoDetected };
}
