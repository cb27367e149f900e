/**
 * Browser benchmark (part of `npm run bench`, after a build): in Debian's Chromium, load
 * 100,000 generated customers, drag thresholds with the pointer and record frame times
 * (requestAnimationFrame deltas) while the app re-labels and redraws on every move; the last
 * drag runs with a lesson step open, whose goal is re-evaluated on every move too.
 * Also reports the initial JavaScript of the first page load, gzip-compressed.
 * Writes tests/bench/results/frames.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startSite } from '../e2e/harness';
// Every message area of both locales, registered synchronously (as the e2e tests have them).
import '../../src/lib/i18n/all';
import { translate, type MessageParams } from '../../src/lib/i18n/catalog';
import { lessonById } from '../../src/lib/domain/teaching/lessons/lessons';
import { repoRoot } from '../unit/paths';
import { syntheticMetrics } from './data';

const N = 100_000;

function customerTableCsv(n: number): string {
  const m = syntheticMetrics(n, 7);
  const lines = ['customer_id,recency_days,frequency,monetary,potential,future_value'];
  for (let i = 0; i < n; i++)
    lines.push(`${m.ids[i]},${m.recency[i]},${m.frequency[i]},${m.monetary[i].toFixed(2)},${m.potential![i].toFixed(3)},${m.futureValue![i].toFixed(2)}`);
  return lines.join('\n');
}

function stats(deltas: number[]) {
  const s = [...deltas].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { frames: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1], over25ms: s.filter((d) => d > 25).length };
}

/** Drag a slider's knob by `dx`/`dy` pixels in `steps` pointer moves, one per animation frame. */
async function dragAndMeasure(page: Page, sliderName: string, dx: number, dy: number, steps: number) {
  const slider = page.getByRole('slider', { name: sliderName, exact: true });
  const knob = slider.locator('.knob');
  await knob.scrollIntoViewIfNeeded();
  const before = await slider.getAttribute('aria-valuenow');
  const box = (await knob.boundingBox())!;
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  // A string, not a function: the TS runner's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__on = true;
    window.__last = performance.now();
    const run = (window.__run = (window.__run || 0) + 1);
    const tick = (t) => {
      if (run !== window.__run) return; // an earlier measurement's loop
      window.__frames.push(t - window.__last);
      window.__last = t;
      if (window.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x0 + (dx * i) / steps, y0 + (dy * i) / steps);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(window.__on = false, window.__frames.slice(1))')) as number[];
  const after = await slider.getAttribute('aria-valuenow');
  // A drag that moved nothing would measure an idle page.
  if (before === after) throw new Error(`${sliderName}: the drag did not move the threshold (${before})`);
  return { ...stats(frames), from: Number(before), to: Number(after) };
}

const t = (key: string, params?: MessageParams) => translate('en', key, params);

/**
 * Open a lesson from the Learn view and walk it, as a learner would, to its step `step`
 * (0-based) by committing any guess and pressing Next: that step's goal and readout are then
 * evaluated beside the charts on every change, which is what the lesson drags measure.
 */
async function openLessonStep(page: Page, lessonId: string, view: string, step: number) {
  await page.getByRole('navigation').getByRole('button', { name: t('nav.learn'), exact: true }).click();
  const title = t(`lesson.${lessonId}.title`);
  await page.getByRole('button', { name: t('lessons.actionAria', { action: t('lessons.start'), title }) }).click();
  const coach = page.getByRole('region', { name: `${t('lesson.coach.label')} ${title}`, exact: true });
  await coach.waitFor();
  await coach.getByRole('button', { name: t('lesson.coach.open', { view: t(`nav.${view}`) }) }).click();
  for (let i = 0; i < step; i++) {
    const guess = coach.getByRole('spinbutton');
    if (await guess.count()) {
      await guess.fill('50');
      await coach.getByRole('button', { name: t('lesson.coach.commit') }).click();
      await coach.getByTestId('lesson-reveal').waitFor();
    }
    await coach.getByRole('button', { name: t('lesson.coach.next') }).click();
  }
  const steps = lessonById(lessonId)!.steps.length;
  await coach.getByRole('heading', { name: t('lesson.coach.step', { n: step + 1, m: steps }), exact: true }).waitFor();
}

async function main() {
  const site = await startSite();
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();

  // Initial JavaScript: every script the first page load fetches, gzip-compressed.
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(site.url)) {
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    }
  });
  await page.goto(`${site.url}?lang=en`);
  await page.getByRole('button', { name: /Load Classroom exercise/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const initialJsGzip = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(`Initial JavaScript (gzip): ${(initialJsGzip / 1024).toFixed(1)} KB in ${scripts.size} files (budget 150 KB)`);

  await page.getByLabel(/CSV/).first().setInputFiles({ name: 'bench-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(customerTableCsv(N)) });
  await page.getByTestId('mapping-step').waitFor();
  await page.getByRole('button', { name: /Confirm and load/ }).click();
  await page.getByTestId('current-dataset').filter({ hasText: 'bench-100k.csv' }).waitFor({ timeout: 60_000 });

  const results: Record<string, ReturnType<typeof stats> & { from: number; to: number }> = {};
  await page.getByRole('navigation').getByRole('button', { name: /^RFM$/ }).click();
  await page.getByRole('slider', { name: 'Monetary threshold', exact: true }).waitFor();
  results['RFM: monetary threshold'] = await dragAndMeasure(page, 'Monetary threshold', 160, 0, 120);
  results['RFM: recency threshold'] = await dragAndMeasure(page, 'Recency threshold', -140, 0, 120);
  await page.getByRole('navigation').getByRole('button', { name: /^Pyramid$/ }).click();
  await page.getByRole('slider', { name: 'Pyramid boundary: high', exact: true }).waitFor();
  results['Pyramid: high boundary'] = await dragAndMeasure(page, 'Pyramid boundary: high', 0, 60, 120);
  await page.getByRole('navigation').getByRole('button', { name: /^Quadrants$/ }).click();
  await page.getByRole('slider', { name: 'Value threshold', exact: true }).waitFor();
  results['Quadrants: value line (canvas)'] = await dragAndMeasure(page, 'Value threshold', 120, 0, 120);
  // The same drag with a lesson step open: its goal ("the top tier is the smallest share that
  // brings 80 % of revenue") and readout re-evaluate on every frame beside the chart.
  await openLessonStep(page, 'pyramid', 'pyramid', 1);
  await page.getByRole('slider', { name: 'Pyramid boundary: high', exact: true }).waitFor();
  results['Lesson 80/20 step: pyramid high boundary'] = await dragAndMeasure(page, 'Pyramid boundary: high', 0, -60, 120);

  for (const [name, s] of Object.entries(results))
    console.log(`${`Drag, ${N.toLocaleString('en')} customers, ${name}`.padEnd(64)} p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  (${s.frames} frames, ${s.over25ms} over 25 ms; ${s.from} -> ${s.to})`);
  mkdirSync(resolve(repoRoot, 'tests/bench/results'), { recursive: true });
  writeFileSync(
    resolve(repoRoot, 'tests/bench/results/frames.json'),
    JSON.stringify({ date: new Date().toISOString(), customers: N, initialJsGzipBytes: initialJsGzip, drags: results }, null, 2),
  );
  await context.close();
  await site.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
