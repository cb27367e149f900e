/** The header row: cleaned column names and the mapping checked against them. */
import type { ColumnRole, IngestFailure } from '../types';
import { exampleHeaders, type ColumnDetection } from './columns';
import { fail } from './failures';

/** Headers are matched by text, so a stray BOM or padding must not stick to a name. */
export function cleanHeaders(row: string[]): string[] {
  return row.map((h) => h.replace(/^\uFEFF/, '').trim());
}

/** Validates the mapping against the header and names what is missing. */
export function checkColumns(det: ColumnDetection, headers: string[], fileName: string, line: number): IngestFailure | null {
  for (const r of Object.keys(det.mapping) as ColumnRole[]) {
    const c = det.mapping[r]!;
    if (!Number.isInteger(c) || c >= headers.length) {
      return fail('bad-mapping', fileName, line, null, { role: r, column: c + 1, columns: headers.length });
    }
  }
  if (det.missing.length > 0) {
    const r = det.missing[0];
    // The names looked for and the headers found are data (not text), for a reader to list.
    return fail('missing-column', fileName, line, null, {
      role: r, shape: det.shape, looked: exampleHeaders(r, det.shape).join(', '), headers: headers.join(', '),
    });
  }
  return null;
}
