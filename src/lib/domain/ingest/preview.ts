/**
 * The quick look for the mapping step: reads only the start of the file, so the UI can
 * show headers, rows and a proposed mapping before the full ingest runs.
 */
import type { DateOrder } from '../types';
import { decodePrefix } from './decode';
import { normaliseDelimiter } from './delimiter';
import { detectColumns } from './columns';
import { inferDateOrder } from './dates';
import { parseCsv } from './csv';
import { fail, internalError } from './failures';
import { checkText, chooseDelimiter, precheck } from './source';
import { checkColumns, cleanHeaders } from './header';
import type { IngestOptions, IngestPreview } from './options';

const PREVIEW_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;

/**
 * Reads the start of the file for the mapping step: encoding, delimiter, header, first
 * rows, detected shape and mapping, and a day/month order guess from those rows.
 * Synchronous and cheap (decodes at most 256 KB). Never throws.
 */
export function previewBytes(bytes: Uint8Array, opts: Omit<IngestOptions, 'onProgress' | 'signal' | 'chunkSize'>): IngestPreview {
  const fileName = opts.fileName || 'file';
  const empty: IngestPreview = {
    fileName, encoding: opts.encoding ?? 'utf-8', delimiter: opts.delimiter ? normaliseDelimiter(opts.delimiter) : ',',
    headers: [], rows: [], shape: opts.shape && opts.shape !== 'auto' ? opts.shape : 'transactions', mapping: {},
    autoDetected: {}, missingRoles: [], dateOrder: null, dateOrderCertain: false, failure: null,
  };
  try {
    const pre = precheck(bytes, fileName);
    if (pre) return { ...empty, failure: pre.error };
    const dec = decodePrefix(bytes, PREVIEW_BYTES, opts.encoding);
    empty.encoding = dec.encoding;
    const bad = checkText(dec.text, fileName);
    if (bad) return { ...empty, failure: bad.error };
    const delimiter = chooseDelimiter(opts.delimiter, dec.text);
    const truncated = bytes.length > PREVIEW_BYTES;
    let rows = parseCsv(dec.text, delimiter, PREVIEW_ROWS * 4).filter((r) => r.some((f) => f.trim() !== '')).slice(0, PREVIEW_ROWS + 2);
    // A row cut by the 256 KB limit would look malformed: drop the possibly cut last row.
    if (truncated && rows.length < PREVIEW_ROWS + 2) rows = rows.slice(0, -1);
    if (rows.length === 0) return { ...empty, delimiter, failure: fail('no-header', fileName).error };
    const headers = cleanHeaders(rows[0]);
    const body = rows.slice(1, PREVIEW_ROWS + 1);
    const det = detectColumns(headers, opts.shape ?? 'auto', opts.mapping ?? {});
    const problem = checkColumns(det, headers, fileName, 1);
    let dateOrder: DateOrder | null = null;
    let dateOrderCertain = true;
    if (det.shape === 'transactions' && det.mapping.date !== undefined) {
      const c = det.mapping.date;
      const d = inferDateOrder(body.map((r) => r[c] ?? ''), opts.dateOrder);
      dateOrder = d.order;
      dateOrderCertain = d.certain;
    }
    return {
      fileName, encoding: dec.encoding, delimiter, headers, rows: body, shape: det.shape, mapping: det.mapping,
      autoDetected: det.autoDetected, missingRoles: det.missing, dateOrder, dateOrderCertain,
      failure: problem ? problem.error : null,
    };
  } catch (e) {
    return { ...empty, failure: internalError(fileName, e, false).error };
  }
}
