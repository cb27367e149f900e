/**
 * Lesson 9 "Predicting future value" on the sample it is written for
 * (samples/retail-transactions.csv), from its declared start: every goal not met before the
 * act, met after it, and the act changes what the step is about; every reveal equals the
 * answer of tests/reference/future_answers.py (pandas + scipy), pinned in futureAnswers.ts.
 * The live state's model is the one the workspace fits (fixtures.ts withFuture).
 */
import { describe, expect, it } from 'vitest';
import type { TeachingContext } from '../context';
import { contextOf, retailDataset, withFuture, type CtxOptions } from './fixtures';
import { concealedFigures, firstView, lessonById } from './lessons';
import { holdoutWeeks } from './futureMeasures';
import { pAlive } from '../../future';
import { courseDefaults, parseOpenLesson } from './start';
import type { Baseline, LessonStep } from './types';
import { HOLDOUT, TWO_HISTORIES } from '../../../../../tests/reference/futureAnswers';

const lesson = lessonById('future')!;
const step = (id: string): LessonStep => lesson.steps.find((s) => s.id === id)!;
const both = (b: TeachingContext): Baseline => ({ lesson: b, step: b });
const retail = await retailDataset();
/** The retail sample's live state with the model at a holdout (null: the model not there yet). */
const c = (o: CtxOptions = {}, holdout: number | null = 0) => {
  const ctx = contextOf(retail, o);
  return holdout === null ? ctx : withFuture(ctx, retail, holdout);
};

describe('lesson 9 on the retail sample', () => {
  it('starts from the course defaults and no holdout, on the model view', () => {
    expect(lesson.start()).toEqual({ ...courseDefaults(), future: { holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 } });
    expect(firstView(lesson)).toBe('model');
    expect(lesson.steps.map((s) => s.id)).toEqual(['holdout', 'alive', 'quadrant']);
  });

  type Row = [id: string, before: () => TeachingContext, after: () => TeachingContext, measure: (x: TeachingContext) => unknown];
  const rows: Row[] = [
    ['holdout', () => c({ view: 'model' }, 0), () => c({ view: 'model' }, 26), (x) => [holdoutWeeks(x), x.future?.holdout?.actualTransactions ?? null]],
    ['alive', () => c({ view: 'customers' }, 26), () => c({ view: 'customers', selectedCustomer: '10871' }, 26), (x) => x.selectedCustomer],
    ['quadrant', () => c({ view: 'customers' }, 26), () => c({ view: 'quadrants' }, 26), (x) => x.view],
  ];
  it.each(rows)('%s: reachable and meaningful', (id, before, after, measure) => {
    const s = step(id);
    const b = before();
    const a = after();
    expect(s.goal(b, both(b)), 'not met before the act').toBe(false);
    expect(s.goal(a, both(b)), 'met after it').toBe(true);
    expect(JSON.stringify(measure(a)), 'the act changes what the step is about').not.toBe(JSON.stringify(measure(b)));
  });

  it('covers every step', () => {
    expect(rows.map(([id]) => id)).toEqual(lesson.steps.map((s) => s.id));
  });

  it('no goal is met while the model is not there (fitting, failed, or no transactions)', () => {
    expect(step('holdout').goal(c({ view: 'model' }, null))).toBe(false);
    expect(step('alive').goal(c({ view: 'customers', selectedCustomer: '10871' }, null), both(c({ view: 'customers' }, null)))).toBe(false);
    expect(step('quadrant').goal(c({ view: 'quadrants' }, null))).toBe(false);
    expect(step('holdout').readout!(c({ view: 'model' }, null))).toEqual({ key: 'lesson.readout.modelWaiting' });
  });

  it('the holdout: about half a year (20 to 30 weeks), read back from the calibration end', () => {
    const s = step('holdout');
    for (const [weeks, met] of [[13, false], [20, true], [26, true], [30, true], [39, false]] as const) expect(s.goal(c({ view: 'model' }, weeks)), `${weeks} weeks`).toBe(met);
    expect(s.goal(c({ view: 'data' }, 26))).toBe(false);
    expect(s.readout!(c({ view: 'model' }, 0))).toEqual({ key: 'lesson.readout.noHoldout' });
    // 2024-12-31 (the last day counted) less 26 weeks.
    expect(s.readout!(c({ view: 'model' }, 26))).toEqual({
      key: 'lesson.readout.holdout',
      params: { weeks: { kind: 'number', value: 26 }, end: { kind: 'text', value: HOLDOUT[26].end } },
    });
  });

  it('reveals: more or fewer purchases than expected in the holdout the learner set', () => {
    const s = step('holdout');
    for (const weeks of [20, 26, 30] as const) {
      const ctx = c({ view: 'model' }, weeks);
      expect(ctx.future!.holdout!.actualTransactions, `${weeks} weeks`).toBe(HOLDOUT[weeks].actual);
      expect(Math.abs(ctx.future!.holdout!.expectedTransactions / HOLDOUT[weeks].expected - 1)).toBeLessThan(1e-4);
      expect(s.predict!.answer(ctx), `${weeks} weeks`).toBe(HOLDOUT[weeks].direction);
    }
    // Nothing to compare without a holdout.
    expect(s.predict!.answer(c({ view: 'model' }, 0))).toBeNull();
    // The holdout's figures stay off the page until the guess is in and the holdout is set.
    expect(s.predict!.revealAfterGoal).toBe(true);
    expect(concealedFigures(s, false, true)).toEqual(['model.holdout']);
    expect(concealedFigures(s, true, false)).toEqual(['model.holdout']);
    expect(concealedFigures(s, true, true)).toEqual([]);
  });

  it('reveals: the rare buyer is the more likely still a customer', () => {
    const s = step('alive');
    for (const weeks of [0, 26] as const) {
      const want = TWO_HISTORIES[weeks];
      expect(want.rare).toBeGreaterThan(want.frequent);
      const ctx = c({ view: 'customers' }, weeks);
      const h = (x: number) => pAlive(ctx.future!.bgnbd.params, x, 40, 60);
      expect(h(10)).toBeCloseTo(want.frequent, 4);
      expect(h(1)).toBeCloseTo(want.rare, 4);
      expect(s.predict!.answer(ctx)).toBe('rare');
    }
    expect(s.predict!.answer(c({ view: 'customers' }, null))).toBeNull();
    expect(concealedFigures(s, false, false)).toEqual(['future.customer']);
  });
});

describe('the learner’s model settings kept aside while lesson 9 runs', () => {
  const stepsOf = (id: string) => lessonById(id)?.steps.length;
  const state = (future: unknown) => ({ id: 'future', step: 1, own: { datasetName: 'retail-transactions.csv', state: { ...courseDefaults(), future } } });
  it('come back from the progress record when valid', () => {
    const own = { holdoutWeeks: 13, horizonWeeks: 26, annualDiscountRate: 0.1 };
    expect(parseOpenLesson(state(own), stepsOf)!.own!.state.future).toEqual(own);
  });
  it('a record from before the model has none; an invalid one is not given back', () => {
    const { future: _none, ...old } = state(undefined).own.state;
    expect(parseOpenLesson({ id: 'future', step: 0, own: { datasetName: null, state: old } }, stepsOf)!.own!.state.future).toBeUndefined();
    expect(parseOpenLesson(state({ holdoutWeeks: -1, horizonWeeks: 26, annualDiscountRate: 0 }), stepsOf)!.own).toBeNull();
  });
});
