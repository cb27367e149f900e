/** The trainer's CLI as a trainer runs it: exit codes, the JSON shape, one-line failures. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, sampleFile, sharedFile } from './paths';
import { runCli as run } from './runCli';

describe('classify CLI', () => {
  it('prints the documented JSON shape for the classroom sample', () => {
    const out = run(sampleFile('classroom.csv'), '--json');
    expect(out.status).toBe(0);
    const s = JSON.parse(out.stdout);
    expect(s.customers).toBe(40);
    expect(s.analysisDate).toBe('2025-01-01');
    expect(Object.keys(s.edges)).toEqual(['recency', 'frequency', 'monetary']);
    expect(s.edges.recency).toHaveLength(4);
    expect(s.scoreCounts.R.reduce((a: number, b: number) => a + b, 0)).toBe(40);
    expect(Object.keys(s.eightClasses.counts).sort()).toEqual(['HHH', 'HHL', 'HLH', 'HLL', 'LHH', 'LHL', 'LLH', 'LLL']);
    // Literal answers: tests/reference/classroom_answers.py (independent, numpy).
    expect(s.eightClasses.counts).toEqual({ HHH: 6, HLH: 3, LHH: 4, LLH: 3, HHL: 5, HLL: 7, LHL: 4, LLL: 8 });
    expect(s.eightClasses.thresholds.recency).toBeCloseTo(137.6, 9);
    expect(s.eightClasses.thresholds.frequency).toBeCloseTo(4.8, 9);
    expect(s.eightClasses.thresholds.monetary).toBeCloseTo(1311.375, 9);
    [13.8, 66.2, 207.4, 259.4].forEach((e, i) => expect(s.edges.recency[i]).toBeCloseTo(e, 9));
    [1, 2, 6.4, 9].forEach((e, i) => expect(s.edges.frequency[i]).toBeCloseTo(e, 9));
    [233, 486, 1130, 2534].forEach((e, i) => expect(s.edges.monetary[i]).toBeCloseTo(e, 9));
    expect(s.scoreCounts).toEqual({ R: [8, 8, 8, 8, 8], F: [11, 7, 6, 13, 3], M: [8, 8, 8, 8, 8] });
    expect(Object.values(s.segments)).toEqual([0, 14, 5, 0, 6, 3, 1, 2, 2, 5, 2]);
    expect(Object.keys(s.segments)).toContain('Others');
    expect(s.segments.Others).toBe(2);
    expect(s.pyramid.map((t: { customers: number }) => t.customers)).toEqual([8, 12, 20]);
    expect(s.pyramid.map((t: { tier: string }) => t.tier)).toEqual(['high', 'medium', 'low']);
    expect(s.pyramid[2].minValue).toBeNull();
    expect(s.report.rowsRead).toBe(197);
    expect(Array.isArray(s.report.skipped)).toBe(true);
  });

  it('honours --as-of and --bins, and the same data in GB18030 with Chinese headers gives the same numbers', () => {
    const a = JSON.parse(run(sampleFile('retail-transactions.csv'), '--json', '--as-of', '2024-07-01', '--bins', '4').stdout);
    const b = JSON.parse(run(sampleFile('retail-transactions-zh-gb18030.csv'), '--json', '--as-of', '2024-07-01', '--bins', '4').stdout);
    expect(a.analysisDate).toBe('2024-07-01');
    expect(a.scoreCounts.F).toHaveLength(4);
    for (const key of ['customers', 'edges', 'scoreCounts', 'eightClasses', 'segments', 'pyramid']) expect(b[key]).toEqual(a[key]);
  });

  it('exits 1 with one line naming the file when it cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'nothing.csv');
    writeFileSync(bad, 'foo,bar\n1,2\n');
    const out = run(bad);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/nothing\.csv/);
    const missing = run(join(dir, 'absent.csv'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/absent\.csv/);
    expect(run(sampleFile('classroom.csv'), '--bins', '7').status).toBe(1);
  });

  it.skipIf(!hasShared)('maps Online Retail columns by flag as well as automatically', () => {
    const file = sharedFile('online-retail/online-retail.csv.gz');
    const auto = JSON.parse(run(file, '--json').stdout);
    const flags = JSON.parse(run(file, '--json', '--customer', 'CustomerID', '--date', 'InvoiceDate', '--qty', 'Quantity', '--price', 'UnitPrice', '--order', 'InvoiceNo').stdout);
    expect(auto.customers).toBe(4338);
    expect(flags.eightClasses).toEqual(auto.eightClasses);
  });
});
