import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BUILTIN_EXERCISES, BUILTIN_SPECS, builtinById } from './builtins';
import { buildExercise, specProblem } from './build';
import { sampleContext } from './fixtures';
import { contextFor as contextOf, thresholdForHighShare } from './helpers';
import { transactionTable } from '../../models/testTable';
import { sortedCopy } from '../../models/quantile';
import { EXERCISE_KINDS } from './kinds';
import type { AnswerValue, ExerciseContext, SampleKey } from './types';
import { defaultLensSettings, type LensSettings } from '../../models/analysis';
import { defaultSegmentRules } from '../../models/segments';
import { exampleRules } from './kinds/filesRules';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { en, zh } from '../../../i18n/messages/exercises';
// Every HHH -> LHH mover of the retail sample (2024-10-01 -> 2025-01-01), from the same script.
import { RETAIL_MOVERS } from '../../../../../tests/reference/classroomAnswers';

const root = resolve(__dirname, '../../../../..');

/** How a learner reaches the goal state of each exercise (settings edits), if it has one. */
const SETUP: Record<string, (s: LensSettings, ctx: ExerciseContext) => void> = {
  'b01-reach-m-high': (s, ctx) => (s.thresholds.monetary = { method: 'custom', value: thresholdForHighShare(sortedCopy(ctx.metrics.monetary), 0.2) }),
  // The solution's example: At Risk and About To Sleep take every F score.
  'b09-others-empty': (s) => (s.segmentRules = exampleRules(5)),
  'b14-connect': (s, ctx) => (s.valuePotential.x = { method: 'custom', value: ctx.analysis.pyramid.boundaries[0] }),
};

/** A wrong answer of the right shape. */
function wrongOf(right: AnswerValue, ctx: ExerciseContext, id: string): AnswerValue {
  const ex = builtinById(id)!;
  const spec = ex.answer(ctx);
  if (spec.type === 'choice') return spec.options.find((o) => o.value !== right)!.value;
  if (spec.type === 'customers') return spec.candidates.filter((c) => !(right as string[]).includes(c)).slice(0, spec.pick);
  if (typeof right === 'number') return right + 7;
  if (right && typeof right === 'object' && !Array.isArray(right)) {
    const keys = Object.keys(right);
    return { ...right, [keys[0]]: right[keys[1]] === right[keys[0]] ? 'x' : right[keys[1]] } as AnswerValue;
  }
  return null;
}

async function contextFor(id: string): Promise<ExerciseContext> {
  const ex = builtinById(id)!;
  const base = await sampleContext(root, ex.sample as SampleKey);
  const setup = SETUP[id];
  return setup ? sampleContext(root, ex.sample as SampleKey, (s) => setup(s, base)) : base;
}

describe('built-in exercises', () => {
  it('has one built-in per kind, with unique ids and valid specs', () => {
    expect(BUILTIN_SPECS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(BUILTIN_SPECS.map((s) => s.id)).size).toBe(BUILTIN_SPECS.length);
    expect(new Set(BUILTIN_SPECS.map((s) => s.kind))).toEqual(new Set(EXERCISE_KINDS));
    for (const s of BUILTIN_SPECS) expect(specProblem(s)).toBeNull();
  });

  it.each(BUILTIN_EXERCISES.map((e) => [e.id]))('%s: right answer passes, wrong one does not', async (id) => {
    const ex = builtinById(id)!;
    const ctx = await contextFor(id);
    const right = ex.expected(ctx);
    const good = ex.check(ctx, right);
    expect(good, JSON.stringify(good)).toMatchObject({ correct: true, feedbackKey: 'ex.fb.correct' });
    if (ex.answer(ctx).type === 'state') {
      // A state goal fails at the default state.
      const before = await sampleContext(root, ex.sample as SampleKey);
      expect(ex.check(before, null).correct).toBe(false);
    } else {
      const bad = ex.check(ctx, wrongOf(right, ctx, id));
      expect(bad.correct).toBe(false);
      expect(en).toHaveProperty(bad.feedbackKey);
    }
    // Texts exist for every message the exercise uses.
    const keys = [ex.title(ctx).key, ex.prompt(ctx).key, ex.hint(ctx, 1).key, ex.hint(ctx, 2).key, ex.hint(ctx, 3).key];
    for (const k of keys) {
      expect(en, k).toHaveProperty(k);
      expect(zh, k).toHaveProperty(k);
    }
  });

  it('state-and-number goals say so when the state is not reached', async () => {
    const ex = builtinById('b01-reach-m-high')!;
    const ctx = await sampleContext(root, 'classroom');
    // At the mean, 16 of 40 are M-high: too many for a fifth, so the line must go up.
    expect(ex.check(ctx, 10).feedbackKey).toBe('ex.fb.reachTarget.tooMany');
    const c = builtinById('b14-connect')!;
    const r = await sampleContext(root, 'retail');
    // The value line at the median (below the top tier's boundary) must go up.
    expect(c.check(r, 1).feedbackKey).toBe('ex.fb.connect.below');
    const g = builtinById('b16-gb18030')!;
    expect(g.check(r, r.metrics.n).feedbackKey).toBe('ex.fb.realFiles.encoding');
  });

  // Literal answers below: tests/reference/classroom_answers.py --retail (independent, numpy).
  it('picks the customer deterministically and prompts with its values', async () => {
    const ex = builtinById('b02-classify')!;
    const ctx = await sampleContext(root, 'classroom');
    // The customer 37 % of the way through the list (in file order): 111, R 189, F 9, M 2690.
    expect(ex.prompt(ctx).params).toEqual({ customer: '111', r: 189, f: 9, m: 2690, rT: 137.6, fT: 4.8, mT: 1311.38 });
    expect(ex.expected(ctx)).toBe('LHH');
  });

  it('never tells the size or the direction of the gap; names known mistakes', async () => {
    const ex = builtinById('b13-pareto')!;
    const ctx = await sampleContext(root, 'retail');
    // 734 of the 3,000 retail customers, best first, bring 80 % of revenue.
    expect(ex.expected(ctx)).toBe(24.47);
    expect(ex.check(ctx, 34.47)).toEqual({ correct: false, feedbackKey: 'ex.fb.number.wrong', params: {} });
    expect(ex.check(ctx, 14.47)).toEqual({ correct: false, feedbackKey: 'ex.fb.number.wrong', params: {} });
    expect(ex.check(ctx, 25.97).correct).toBe(true);
    expect(ex.check(ctx, 26.5).correct).toBe(false);
    // The share as a fraction, the question's own 80, and the count of customers.
    expect(ex.check(ctx, 0.2447).feedbackKey).toBe('ex.fb.fractionNotPercent');
    expect(ex.check(ctx, 80).feedbackKey).toBe('ex.fb.pareto.restated');
    expect(ex.check(ctx, 734).feedbackKey).toBe('ex.fb.countNotShare');
  });

  it('names the misreadings of a share of revenue (exercise 1 on the classroom sample)', async () => {
    const ex = builtinById('b01-reach-m-high')!;
    const ctx = await sampleContext(root, 'classroom', (s) => (s.thresholds.monetary = { method: 'custom', value: 2690 }));
    // 8 of 40 customers (20 %) bring 50.57 % of revenue.
    expect(ex.check(ctx, 50.57).correct).toBe(true);
    expect(ex.check(ctx, 0.5057).feedbackKey).toBe('ex.fb.fractionNotPercent');
    expect(ex.check(ctx, 20).feedbackKey).toBe('ex.fb.customersNotRevenue');
    expect(ex.check(ctx, 8).feedbackKey).toBe('ex.fb.countNotShare');
    expect(ex.check(ctx, 40).feedbackKey).toBe('ex.fb.number.wrong');
  });

  it('exercise 4 asks for a ratio the pyramid’s table does not print, and names the cells read instead', async () => {
    const ex = builtinById('b04-pyramid-top')!;
    // Retail at 20 / 30 / 50: the top tier is 600 of 3,000 customers (20 %) with 74.45 % of revenue.
    const ctx = await sampleContext(root, 'retail');
    expect(ex.check(ctx, 3.72).correct).toBe(true);
    expect(ex.check(ctx, 74.45).feedbackKey).toBe('ex.fb.pyramid.revenueShare');
    expect(ex.check(ctx, 0.7445).feedbackKey).toBe('ex.fb.pyramid.revenueShare');
    expect(ex.check(ctx, 20).feedbackKey).toBe('ex.fb.pyramid.customerShare');
    // 20 / 74.45 = 0.269: customers over revenue.
    expect(ex.check(ctx, 0.27).feedbackKey).toBe('ex.fb.pyramid.inverted');
    expect(ex.check(ctx, 3.5)).toEqual({ correct: false, feedbackKey: 'ex.fb.number.wrong', params: {} });
    // Nothing the page shows is the answer: neither share, nor the boundary, nor the count.
    const top = ctx.analysis.pyramid.tiers[0];
    for (const shown of [top.customers, top.customerShare * 100, top.revenueShare * 100, ctx.analysis.pyramid.boundaries[0]]) expect(ex.check(ctx, shown).correct).toBe(false);
    // The pyramid not yet at the split: the state comes first.
    const elsewhere = await sampleContext(root, 'retail', (s) => (s.pyramid = { tiers: 'three', mode: 'percentile', cuts: [0.9, 0.5] }));
    expect(ex.check(elsewhere, 3.72).feedbackKey).toBe('ex.fb.pyramid.state');
  });

  it('exercise 1’s pointer says which way the amount must go from where the learner is', async () => {
    const ex = builtinById('b01-reach-m-high')!;
    // At the mean 16 of 40 are M-high (too many): raise. At 3,500 only 4 (too few): lower.
    const atMean = await sampleContext(root, 'classroom');
    expect(ex.hint(atMean, 2).params?.directionKey).toBe('ex.reachTarget.dir.raise');
    const high = await sampleContext(root, 'classroom', (s) => (s.thresholds.monetary = { method: 'custom', value: 3500 }));
    expect(ex.hint(high, 2).params?.directionKey).toBe('ex.reachTarget.dir.lower');
    const there = await sampleContext(root, 'classroom', (s) => (s.thresholds.monetary = { method: 'custom', value: 2690 }));
    expect(ex.hint(there, 2).params?.directionKey).toBe('ex.reachTarget.dir.ok');
  });

  it('exercise 9 says the Champions rule is gone when it is deleted (not "now 0, must stay 0")', async () => {
    const ex = builtinById('b09-others-empty')!;
    const ctx = await sampleContext(root, 'classroom', (s) => (s.segmentRules = defaultSegmentRules(5).slice(1)));
    expect(ex.check(ctx, null)).toEqual({ correct: false, feedbackKey: 'ex.fb.rules.championsGone', params: { want: 0 } });
  });

  it('exercise 9’s solution names what is left in Others and an example that empties it without calling anyone recent lost', async () => {
    const ex = builtinById('b09-others-empty')!;
    const ctx = await sampleContext(root, 'classroom');
    // tests/reference/classroom_answers.py: the two classroom customers no default rule matches score (2, 1, 5) and (2, 4, 1).
    expect(ex.hint(ctx, 3).params).toMatchObject({ combos: 'R 2 · F 1 · M 5 / R 2 · F 4 · M 1', exampleKey: 'ex.editRules.example' });
    const solved = await sampleContext(root, 'classroom', (s) => (s.segmentRules = exampleRules(5)));
    expect(ex.check(solved, null).correct).toBe(true);
    // Only R scores 1-3 (not recent) are in the widened rules or Lost, as before the change.
    const seg = solved.analysis.segments;
    const names = seg.rules.map((r) => r.key);
    for (let i = 0; i < seg.labels.length; i++)
      if (['atRisk', 'aboutToSleep', 'lost'].includes(names[seg.labels[i]])) expect(solved.analysis.scores.R.scores[i]).toBeLessThanOrEqual(3);
    // The solution reads the default rules, whatever the learner has done to them.
    const edited = await sampleContext(root, 'classroom', (s) => (s.segmentRules = defaultSegmentRules(5).filter((r) => r.key !== 'lost')));
    expect(ex.hint(edited, 3).params).toMatchObject({ combos: 'R 2 · F 1 · M 5 / R 2 · F 4 · M 1' });
  });

  it('exercise 9 does not offer its example where it would not empty Others', () => {
    // Worked by hand: five customers with distinct R, F and M score 1..5 each. X (bought 5 × 1, the
    // day before the analysis date) scores R 5, F 5, M 1, which no default rule matches; At Risk and
    // About To Sleep (R 1-3) cannot take it, whatever their F range. The other four match a rule.
    const rows: { customer: string; date: string; amount: number }[] = [];
    const add = (customer: string, amount: number, ...dates: string[]) => dates.forEach((date) => rows.push({ customer, date, amount }));
    add('X', 1, '2024-06-26', '2024-06-27', '2024-06-28', '2024-06-29', '2024-06-30');
    add('Y', 100, '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01');
    add('Z', 200, '2024-03-01', '2024-04-01', '2024-05-01');
    add('W', 400, '2024-03-01', '2024-04-01');
    add('V', 1000, '2024-01-01');
    const ctx = contextOf(transactionTable(rows), null, defaultLensSettings(5));
    expect(builtinById('b09-others-empty')!.hint(ctx, 3).params).toMatchObject({ combos: 'R 5 · F 5 · M 1', exampleKey: 'ex.editRules.exampleOwn' });
  });

  it('finds real movers and decoys between the two dates', async () => {
    const ex = builtinById('b05-movers')!;
    const ctx = await sampleContext(root, 'retail');
    const spec = ex.answer(ctx);
    if (spec.type !== 'customers') throw new Error('type');
    expect(spec.pick).toBe(3);
    // 103 retail customers went from HHH on 2024-10-01 to LHH on 2025-01-01; the first three in file order:
    expect(ex.expected(ctx)).toEqual(['11922', '11476', '10816']);
    expect(ex.hint(ctx, 3).params).toMatchObject({ total: 103 });
    for (const id of ['11922', '11476', '10816']) expect(spec.candidates).toContain(id);
    const decoys = spec.candidates.filter((id) => !RETAIL_MOVERS.has(id));
    expect(decoys.length).toBeGreaterThanOrEqual(3);
    expect(ex.check(ctx, decoys.slice(0, 3)).feedbackKey).toBe('ex.fb.movers.wrong');
    expect(ex.check(ctx, spec.candidates.slice(0, 1)).feedbackKey).toBe('ex.fb.movers.count');
  });

  it('a composed exercise of a built-in kind uses its own target and texts', async () => {
    const ex = buildExercise({ id: 'p1', kind: 'pareto', params: { revenueShare: 0.5, tolerance: 1 }, texts: { zh: { prompt: '多少 {revenue}%?' } } });
    const ctx = await sampleContext(root, 'retail');
    expect(ex.prompt(ctx).custom).toEqual({ zh: '多少 {revenue}%?' });
    expect(ex.prompt(ctx).params!.revenue).toBe(50);
    // Half the retail revenue comes from the best 8 % (240 customers); 80 % from 24.47 %.
    expect(ex.expected(ctx)).toBe(8);
    expect(builtinById('b13-pareto')!.expected(ctx)).toBe(24.47);
    expect(() => buildExercise({ id: 'x', kind: 'pareto', params: { revenueShare: 2 } })).toThrow(/revenueShare/);
  });
});

/**
 * Known answers, worked out independently by tests/reference/classroom_answers.py (numpy,
 * written from COURSE.md, the README's rules and the exercise texts, not from this code):
 * `/usr/bin/python3 tests/reference/classroom_answers.py --retail`. Every built-in on
 * samples/classroom.csv, and the built-ins whose own sample is the retail one on that sample.
 * The exercise's expected() must equal the pinned answer and check() must accept it.
 */
const IDENTITY = Object.fromEntries(EIGHT_CLASS_KEYS.map((k) => [k, k]));
type Known = [id: string, edit: ((s: LensSettings) => void) | null, expected: AnswerValue, accepted: boolean];
const CLASSROOM_ANSWERS: Known[] = [
  // M >= 2690 (the 8th-largest M) makes 8 of 40 M-high; they bring 26,525 of 52,455.
  ['b01-reach-m-high', (s) => (s.thresholds.monetary = { method: 'custom', value: 2690 }), 50.57, true],
  ['b02-classify', null, 'LHH', true],
  // Customer 120: R = 20 days; R edges 13.8 | 66.2 | 207.4 | 259.4, one edge below 20: score 4.
  ['b03-score-r', null, 4, true],
  // Default pyramid (20 / 30 / 50 by percentile): top tier M >= 2534, 20 % of customers, 50.57 % of
  // revenue: 2.53 times the average customer.
  ['b04-pyramid-top', null, 2.53, true],
  ['b05-movers', null, ['111'], true],
  ['b06-actions', null, IDENTITY, true],
  // Value line at the median M (522.5), potential line at the mean derived potential: 8 / 12 / 11 / 9 customers.
  ['b07-budget', null, { highValueHighPotential: 3750, highValueLowPotential: 2083.33, lowValueHighPotential: 1818.18, lowValueLowPotential: 2777.78 }, true],
  ['b08-read-chart', null, 'LHH', true],
  ['b10-r-direction', null, 'raise', true],
  // No F bin is empty on the classroom data (F counts 11 / 7 / 6 / 13 / 3).
  ['b11-empty-f-bin', null, null, false],
  ['b12-churn', null, 19, true],
  ['b13-pareto', null, 37.5, true],
  // Value line at the pyramid's top boundary (2534): 3 customers are high value and high potential.
  ['b14-connect', (s) => (s.valuePotential.x = { method: 'custom', value: 2534 }), 3, true],
  // HHH: 6 customers on 2024-10-01 and 6 on 2025-01-01.
  ['b15-quarter', null, { then: 6, change: 0 }, true],
  // 40 customers; the check also wants the GB18030 file, so it refuses the classroom one.
  ['b16-gb18030', null, 40, false],
];
const RETAIL_ANSWERS: Known[] = [
  // Top tier 20 % of customers, 74.45 % of revenue: 3.72 times the average customer.
  ['b04-pyramid-top', null, 3.72, true],
  // 747 / 754 / 245 / 1,254 customers in the four quadrants.
  ['b07-budget', null, { highValueHighPotential: 40.16, highValueLowPotential: 33.16, lowValueHighPotential: 81.63, lowValueLowPotential: 19.94 }, true],
  // F edges 1 | 1 | 4 | 8: score 2 would hold (1, 1], empty because 1,374 customers tie at one order.
  ['b11-empty-f-bin', null, 'ties', true],
  ['b13-pareto', null, 24.47, true],
  ['b14-connect', (s) => (s.valuePotential.x = { method: 'custom', value: 2069.7 }), 343, true],
  ['b15-quarter', null, { then: 614, change: -8 }, true],
];

describe('known answers (tests/reference/classroom_answers.py)', () => {
  it.each(CLASSROOM_ANSWERS)('classroom %s', async (id, edit, expected, accepted) => {
    const ex = builtinById(id)!;
    const ctx = await sampleContext(root, 'classroom', edit ?? undefined);
    expect(ex.expected(ctx)).toEqual(expected);
    expect(ex.check(ctx, expected).correct).toBe(accepted);
  });

  it.each(RETAIL_ANSWERS)('retail %s', async (id, edit, expected, accepted) => {
    const ex = builtinById(id)!;
    const ctx = await sampleContext(root, 'retail', edit ?? undefined);
    expect(ex.expected(ctx)).toEqual(expected);
    expect(ex.check(ctx, expected).correct).toBe(accepted);
  });

  it('retail movers: 103 customers went from HHH to LHH in the quarter', async () => {
    const ctx = await sampleContext(root, 'retail');
    const ex = builtinById('b05-movers')!;
    expect(ex.hint(ctx, 3).params).toMatchObject({ total: RETAIL_MOVERS.size });
    expect(RETAIL_MOVERS.size).toBe(103);
  });

  it('the GB18030 sample: 3,000 customers, accepted once loaded', async () => {
    const ex = builtinById('b16-gb18030')!;
    const ctx = await sampleContext(root, 'retail-zh');
    expect(ex.expected(ctx)).toBe(3000);
    expect(ex.check(ctx, 3000).correct).toBe(true);
    expect(ex.check(ctx, 2999).correct).toBe(false);
  });

  it('classroom prompts: the score-by-hand customer and the rule-editing counts', async () => {
    const ctx = await sampleContext(root, 'classroom');
    expect(builtinById('b03-score-r')!.prompt(ctx).params).toEqual({ customer: '120', letter: 'R', value: 20, edges: '13.8 | 66.2 | 207.4 | 259.4', k: 5 });
    // Default rules on the classroom scores: Champions 0, Others 2.
    expect(builtinById('b09-others-empty')!.prompt(ctx).params).toEqual({ others: 2, champions: 0 });
    expect(builtinById('b11-empty-f-bin')!.check(ctx, 'ties').feedbackKey).toBe('ex.fb.emptyBin.none');
  });
});

describe('messages', () => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
