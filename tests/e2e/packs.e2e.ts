/**
 * The exercise-pack composer in a real Chromium: a trainer composes a pack of two exercises of
 * different kinds with own texts (checking validation, the live preview, edit, reorder and
 * delete), exports it, and a trainee imports the file in a fresh browser (empty storage), in
 * Chinese, and solves one of its exercises: wrong first, then right, with the right answer and
 * the prompt's figures pinned from tests/reference/classroom_answers.py (tests/reference/
 * classroomAnswers.ts), not computed by the exercise itself. The exported file must parse back
 * to exactly what was composed, and bad files get a clear error.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { translate, type LocaleCode } from '../../src/lib/i18n/catalog';
import { exportPack, parsePack, type ExerciseSpec } from '../../src/lib/domain/teaching/exercises';
import { PACK_SCORE_F } from '../reference/classroomAnswers';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const TITLE = 'Week 3 by hand';
const A: ExerciseSpec = {
  id: 'scoreByHand-1',
  kind: 'scoreByHand',
  sample: 'classroom',
  params: { dimension: 'frequency', customerAt: 0.5 },
  texts: {
    en: { title: 'Score F by hand', prompt: 'Customer {customer} bought {value} times. The F edges are {edges}. What is the F score?' },
    zh: { title: '手工计算 F 得分', prompt: '客户 {customer} 购买了 {value} 次。F 的边界是 {edges}。F 得分是多少？' },
  },
};
/** A's prompt with the pinned figures: classroom customer 123 (halfway through the list) bought 8 times. */
const promptA = (loc: 'en' | 'zh') =>
  A.texts![loc]!.prompt!.replace('{customer}', PACK_SCORE_F.customer).replace('{value}', String(PACK_SCORE_F.value)).replace('{edges}', PACK_SCORE_F.edges);
const B: ExerciseSpec = {
  id: 'pareto-1',
  kind: 'pareto',
  sample: 'retail',
  params: { revenueShare: 0.6, tolerance: 3 },
  texts: { en: { title: 'Sixty percent of revenue' }, zh: { title: '六成收入' } },
};

async function dismissNotices(page: Page) {
  await page.addLocatorHandler(page.getByTestId('offline-ready'), async (notice) => {
    await notice.getByRole('button').first().click();
  });
}

async function until(ok: () => Promise<boolean>, what: string) {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const itemTitles = (page: Page) => page.getByTestId('pack-item').locator('.title').allTextContents();

/** Compose A and B through the UI (plus a third exercise that is deleted again); returns the downloaded text. */
async function compose(page: Page): Promise<{ text: string; fileName: string }> {
  const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
  await page.getByRole('navigation').getByRole('button', { name: t('nav.trainer'), exact: true }).click();
  const composer = page.getByRole('region', { name: t('packs.heading'), exact: true });
  await composer.waitFor();
  const form = composer.getByTestId('pack-form');
  const preview = composer.getByTestId('pack-preview');
  const add = composer.getByTestId('pack-add');

  await composer.getByLabel(t('packs.title.label')).fill(TITLE);

  // ---- exercise A: score by hand, a choice and a number parameter, texts in both languages ----
  await form.getByLabel(t('packs.kind.label')).selectOption('scoreByHand');
  await form.getByLabel(t('packs.param.dimension'), { exact: true }).selectOption('frequency');
  const customerAt = form.getByLabel(t('packs.param.customerAt'), { exact: true });
  // Validation: out of range is explained and blocks Add; fixing it unblocks.
  await customerAt.fill('150');
  await form.getByRole('alert').filter({ hasText: t('packs.param.customerAt') }).waitFor();
  expect(await add.isDisabled()).toBe(true);
  expect(await customerAt.getAttribute('aria-invalid')).toBe('true');
  await customerAt.fill('50');
  await until(async () => (await form.getByRole('alert').count()) === 0, 'the problem to clear');
  expect(await add.isDisabled()).toBe(false);
  for (const [loc, lang] of [['en', 'English'], ['zh', 'Chinese']] as const) {
    await form.getByLabel(t('packs.texts.title', { lang }), { exact: true }).fill(A.texts![loc]!.title!);
    await form.getByLabel(t('packs.texts.prompt', { lang }), { exact: true }).fill(A.texts![loc]!.prompt!);
  }
  expect(await form.getByTestId('pack-placeholders').textContent()).toContain('{customer}');

  // Preview: without its sample it says so; with it, the answer computed from the live data.
  await preview.getByTestId('pack-preview-title').filter({ hasText: A.texts!.en!.title! }).waitFor();
  await preview.getByText(t('packs.preview.loadToPreview', { sampleKey: t('data.sample.classroom.title') })).waitFor();
  await preview.getByRole('button', { name: t('packs.preview.load', { sampleKey: t('data.sample.classroom.title') }) }).click();
  // F edges 1 | 2 | 6.4 | 9: 8 orders score 4.
  await preview.getByTestId('pack-preview-answer').filter({ hasText: t('packs.preview.answer', { answer: String(PACK_SCORE_F.score) }) }).waitFor({ timeout: 20_000 });
  expect(((await preview.getByTestId('pack-preview-answer').textContent()) ?? '').trim()).toBe(t('packs.preview.answer', { answer: String(PACK_SCORE_F.score) }));
  expect(((await preview.getByTestId('pack-preview-prompt').textContent()) ?? '').trim()).toBe(promptA('en'));
  await add.click();
  await until(async () => (await itemTitles(page)).length === 1, 'one exercise');

  // ---- exercise B: Pareto on the retail sample, own titles only ----
  await form.getByLabel(t('packs.kind.label')).selectOption('pareto');
  await form.getByLabel(t('packs.param.revenueShare'), { exact: true }).fill('60');
  await form.getByLabel(t('packs.texts.title', { lang: 'English' }), { exact: true }).fill(B.texts!.en!.title!);
  await form.getByLabel(t('packs.texts.title', { lang: 'Chinese' }), { exact: true }).fill(B.texts!.zh!.title!);
  expect(await form.getByLabel(t('packs.sample.label')).inputValue()).toBe('retail');
  await preview.getByText(t('packs.preview.loadToPreview', { sampleKey: t('data.sample.retail.title') })).waitFor();
  await add.click();
  await until(async () => (await itemTitles(page)).length === 2, 'two exercises');

  // ---- a third one, deleted again; reorder there and back; edit B's tolerance ----
  await form.getByLabel(t('packs.kind.label')).selectOption('readChart');
  await form.getByText(t('packs.params.none')).waitFor();
  await add.click();
  await until(async () => (await itemTitles(page)).length === 3, 'three exercises');
  await composer.getByRole('button', { name: t('packs.list.delete', { n: 3 }) }).click();
  await composer.getByRole('button', { name: t('packs.list.up', { n: 2 }) }).click();
  expect((await itemTitles(page))[0]).toBe(B.texts!.en!.title);
  await composer.getByRole('button', { name: t('packs.list.down', { n: 1 }) }).click();
  expect(await itemTitles(page)).toEqual([A.texts!.en!.title, B.texts!.en!.title]);
  await composer.getByRole('button', { name: t('packs.list.editNamed', { n: 2 }) }).click();
  await form.getByRole('heading', { name: t('packs.editor.edit', { n: 2 }) }).waitFor();
  expect(await form.getByLabel(t('packs.param.revenueShare'), { exact: true }).inputValue()).toBe('60');
  await form.getByLabel(t('packs.param.tolerance.points'), { exact: true }).fill('3');
  await form.getByRole('button', { name: t('packs.save') }).click();
  await form.getByRole('heading', { name: t('packs.editor.new') }).waitFor();

  if (process.env.SHOTS) await composer.screenshot({ path: '/tmp/packs-composer-en.png' });

  // ---- export ----
  const [download] = await Promise.all([page.waitForEvent('download'), composer.getByTestId('pack-export').click()]);
  const path = await download.path();
  return { text: readFileSync(path!, 'utf8'), fileName: download.suggestedFilename() };
}

describe('exercise packs', () => {
  it('composed, exported, imported by a trainee in a fresh browser and solved', async () => {
    const trainer = await visit(site, '?lang=en');
    await dismissNotices(trainer.page);
    const { text, fileName } = await compose(trainer.page);

    // The round trip is exact: the file parses back to what was composed.
    expect(fileName).toBe(`${TITLE}.pack.json`);
    const parsed = parsePack(text, fileName);
    expect(parsed.ok && parsed.pack).toEqual({ app: 'ccc', kind: 'exercise-pack', version: 1, title: TITLE, exercises: [A, B] });
    expect(text).toBe(exportPack({ title: TITLE, exercises: [A, B] }));

    // The draft survives a reload; in Chinese the composer shows the Chinese texts.
    await trainer.page.goto(site.url + '?lang=zh');
    await trainer.page.getByRole('navigation').getByRole('button', { name: translate('zh', 'nav.trainer'), exact: true }).click();
    const zhComposer = trainer.page.getByRole('region', { name: translate('zh', 'packs.heading'), exact: true });
    await zhComposer.getByText('手工计算 F 得分').waitFor();
    expect(await zhComposer.getByLabel(translate('zh', 'packs.title.label')).inputValue()).toBe(TITLE);
    if (process.env.SHOTS) await zhComposer.screenshot({ path: '/tmp/packs-composer-zh.png' });
    if (trainer.errors.length) throw new Error(trainer.errors.join('\n'));

    // ---- the trainee: a fresh browser context, Chinese ----
    const lang: LocaleCode = 'zh';
    const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const trainee = await visit(site, `?lang=${lang}`, { context });
    const { page } = trainee;
    await dismissNotices(page);
    await page.getByRole('navigation').getByRole('button', { name: t('nav.learn'), exact: true }).click();
    await page.getByLabel(t('ex.ui.import')).setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
    const group = page.getByRole('region', { name: t('ex.ui.pack', { title: TITLE }) });
    await group.getByText(A.texts!.zh!.title!).waitFor();
    await group.getByText(B.texts!.zh!.title!).waitFor();
    await group.getByRole('button', { name: t('ex.ui.startNamed', { title: A.texts!.zh!.title! }) }).click();

    const coach = page.getByRole('complementary');
    await coach.getByRole('heading', { name: A.texts!.zh!.title! }).waitFor();
    const prompt = coach.getByTestId('exercise-prompt');
    await prompt.waitFor({ timeout: 20_000 });
    const right = PACK_SCORE_F.score;
    expect(((await prompt.textContent()) ?? '').trim()).toBe(promptA('zh'));

    const answer = coach.getByRole('spinbutton', { name: t('ex.ui.yourAnswer') });
    const feedback = coach.getByTestId('exercise-feedback');
    const checkButton = coach.getByRole('button', { name: t('ex.ui.check'), exact: true });
    await answer.fill(String(right >= 5 ? right - 1 : right + 1));
    await checkButton.click();
    await feedback.filter({ hasText: t('ex.fb.notYet').replace(/[.。]$/, '') }).waitFor();
    await answer.fill(String(right));
    await checkButton.click();
    await feedback.filter({ hasText: t('ex.fb.correct') }).waitFor();
    await until(async () => (await coach.getByTestId('exercise-status').textContent())?.trim() === t('ex.ui.status.solved'), 'solved');
    if (process.env.SHOTS) await page.screenshot({ path: '/tmp/packs-trainee-zh.png' });
    if (trainee.errors.length) throw new Error(trainee.errors.join('\n'));
    await context.close();
    await trainer.context.close();
  });

  it('a bad pack file gets a clear error with file, line and column; a good one opens for editing', async () => {
    const v = await visit(site, '?lang=en');
    const { page } = v;
    await dismissNotices(page);
    const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
    await page.getByRole('navigation').getByRole('button', { name: t('nav.trainer'), exact: true }).click();
    const composer = page.getByRole('region', { name: t('packs.heading'), exact: true });
    const input = composer.getByLabel(t('packs.file.import'));
    await input.setInputFiles({ name: 'broken.pack.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "app": "ccc",\n  "kind": oops\n}') });
    const alert = composer.getByTestId('pack-file-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/broken\.pack\.json.*line 3, column \d+/);

    const wrong = JSON.stringify({ app: 'ccc', kind: 'exercise-pack', version: 1, title: 'X', exercises: [{ id: 'a', kind: 'pareto', params: { revenueShare: 3 } }] });
    await input.setInputFiles({ name: 'params.pack.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
    await alert.filter({ hasText: /params\.pack\.json: exercise 1 \(a\): revenueShare/ }).waitFor();

    const good = exportPack({ title: 'Opened', exercises: [A, B] });
    await input.setInputFiles({ name: 'opened.pack.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await composer.getByTestId('pack-file-status').filter({ hasText: t('packs.file.loaded', { title: 'Opened', n: 2 }) }).waitFor();
    expect(await itemTitles(page)).toEqual([A.texts!.en!.title, B.texts!.en!.title]);
    expect(await composer.getByLabel(t('packs.title.label')).inputValue()).toBe('Opened');

    // "Try it" puts the pack in the trainee list of this browser.
    await composer.getByTestId('pack-try').click();
    await composer.getByRole('button', { name: t('packs.file.openLearn') }).click();
    await page.getByRole('region', { name: t('ex.ui.pack', { title: 'Opened' }) }).getByText(A.texts!.en!.title!).waitFor();
    if (v.errors.length) throw new Error(v.errors.join('\n'));
    await v.context.close();
  });
});
