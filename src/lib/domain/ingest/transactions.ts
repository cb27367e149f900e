/**
 * Pass 2 for transaction files: decides the date order and decimal separators per
 * column, parses each distinct cell once, then walks the rows and builds the typed
 * arrays of a TransactionTable.
 */
import type { Encoding, IngestOutcome, TransactionTable } from '../types';
import { inferDateOrder, parseDate } from './dates';
import { isCancelledOrderId, normaliseId } from './ids';
import type { Interner } from './table';
import { noUsableRows } from './failures';
import type { IngestOptions } from './options';
import type { Pass1 } from './pass1';
import { baseReport, numberLookup } from './pass2';
import { FREE_ORDER, NOT_A_PURCHASE, PURCHASE } from '../types';

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

export function buildTransactions(
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
    purchase[used] = cancelled ? NOT_A_PURCHASE : a > 0 ? PURCHASE : a === 0 ? FREE_ORDER : NOT_A_PURCHASE;
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
