/**
 * Future-value fit in Chromium (part of `npm run bench`): the same domain code as the app's
 * worker (src/lib/domain/future, bundled by esbuild), run in a page of Debian's Chromium on
 * CDNOW master (23,570 customers) and the 1/10 sample, from the ingested transactions to every
 * customer's P(alive), expected transactions and value. The target (issue 11): under 1 s
 * for CDNOW master on a 2-core machine.
 * Writes tests/bench/results/future.json. Skipped when ../shared is absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness';
import { repoRoot, sharedFile, hasShared } from '../unit/paths';

const RUNS = 3;

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
  const results: Record<string, unknown> = {};
  const end = Math.round(Date.UTC(1997, 8, 30) / 86_400_000);
  for (const name of ['cdnow_master.csv', 'cdnow_sample.csv']) {
    await page.evaluate((b) => (globalThis as any).benchLoad(b), readFileSync(sharedFile(`cdnow/${name}`)).toString('base64'));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out = await page.evaluate((e) => (globalThis as any).benchFit(e, 39), end);
      times.push(out.ms);
    }
    times.sort((a, b) => a - b);
    results[name] = { chromiumFitMedianMs: times[Math.floor(RUNS / 2)], chromiumFitBestMs: times[0] };
    console.log(`${name}: fit + predictions in Chromium median ${times[Math.floor(RUNS / 2)].toFixed(0)} ms (best ${times[0].toFixed(0)} ms)`);
  }
  await browser.close();
  const dir = resolve(repoRoot, 'tests/bench/results');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'future.json'), JSON.stringify(results, null, 2));
}

await main();
