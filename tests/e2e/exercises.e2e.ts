/**
 * Every built-in exercise walked as a learner would, in English and in Chinese: a wrong
 * answer first ("not yet"), two hints, the actions on the live charts, then the right answer.
 * The answers typed are literals worked out independently of the app by
 * tests/reference/classroom_answers.py (see tests/reference/classroomAnswers.ts), never by the
 * exercises' own expected(), looked up by the variant the workspace drew (the coach's
 * `data-params`). Progress must show the exercise solved with hints and survive a reload.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { translate, type LocaleCode } from '../../src/lib/i18n/catalog';
import { BUILTIN_EXERCISES } from '../../src/lib/domain/teaching/exercises/builtins';
import { EXERCISE_ANSWERS, RETAIL_MOVERS, variantAnswer, type Answer } from '../reference/classroomAnswers';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A template with one {placeholder} as a regex matching any value there. */
const templateRe = (t: string) => new RegExp(`^${t.split(/\{\w+\}/).map(escape).join('.*')}$`);

/** The "ready to work offline" notice can cover the coach's buttons: dismiss it whenever it shows. */
async function dismissNotices(page: Page) {
  await page.addLocatorHandler(page.getByTestId('offline-ready'), async (notice) => {
    await notice.getByRole('button').first().click();
  });
}

const EIGHT = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'];

async function walk(page: Page, lang: LocaleCode) {
  await dismissNotices(page);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const coach = page.getByRole('complementary');
  const feedback = page.getByTestId('exercise-feedback');
  let sample: string | null = null;

  async function check(expectCorrect: boolean) {
    await coach.getByRole('button', { name: t('ex.ui.check'), exact: true }).click();
    const want = expectCorrect ? t('ex.fb.correct') : t('ex.fb.notYet').replace(/[.。]$/, '');
    await feedback.filter({ hasText: want }).waitFor({ timeout: 10_000 });
  }

  /** The variant this workspace drew for the open exercise. */
  async function params(): Promise<Record<string, unknown>> {
    return JSON.parse((await page.locator('.coach-exercise').getAttribute('data-params')) ?? '{}');
  }

  /** Fill the answer form with the right (or a wrong) pinned answer of exercise `id`. */
  async function answer(a: Answer, right: boolean) {
    switch (a.type) {
      case 'number':
        await coach.getByRole('spinbutton', { name: t('ex.ui.yourAnswer') }).fill(String(right ? a.right : a.wrong));
        break;
      case 'choice':
        await coach.getByRole('radio', { name: t(right ? a.right : a.wrong), exact: true }).check();
        break;
      case 'customers': {
        // The candidates the app offers must include the pinned movers; the wrong pick is three
        // offered customers who are not movers at all (the whole mover list is pinned too).
        const names = await coach.locator('.customers').getByRole('checkbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
        for (const m of a.right) if (!names.includes(m)) throw new Error(`mover ${m} not offered among ${names.join(', ')}`);
        const decoys = names.filter((n) => !RETAIL_MOVERS.has(n));
        if (decoys.length < 3) throw new Error(`fewer than three decoys among ${names.join(', ')}`);
        const pick = right ? a.right : decoys.slice(0, 3);
        for (const n of names) {
          const box = coach.getByRole('checkbox', { name: n, exact: true });
          if (pick.includes(n)) await box.check();
          else await box.uncheck();
        }
        break;
      }
      case 'mapping':
        for (const [i, k] of EIGHT.entries())
          await coach.getByRole('combobox', { name: t(`class.${k}`), exact: true }).selectOption({ value: right ? a.right[k] : EIGHT[(i + 1) % 8] });
        break;
      case 'numbers':
        for (const [key, v] of Object.entries(right ? a.right : a.wrong)) await coach.getByRole('spinbutton', { name: t(key), exact: true }).fill(String(v));
        break;
      case 'state':
        break;
    }
  }

  /** What the learner does on the charts for the state goals, with the pinned amounts. */
  const ACT: Record<string, (act: number | number[] | undefined) => Promise<void>> = {
    'b01-reach-m-high': async (act) => {
      await page.getByRole('combobox', { name: t('rfm.method.label', { letter: 'M' }), exact: true }).selectOption('custom');
      await page.getByRole('main').getByRole('spinbutton', { name: t('rfm.method.amountLabel.monetary'), exact: true }).fill(String(act));
    },
    // The pyramid's boundaries to the drawn percentiles, by keyboard (0.01 a press); the
    // upper one first when going up, the lower one first when going down.
    'b04-pyramid-top': async (act) => {
      const cuts = act as number[];
      const handles = [t('pyramid.boundary.high'), t('pyramid.boundary.medium')].map((name) => page.getByRole('slider', { name, exact: true }));
      const now = async (i: number) => Number(await handles[i].getAttribute('aria-valuenow'));
      const order = cuts[0] >= (await now(0)) ? [0, 1] : [1, 0];
      for (const i of order) {
        const steps = Math.round((cuts[i] - (await now(i))) * 100);
        for (let k = 0; k < Math.abs(steps); k++) await handles[i].press(steps > 0 ? 'ArrowUp' : 'ArrowDown');
        await until(async () => Math.abs((await now(i)) - cuts[i]) < 0.005, `pyramid boundary ${i} at ${cuts[i]}`);
      }
    },
    'b12-churn': async (act) => {
      const field = page.getByRole('spinbutton', { name: t('quadrants.lifecycle.churnDays'), exact: true });
      await field.fill(String(act));
      await field.press('Tab');
    },
    'b09-others-empty': async () => {
      await page.getByRole('radio', { name: t('term.segments') }).check();
      // The solution's example: At Risk and About To Sleep take every F score.
      for (const [segment, bound, value] of [['atRisk', 'minAria', '1'], ['aboutToSleep', 'maxAria', '5']]) {
        const field = page.getByRole('spinbutton', { name: t(`rfm.rules.${bound}`, { name: t(`segment.${segment}`), dim: 'F' }), exact: true });
        await field.fill(value);
        await field.press('Tab');
      }
    },
    'b14-connect': async () => {
      const input = page.getByRole('main').getByRole('textbox', { name: templateRe(t('quadrants.method.value')) }).first();
      await input.fill(String(EXERCISE_ANSWERS['b14-connect'].act));
      await input.press('Tab');
    },
  };

  await page.getByRole('navigation').getByRole('button', { name: t('nav.learn'), exact: true }).click();
  const first = BUILTIN_EXERCISES[0];
  await page.getByRole('button', { name: t('ex.ui.startNamed', { title: t(first.title(null).key) }) }).click();

  for (const ex of BUILTIN_EXERCISES) {
    if (!EXERCISE_ANSWERS[ex.id]) throw new Error(`no pinned answer for ${ex.id}`);
    await coach.getByRole('heading', { name: t(ex.title(null).key) }).waitFor();
    if (sample !== ex.sample) {
      const load = coach.getByRole('button', { name: t('ex.ui.loadSample', { sample: t(`data.sample.${{ classroom: 'classroom', retail: 'retail', 'retail-zh': 'retailZh', 'customer-table': 'customerTable' }[ex.sample]}.title`) }) });
      // With no data yet the sample loads at once; with other data the coach asks first.
      if (sample !== null) await load.click();
      sample = ex.sample;
    }
    const prompt = coach.getByTestId('exercise-prompt');
    await prompt.waitFor({ timeout: 20_000 });
    const drawn = await params();
    const known = { ...EXERCISE_ANSWERS[ex.id], ...variantAnswer(ex.id, drawn) };
    const fixed = JSON.stringify(drawn) === JSON.stringify(ex.params);
    // The figures the prompt shows in the fixed variant, exactly (each one delimited, not part of a longer number).
    if (known.promptFigures && fixed) {
      const text = (await prompt.textContent()) ?? '';
      for (const f of known.promptFigures)
        if (!new RegExp(`(^|[^\\d.,])${escape(f)}([^\\d]|[.,](?!\\d)|$)`).test(text)) throw new Error(`${ex.id} (${lang}): prompt "${text}" does not show ${f}`);
    }

    // 1. a wrong answer (state goals: the untouched state is wrong)
    await answer(known, false);
    await check(false);
    // 2. two hints
    await coach.getByRole('button', { name: t('ex.ui.hint'), exact: true }).click();
    await coach.getByRole('button', { name: t('ex.ui.hint'), exact: true }).click();
    await expect(coach.getByRole('list', { name: t('ex.ui.hint') }).getByRole('listitem')).toHaveCount(2);
    // 3. act on the charts, then the pinned right answer
    await ACT[ex.id]?.(known.act);
    await answer(known, true);
    await check(true);
    await expect(coach.getByTestId('exercise-status')).toHaveText(t('ex.ui.status.solvedWithHints'));
    if (ex !== BUILTIN_EXERCISES[BUILTIN_EXERCISES.length - 1]) await coach.getByRole('button', { name: t('ex.ui.next'), exact: true }).click();
  }
}

/** Wait for a condition (no sleeps in the tests' logic, only this poll). */
async function until(ok: () => Promise<boolean>, what: string) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
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
    await expect(row.getByRole('cell').first()).toHaveText(t('ex.ui.status.solvedWithHints'));
  }
  await page.getByText(t('ex.progress.solved', { n: BUILTIN_EXERCISES.length, total: BUILTIN_EXERCISES.length })).waitFor();
  await page.getByText(t('ex.progress.withHints', { n: BUILTIN_EXERCISES.length })).first().waitFor();
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
