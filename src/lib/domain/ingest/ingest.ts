/**
 * CSV bytes -> Dataset + IngestReport (or one IngestFailure). Runs unchanged in a Web
 * Worker and in Node: no DOM, no Node modules.
 *
 * Pass 1 reads rows with CsvReader (csv.ts; papaparse was too slow for 541k rows, see
 * there) in slices of `chunkSize` characters: after each slice it reports progress and
 * checks the AbortSignal, and every few slices it yields to the event loop so a Worker
 * can receive a cancel message. It handles the header row itself and stores per row
 * only interned codes of the needed cells. Pass 2 decides the column-level formats
 * (day/month order, decimal separator) from the distinct cell texts, parses each
 * distinct text once, then walks the rows and builds the typed arrays.
 *
 * Line numbers count the header as line 1 and follow physical lines: blank lines count,
 * and a quoted field containing line breaks advances the count by its breaks.
 */
import type {
  ColumnMapping, ColumnRole, CustomerTable, DataShape, DateOrder, Encoding, IngestFailure,
  IngestOutcome, IngestReport, SkipReason, TransactionTable,
} from '../types';
import { binaryKind, decodeBytes, decodePrefix, looksBinary } from './decode';
import { detectDelimiter, normaliseDelimiter } from './delimiter';
import { detectColumns, exampleHeaders, ROLE_LABEL, type ColumnDetection } from './columns';
import { inferDateOrder, parseDate } from './dates';
import { decideDecimal, parseNumber } from './numbers';
import { isCancelledOrderId, normaliseId } from './ids';
import { Interner, IntColumn, SkipLog } from './table';
import { CsvReader, parseCsv } from './csv';

export interface IngestOptions {
  fileName: string;
  shape?: DataShape | 'auto';
  /** Overrides auto-detection per role; -1 means "no column for this role". */
  mapping?: ColumnMapping;
  /** Day/month order for year-last dates (12/1/2010); inferred when absent. */
  dateOrder?: DateOrder;
  encoding?: Encoding;
  /** ',', ';', '\t' (or 'tab'), '|'; detected when absent. */
  delimiter?: string;
  onProgress?: (fraction: number, rowsRead: number) => void;
  signal?: AbortSignal;
  /** Characters per papaparse chunk (default 1 MiB). */
  chunkSize?: number;
}

export type IngestError = IngestFailure['error'];

/** What the mapping step of the UI shows before the real ingest. */
export interface IngestPreview {
  fileName: string;
  encoding: Encoding;
  delimiter: string;
  headers: string[];
  /** First data rows as text (up to 20). */
  rows: string[][];
  shape: DataShape;
  mapping: ColumnMapping;
  autoDetected: Partial<Record<ColumnRole, boolean>>;
  /** Roles still needed before ingest can work. */
  missingRoles: ColumnRole[];
  /** Guess from the preview rows only; the ingest re-decides from the whole column. */
  dateOrder: DateOrder | null;
  dateOrderCertain: boolean;
  /** Set when the file cannot be used as it stands (same error the ingest would give). */
  failure: IngestError | null;
}

const DEFAULT_CHUNK = 1 << 20;
/** Yield to the event loop after this many chunks. */
const YIELD_EVERY = 4;
const PREVIEW_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;

function fail(
  key: string, fileName: string, message: string,
  line: number | null = null, column: number | null = null, params?: Record<string, string | number>,
): IngestFailure {
  return { ok: false, error: { key, fileName, line, column, message, params } };
}

function whereText(fileName: string, line: number | null, column: number | null): string {
  if (line === null) return fileName;
  return column === null ? `${fileName}: line ${line}` : `${fileName}, line ${line}, column ${column}`;
}

/** Checks that make a file unusable before any parsing (empty, binary). */
function precheck(bytes: Uint8Array, fileName: string): IngestFailure | null {
  if (bytes.length === 0) return fail('empty-file', fileName, `${fileName}: the file is empty.`);
  const kind = binaryKind(bytes);
  if (kind) {
    return fail('not-text', fileName,
      `${fileName}: this is not a CSV text file; it looks like ${kind}. Save it as CSV and try again.`,
      null, null, { kind });
  }
  return null;
}

/** Roles whose cells pass 1 keeps, per shape. */
const TX_ROLES: ColumnRole[] = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'name', 'region', 'needType'];
const CUST_ROLES: ColumnRole[] = ['customer', 'recency', 'frequency', 'monetary', 'potential', 'futureValue', 'name', 'region', 'needType'];

/** Validates the mapping against the header and names what is missing. */
function checkColumns(det: ColumnDetection, headers: string[], fileName: string, line: number): IngestFailure | null {
  for (const r of Object.keys(det.mapping) as ColumnRole[]) {
    const c = det.mapping[r]!;
    if (!Number.isInteger(c) || c >= headers.length) {
      return fail('bad-mapping', fileName,
        `${fileName}: line ${line}: the ${ROLE_LABEL[r]} is mapped to column ${c + 1}, but the header has ${headers.length} columns.`,
        line, null, { role: r, column: c + 1, columns: headers.length });
    }
  }
  if (det.missing.length > 0) {
    const r = det.missing[0];
    const looked = exampleHeaders(r, det.shape).join(', ');
    return fail('missing-column', fileName,
      `${fileName}: line ${line}: no column for the ${ROLE_LABEL[r]} (looked for ${looked}, ...). Headers found: ${headers.join(', ')}.`,
      line, null, { role: r, shape: det.shape });
  }
  return null;
}

/** Parsed numbers per distinct cell: value, and 0 ok / 1 empty / 2 not a number. */
interface NumberLookup {
  value: Float64Array;
  state: Uint8Array;
  decimal: '.' | ',';
}
function numberLookup(values: string[]): NumberLookup {
  const { decimal } = decideDecimal(values);
  const value = new Float64Array(values.length);
  const state = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = parseNumber(values[i], decimal);
    if (v === null) state[i] = 1;
    else if (Number.isNaN(v) || !Number.isFinite(v)) state[i] = 2;
    else value[i] = v;
  }
  return { value, state, decimal };
}

interface Pass1 {
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

/**
 * Parses a file already in memory. Never rejects and never throws: every problem
 * becomes an IngestFailure (key 'cancelled' when the signal aborts).
 */
export async function ingestBytes(bytes: Uint8Array, opts: IngestOptions): Promise<IngestOutcome> {
  const fileName = opts.fileName || 'file';
  try {
    if (opts.signal?.aborted) return cancelled(fileName);
    const pre = precheck(bytes, fileName);
    if (pre) return pre;
    const decoded = decodeBytes(bytes, opts.encoding);
    if (looksBinary(decoded.text)) {
      return fail('not-text', fileName, `${fileName}: this is not a CSV text file (it contains binary data).`, null, null, { kind: 'binary' });
    }
    if (decoded.text.trim() === '') return fail('empty-file', fileName, `${fileName}: the file is empty.`);
    const delimiter = opts.delimiter ? normaliseDelimiter(opts.delimiter) : detectDelimiter(decoded.text);
    const warnings: IngestReport['warnings'] = [];
    if (decoded.fellBackToGb18030) warnings.push({ key: 'encoding-fallback-gb18030' });

    const p1 = await pass1(decoded.text, delimiter, opts, fileName, warnings);
    if ('ok' in p1) return p1;
    if (opts.signal?.aborted) return cancelled(fileName);
    const out = p1.det.shape === 'customers'
      ? buildCustomers(p1, opts, fileName, decoded.encoding, delimiter)
      : buildTransactions(p1, opts, fileName, decoded.encoding, delimiter);
    opts.onProgress?.(1, p1.rowsRead);
    return out;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return fail('internal-error', fileName, `${fileName}: could not read the file (${msg}).`, null, null, { detail: msg });
  }
}

function cancelled(fileName: string): IngestFailure {
  return fail('cancelled', fileName, `${fileName}: reading was cancelled.`);
}

/** Lets the event loop run (a Worker receives its cancel message then). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

async function pass1(
  text: string, delimiter: string, opts: IngestOptions, fileName: string, warnings: IngestReport['warnings'],
): Promise<Pass1 | IngestFailure> {
  const reader = new CsvReader(text, delimiter);
  const chunkSize = Math.max(1024, opts.chunkSize ?? DEFAULT_CHUNK);
  const signal = opts.signal;
  const lines = new IntColumn();
  const skips = new SkipLog();
  const cells: Partial<Record<ColumnRole, Interner>> = {};
  const cellList: Interner[] = [];
  const colList: number[] = [];
  let maxCol = 0;

  // Header: the first non-blank row.
  while (reader.next() && reader.rowBlank()) { /* leading blank lines are not data */ }
  if (reader.count === 0 || reader.rowBlank()) {
    return fail('no-header', fileName, `${fileName}: no header row (the file has only blank lines).`);
  }
  const headerLine = reader.rowLine;
  const headers = reader.row().map((h) => h.replace(/^\uFEFF/, '').trim());
  const det = detectColumns(headers, opts.shape ?? 'auto', opts.mapping ?? {});
  const bad = checkColumns(det, headers, fileName, headerLine);
  if (bad) return bad;
  if (det.customerFromName) warnings.push({ key: 'customer-from-name-column', params: { column: headers[det.mapping.customer!] } });
  for (const r of det.shape === 'customers' ? CUST_ROLES : TX_ROLES) {
    const c = det.mapping[r];
    // With an amount column, quantity and price are not needed (no q x p).
    if (c === undefined || ((r === 'quantity' || r === 'price') && det.mapping.amount !== undefined)) continue;
    const it = new Interner();
    cells[r] = it;
    cellList.push(it);
    colList.push(c);
    if (c > maxCol) maxCol = c;
  }
  const nCells = cellList.length;
  const hl = headers.length;
  let pendingBlank: number[] = [];
  let rowsRead = 0;
  let slices = 0;

  while (!reader.done) {
    const limit = reader.pos + chunkSize;
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
        rowsRead += pendingBlank.length;
        pendingBlank = [];
      }
      rowsRead++;
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
      for (let k = 0; k < nCells; k++) cellList[k].add(reader.field(colList[k]));
    }
    slices++;
    opts.onProgress?.(Math.min(1, reader.pos / text.length), rowsRead);
    if (signal?.aborted) return cancelled(fileName);
    if (slices % YIELD_EVERY === 0 && !reader.done) {
      await yieldToEventLoop();
      if (signal?.aborted) return cancelled(fileName);
    }
  }
  if (reader.quoteErrorLine) warnings.push({ key: 'csv-quote-error', params: { line: reader.quoteErrorLine } });
  return { headers, headerLine, det, cells, lines, rowsRead, skips, warnings };
}

function baseReport(
  p: Pass1, fileName: string, encoding: Encoding, delimiter: string,
): IngestReport {
  return {
    fileName, encoding, delimiter, shape: p.det.shape, headers: p.headers, mapping: p.det.mapping,
    autoDetected: p.det.autoDetected, rowsRead: p.rowsRead, rowsUsed: 0, skipped: [],
    dateOrder: null, dateOrderCertain: true, frequencyRule: 'given', amountFromQuantityTimesPrice: false,
    returnRows: 0, cancelledOrderRows: 0, zeroAmountRows: 0, warnings: p.warnings,
  };
}

/** The failure for a file where every row was skipped: names the biggest reason. */
function noUsableRows(p: Pass1, fileName: string, roleOf: Partial<Record<SkipReason, ColumnRole>>): IngestFailure {
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

/** First non-empty trimmed value per customer for an optional text column. */
function attributeFiller(it: Interner | undefined): ((ci: number, row: number) => void) & { out: string[] } | null {
  if (!it) return null;
  const codes = it.codes.data;
  const vals = it.values.map((v) => v.trim());
  const out: string[] = [];
  const f = ((ci: number, row: number) => {
    if (ci >= out.length) out.push('');
    if (out[ci] === '') out[ci] = vals[codes[row]];
  }) as ((ci: number, row: number) => void) & { out: string[] };
  f.out = out;
  return f;
}

function buildTransactions(
  p: Pass1, opts: IngestOptions, fileName: string, encoding: Encoding, delimiter: string,
): IngestOutcome {
  const report = baseReport(p, fileName, encoding, delimiter);
  const n = p.lines.length;
  const lines = p.lines.data;
  const m = p.det.mapping;

  // Customers: normalised text per distinct cell, index assigned at first used row.
  const custCells = p.cells.customer!;
  const custCodes = custCells.codes.data;
  const custNorm = custCells.values.map(normaliseId);
  const custIndexOfCode = new Int32Array(custNorm.length).fill(-1);
  const custIndex = new Map<string, number>();
  const customerIds: string[] = [];

  // Dates: one decision for the column, one parse per distinct text.
  const dateCells = p.cells.date!;
  const dateCodes = dateCells.codes.data;
  const decision = inferDateOrder(dateCells.values, opts.dateOrder);
  report.dateOrder = decision.order;
  report.dateOrderCertain = decision.certain;
  if (decision.warning) {
    report.warnings.push({ key: decision.warning, params: { order: decision.order, dmy: decision.dmyEvidence, mdy: decision.mdyEvidence } });
  }
  const dayOf = new Float64Array(dateCells.values.length);
  const dayState = new Uint8Array(dateCells.values.length);
  for (let i = 0; i < dateCells.values.length; i++) {
    const d = parseDate(dateCells.values[i], decision.order);
    if (d === null) dayState[i] = 1;
    else if (Number.isNaN(d)) dayState[i] = 2;
    else dayOf[i] = d;
  }

  // Amount: its own column, else quantity x unit price.
  const fromQP = m.amount === undefined;
  report.amountFromQuantityTimesPrice = fromQP;
  if (fromQP) report.warnings.push({ key: 'amount-from-quantity-times-price' });
  const amountCells = fromQP ? null : p.cells.amount!;
  const amt = amountCells ? numberLookup(amountCells.values) : null;
  const qtyCells = fromQP ? p.cells.quantity! : null;
  const qty = qtyCells ? numberLookup(qtyCells.values) : null;
  const priceCells = fromQP ? p.cells.price! : null;
  const price = priceCells ? numberLookup(priceCells.values) : null;
  for (const [role, look] of [['amount', amt], ['quantity', qty], ['price', price]] as const) {
    if (look && look.decimal === ',') report.warnings.push({ key: 'decimal-comma', params: { column: p.headers[m[role]!] } });
  }

  // Orders: normalised id per distinct cell; cancellation by the C prefix.
  const orderCells = p.cells.order;
  const hasOrderIds = orderCells !== undefined;
  report.frequencyRule = hasOrderIds ? 'distinct-orders' : 'purchase-rows';
  const orderCodes = orderCells ? orderCells.codes.data : null;
  const orderNorm = orderCells ? orderCells.values.map(normaliseId) : [];
  const orderIndexOfCode = new Int32Array(orderNorm.length).fill(-1);
  const orderIndex = new Map<string, number>();
  let nextOrder = 0;
  let rowsWithoutOrder = 0;

  const names = attributeFiller(p.cells.name);
  const regions = attributeFiller(p.cells.region);
  const needs = attributeFiller(p.cells.needType);

  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n);
  const purchase = new Uint8Array(n);
  let used = 0;
  let minDay = Infinity, maxDay = -Infinity;
  let returns = 0, cancels = 0, zeros = 0;
  const skips = p.skips;
  const amtCodes = amountCells ? amountCells.codes.data : null;
  const qCodes = qtyCells ? qtyCells.codes.data : null;
  const prCodes = priceCells ? priceCells.codes.data : null;

  for (let i = 0; i < n; i++) {
    const cc = custCodes[i];
    if (custNorm[cc] === '') { skips.add('missing-customer', lines[i]); continue; }
    const dc = dateCodes[i];
    const ds = dayState[dc];
    if (ds !== 0) { skips.add(ds === 1 ? 'missing-date' : 'bad-date', lines[i]); continue; }
    let a: number;
    if (amt) {
      const ac = amtCodes![i];
      const st = amt.state[ac];
      if (st !== 0) { skips.add(st === 1 ? 'missing-amount' : 'bad-amount', lines[i]); continue; }
      a = amt.value[ac];
    } else {
      const qc = qCodes![i], pc = prCodes![i];
      if (qty!.state[qc] !== 0) { skips.add('bad-quantity', lines[i]); continue; }
      if (price!.state[pc] !== 0) { skips.add('bad-price', lines[i]); continue; }
      a = qty!.value[qc] * price!.value[pc];
    }
    let ci = custIndexOfCode[cc];
    if (ci < 0) {
      const id = custNorm[cc];
      let got = custIndex.get(id);
      if (got === undefined) {
        got = customerIds.length;
        custIndex.set(id, got);
        customerIds.push(id);
      }
      ci = custIndexOfCode[cc] = got;
    }
    let oi = -1;
    let cancelled = false;
    if (orderCodes) {
      const oc = orderCodes[i];
      const oid = orderNorm[oc];
      if (oid === '') {
        // No order id on this row: it counts as an order of its own.
        oi = nextOrder++;
        rowsWithoutOrder++;
      } else {
        oi = orderIndexOfCode[oc];
        if (oi < 0) {
          let got = orderIndex.get(oid);
          if (got === undefined) {
            got = nextOrder++;
            orderIndex.set(oid, got);
          }
          oi = orderIndexOfCode[oc] = got;
        }
        cancelled = isCancelledOrderId(oid);
      }
    }
    const d = dayOf[dc];
    customer[used] = ci;
    day[used] = d;
    amount[used] = a;
    order[used] = oi;
    // A cancelled invoice counts as cancelled only; returns are negative non-C rows.
    if (cancelled) cancels++;
    else if (a < 0) returns++;
    else if (a === 0) zeros++;
    purchase[used] = a > 0 && !cancelled ? 1 : 0;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    names?.(ci, i);
    regions?.(ci, i);
    needs?.(ci, i);
    used++;
  }

  if (used === 0) {
    return noUsableRows(p, fileName, {
      'missing-customer': 'customer', 'missing-date': 'date', 'bad-date': 'date',
      'missing-amount': 'amount', 'bad-amount': 'amount', 'bad-quantity': 'quantity', 'bad-price': 'price',
    });
  }
  if (rowsWithoutOrder > 0) report.warnings.push({ key: 'missing-order-id', params: { rows: rowsWithoutOrder } });
  report.rowsUsed = used;
  report.skipped = skips.entries();
  report.returnRows = returns;
  report.cancelledOrderRows = cancels;
  report.zeroAmountRows = zeros;

  const pad = (f: { out: string[] } | null) => {
    if (!f) return undefined;
    while (f.out.length < customerIds.length) f.out.push('');
    return f.out;
  };
  const table: TransactionTable = {
    shape: 'transactions',
    customerIds,
    customer: customer.slice(0, used),
    day: day.slice(0, used),
    amount: amount.slice(0, used),
    order: order.slice(0, used),
    purchase: purchase.slice(0, used),
    hasOrderIds,
    minDay,
    maxDay,
  };
  const cn = pad(names), rg = pad(regions), nt = pad(needs);
  if (cn) table.customerNames = cn;
  if (rg) table.regions = rg;
  if (nt) table.needTypes = nt;
  return { ok: true, dataset: table, report };
}

function buildCustomers(
  p: Pass1, _opts: IngestOptions, fileName: string, encoding: Encoding, delimiter: string,
): IngestOutcome {
  const report = baseReport(p, fileName, encoding, delimiter);
  report.frequencyRule = 'given';
  const n = p.lines.length;
  const lines = p.lines.data;
  const custCells = p.cells.customer!;
  const custNorm = custCells.values.map(normaliseId);
  const look = (r: ColumnRole) => (p.cells[r] ? numberLookup(p.cells[r]!.values) : null);
  const rec = look('recency')!, fr = look('frequency')!, mon = look('monetary')!;
  const pot = look('potential'), fut = look('futureValue');
  for (const [role, l] of [['recency', rec], ['frequency', fr], ['monetary', mon], ['potential', pot], ['futureValue', fut]] as const) {
    if (l && l.decimal === ',') report.warnings.push({ key: 'decimal-comma', params: { column: p.headers[p.det.mapping[role]!] } });
  }
  const code = (r: ColumnRole) => p.cells[r]?.codes.data ?? null;
  const cC = custCells.codes.data, rC = code('recency')!, fC = code('frequency')!, mC = code('monetary')!;
  const pC = code('potential'), uC = code('futureValue');
  const nameCells = p.cells.name, regionCells = p.cells.region, needCells = p.cells.needType;

  const ids: string[] = [];
  const recency = new Float64Array(n), frequency = new Float64Array(n), monetary = new Float64Array(n);
  const potential = pot ? new Float64Array(n) : null;
  const futureValue = fut ? new Float64Array(n) : null;
  const names: string[] = [], regions: string[] = [], needs: string[] = [];
  const seen = new Set<string>();
  let dup = 0;
  let used = 0;
  const skips = p.skips;
  for (let i = 0; i < n; i++) {
    const id = custNorm[cC[i]];
    if (id === '') { skips.add('missing-customer', lines[i]); continue; }
    const r = rC[i], f = fC[i], mo = mC[i];
    if (rec.state[r] !== 0 || rec.value[r] < 0) { skips.add('bad-recency', lines[i]); continue; }
    if (fr.state[f] !== 0 || fr.value[f] < 0) { skips.add('bad-frequency', lines[i]); continue; }
    if (mon.state[mo] !== 0) { skips.add('bad-monetary', lines[i]); continue; }
    if (seen.has(id)) dup++;
    else seen.add(id);
    ids.push(id);
    recency[used] = rec.value[r];
    frequency[used] = fr.value[f];
    monetary[used] = mon.value[mo];
    // Optional numbers: a missing or unreadable cell is NaN ("unknown"), not a skip.
    if (potential) potential[used] = pot!.state[pC![i]] === 0 ? pot!.value[pC![i]] : NaN;
    if (futureValue) futureValue[used] = fut!.state[uC![i]] === 0 ? fut!.value[uC![i]] : NaN;
    if (nameCells) names.push(nameCells.values[nameCells.codes.data[i]].trim());
    if (regionCells) regions.push(regionCells.values[regionCells.codes.data[i]].trim());
    if (needCells) needs.push(needCells.values[needCells.codes.data[i]].trim());
    used++;
  }
  if (used === 0) {
    return noUsableRows(p, fileName, {
      'missing-customer': 'customer', 'bad-recency': 'recency', 'bad-frequency': 'frequency', 'bad-monetary': 'monetary',
    });
  }
  if (dup > 0) report.warnings.push({ key: 'duplicate-customer-ids', params: { rows: dup } });
  report.rowsUsed = used;
  report.skipped = skips.entries();
  report.zeroAmountRows = 0;
  const table: CustomerTable = {
    shape: 'customers',
    customerIds: ids,
    recency: recency.slice(0, used),
    frequency: frequency.slice(0, used),
    monetary: monetary.slice(0, used),
  };
  if (potential) table.potential = potential.slice(0, used);
  if (futureValue) table.futureValue = futureValue.slice(0, used);
  if (nameCells) table.customerNames = names;
  if (regionCells) table.regions = regions;
  if (needCells) table.needTypes = needs;
  return { ok: true, dataset: table, report };
}

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
    if (looksBinary(dec.text)) {
      return { ...empty, failure: fail('not-text', fileName, `${fileName}: this is not a CSV text file (it contains binary data).`, null, null, { kind: 'binary' }).error };
    }
    if (dec.text.trim() === '') return { ...empty, failure: fail('empty-file', fileName, `${fileName}: the file is empty.`).error };
    const delimiter = opts.delimiter ? normaliseDelimiter(opts.delimiter) : detectDelimiter(dec.text);
    const truncated = bytes.length > PREVIEW_BYTES;
    let rows = parseCsv(dec.text, delimiter, PREVIEW_ROWS * 4).filter((r) => r.some((f) => f.trim() !== '')).slice(0, PREVIEW_ROWS + 2);
    // A row cut by the 256 KB limit would look malformed: drop the possibly cut last row.
    if (truncated && rows.length < PREVIEW_ROWS + 2) rows = rows.slice(0, -1);
    if (rows.length === 0) return { ...empty, delimiter, failure: fail('no-header', fileName, `${fileName}: no header row.`).error };
    const headers = rows[0].map((h) => h.replace(/^\uFEFF/, '').trim());
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
    const msg = e instanceof Error ? e.message : String(e);
    return { ...empty, failure: fail('internal-error', fileName, `${fileName}: could not read the file (${msg}).`).error };
  }
}
