/**
 * A learner who tries to game the exercises, in Chromium on the built site (one page):
 *
 * - every numeric exercise: a wrong answer, then each number the feedback showed, typed
 *   back, never passes (feedback gives no gap to copy);
 * - every numeric exercise revealed from a wrong state (the analysis date a quarter back)
 *   shows the answer worked out independently (tests/reference/classroom_answers.py, pinned
 *   in classroomAnswers.ts, for the variant this workspace drew);
 * - two workspaces draw different variants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { translate } from '../../src/lib/i18n/catalog';
import { BUILTIN_EXERCISES } from '../../src/lib/domain/teaching/exercises/builtins';
import { EXERCISE_ANSWERS, variantAnswer } from '../reference/classroomAnswers';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const SAMPLE_TITLE: Record<string, string> = { classroom: 'classroom', retail: 'retail', 'retail-zh': 'retailZh' };
/** The numeric exercises, grouped by sample so each sample loads once. */
const NUMERIC = ['b01-reach-m-high', 'b03-score-r', 'b12-churn', 'b04-pyramid-top', 'b13-pareto', 'b14-connect', 'b16-gb18030'];
const fmt = (v: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v);

async function until(ok: () => Promise<boolean>, what: string) {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function learner(page: Page) {
  const coach = page.getByRole('complementary');
  const feedback = page.getByTestId('exercise-feedback');
  const nav = (key: string) => page.getByRole('navigation').getByRole('button', { name: t(key), exact: true }).click();

  async function start(id: string) {
    await nav('nav.learn');
    await page.locator(`li[data-exercise="${id}"]`).getByRole('button', { name: new RegExp(`^${t('ex.ui.start')}`) }).click();
    const ex = BUILTIN_EXERCISES.find((e) => e.id === id)!;
    await coach.getByRole('heading', { name: t(ex.title(null).key) }).waitFor();
    // With other data loaded the coach asks before it loads the exercise's sample.
    const load = coach.getByRole('button', { name: t('ex.ui.loadSample', { sample: t(`data.sample.${SAMPLE_TITLE[ex.sample]}.title`) }) });
    const prompt = coach.getByTestId('exercise-prompt');
    // (while a sample loads the button shows but is disabled: wait for the prompt then)
    // The button can go between the two reads (the sample finished loading): then it is not asking.
    const asking = async () => (await load.isVisible()) && (await load.isEnabled({ timeout: 1000 }).catch(() => false));
    await until(async () => (await prompt.isVisible()) || (await asking()), `${id} ready or asking`);
    if (!(await prompt.isVisible()) && (await asking())) await load.click();
    await prompt.waitFor({ timeout: 30_000 });
    return JSON.parse((await page.locator('.coach-exercise').getAttribute('data-params')) ?? '{}') as Record<string, unknown>;
  }

  /** Type a number, press Check, and return the feedback's text once it changes. */
  async function tryNumber(v: number): Promise<string> {
    const status = coach.getByTestId('exercise-status');
    const before = await status.textContent();
    await coach.getByRole('spinbutton', { name: t('ex.ui.yourAnswer') }).fill(String(v));
    await coach.getByRole('button', { name: t('ex.ui.check'), exact: true }).click();
    // The same wrong text twice is possible: wait for the attempt counter in the status instead.
    await until(async () => (await status.textContent()) !== before, `a Check of ${v}`);
    return ((await feedback.textContent()) ?? '').trim();
  }

  /** What the learner does on the charts so a state goal is met (the amounts are the pinned ones). */
  async function act(id: string, a: number | number[] | undefined) {
    if (id === 'b01-reach-m-high') {
      await page.getByRole('combobox', { name: t('rfm.method.label', { letter: 'M' }), exact: true }).selectOption('custom');
      const f = page.getByRole('main').getByRole('spinbutton', { name: t('rfm.method.amountLabel.monetary'), exact: true });
      await f.fill(String(a));
      await f.press('Tab');
    } else if (id === 'b04-pyramid-top') {
      const cuts = a as number[];
      const handles = [t('pyramid.boundary.high'), t('pyramid.boundary.medium')].map((name) => page.getByRole('slider', { name, exact: true }));
      const now = async (i: number) => Number(await handles[i].getAttribute('aria-valuenow'));
      for (const i of cuts[0] >= (await now(0)) ? [0, 1] : [1, 0]) {
        const steps = Math.round((cuts[i] - (await now(i))) * 100);
        for (let k = 0; k < Math.abs(steps); k++) await handles[i].press(steps > 0 ? 'ArrowUp' : 'ArrowDown');
        await until(async () => Math.abs((await now(i)) - cuts[i]) < 0.005, `boundary ${i}`);
      }
    } else if (id === 'b12-churn') {
      const f = page.getByRole('spinbutton', { name: t('quadrants.lifecycle.churnDays'), exact: true });
      await f.fill(String(a));
      await f.press('Tab');
    } else if (id === 'b14-connect') {
      const f = page.getByRole('main').getByRole('textbox', { name: new RegExp(`^${t('quadrants.method.value').split('{')[0]}`) }).first();
      await f.fill(String(EXERCISE_ANSWERS['b14-connect'].act));
      await f.press('Tab');
    }
  }

  return { coach, feedback, nav, start, tryNumber, act };
}

describe('a learner who tries to game the exercises', () => {
  it('cannot pass by typing back feedback numbers; reveals from a wrong state are the independent answers; two workspaces differ', async () => {
    const v = await visit(site, '?lang=en');
    const { page } = v;
    await page.addLocatorHandler(page.getByTestId('offline-ready'), async (n) => {
      await n.getByRole('button').first().click();
    });
    const l = learner(page);
    const drawn: Record<string, string> = {};

    for (const id of NUMERIC) {
      const params = await l.start(id);
      drawn[id] = JSON.stringify(params);
      const known = variantAnswer(id, params);
      if (known.type !== 'number') throw new Error(`${id}: not a number answer`);
      await l.act(id, known.act);

      // 1. A wrong answer, then every number its feedback showed: none passes.
      const wrongs = [0, known.right + 9, known.right - 9];
      for (const w of wrongs) {
        const text = await l.tryNumber(w);
        expect(text, `${id}: ${w}`).not.toContain(t('ex.fb.correct'));
        for (const m of text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) {
          const n = Number(m.replace(/,/g, ''));
          const again = await l.tryNumber(n);
          expect(again, `${id}: typed back ${n} from "${text}"`).not.toContain(t('ex.fb.correct'));
        }
      }

      // 2. A wrong state (the analysis date a quarter back), then Reveal: the independent answer.
      await l.nav('nav.data');
      await page.getByRole('button', { name: t('data.settings.analysisDate.minusQuarter'), exact: true }).click();
      await l.coach.getByRole('button', { name: t('ex.ui.reveal'), exact: true }).click();
      const revealed = l.coach.getByTestId('exercise-revealed');
      await revealed.waitFor();
      const unit = id === 'b01-reach-m-high' || id === 'b13-pareto' ? ` ${t('ex.ui.unit.percent')}` : id === 'b04-pyramid-top' ? ` ${t('ex.ui.unit.ratio')}` : '';
      expect(((await revealed.textContent()) ?? '').trim()).toBe(t('ex.ui.revealed', { answer: `${fmt(known.right)}${unit}` }));
      await until(async () => (await l.coach.getByTestId('exercise-status').textContent())?.trim() === t('ex.ui.status.revealed'), `${id} revealed`);
    }

    // 3. Another workspace draws other variants of the same exercises.
    await page.locator('.workspace-menu summary').click();
    await page.getByRole('button', { name: t('workspace.new'), exact: true }).click();
    const other: Record<string, string> = {};
    for (const id of ['b01-reach-m-high', 'b03-score-r', 'b12-churn']) other[id] = JSON.stringify(await l.start(id));
    expect(Object.keys(other).map((id) => other[id])).not.toEqual(Object.keys(other).map((id) => drawn[id]));

    if (v.errors.length) throw new Error(v.errors.join('\n'));
    await v.context.close();
  }, 240_000);
});
