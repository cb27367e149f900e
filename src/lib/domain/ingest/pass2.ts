/** What both pass-2 builders (transactions.ts, customers.ts) start from. */
import type { Encoding, IngestReport } from '../types';
import { decideDecimal, parseNumber } from './numbers';
import type { Pass1 } from './pass1';

/** The report before any row is used; each builder fills in its own counts and rules. */
export function baseReport(
  p: Pass1, fileName: string, encoding: Encoding, delimiter: string,
): IngestReport {
  return {
    fileName, encoding, delimiter, shape: p.det.shape, headers: p.headers, mapping: p.det.mapping,
    autoDetected: p.det.autoDetected, rowsRead: p.rowsRead, rowsUsed: 0, skipped: [],
    dateOrder: null, dateOrderCertain: true, frequencyRule: 'given', amountFromQuantityTimesPrice: false,
    returnRows: 0, cancelledOrderRows: 0, zeroAmountRows: 0, warnings: p.warnings,
  };
}

/** Parsed numbers per distinct cell: value, and 0 ok / 1 empty / 2 not a number. */
export interface NumberLookup {
  value: Float64Array;
  state: Uint8Array;
  decimal: '.' | ',';
}

/** One decimal-separator decision for the whole column, then one parse per distinct text. */
export function numberLookup(values: string[]): NumberLookup {
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
