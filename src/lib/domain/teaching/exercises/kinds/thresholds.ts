/** Kinds about where thresholds and cuts sit and the revenue share they capture. */
import { smallestShareForRevenue, TIER_KEYS } from '../../../models/pyramid';
import { msg } from '../../../messages';
import type { Dimension } from '../../../models/scores';
import { mHighShare, round, sortedMonetary, thresholdForHighShare } from '../helpers';
import type { ExerciseContext, KindDef } from '../types';
import { DIMS, inRange, LETTER, mustBeBetween, mustBeOneOf, mustBePoints, mustBeShare, no, noData, numberCheck, ok, oneOf, share } from './checks';

// ---- 1 reach a target ----
interface ReachTarget { targetShare: number; tolerance: number; answerTolerance: number }
export const reachTarget: KindDef<ReachTarget> = {
  kind: 'reachTarget',
  sample: 'classroom',
  view: 'rfm',
  defaults: { targetShare: 0.2, tolerance: 0.02, answerTolerance: 1 },
  validate: (p) =>
    !share(p.targetShare) ? mustBeShare('targetShare') : !inRange(p.tolerance, 0, 0.5) ? mustBeBetween('tolerance', 0, 0.5) : !inRange(p.answerTolerance, 0, 50) ? mustBePoints('answerTolerance', 0, 50) : null,
  promptParams: (_c, p) => ({ target: round(p.targetShare * 100, 1), tol: round(p.tolerance * 100, 1), answerTol: p.answerTolerance }),
  answer: () => ({ type: 'stateNumber', unit: 'percent' }),
  expected: (ctx) => round(mHighShare(ctx).revenue * 100, 2),
  check(ctx, p, answer) {
    const s = mHighShare(ctx);
    if (Math.abs(s.customers - p.targetShare) > p.tolerance + 1e-9)
      return no('ex.fb.reachTarget.state', { now: round(s.customers * 100, 1), target: round(p.targetShare * 100, 1) });
    return numberCheck(answer, s.revenue * 100, p.answerTolerance);
  },
  hintParams: (ctx, p) => ({
    amount: round(thresholdForHighShare(sortedMonetary(ctx), p.targetShare), 2),
    target: round(p.targetShare * 100, 1),
    answer: round(mHighShare(ctx).revenue * 100, 1),
  }),
};

// ---- 4 pyramid 20/30/50 ----
interface PyramidShare { cuts: number[]; answerTolerance: number }
function pyramidStateMet(ctx: ExerciseContext, p: PyramidShare): boolean {
  const s = ctx.settings.pyramid;
  const tiers = p.cuts.length === 2 ? 'three' : 'four';
  return s.tiers === tiers && s.mode === 'percentile' && s.cuts.length === p.cuts.length && s.cuts.every((c, i) => Math.abs(c - p.cuts[i]) <= 0.005);
}
const splitText = (cuts: number[]) => {
  const parts: number[] = [];
  let prev = 1;
  for (const c of cuts) {
    parts.push(round((prev - c) * 100, 1));
    prev = c;
  }
  parts.push(round(prev * 100, 1));
  return parts.join(' / ');
};
export const pyramidShare: KindDef<PyramidShare> = {
  kind: 'pyramidShare',
  sample: 'retail',
  view: 'pyramid',
  defaults: { cuts: [0.8, 0.5], answerTolerance: 1 },
  validate: (p) =>
    !Array.isArray(p.cuts) || (p.cuts.length !== 2 && p.cuts.length !== 3) || !p.cuts.every(share) || p.cuts.some((c, i) => i > 0 && c >= p.cuts[i - 1])
      ? msg('ex.valid.cuts', { field: 'cuts' })
      : !inRange(p.answerTolerance, 0, 50)
        ? mustBePoints('answerTolerance', 0, 50)
        : null,
  promptParams: (_c, p) => ({ split: splitText(p.cuts), answerTol: p.answerTolerance, topKey: `tier.${TIER_KEYS[p.cuts.length === 2 ? 'three' : 'four'][0]}` }),
  answer: () => ({ type: 'stateNumber', unit: 'percent' }),
  expected: (ctx) => round(ctx.analysis.pyramid.tiers[0].revenueShare * 100, 2),
  check(ctx, p, answer) {
    if (!pyramidStateMet(ctx, p)) return no('ex.fb.pyramid.state', { split: splitText(p.cuts) });
    return numberCheck(answer, ctx.analysis.pyramid.tiers[0].revenueShare * 100, p.answerTolerance);
  },
  hintParams: (ctx, p) => ({ split: splitText(p.cuts), answer: round(ctx.analysis.pyramid.tiers[0].revenueShare * 100, 1) }),
};

// ---- 10 predict the direction ----
interface PredictDirection { dimension: Dimension }
function highCountAt(ctx: ExerciseContext, d: Dimension, t: number): number {
  const v = ctx.metrics[d];
  let c = 0;
  for (let i = 0; i < v.length; i++) if (d === 'recency' ? v[i] <= t : v[i] >= t) c++;
  return c;
}
function moreHighDirection(ctx: ExerciseContext, d: Dimension): 'raise' | 'lower' {
  const v = ctx.metrics[d];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    min = Math.min(min, v[i]);
    max = Math.max(max, v[i]);
  }
  // Compare the two extremes: the direction whose far end counts more customers as high.
  return highCountAt(ctx, d, max) >= highCountAt(ctx, d, min) ? 'raise' : 'lower';
}
export const predictDirection: KindDef<PredictDirection> = {
  kind: 'predictDirection',
  sample: 'classroom',
  view: 'rfm',
  defaults: { dimension: 'recency' },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? mustBeOneOf('dimension', DIMS) : null),
  promptParams: (_c, p) => ({ letter: LETTER[p.dimension], dimKey: `term.${p.dimension}` }),
  answer: () => ({
    type: 'choice',
    options: [
      { value: 'raise', labelKey: 'ex.choice.raise' },
      { value: 'lower', labelKey: 'ex.choice.lower' },
    ],
  }),
  expected: (ctx, p) => moreHighDirection(ctx, p.dimension),
  check(ctx, p, answer) {
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    return answer === moreHighDirection(ctx, p.dimension) ? ok() : no(p.dimension === 'recency' ? 'ex.fb.direction.recency' : 'ex.fb.direction.wrong');
  },
  hintParams: (ctx, p) => ({ letter: LETTER[p.dimension], answerKey: `ex.choice.${moreHighDirection(ctx, p.dimension)}` }),
};

// ---- 13 Pareto ----
interface Pareto { revenueShare: number; tolerance: number }
export const pareto: KindDef<Pareto> = {
  kind: 'pareto',
  sample: 'retail',
  view: 'pyramid',
  defaults: { revenueShare: 0.8, tolerance: 2 },
  validate: (p) => (!share(p.revenueShare) ? mustBeShare('revenueShare') : !inRange(p.tolerance, 0, 50) ? mustBePoints('tolerance', 0, 50) : null),
  promptParams: (_c, p) => ({ revenue: round(p.revenueShare * 100, 1), tol: p.tolerance }),
  answer: () => ({ type: 'number', unit: 'percent' }),
  expected: (ctx, p) => round(smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, 2),
  check: (ctx, p, answer) => (noData(ctx) ? no('ex.fb.noData') : numberCheck(answer, smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, p.tolerance)),
  hintParams: (ctx, p) => ({ revenue: round(p.revenueShare * 100, 1), answer: round(smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, 1) }),
};
