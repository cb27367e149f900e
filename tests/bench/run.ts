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

/** A Python with pandas (Debian's /usr/bin/python3 has python3-pandas; a pyenv python3 often has not). */
function findPandasPython(): string | null {
  return ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pandas, numpy']).status === 0) ?? null;
}

function report(name: string, median: number, min: number, runs: number, note?: string) {
  rows.push({ name, median, min, runs, note });
  console.log(`${name.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms   min ${min.toFixed(2).padStart(9)} ms   (${runs} runs)${note ? `  ${note}` : ''}`);
}

/** In-process pandas timings: the naive script (pandas_baseline.py) and the careful one (pandas_careful.py). */
function pandasInProcess(python: string, file: string) {
  const naive = spawnSync(python, [resolve(root, 'tests/bench/pandas_baseline.py'), file, '5'], { encoding: 'utf8' });
  if (naive.status === 0) {
    const r = JSON.parse(naive.stdout);
    report(`pandas ${r.pandas} NAIVE: read_csv all columns, no formats`, r.median_ms, r.min_ms, r.runs, 'in-process, same work');
  } else console.log(`naive pandas baseline failed: ${naive.stderr.trim().split('\n').pop()}`);
  const careful = spawnSync(python, [resolve(root, 'tests/bench/pandas_careful.py'), file, '--runs', '5'], { encoding: 'utf8' });
  if (careful.status !== 0) {
    console.log(`careful pandas baseline failed: ${careful.stderr.trim().split('\n').pop()}`);
    return null;
  }
  const out = JSON.parse(careful.stdout);
  const t = out.timing;
  report(`pandas ${t.pandas} careful: usecols, dtypes, date format`, t.median_ms, t.min_ms, t.runs, 'in-process, same work');
  return out;
}

/** The careful pandas script's summary must equal the CLI's --json (counts exactly, edges to rounding). */
function checkSameAnswer(cli: Record<string, any>, py: Record<string, any>) {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['customers', 'analysisDate', 'scoreCounts']) if (!same(cli[key], py[key])) problems.push(key);
  if (!same(cli.eightClasses.counts, py.eightClasses.counts)) problems.push('eightClasses.counts');
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  for (const d of ['recency', 'frequency', 'monetary']) {
    if (!cli.edges[d].every((e: number, i: number) => close(e, py.edges[d][i]))) problems.push(`edges.${d}`);
    if (!close(cli.eightClasses.thresholds[d], py.eightClasses.thresholds[d])) problems.push(`thresholds.${d}`);
  }
  if (problems.length) throw new Error(`careful pandas and the CLI disagree on: ${problems.join(', ')}`);
  console.log(`careful pandas = CLI --json: ${cli.customers} customers, same score counts and eight-class counts (${Object.values(cli.eightClasses.counts).join(' ')})`);
}

/**
 * Whole processes, start-up included, as a trainer runs them: `npm run classify`, the bundle
 * with plain node, and the careful pandas script, measured alternately (ABCABC...) so a busy
 * machine slows all three alike.
 */
/** CPU time of the waited-for children (and theirs), from /proc/self/stat (Linux); NaN elsewhere. */
function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime) are 13 and 14 after the ')' in clock ticks (100 Hz).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

const RETAIL_COLUMNS = ['--customer', 'CustomerID', '--date', 'InvoiceDate', '--qty', 'Quantity', '--price', 'UnitPrice', '--order', 'InvoiceNo'];

function wholeProcesses(python: string | null, file: string, rounds = 7) {
  const build = spawnSync(process.execPath, [resolve(root, 'src/cli/build.mjs')], { encoding: 'utf8', cwd: root });
  if (build.status !== 0) throw new Error(`build:cli failed: ${build.stderr}`);
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const commands: { name: string; cmd: string[] }[] = [
    // The columns named as the careful pandas script names them (README: the CLI's column options).
    { name: 'npm run classify -- online-retail.csv.gz --json', cmd: [...npm, 'run', '-s', 'classify', '--', file, '--json', ...RETAIL_COLUMNS] },
    { name: 'node dist-cli/classify.mjs online-retail.csv.gz --json', cmd: [process.execPath, resolve(root, 'dist-cli/classify.mjs'), file, '--json', ...RETAIL_COLUMNS] },
  ];
  if (python) commands.push({ name: `${python} tests/bench/pandas_careful.py (careful pandas)`, cmd: [python, resolve(root, 'tests/bench/pandas_careful.py'), file] });
  const exec = (cmd: string[]) => {
    const cpu0 = childCpuMs();
    const t0 = performance.now();
    const out = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 });
    const ms = performance.now() - t0;
    if (out.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${out.stderr}`);
    return { ms, cpu: childCpuMs() - cpu0, stdout: out.stdout };
  };
  // One warm-up each (file cache, a stale bundle), which also gives the answers to compare.
  const answers = commands.map((c) => JSON.parse(exec(c.cmd).stdout));
  if (python) checkSameAnswer(answers[0], answers[2]);
  const samples: number[][] = commands.map(() => []);
  const cpu: number[][] = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    commands.forEach((c, i) => {
      const run = exec(c.cmd);
      samples[i].push(run.ms);
      cpu[i].push(run.cpu);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  commands.forEach((c, i) => {
    const cpuNote = Number.isNaN(cpu[i][0]) ? '' : `; CPU (user+sys, all threads) median ${median(cpu[i]).toFixed(0)} ms`;
    report(c.name, median(samples[i]), Math.min(...samples[i]), rounds, `whole process, alternating${cpuNote}`);
  });
  if (python) {
    const ratio = (i: number) => {
      const pairs = samples[i].map((ms, r) => ms / samples[2][r]).sort((a, b) => a - b);
      return pairs[Math.floor(pairs.length / 2)];
    };
    console.log(`whole process vs careful pandas (median of per-round ratios): npm run classify ${ratio(0).toFixed(2)}x, node bundle ${ratio(1).toFixed(2)}x`);
  }
}

async function main() {
  const retail = resolve(shared, 'online-retail/online-retail.csv.gz');
  // `tsx tests/bench/run.ts --cli [rounds]`: only the whole-process CLI vs careful pandas comparison.
  const cliOnly = process.argv.indexOf('--cli');
  if (cliOnly >= 0) {
    const python = findPandasPython();
    if (!python) console.log('careful pandas skipped: no python3 with pandas and numpy (Debian: apt-get install python3-pandas)');
    return wholeProcesses(python, retail, Number(process.argv[cliOnly + 1]) || 7);
  }
  const cdnow = resolve(shared, 'cdnow/cdnow_master.csv');
  if (existsSync(retail)) {
    await time('Online Retail 541,909 lines: gz bytes -> full summary', 5, () => fileToSummary(retail, 'online-retail.csv.gz'), 'gunzip + decode + parse + RFM + all lenses');
    const python = findPandasPython();
    if (python) pandasInProcess(python, retail);
    else console.log('pandas baseline skipped: no python3 with pandas and numpy (Debian: apt-get install python3-pandas)');
    wholeProcesses(python, retail);
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
