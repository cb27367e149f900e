/**
 * Every IngestFailure is built here, so the ingest and the preview give the same key,
 * position and params for the same problem. No text: the app translates key + params
 * (messages ingest.error.* and data.error.*), and so does the CLI, with the English catalog.
 */
import type { ColumnRole, IngestFailure, SkipReason } from '../types';
import type { Pass1 } from './pass1';

export function fail(
  key: string, fileName: string,
  line: number | null = null, column: number | null = null, params?: Record<string, string | number>,
): IngestFailure {
  return { ok: false, error: { key, fileName, line, column, params } };
}

export function emptyFile(fileName: string): IngestFailure {
  return fail('empty-file', fileName);
}

export function cancelled(fileName: string): IngestFailure {
  return fail('cancelled', fileName);
}

/**
 * The catch-all for an unexpected exception. Only the ingest passes the raw message
 * on as a param; the preview never has, and its callers rely on that shape.
 */
export function internalError(fileName: string, e: unknown, withDetail: boolean): IngestFailure {
  const msg = e instanceof Error ? e.message : String(e);
  return fail('internal-error', fileName, null, null, withDetail ? { detail: msg } : undefined);
}

/** The failure for a file where every row was skipped: names the biggest reason. */
export function noUsableRows(p: Pass1, fileName: string, roleOf: Partial<Record<SkipReason, ColumnRole>>): IngestFailure {
  if (p.rowsRead === 0) return fail('no-rows', fileName, p.headerLine, null);
  const top = p.skips.entries()[0];
  const role = roleOf[top.reason];
  const col = role !== undefined && p.det.mapping[role] !== undefined ? p.det.mapping[role]! + 1 : null;
  const line = top.lines[0] ?? null;
  return fail('no-usable-rows', fileName, line, col, {
    reason: top.reason, count: top.count, rows: p.rowsRead,
    ...(col !== null ? { header: p.headers[col - 1] } : {}),
  });
}
