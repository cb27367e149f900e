/**
 * Every IngestFailure is built here, so the ingest and the preview give the same key,
 * message and position for the same problem.
 */
import type { ColumnRole, IngestFailure, SkipReason } from '../types';
import type { Pass1 } from './pass1';

export function fail(
  key: string, fileName: string, message: string,
  line: number | null = null, column: number | null = null, params?: Record<string, string | number>,
): IngestFailure {
  return { ok: false, error: { key, fileName, line, column, message, params } };
}

function whereText(fileName: string, line: number | null, column: number | null): string {
  if (line === null) return fileName;
  return column === null ? `${fileName}: line ${line}` : `${fileName}, line ${line}, column ${column}`;
}

export function emptyFile(fileName: string): IngestFailure {
  return fail('empty-file', fileName, `${fileName}: the file is empty.`);
}

export function cancelled(fileName: string): IngestFailure {
  return fail('cancelled', fileName, `${fileName}: reading was cancelled.`);
}

/**
 * The catch-all for an unexpected exception. Only the ingest passes the raw message
 * on as a param; the preview never has, and its callers rely on that shape.
 */
export function internalError(fileName: string, e: unknown, withDetail: boolean): IngestFailure {
  const msg = e instanceof Error ? e.message : String(e);
  return fail('internal-error', fileName, `${fileName}: could not read the file (${msg}).`, null, null, withDetail ? { detail: msg } : undefined);
}

/** The failure for a file where every row was skipped: names the biggest reason. */
export function noUsableRows(p: Pass1, fileName: string, roleOf: Partial<Record<SkipReason, ColumnRole>>): IngestFailure {
  if (p.rowsRead === 0) {
    return fail('no-rows', fileName, `${fileName}: there are no data rows after the header (line ${p.headerLine}).`, p.headerLine, null);
  }
  const top = p.skips.entries()[0];
  const role = roleOf[top.reason];
  const col = role !== undefined && p.det.mapping[role] !== undefined ? p.det.mapping[role]! + 1 : null;
  const line = top.lines[0] ?? null;
  const colText = col !== null ? ` in column ${col} (${p.headers[col - 1]})` : '';
  return fail('no-usable-rows', fileName,
    `${whereText(fileName, line, col)}: none of the ${p.rowsRead} data rows could be used; ${top.count} ${top.count === 1 ? 'row has' : 'rows have'} the problem '${top.reason}'${colText}, the first at line ${line}.`,
    line, col, { reason: top.reason, count: top.count, rows: p.rowsRead });
}
