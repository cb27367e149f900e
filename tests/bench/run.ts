/**
 * `npm run bench`: the engine's speed on real files and on 1,000,000 generated customers.
 * Prints a table (median of several runs) and writes tests/bench/results/latest.json.
 * The shared datasets are read from ../shared/datasets and skipped when absent.
 * The browser frame-time benchmark is tests/bench/frames.ts (run after this one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { analyze, computeEight, computeScores, defaultLensSettings, sortMetrics } from '../../src/lib/domain/models/analysis';
import { classifyEight } from '../../src/lib/domain/models/eightClasses';
import { summarize } from '../../src/lib/domain/summary';
import { syntheticMetrics } from './data';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared/datasets');

interface Row {
  name: string;
  median: number;
  min: number;
  runs: number;
  note?: string;
}
const rows: Row[] = [];

async function time(name: string, runs: number, fn: () => unknown | Promise<unknown>, note?: string) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const row = { name, median: samples[Math.floor(samples.length / 2)], min: samples[0], runs, note };
  rows.push(row);
  console.log(`${name.padEnd(58)} median ${row.median.toFixed(2).padStart(9)} ms   min ${row.min.toFixed(2).padStart(9)} ms   (${runs} runs)${note ? `  ${note}` : ''}`);
}

async function fileToSummary(path: string, fileName: string) {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const outcome = await ingestBytes(bytes, { fileName });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return summarize(outcome.dataset, outcome.report);
}

/** The same work in pandas (tests/bench/pandas_baseline.py), when a Python with pandas is here. */
function pandasBaseline(file: string) {
  const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas']).status === 0);
  if (!python) {
    console.log('pandas baseline skipped: no python3 with pandas (Debian: apt-get install python3-pandas)');
    return;
  }
  const out = spawnSync(python, [resolve(root, 'tests/bench/pandas_baseline.py'), file, '5'], { encoding: 'utf8' });
  if (out.status !== 0) {
    console.log(`pandas baseline failed: ${out.stderr.trim().split('\n').pop()}`);
    return;
  }
  const r = JSON.parse(out.stdout);
  rows.push({ name: `pandas ${r.pandas} read_csv + groupby + scoring, same file`, median: r.median_ms, min: r.min_ms, runs: r.runs });
  console.log(`${`pandas ${r.pandas} read_csv + groupby + scoring (same work)`.padEnd(58)} median ${r.median_ms.toFixed(2).padStart(9)} ms   min ${r.min_ms.toFixed(2).padStart(9)} ms   (${r.runs} runs)`);
}

async function main() {
  const retail = resolve(shared, 'online-retail/online-retail.csv.gz');
  const cdnow = resolve(shared, 'cdnow/cdnow_master.csv');
  if (existsSync(retail)) {
    await time('Online Retail 541,909 lines: gz bytes -> full summary', 5, () => fileToSummary(retail, 'online-retail.csv.gz'), 'gunzip + decode + parse + RFM + all lenses');
    pandasBaseline(retail);
  } else console.log(`skipped: ${retail} not found`);
  if (existsSync(cdnow)) await time('CDNOW 69,659 lines: bytes -> full summary', 7, () => fileToSummary(cdnow, 'cdnow_master.csv'));
  else console.log(`skipped: ${cdnow} not found`);

  const n = 1_000_000;
  const m = syntheticMetrics(n);
  const sorted = sortMetrics(m);
  const settings = defaultLensSettings(5);
  const scores = computeScores(m, sorted, 5);
  const labels = new Uint8Array(n);
  let t = 100;
  // One threshold change = re-label only: the thresholds are numbers, the arrays exist.
  await time('Re-label 1,000,000 customers after one threshold change', 21, () => {
    t = t === 100 ? 250 : 100;
    classifyEight(m, { recency: 180, frequency: 2, monetary: t }, {}, labels);
  });
  await time('Eight classes 1,000,000 incl. mean thresholds', 11, () => computeEight(m, sorted, scores, settings.thresholds, labels));
  await time('Scores (quantile edges) 1,000,000', 7, () => computeScores(m, sorted, 5));
  await time('Sort R, F, M once per dataset/date 1,000,000', 5, () => sortMetrics(m));
  await time('All lenses at 1,000,000 (scores, 8 classes, segments, pyramid, quadrants, lifecycle)', 5, () => analyze(m, settings, sorted));

  mkdirSync(resolve(root, 'tests/bench/results'), { recursive: true });
  writeFileSync(resolve(root, 'tests/bench/results/latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
