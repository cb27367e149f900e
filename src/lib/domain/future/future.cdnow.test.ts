/**
 * The published fit (Fader, Hardie and Lee 2005) on the CDNOW 1/10 cohort, calibration end
 * 1997-09-30: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4; Gamma-Gamma
 * p = 6.25, q = 3.74, gamma = 15.44; x = 2, t_x = 30.43, T = 38.86 expects 1.226
 * transactions in 39 weeks. Holdout figures and per-customer values come from
 * tests/reference/bgnbd_reference.py (pandas + scipy), run here when numpy/scipy exist.
 * Skipped when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../ingest/ingest';
import { isoToDay } from '../days';
import type { TransactionTable } from '../types';
import { predictFuture, type FutureResult } from './future';
import { expectedRepeats, pAlive } from './bgnbd';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sample = path.resolve(repoRoot, '../shared/datasets/cdnow/cdnow_sample.csv');
const present = existsSync(sample);
if (!present) console.warn(`future-value CDNOW tests skipped: ${sample} not found`);

/** Agreement to the published number of decimals: |got - want| <= half a unit in the last place. */
const published = (got: number, want: number, decimals: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);

describe.skipIf(!present)('future value on the CDNOW 1/10 cohort', () => {
  let result: FutureResult;
  it('fits BG/NBD and Gamma-Gamma to the published values', async () => {
    const outcome = await ingestBytes(new Uint8Array(readFileSync(sample)), { fileName: 'cdnow_sample.csv' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const run = predictFuture(outcome.dataset as TransactionTable, { calibrationEnd: isoToDay('1997-09-30')!, horizonWeeks: 39 });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    result = run.result;
    expect(result.summary.x.length).toBe(2357);
    const { r, alpha, a, b } = result.bgnbd.params;
    published(r, 0.243, 3);
    published(alpha, 4.414, 3);
    published(a, 0.793, 3);
    published(b, 2.426, 3);
    published(result.bgnbd.logLikelihood, -9582.4, 1);
    const gg = result.gammaGamma!;
    expect(gg.customers).toBe(946);
    published(gg.params.p, 6.25, 2);
    published(gg.params.q, 3.74, 2);
    published(gg.params.gamma, 15.44, 2);
  });

  it('the paper\'s example customer expects 1.226 transactions in the next 39 weeks', () => {
    published(expectedRepeats(result.bgnbd.params, 2, 30.43, 38.86, 39), 1.226, 3);
  });

  it('agrees with the pandas + scipy reference on the holdout and per customer', () => {
    let ref: {
      holdout: { actualTransactions: number; expectedTransactions: number };
      bgnbd: Record<'r' | 'alpha' | 'a' | 'b' | 'logLikelihood', number>;
      gammaGamma: Record<'p' | 'q' | 'gamma' | 'customers', number>;
      firstCustomers: { x: number; t_x: number; T: number; pAlive: number; expected: number }[];
    };
    try {
      const out = execFileSync('/usr/bin/python3', [path.join(repoRoot, 'tests/reference/bgnbd_reference.py'), sample, '1997-09-30', '39'], { encoding: 'utf8' });
      ref = JSON.parse(out);
    } catch (e) {
      console.warn(`reference skipped (needs Debian's python3-numpy, -pandas and -scipy): ${(e as Error).message.split('\n')[0]}`);
      return;
    }
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(result.bgnbd.params[k] / ref.bgnbd[k] - 1)).toBeLessThan(1e-4);
    expect(result.bgnbd.logLikelihood).toBeCloseTo(ref.bgnbd.logLikelihood, 4);
    expect(result.holdout!.actualTransactions).toBe(ref.holdout.actualTransactions);
    for (const k of ['p', 'q', 'gamma'] as const) expect(Math.abs(result.gammaGamma!.params[k] / ref.gammaGamma[k] - 1)).toBeLessThan(1e-4);
    expect(result.gammaGamma!.customers).toBe(ref.gammaGamma.customers);
    expect(Math.abs(result.holdout!.expectedTransactions / ref.holdout.expectedTransactions - 1)).toBeLessThan(1e-4);
    for (const c of ref.firstCustomers) {
      expect(pAlive(result.bgnbd.params, c.x, c.t_x, c.T)).toBeCloseTo(c.pAlive, 4);
      expect(expectedRepeats(result.bgnbd.params, c.x, c.t_x, c.T, 39)).toBeCloseTo(c.expected, 4);
    }
  });
});
