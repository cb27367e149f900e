/**
 * The model check on the CDNOW 1/10 cohort (calibration end 1997-09-30, 39 weeks of holdout)
 * against tests/reference/model_check_reference.py: pandas counts the repeats, scipy's hyp2f1
 * evaluates the paper's equations 9 and 10 with the parameters fitted here. Skipped when
 * ../shared is absent; the comparison is skipped (with a warning) without numpy/pandas/scipy.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../ingest/ingest';
import { isoToDay } from '../days';
import type { TransactionTable } from '../types';
import { predictFuture } from './future';
import { modelCheck } from './modelCheck';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sample = path.resolve(repoRoot, '../shared/datasets/cdnow/cdnow_sample.csv');
const present = existsSync(sample);
if (!present) console.warn(`model check CDNOW tests skipped: ${sample} not found`);

interface Reference {
  customers: number;
  points: { day: number; actual: number; predicted: number }[];
  byRepeats: { repeats: number; customers: number; actual: number; expected: number }[];
}

describe.skipIf(!present)('model check on the CDNOW 1/10 cohort', () => {
  it('agrees with the pandas + scipy reference point by point and group by group', async () => {
    const outcome = await ingestBytes(new Uint8Array(readFileSync(sample)), { fileName: 'cdnow_sample.csv' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const table = outcome.dataset as TransactionTable;
    const run = predictFuture(table, { calibrationEnd: isoToDay('1997-09-30')!, horizonWeeks: 39 });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    const { summary, bgnbd, holdout } = run.result;
    const check = modelCheck(table, summary, bgnbd.params, holdout!.weeks);

    // What the holdout already says, independently of the reference: the groups add up to it.
    const groups = check.byRepeats!;
    expect(groups.reduce((s, g) => s + g.actual, 0)).toBe(holdout!.actualTransactions);
    expect(groups.reduce((s, g) => s + g.expected, 0)).toBeCloseTo(holdout!.expectedTransactions, 6);
    expect(check.points.at(-1)!.actual - check.points[check.endIndex].actual).toBe(holdout!.actualTransactions);

    let ref: Reference;
    try {
      const { r, alpha, a, b } = bgnbd.params;
      const args = [path.join(repoRoot, 'tests/reference/model_check_reference.py'), sample, '1997-09-30', String(holdout!.weeks), ...[r, alpha, a, b].map(String)];
      ref = JSON.parse(execFileSync('/usr/bin/python3', args, { encoding: 'utf8' }));
    } catch (e) {
      console.warn(`reference skipped (needs Debian's python3-numpy, -pandas and -scipy): ${(e as Error).message.split('\n')[0]}`);
      return;
    }
    expect(ref.customers).toBe(summary.x.length);
    expect(check.points.map((p) => p.day)).toEqual(ref.points.map((p) => p.day));
    expect(check.points.map((p) => p.actual)).toEqual(ref.points.map((p) => p.actual));
    check.points.forEach((p, i) => expect(Math.abs(p.predicted - ref.points[i].predicted)).toBeLessThan(1e-6 * Math.max(1, ref.points[i].predicted)));
    expect(groups.map((g) => [g.customers, g.actual])).toEqual(ref.byRepeats.map((g) => [g.customers, g.actual]));
    groups.forEach((g, i) => expect(Math.abs(g.expected - ref.byRepeats[i].expected)).toBeLessThan(1e-6 * Math.max(1, ref.byRepeats[i].expected)));
  }, 120_000);
});
