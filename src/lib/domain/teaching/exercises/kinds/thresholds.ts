/** Kinds about where thresholds and cuts sit and the revenue share they capture. */
import { smallestShareForRevenue, TIER_KEYS } from '../../../models/pyramid';
import { msg } from '../../../messages';
import type { Dimension } from '../../../models/scores';
import { mHighShare, round, sortedMonetary, thresholdForHighShare } from '../helpers';
import type { ExerciseContext, KindDef } from '../types';
import { DIMS, inRange, LETTER, mustBeBetween, mustBeOneOf, mustBePoints, mustBeShare, no, noData, numberCheck, ok, oneOf, share } from './checks';

// ---- 1 reach a target ----
interface ReachTarget { targetShare: number; tolerance: number; answerTolerance: number }
const mHighCount = (ctx: ExerciseContext) => Math.round(mHighShare(ctx).customers * ctx.metrics.n);
export const reachTarget: KindDef<ReachTarget> = {
  kind: 'reachTarget',
  sample: 'classroom',
  view: 'rfm',
  defaults: { targetShare: 0.2, tolerance: 0.02, answerTolerance: 1 },
  validate: (p) =>
    !share(p.targetShare) ? mustBeShare('targetShare') : !inRange(p.tolerance, 0, 0.5) ? mustBeBetween('tolerance', 0, 0.5) : !inRange(p.answerTolerance, 0, 50) ? mustBePoints('answerTolerance', 0, 50) : null,
  // The target state: M high means at least the amount that makes `targetShare` of customers M-high.
  target(base, p) {
    const s = structuredClone(base.settings);
    s.thresholds.monetary = { method: 'custom', value: thresholdForHighShare(sortedMonetary(base), p.targetShare) };
    return s;
  },
  stateGoal: true,
  variants: [0.15, 0.2, 0.25, 0.3].map((targetShare) => ({ targetShare })),
  promptParams: (_t, p) => ({ target: round(p.targetShare * 100, 1), tol: round(p.tolerance * 100, 1), answerTol: p.answerTolerance }),
  answer: () => ({ type: 'stateNumber', unit: 'percent' }),
  expected: (t) => round(mHighShare(t).revenue * 100, 2),
  check(live, p, answer) {
    const s = mHighShare(live);
    // The state is the point here: the learner needs to know which way to move the line.
    if (Math.abs(s.customers - p.targetShare) > p.tolerance + 1e-9)
      return no(s.customers > p.targetShare ? 'ex.fb.reachTarget.tooMany' : 'ex.fb.reachTarget.tooFew', { target: round(p.targetShare * 100, 1) });
    return numberCheck(answer, s.revenue * 100, p.answerTolerance, 'percent', [
      { value: s.customers * 100, key: 'ex.fb.customersNotRevenue' },
      { value: mHighCount(live), key: 'ex.fb.countNotShare' },
    ]);
  },
  hintParams(t, p, live) {
    const now = mHighShare(live).customers;
    const dir = Math.abs(now - p.targetShare) <= p.tolerance + 1e-9 ? 'ok' : now > p.targetShare ? 'raise' : 'lower';
    const m = t.settings.thresholds.monetary;
    return {
      amount: round(m.method === 'custom' ? (m.value ?? 0) : 0, 2),
      count: mHighCount(t),
      n: t.metrics.n,
      share: round(mHighShare(t).customers * 100, 1),
      directionKey: `ex.reachTarget.dir.${dir}`,
      answer: round(mHighShare(t).revenue * 100, 2),
    };
  },
};

// ---- 4 pyramid: what a top-tier customer is worth ----
// The page shows each tier's share of customers and of revenue, never their ratio: the answer
// must be reasoned from the two (revenue per customer of the tier over revenue per customer
// overall), not copied from a cell.
interface PyramidShare { cuts: number[]; answerTolerance: number }
const tiersOf = (cuts: number[]) => (cuts.length === 2 ? 'three' : 'four');
function pyramidStateMet(ctx: ExerciseContext, p: PyramidShare): boolean {
  const s = ctx.settings.pyramid;
  return s.tiers === tiersOf(p.cuts) && s.mode === 'percentile' && s.cuts.length === p.cuts.length && s.cuts.every((c, i) => Math.abs(c - p.cuts[i]) <= 0.005);
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
/** How many times the average customer's revenue an average top-tier customer brings (0 with an empty tier). */
function topTierIndex(ctx: ExerciseContext): number {
  const top = ctx.analysis.pyramid.tiers[0];
  return top && top.customerShare > 0 ? top.revenueShare / top.customerShare : 0;
}
export const pyramidShare: KindDef<PyramidShare> = {
  kind: 'pyramidShare',
  sample: 'retail',
  view: 'pyramid',
  defaults: { cuts: [0.8, 0.5], answerTolerance: 0.05 },
  validate: (p) =>
    !Array.isArray(p.cuts) || (p.cuts.length !== 2 && p.cuts.length !== 3) || !p.cuts.every(share) || p.cuts.some((c, i) => i > 0 && c >= p.cuts[i - 1])
      ? msg('ex.valid.cuts', { field: 'cuts' })
      : !inRange(p.answerTolerance, 0, 1)
        ? mustBeBetween('answerTolerance', 0, 1)
        : null,
  target(base, p) {
    const s = structuredClone(base.settings);
    s.pyramid = { tiers: tiersOf(p.cuts), mode: 'percentile', cuts: [...p.cuts] };
    return s;
  },
  stateGoal: true,
  // Whole steps of 5 %, so the boundaries can be dragged there exactly.
  variants: [[0.8, 0.5], [0.9, 0.6], [0.85, 0.55], [0.75, 0.45], [0.7, 0.4]].map((cuts) => ({ cuts })),
  promptParams: (_c, p) => ({ split: splitText(p.cuts), answerTol: p.answerTolerance, topKey: `tier.${TIER_KEYS[tiersOf(p.cuts)][0]}` }),
  answer: () => ({ type: 'stateNumber', unit: 'ratio' }),
  expected: (t) => round(topTierIndex(t), 2),
  check(live, p, answer) {
    if (!pyramidStateMet(live, p)) return no('ex.fb.pyramid.state', { split: splitText(p.cuts) });
    const top = live.analysis.pyramid.tiers[0];
    // The shares as the table prints them (percent) or as fractions: a cell read, not a ratio.
    return numberCheck(answer, topTierIndex(live), p.answerTolerance, 'ratio', [
      { value: top.revenueShare * 100, key: 'ex.fb.pyramid.revenueShare' },
      { value: top.revenueShare, key: 'ex.fb.pyramid.revenueShare' },
      { value: top.customerShare * 100, key: 'ex.fb.pyramid.customerShare' },
      { value: top.customerShare, key: 'ex.fb.pyramid.customerShare' },
      { value: top.revenueShare > 0 ? top.customerShare / top.revenueShare : NaN, key: 'ex.fb.pyramid.inverted' },
    ]);
  },
  hintParams: (t, p) => {
    const top = t.analysis.pyramid.tiers[0];
    return {
      split: splitText(p.cuts),
      boundary: round(t.analysis.pyramid.boundaries[0], 2),
      count: top.customers,
      customerShare: round(top.customerShare * 100, 2),
      revenueShare: round(top.revenueShare * 100, 2),
      answer: round(topTierIndex(t), 2),
    };
  },
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
  expected: (t, p) => moreHighDirection(t, p.dimension),
  check(_live, p, answer, t) {
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    return answer === moreHighDirection(t, p.dimension) ? ok() : no(p.dimension === 'recency' ? 'ex.fb.direction.recency' : 'ex.fb.direction.wrong');
  },
  hintParams: (t, p) => ({ letter: LETTER[p.dimension], answerKey: `ex.choice.${moreHighDirection(t, p.dimension)}` }),
};

// ---- 13 Pareto ----
interface Pareto { revenueShare: number; tolerance: number }
const paretoShare = (t: ExerciseContext, p: Pareto) => smallestShareForRevenue(sortedMonetary(t), p.revenueShare);
export const pareto: KindDef<Pareto> = {
  kind: 'pareto',
  sample: 'retail',
  view: 'pyramid',
  conceals: ['pyramid.for80'],
  defaults: { revenueShare: 0.8, tolerance: 2 },
  validate: (p) => (!share(p.revenueShare) ? mustBeShare('revenueShare') : !inRange(p.tolerance, 0, 50) ? mustBePoints('tolerance', 0, 50) : null),
  variants: [0.5, 0.6, 0.7, 0.75, 0.8, 0.9].map((revenueShare) => ({ revenueShare })),
  promptParams: (_c, p) => ({ revenue: round(p.revenueShare * 100, 1), tol: p.tolerance }),
  answer: () => ({ type: 'number', unit: 'percent' }),
  expected: (t, p) => round(paretoShare(t, p) * 100, 2),
  check: (live, p, answer, t) =>
    noData(live)
      ? no('ex.fb.noData')
      : numberCheck(answer, paretoShare(t, p) * 100, p.tolerance, 'percent', [
          { value: p.revenueShare * 100, key: 'ex.fb.pareto.restated' },
          { value: Math.round(paretoShare(t, p) * t.metrics.n), key: 'ex.fb.countNotShare' },
        ]),
  hintParams: (t, p) => ({ revenue: round(p.revenueShare * 100, 1), count: Math.round(paretoShare(t, p) * t.metrics.n), n: t.metrics.n, answer: round(paretoShare(t, p) * 100, 2) }),
};
