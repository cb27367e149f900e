/**
 * Future-value fit in Chromium (part of `npm run bench`): the same domain code as the app's
 * worker (src/lib/domain/future, bundled by esbuild), run in a page of Debian's Chromium on
 * CDNOW master (23,570 customers) and the 1/10 sample, from the ingested transactions to every
 * customer's P(alive), expected transactions and value. The target (issue 11): under 1 s
 * for CDNOW master on a 2-core machine. The same fit in Node, and the independent pandas +
 * scipy reference on the same work (tests/bench/future_scipy.py: its careful fit, the one the
 * CLI is checked against, and a quick default BFGS) when Debian's python3 has scipy.
 * Writes tests/bench/results/future.json. Skipped when ../shared is absent.
 * `npx tsx tests/bench/future.ts [runs]`; FUTURE_BENCH_PYTHON=0 skips Python (its careful
 * fit on CDNOW master takes minutes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness';
import { repoRoot, sharedFile, hasShared } from '../unit/paths';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { predictFuture } from '../../src/lib/domain/future';

const RUNS = Number(process.argv[2] ?? 3);
const FILES = ['cdnow_master.csv', 'cdnow_sample.csv'];
const END_ISO = '1997-09-30';
const HORIZON = 39;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The same fit in this Node process (no worker, no page). */
async function nodeFit(name: string, end: number) {
  const ingested = await ingestBytes(new Uint8Array(readFileSync(sharedFile(`cdnow/${name}`))), { fileName: name });
  if (!ingested.ok || ingested.dataset.shape !== 'transactions') throw new Error(`${name}: not read as transactions`);
  const dataset = ingested.dataset;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = predictFuture(dataset, { calibrationEnd: end, horizonWeeks: HORIZON });
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${name}: the fit failed`);
  }
  return { nodeFitMedianMs: median(times), nodeFitBestMs: Math.min(...times) };
}

/** The pandas + scipy reference on the same work, or null without a python3 that has scipy. */
function pythonFit(name: string, mode: 'careful' | 'quick', runs: number) {
  if (process.env.FUTURE_BENCH_PYTHON === '0') return null;
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pandas, scipy']).status === 0);
  if (!python) return null;
  const out = spawnSync(python, [resolve(repoRoot, 'tests/bench/future_scipy.py'), sharedFile(`cdnow/${name}`), END_ISO, String(HORIZON), String(runs), mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (out.status !== 0) {
    console.log(`scipy ${mode} fit failed: ${out.stderr.trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(out.stdout) as { median_ms: number; min_ms: number; runs: number; fit: Record<string, number>; versions: Record<string, string> };
}

async function main() {
  if (!hasShared) {
    console.log('future bench skipped: ../shared/datasets not found');
    return;
  }
  const bundle = await build({
    stdin: {
      contents: `
        import { ingestBytes } from './src/lib/domain/ingest/ingest';
        import { predictFuture } from './src/lib/domain/future';
        globalThis.benchLoad = async (base64) => {
          const bin = atob(base64);
          const bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
          globalThis.benchData = (await ingestBytes(bytes, { fileName: 'f.csv' })).dataset;
        };
        globalThis.benchFit = (end, horizon) => {
          const o = { dataset: globalThis.benchData };
          const t0 = performance.now();
          const r = predictFuture(o.dataset, { calibrationEnd: end, horizonWeeks: horizon });
          return { ms: performance.now() - t0, ok: r.ok, r: r.ok ? r.result.bgnbd.params : null };
        };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const results: Record<string, unknown> = { loadAverageAtStart: loadavg(), cores: (await import('node:os')).cpus().length };
  const end = Math.round(Date.UTC(1997, 8, 30) / 86_400_000);
  for (const name of FILES) {
    await page.evaluate((b) => (globalThis as any).benchLoad(b), readFileSync(sharedFile(`cdnow/${name}`)).toString('base64'));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out = await page.evaluate(([e, h]) => (globalThis as any).benchFit(e, h), [end, HORIZON]);
      if (!out.ok) throw new Error(`${name}: the fit failed in Chromium`);
      times.push(out.ms);
    }
    times.sort((a, b) => a - b);
    results[name] = { chromiumFitMedianMs: times[Math.floor(RUNS / 2)], chromiumFitBestMs: times[0] };
    console.log(`${name}: fit + predictions in Chromium median ${times[Math.floor(RUNS / 2)].toFixed(0)} ms (best ${times[0].toFixed(0)} ms)`);
  }
  await browser.close();
  for (const name of FILES) {
    const node = await nodeFit(name, end);
    console.log(`${name}: the same in Node ${process.version} median ${node.nodeFitMedianMs.toFixed(0)} ms (best ${node.nodeFitBestMs.toFixed(0)} ms)`);
    const entry = results[name] as Record<string, unknown>;
    Object.assign(entry, node);
    // The careful fit is slow (minutes on master): one run there.
    for (const mode of ['careful', 'quick'] as const) {
      const py = pythonFit(name, mode, mode === 'careful' && name === 'cdnow_master.csv' ? 1 : RUNS);
      if (!py) continue;
      entry[`scipy_${mode}`] = py;
      const f = py.fit;
      console.log(
        `${name}: pandas + scipy ${mode} fit median ${py.median_ms.toFixed(0)} ms (best ${py.min_ms.toFixed(0)} ms, ${py.runs} runs;` +
          ` r ${f.r.toFixed(4)} alpha ${f.alpha.toFixed(3)} a ${f.a.toFixed(4)} b ${f.b.toFixed(3)}, p ${f.p.toFixed(3)} q ${f.q.toFixed(3)} gamma ${f.gamma.toFixed(2)})`,
      );
    }
  }
  results.loadAverageAtEnd = loadavg();
  console.log(`load average (1, 5, 15 min) at start ${(results.loadAverageAtStart as number[]).map((x) => x.toFixed(2)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const dir = resolve(repoRoot, 'tests/bench/results');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'future.json'), JSON.stringify(results, null, 2));
}

await main();
