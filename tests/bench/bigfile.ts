/**
 * Browser benchmark (part of `npm run bench`, after a build): files larger than Online Retail,
 * made on the fly in the temp folder from copies of its rows (never committed):
 *  - about 1 GB (21 copies, 11.4 M lines): refused at once by the size limit; how long the
 *    refusal takes and the page's peak memory;
 *  - just under the limit (5 copies, 240 MB, 2.7 M lines): loaded, pick to data in the
 *    workspace; the page's peak memory.
 * Peak memory is the renderer process's peak resident set (VmHWM from /proc, Linux), the
 * page and its ingest worker together. Skipped when ../shared is absent.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startSite, type Site } from '../e2e/harness';
import { sharedFile } from '../unit/paths';

const MB = 1024 * 1024;

/** The header once, then the body of Online Retail `copies` times. */
function makeFile(body: Buffer, header: Buffer, copies: number): string {
  const path = resolve(tmpdir(), `ccc-online-retail-x${copies}.csv`);
  if (existsSync(path) && statSync(path).size === header.length + body.length * copies) return path;
  const fd = openSync(path, 'w');
  writeSync(fd, header);
  for (let i = 0; i < copies; i++) writeSync(fd, body);
  closeSync(fd);
  return path;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function measure(site: Site, file: string) {
  // A browser of its own per file, so the renderer's peak is this file's alone.
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}?lang=en`);
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.evaluate('navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : true');
  const cdp = await site.browser.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const renderers = info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const before = Math.max(...renderers.map(peakRssMb));
  const t0 = Date.now();
  await page.getByLabel(/CSV/).first().setInputFiles(file);
  const refused = page.locator('[data-error-key="too-large"]');
  const mapping = page.getByTestId('mapping-step');
  await refused.or(mapping).waitFor({ timeout: 600_000 });
  let outcome: string;
  if (await refused.count()) {
    outcome = `refused after ${Date.now() - t0} ms: ${(await refused.locator('.message').textContent())?.slice(0, 90)}…`;
  } else {
    await page.getByRole('button', { name: /Confirm and load/ }).click();
    await page.getByTestId('current-dataset').filter({ hasText: /ccc-online-retail/ }).waitFor({ timeout: 600_000 });
    outcome = `loaded in ${Date.now() - t0} ms: ${await page.getByTestId('current-dataset').textContent()}`;
  }
  const peak = Math.max(...renderers.map(peakRssMb));
  await cdp.detach();
  await context.close();
  return { outcome, peakMb: peak, beforeMb: before };
}

async function main() {
  const gz = sharedFile('online-retail/online-retail.csv.gz');
  if (!existsSync(gz)) {
    console.log('big files: ../shared/datasets is absent, skipped');
    return;
  }
  const all = gunzipSync(readFileSync(gz));
  const nl = all.indexOf(10) + 1;
  const header = all.subarray(0, nl);
  const body = all.subarray(nl);
  const site = await startSite();
  for (const copies of [21, 5]) {
    const file = makeFile(body, header, copies);
    const size = statSync(file).size;
    const r = await measure(site, file);
    console.log(`${(size / MB).toFixed(0)} MB (${copies} copies of Online Retail, load ${loadavg()[0].toFixed(1)}): ${r.outcome}; renderer peak RSS ${r.peakMb.toFixed(0)} MB (before the pick ${r.beforeMb.toFixed(0)} MB)`);
  }
  await site.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
