/**
 * Every built-in exercise walked as a learner would, in English and in Chinese: a wrong
 * answer first ("not yet"), two hints, the actions on the live charts, then the right answer,
 * computed here from the sample by the same pure domain functions. Progress must show the
 * exercise solved and survive a reload.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { repoRoot } from '../unit/paths';
import { translate, type LocaleCode } from '../../src/lib/i18n/catalog';
import { BUILTIN_EXERCISES, builtinById } from '../../src/lib/domain/teaching/exercises/builtins';
import { sampleContext } from '../../src/lib/domain/teaching/exercises/fixtures';
import { thresholdForHighShare } from '../../src/lib/domain/teaching/exercises/helpers';
import { sortedCopy } from '../../src/lib/domain/models/quantile';
import type { AnswerValue, ExerciseContext, SampleKey } from '../../src/lib/domain/teaching/exercises/types';
import type { LensSettings } from '../../src/lib/domain/models/analysis';
import { defaultSegmentRules } from '../../src/lib/domain/models/segments';
import { EIGHT_CLASS_KEYS } from '../../src/lib/domain/models/eightClasses';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

type Edit = (s: LensSettings, base: ExerciseContext) => void;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A template with one {placeholder} as a regex matching any value there. */
const templateRe = (t: string) => new RegExp(`^${t.split(/\{\w+\}/).map(escape).join('.*')}$`);

/** The "ready to work offline" notice can cover the coach's buttons: dismiss it whenever it shows. */
async function dismissNotices(page: Page) {
  await page.addLocatorHandler(page.getByTestId('offline-ready'), async (notice) => {
    await notice.getByRole('button').first().click();
  });
}

async function walk(page: Page, lang: LocaleCode) {
  await dismissNotices(page);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const coach = page.getByRole('complementary');
  const feedback = page.getByTestId('exercise-feedback');
  let sample: SampleKey | null = null;
  let edits: Edit[] = [];

  /** The learner's state mirrored here: the sample's default settings plus the edits made in the UI. */
  async function ctx(): Promise<ExerciseContext> {
    const base = await sampleContext(repoRoot, sample!);
    return sampleContext(repoRoot, sample!, (s) => edits.forEach((e) => e(s, base)));
  }
  const num = (v: number) => String(v);

  async function check(expectCorrect: boolean) {
    await coach.getByRole('button', { name: t('ex.ui.check'), exact: true }).click();
    const want = expectCorrect ? t('ex.fb.correct') : t('ex.fb.notYet').replace(/[.。]$/, '');
    await feedback.filter({ hasText: want }).waitFor({ timeout: 10_000 });
  }

  async function answer(ex: ReturnType<typeof builtinById> & object, value: AnswerValue, c: ExerciseContext) {
    const spec = ex.answer(c);
    switch (spec.type) {
      case 'number':
      case 'stateNumber':
        await coach.getByRole('spinbutton', { name: t('ex.ui.yourAnswer') }).fill(num(value as number));
        break;
      case 'choice': {
        const o = spec.options.find((x) => x.value === value)!;
        await coach.getByRole('radio', { name: t(o.labelKey), exact: true }).check();
        break;
      }
      case 'customers':
        for (const id of spec.candidates) {
          const box = coach.getByRole('checkbox', { name: id, exact: true });
          if ((value as string[]).includes(id)) await box.check();
          else await box.uncheck();
        }
        break;
      case 'mapping':
        for (const row of spec.rows)
          await coach.getByRole('combobox', { name: t(row.labelKey), exact: true }).selectOption({ value: String((value as Record<string, string>)[row.value] ?? '') });
        break;
      case 'numbers':
        for (const f of spec.fields)
          await coach.getByRole('spinbutton', { name: t(f.labelKey), exact: true }).fill(num((value as Record<string, number>)[f.value]));
        break;
      case 'state':
        break;
    }
  }

  /** A wrong answer of the right shape (state goals: the untouched state is wrong). */
  function wrong(right: AnswerValue, c: ExerciseContext, id: string): AnswerValue {
    const spec = builtinById(id)!.answer(c);
    if (spec.type === 'choice') return spec.options.find((o) => o.value !== right)!.value;
    if (spec.type === 'customers') return spec.candidates.filter((x) => !(right as string[]).includes(x)).slice(0, spec.pick);
    if (spec.type === 'mapping') return Object.fromEntries(EIGHT_CLASS_KEYS.map((k, i) => [k, EIGHT_CLASS_KEYS[(i + 1) % 8]]));
    if (spec.type === 'numbers') return Object.fromEntries(Object.entries(right as Record<string, number>).map(([k, v]) => [k, v + 100]));
    if (typeof right === 'number') return spec.type === 'number' && right >= 5 && id === 'b03-score-r' ? right - 1 : right + 9;
    return right;
  }

  /** What the learner does on the charts for the state goals (and the mirror of it here). */
  const ACT: Record<string, (c: ExerciseContext) => Promise<Edit | null>> = {
    'b01-reach-m-high': async (c) => {
      const amount = thresholdForHighShare(sortedCopy(c.metrics.monetary), 0.2);
      await page.getByRole('combobox', { name: t('rfm.method.label', { letter: 'M' }), exact: true }).selectOption('custom');
      await page.getByRole('main').getByRole('spinbutton', { name: t('rfm.method.amountLabel.monetary'), exact: true }).fill(String(amount));
      return (s) => (s.thresholds.monetary = { method: 'custom', value: amount });
    },
    'b09-others-empty': async () => {
      await page.getByRole('radio', { name: t('term.segments') }).check();
      const max = page.getByRole('spinbutton', { name: t('rfm.rules.maxAria', { name: t('segment.lost'), dim: 'R' }), exact: true });
      await max.fill('5');
      await max.press('Tab');
      return (s) => {
        const rules = defaultSegmentRules(5);
        rules[rules.length - 1].R = { min: 1, max: 5 };
        s.segmentRules = rules;
      };
    },
    'b14-connect': async (c) => {
      const b = c.analysis.pyramid.boundaries[0];
      const input = page.getByRole('main').getByRole('spinbutton', { name: templateRe(t('quadrants.method.value')) }).first();
      await input.fill(String(b));
      await input.press('Tab');
      return (s) => (s.valuePotential.x = { method: 'custom', value: b });
    },
  };

  await page.getByRole('navigation').getByRole('button', { name: t('nav.learn'), exact: true }).click();
  const first = BUILTIN_EXERCISES[0];
  await page.getByRole('button', { name: t('ex.ui.startNamed', { title: t(first.title(null).key) }) }).click();

  for (const ex of BUILTIN_EXERCISES) {
    await coach.getByRole('heading', { name: t(ex.title(null).key) }).waitFor();
    if (sample !== ex.sample) {
      const load = coach.getByRole('button', { name: t('ex.ui.loadSample', { sample: t(`data.sample.${{ classroom: 'classroom', retail: 'retail', 'retail-zh': 'retailZh', 'customer-table': 'customerTable' }[ex.sample]}.title`) }) });
      // With no data yet the sample loads at once; with other data the coach asks first.
      if (sample !== null) await load.click();
      sample = ex.sample as SampleKey;
      edits = [];
    }
    await coach.getByTestId('exercise-prompt').waitFor({ timeout: 20_000 });
    let c = await ctx();
    const right0 = ex.expected(c);
    const spec = ex.answer(c);

    // 1. a wrong answer
    await answer(ex, wrong(right0, c, ex.id), c);
    await check(false);
    // 2. two hints
    await coach.getByRole('button', { name: t('ex.ui.hint'), exact: true }).click();
    await coach.getByRole('button', { name: t('ex.ui.hint'), exact: true }).click();
    await expect(coach.getByRole('list', { name: t('ex.ui.hint') }).getByRole('listitem')).toHaveCount(2);
    // 3. act on the charts, then the right answer computed from the sample
    const act = ACT[ex.id];
    if (act) {
      const edit = await act(c);
      if (edit) edits.push(edit);
      c = await ctx();
    }
    if (spec.type !== 'state') await answer(ex, ex.expected(c), c);
    await check(true);
    await expect(coach.getByTestId('exercise-status')).toHaveText(t('ex.ui.status.solved'));
    if (ex !== BUILTIN_EXERCISES[BUILTIN_EXERCISES.length - 1]) await coach.getByRole('button', { name: t('ex.ui.next'), exact: true }).click();
  }
}

/** tiny `expect` on locators (vitest's expect does not wait). */
function expect(locator: { count(): Promise<number>; textContent(): Promise<string | null> }) {
  const poll = async (ok: () => Promise<boolean>, what: string) => {
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      if (await ok()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  return {
    toHaveCount: (n: number) => poll(async () => (await locator.count()) === n, `count ${n}`),
    toHaveText: (s: string) => poll(async () => (await locator.textContent())?.trim() === s, `text "${s}"`),
  };
}

async function progressSurvivesReload(page: Page, lang: LocaleCode) {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  await new Promise((r) => setTimeout(r, 1200)); // the store's debounced write
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: t('nav.learn'), exact: true }).click();
  const table = page.getByRole('table', { name: t('ex.progress.table') });
  await table.waitFor();
  for (const ex of BUILTIN_EXERCISES) {
    const row = table.getByRole('row', { name: new RegExp(`^${escape(t(ex.title(null).key))}`) });
    await expect(row.getByRole('cell').first()).toHaveText(t('ex.ui.status.solved'));
  }
  await page.getByText(t('ex.progress.solved', { n: BUILTIN_EXERCISES.length, total: BUILTIN_EXERCISES.length })).waitFor();
}

describe('exercises', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`every built-in exercise, ${lang}`, async () => {
      const v = await visit(site, `?lang=${lang}`);
      const { page } = v;
      await walk(page, lang);
      if (process.env.SHOTS) await page.screenshot({ path: `/tmp/exercises-${lang}.png` });
      await progressSurvivesReload(page, lang);
      if (process.env.SHOTS) await page.screenshot({ path: `/tmp/progress-${lang}.png`, fullPage: true });
      if (v.errors.length) throw new Error(v.errors.join('\n'));
      await v.context.close();
    }, 150_000);
  }

  it('a bad exercise pack gets a clear error; a good one adds a group', async () => {
    const v = await visit(site, '?lang=en');
    const { page } = v;
    await page.getByRole('navigation').getByRole('button', { name: 'Learn', exact: true }).click();
    const input = page.getByLabel(translate('en', 'ex.ui.import'));
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{\n "app": "ccc",\n oops\n}') });
    await page.getByRole('alert').filter({ hasText: /line 3/ }).waitFor();
    const pack = { app: 'ccc', kind: 'exercise-pack', version: 1, title: 'Week 2', exercises: [{ id: 'half', kind: 'pareto', params: { revenueShare: 0.5 }, texts: { en: { title: 'Half the revenue' } } }] };
    await input.setInputFiles({ name: 'week2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await page.getByRole('region', { name: translate('en', 'ex.ui.pack', { title: 'Week 2' }) }).getByText('Half the revenue').waitFor();
    await v.context.close();
  });
});
