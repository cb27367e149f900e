/**
 * Pass 1: finds the header row, checks the mapping, then reads the data rows and keeps
 * per row only its line number and an interned code per needed cell. Pass 2
 * (transactions.ts, customers.ts) parses each distinct cell text once from those codes.
 *
 * Line numbers count the header as line 1 and follow physical lines: blank lines count,
 * and a quoted field containing line breaks advances the count by its breaks.
 */
import type { ColumnRole, IngestFailure, IngestReport } from '../types';
import { detectColumns, type ColumnDetection } from './columns';
import { CsvReader } from './csv';
import { ByteCsvReader, ByteInterner } from './bytecsv';
import type { Utf8Direct } from './decode';
import { Interner, IntColumn, SkipLog } from './table';
import { fail } from './failures';
import { checkColumns, cleanHeaders } from './header';
import { readInSlices } from './chunks';
import type { IngestOptions } from './options';

export interface Pass1 {
  headers: string[];
  headerLine: number;
  det: ColumnDetection;
  /** Needed role -> interned cells. */
  cells: Partial<Record<ColumnRole, Interner>>;
  lines: IntColumn;
  rowsRead: number;
  skips: SkipLog;
  warnings: IngestReport['warnings'];
}

/** Roles whose cells pass 1 keeps, per shape. */
const TX_ROLES: ColumnRole[] = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'name', 'region', 'needType'];
const CUST_ROLES: ColumnRole[] = ['customer', 'recency', 'frequency', 'monetary', 'potential', 'futureValue', 'name', 'region', 'needType'];

/**
 * `source`: the decoded text, or the bytes of a valid UTF-8 file (read without decoding
 * them, see bytecsv.ts; the caller passes them only with an ASCII one-character delimiter).
 */
export async function pass1(
  source: string | Utf8Direct, delimiter: string, opts: IngestOptions, fileName: string, warnings: IngestReport['warnings'],
): Promise<Pass1 | IngestFailure> {
  const direct = typeof source !== 'string';
  const reader = direct ? new ByteCsvReader(source.bytes, source.start, delimiter) : new CsvReader(source, delimiter);
  const lines = new IntColumn();
  const skips = new SkipLog();
  const cells: Partial<Record<ColumnRole, Interner>> = {};
  const cellList: Interner[] = [];
  const colList: number[] = [];
  let maxCol = 0;

  // Header: the first non-blank row.
  while (reader.next() && reader.rowBlank()) { /* leading blank lines are not data */ }
  if (reader.count === 0 || reader.rowBlank()) {
    return fail('no-header', fileName);
  }
  const headerLine = reader.rowLine;
  const headers = cleanHeaders(reader.row());
  const det = detectColumns(headers, opts.shape ?? 'auto', opts.mapping ?? {});
  const bad = checkColumns(det, headers, fileName, headerLine);
  if (bad) return bad;
  if (det.customerFromName) warnings.push({ key: 'customer-from-name-column', params: { column: headers[det.mapping.customer!] } });
  for (const r of det.shape === 'customers' ? CUST_ROLES : TX_ROLES) {
    const c = det.mapping[r];
    // With an amount column, quantity and price are not needed (no q x p).
    if (c === undefined || ((r === 'quantity' || r === 'price') && det.mapping.amount !== undefined)) continue;
    const it = direct ? new ByteInterner() : new Interner();
    cells[r] = it;
    cellList.push(it);
    colList.push(c);
    if (c > maxCol) maxCol = c;
  }
  const nCells = cellList.length;
  const hl = headers.length;
  if (direct) {
    // Size the row columns for the whole file from the line breaks in the next 256 KB
    // (10 % spare), instead of doubling from 65,536 rows: Online Retail would copy and
    // zero ~70 MB on the way to 541,909 rows. Only a capacity: lengths are unchanged. At
    // most one row per 16 bytes, so an odd sample (blank lines) cannot reserve much.
    const b = source.bytes;
    const from = reader.pos, to = Math.min(b.length, from + (256 << 10));
    let breaks = 0;
    for (let i = from; i < to; i++) if (b[i] === 10) breaks++;
    if (to < b.length && breaks > 0) {
      const rows = Math.min(Math.ceil(((b.length - from) / (to - from)) * breaks * 1.1), Math.ceil((b.length - from) / 16));
      lines.reserve(rows);
      for (const it of cellList) it.codes.reserve(rows);
    }
  }
  let pendingBlank: number[] = [];
  let rowsRead = 0;

  const stopped = await readInSlices(reader, opts, fileName, (limit) => {
    // A local counter keeps the hot loop off the closure's context slot.
    let read = rowsRead;
    while (reader.pos < limit && reader.next()) {
      const at = reader.rowLine;
      const n = reader.count;
      // Cheap blank test first: most rows have a non-empty first field.
      if (reader.fieldBlank(0) && reader.rowBlank()) {
        pendingBlank.push(at);
        continue;
      }
      // Blank lines count only when data follows them (not trailing newlines).
      if (pendingBlank.length > 0) {
        for (const b of pendingBlank) skips.add('blank', b);
        read += pendingBlank.length;
        pendingBlank = [];
      }
      read++;
      if (n !== hl) {
        // Too few fields is fatal only when a needed column is missing; too many is
        // fatal unless the extras are empty (a trailing delimiter), because an
        // unquoted delimiter inside a value shifts every later column.
        let wrong = n <= maxCol;
        for (let k = hl; !wrong && k < n; k++) if (!reader.fieldBlank(k)) wrong = true;
        if (wrong) {
          skips.add('wrong-field-count', at);
          continue;
        }
      }
      lines.push(at);
      for (let k = 0; k < nCells; k++) cellList[k].addField(reader, colList[k]);
    }
    rowsRead = read;
    return read;
  });
  if (stopped) return stopped;
  // A quote that swallowed the lines after it is named with both ends: where it opened
  // and which lines it took in (their rows are lost into one cell).
  const swallow = reader.quoteSwallow;
  if (swallow) warnings.push({ key: swallow.first === swallow.last ? 'csv-quote-swallowed-line' : 'csv-quote-swallowed-lines', params: { ...swallow } });
  if (reader.quoteErrorLine && reader.quoteErrorLine !== swallow?.line) warnings.push({ key: 'csv-quote-error', params: { line: reader.quoteErrorLine } });
  return { headers, headerLine, det, cells, lines, rowsRead, skips, warnings };
}
