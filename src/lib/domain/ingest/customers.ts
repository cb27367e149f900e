/**
 * Pass 2 for customer tables (one row per customer with given R, F, M): parses each
 * distinct number cell once, then builds the columns of a CustomerTable.
 */
import type { ColumnRole, CustomerTable, Encoding, IngestOutcome } from '../types';
import { normaliseId } from './ids';
import { noUsableRows } from './failures';
import type { Pass1 } from './pass1';
import { baseReport, numberLookup } from './pass2';

export function buildCustomers(
  p: Pass1, fileName: string, encoding: Encoding, delimiter: string,
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
