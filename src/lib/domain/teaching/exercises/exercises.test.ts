import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BUILTIN_EXERCISES, BUILTIN_SPECS, builtinById } from './builtins';
import { buildExercise, specProblem } from './build';
import { sampleContext } from './fixtures';
import { thresholdForHighShare } from './helpers';
import { EXERCISE_KINDS } from './kinds';
import type { AnswerValue, ExerciseContext, SampleKey } from './types';
import type { LensSettings } from '../../models/analysis';
import { defaultSegmentRules } from '../../models/segments';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { en, zh } from '../../../i18n/messages/exercises';

const root = resolve(__dirname, '../../../../..');

/** How a learner reaches the goal state of each exercise (settings edits), if it has one. */
const SETUP: Record<string, (s: LensSettings, ctx: ExerciseContext) => void> = {
  'b01-reach-m-high': (s, ctx) => (s.thresholds.monetary = { method: 'custom', value: thresholdForHighShare(ctx.metrics.monetary, 0.2) }),
  'b09-others-empty': (s) => {
    const rules = defaultSegmentRules(5);
    rules[rules.length - 1].R = { min: 1, max: 5 };
    s.segmentRules = rules;
  },
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
    expect(ex.check(ctx, 10).feedbackKey).toBe('ex.fb.reachTarget.state');
    const c = builtinById('b14-connect')!;
    const r = await sampleContext(root, 'retail');
    expect(c.check(r, 1).feedbackKey).toBe('ex.fb.connect.state');
    const g = builtinById('b16-gb18030')!;
    expect(g.check(r, r.metrics.n).feedbackKey).toBe('ex.fb.realFiles.encoding');
  });

  it('picks the customer deterministically and prompts with its values', async () => {
    const ex = builtinById('b02-classify')!;
    const ctx = await sampleContext(root, 'classroom');
    const p = ex.prompt(ctx).params!;
    expect(p.customer).toBe(ex.prompt(ctx).params!.customer);
    expect(typeof p.r).toBe('number');
    expect(EIGHT_CLASS_KEYS).toContain(ex.expected(ctx));
  });

  it('explains a number answer as too high or too low', async () => {
    const ex = builtinById('b13-pareto')!;
    const ctx = await sampleContext(root, 'retail');
    const right = ex.expected(ctx) as number;
    expect(ex.check(ctx, right + 10).feedbackKey).toBe('ex.fb.tooHigh');
    expect(ex.check(ctx, right - 10).feedbackKey).toBe('ex.fb.tooLow');
    expect(ex.check(ctx, right + 1.5).correct).toBe(true);
  });

  it('finds real movers and decoys between the two dates', async () => {
    const ex = builtinById('b05-movers')!;
    const ctx = await sampleContext(root, 'retail');
    const spec = ex.answer(ctx);
    if (spec.type !== 'customers') throw new Error('type');
    expect(spec.pick).toBe(3);
    expect(spec.candidates.length).toBeGreaterThan(spec.pick);
    expect(ex.check(ctx, spec.candidates.slice(0, 1)).feedbackKey).toBe('ex.fb.movers.count');
  });

  it('a composed exercise of a built-in kind uses its own target and texts', async () => {
    const ex = buildExercise({ id: 'p1', kind: 'pareto', params: { revenueShare: 0.5, tolerance: 1 }, texts: { zh: { prompt: '多少 {revenue}%?' } } });
    const ctx = await sampleContext(root, 'retail');
    expect(ex.prompt(ctx).custom).toEqual({ zh: '多少 {revenue}%?' });
    expect(ex.prompt(ctx).params!.revenue).toBe(50);
    const builtin = builtinById('b13-pareto')!;
    expect(ex.expected(ctx)).toBeLessThan(builtin.expected(ctx) as number);
    expect(() => buildExercise({ id: 'x', kind: 'pareto', params: { revenueShare: 2 } })).toThrow(/revenueShare/);
  });
});

describe('messages', () => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
