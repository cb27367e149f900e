/**
 * `--future` as a trainer runs it: the published BG/NBD and Gamma-Gamma fit on the CDNOW 1/10
 * cohort (Fader, Hardie and Lee 2005), the documented JSON block, and one-line refusals.
 */
import { describe, expect, it } from 'vitest';
import { hasShared, sampleFile, sharedFile } from './paths';
import { runCli as run } from './runCli';
import { parseArgs } from '../../src/cli/args';
const within = (got: number, want: number, decimals: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(0.5 * 10 ** -decimals);

describe('classify --future', () => {
  it.skipIf(!hasShared)('CDNOW 1/10 cohort, calibration end 1997-09-30: the published fit and a full 39-week holdout', () => {
    const out = run(sharedFile('cdnow/cdnow_sample.csv'), '--future', '--calibration-end', '1997-09-30', '--json');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const f = JSON.parse(out.stdout).future;
    expect(Object.keys(f)).toEqual(['calibrationEnd', 'horizonWeeks', 'customers', 'bgnbd', 'gammaGamma', 'expectedTransactions', 'holdout']);
    expect(f.calibrationEnd).toBe('1997-09-30');
    expect(f.horizonWeeks).toBe(39); // 273 days of data after the end
    expect(f.customers).toBe(2357);
    within(f.bgnbd.r, 0.243, 3);
    within(f.bgnbd.alpha, 4.414, 3);
    within(f.bgnbd.a, 0.793, 3);
    within(f.bgnbd.b, 2.426, 3);
    within(f.bgnbd.logLikelihood, -9582.4, 1);
    within(f.gammaGamma.p, 6.25, 2);
    within(f.gammaGamma.q, 3.74, 2);
    within(f.gammaGamma.gamma, 15.44, 2);
    expect(f.gammaGamma.customers).toBe(946);
    // Distinct holdout transaction days, counted by pandas (tests/reference/bgnbd_reference.py).
    expect(f.holdout.actualTransactions).toBe(1882);
    expect(f.holdout.expectedTransactions).toBeCloseTo(f.expectedTransactions, 9);
    within(f.expectedTransactions, 1653.4, 0);
  });

  it('the 40-customer class sample: a fit at the model\'s edge is said so, and every figure is a number', () => {
    const out = run(sampleFile('classroom.csv'), '--future', '--calibration-end', '2024-06-30', '--horizon', '26', '--json');
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^classify: The fit reached the edge of the model: .*\(about 6\.9 % each time\)/);
    const f = JSON.parse(out.stdout).future;
    // Counted by pandas: 33 customers first bought by 2024-06-30; 51 distinct days of theirs in the next 182 days.
    expect(f.customers).toBe(33);
    expect(f.holdout.actualTransactions).toBe(51);
    expect(f.bgnbd.a + f.bgnbd.b).toBeGreaterThan(1e4);
    expect(Number.isFinite(f.expectedTransactions)).toBe(true);
    expect(f.holdout.expectedTransactions).toBeCloseTo(f.expectedTransactions, 9);
  });

  it('refuses a customer table in one line that names the file', () => {
    const table = run(sampleFile('customer-table.csv'), '--future', '--calibration-end', '2024-06-30');
    expect(table.status).toBe(1);
    expect(table.stderr).toMatch(/^classify: customer-table\.csv: The future-value model needs transactions/);
  });

  it.each([
    [['f.csv', '--future'], /--future needs --calibration-end/],
    [['f.csv', '--future', '--calibration-end', '2024-06-30', '--horizon', '0'], /--horizon must be/],
    [['f.csv', '--future', '--calibration-end', '2024-06-30', '--horizon', '600'], /--horizon must be/],
    [['f.csv', '--calibration-end', '2024-06-30'], /go with --future/],
  ])('argument errors: %j', (argv, reason) => {
    expect(() => parseArgs(argv)).toThrow(reason);
  });
});
