/**
 * Solutions are never wrong: every built-in's revealed answer and its solution hint are
 * worked out in the exercise's own target state, whatever state the learner has left the
 * charts in. Each exercise is revealed from several wrong states and compared with the
 * answer worked out independently by tests/reference/classroom_answers.py (numpy), pinned
 * as literals in tests/reference/classroomAnswers.ts.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BUILTIN_EXERCISES } from './builtins';
import { loadSampleData } from './fixtures';
import { contextFor, SAMPLE_FILE } from './helpers';
import { defaultLensSettings, type LensSettings } from '../../models/analysis';
import { defaultSegmentRules } from '../../models/segments';
import { monthsEarlier } from '../../models/compare';
import type { AnswerValue, ExerciseContext, SampleKey } from './types';
import { REVEALED_ANSWERS } from '../../../../../tests/reference/classroomAnswers';

const root = resolve(__dirname, '../../../../..');

/** States a learner may have left behind: each changes what the live charts show. */
const WRONG_STATES: [name: string, edit: (s: LensSettings) => void, quarterBack: boolean][] = [
  ['the defaults', () => {}, false],
  ['thresholds at the median', (s) => (s.thresholds = { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'median' } }), false],
  [
    'three scores, churn at 60 days, another pyramid and value line',
    (s) => {
      s.bins = 3;
      s.lifecycle.churnDays = 60;
      s.pyramid = { tiers: 'four', mode: 'percentile', cuts: [0.95, 0.8, 0.5] };
      s.valuePotential.x = { method: 'mean' };
      s.thresholds.monetary = { method: 'custom', value: 100 };
    },
    false,
  ],
  [
    'a quarter back, rules edited',
    (s) => {
      const rules = defaultSegmentRules(5);
      rules[rules.length - 1].R = { min: 1, max: 5 };
      s.segmentRules = rules;
      s.valuePotential.x = { method: 'custom', value: 351 };
    },
    true,
  ],
];

async function stateOf(sample: SampleKey, edit: (s: LensSettings) => void, quarterBack: boolean): Promise<ExerciseContext> {
  const { dataset, report } = await loadSampleData(root, sample);
  const settings = defaultLensSettings(5);
  edit(settings);
  const day = quarterBack && dataset.shape === 'transactions' ? monthsEarlier(dataset.maxDay + 1, 3) : null;
  return contextFor(dataset, report, settings, { datasetName: SAMPLE_FILE[sample], analysisDay: day });
}

/** The solution hint's own figure, as the expected value's shape. */
function solutionFigure(params: Record<string, unknown> | undefined): unknown {
  return params?.answer;
}

describe('revealed answers come from the target state, never the live one', () => {
  const cases = BUILTIN_EXERCISES.filter((e) => e.id in REVEALED_ANSWERS).flatMap((ex) => WRONG_STATES.map(([name, edit, back]) => [ex.id, name, edit, back] as const));

  it('pins an independent answer for every built-in with one', () => {
    expect(Object.keys(REVEALED_ANSWERS).sort()).toEqual(BUILTIN_EXERCISES.filter((e) => e.kind !== 'editRules').map((e) => e.id).sort());
  });

  it.each(cases)('%s from %s', async (id, _name, edit, back) => {
    const ex = BUILTIN_EXERCISES.find((e) => e.id === id)!;
    const known = REVEALED_ANSWERS[id];
    const live = await stateOf(ex.sample, edit, back);
    const expected: AnswerValue = ex.expected(live);
    expect(expected).toEqual(known.answer);
    if (known.solution !== undefined) expect(solutionFigure(ex.hint(live, 3).params)).toEqual(known.solution);
    // The revealed answer passes once the learner is in the target state.
    const target = ex.targetContext(live);
    expect(ex.check(target, expected).correct).toBe(true);
  });
});

describe('the issue’s examples', () => {
  it('exercise 1 in the default state reveals 50.57 % (not 84.03 %, the share at the mean)', async () => {
    const ex = BUILTIN_EXERCISES.find((e) => e.id === 'b01-reach-m-high')!;
    const live = await stateOf('classroom', () => {}, false);
    expect(ex.expected(live)).toBe(50.57);
    expect(ex.hint(live, 3).params).toMatchObject({ amount: 2690, count: 8, n: 40, share: 20, answer: 50.57 });
  });

  it('exercise 14 with the value line at 351 reveals 343', async () => {
    const ex = BUILTIN_EXERCISES.find((e) => e.id === 'b14-connect')!;
    const live = await stateOf('retail', (s) => (s.valuePotential.x = { method: 'custom', value: 351 }), false);
    expect(ex.expected(live)).toBe(343);
    expect(ex.hint(live, 3).params).toMatchObject({ boundary: 2069.7, answer: 343 });
  });

  it('exercise 12 with the churn line at 60 days reveals 19 (the 180-day answer)', async () => {
    const ex = BUILTIN_EXERCISES.find((e) => e.id === 'b12-churn')!;
    const live = await stateOf('classroom', (s) => (s.lifecycle.churnDays = 60), false);
    expect(ex.expected(live)).toBe(19);
    expect(ex.hint(live, 3).params).toMatchObject({ days: 180, answer: 19 });
  });
});
