/**
 * The sixteen exercise kinds. Every expected answer is computed here from the live context
 * (never a stored number), so the same exercise works on any sample and on a trainer's data.
 */
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { smallestShareForRevenue, TIER_KEYS } from '../../models/pyramid';
import { RESOURCE_SPLIT, splitBudget, VALUE_POTENTIAL_KEYS } from '../../models/quadrants';
import type { Dimension } from '../../models/scores';
import { OTHERS_KEY } from '../../models/segments';
import {
  SAMPLE_FILE,
  defaultChampions,
  importantValueThenNow,
  mHighShare,
  moverCandidates,
  pickCustomer,
  round,
  sortedMonetary,
  thresholdForHighShare,
} from './helpers';
import type { AnswerValue, CheckResult, Choice, ExerciseContext, ExerciseKind, KindDef, Params } from './types';

const DIMS: Dimension[] = ['recency', 'frequency', 'monetary'];
const LETTER: Record<Dimension, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

const ok = (params: Params = {}): CheckResult => ({ correct: true, feedbackKey: 'ex.fb.correct', params });
const no = (feedbackKey: string, params: Params = {}): CheckResult => ({ correct: false, feedbackKey, params });

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const share = (v: unknown) => isNum(v) && v > 0 && v < 1;
const inRange = (v: unknown, lo: number, hi: number) => isNum(v) && v >= lo && v <= hi;
const oneOf = <T extends string>(v: unknown, list: readonly T[]): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** A number answer compared with `expected` within `tolerance` (same unit). */
function numberCheck(answer: AnswerValue, expected: number, tolerance: number): CheckResult {
  if (!isNum(answer)) return no('ex.fb.enterNumber');
  const diff = answer - expected;
  if (Math.abs(diff) <= tolerance + 1e-9) return ok({ expected: round(expected) });
  return no(diff > 0 ? 'ex.fb.tooHigh' : 'ex.fb.tooLow', { diff: round(Math.abs(diff)) });
}

const classChoices = (): Choice[] => EIGHT_CLASS_KEYS.map((k) => ({ value: k, labelKey: `class.${k}` }));

const noData = (ctx: ExerciseContext) => ctx.metrics.n === 0;

// ---- 1 reach a target ----
interface ReachTarget { targetShare: number; tolerance: number; answerTolerance: number }
const reachTarget: KindDef<ReachTarget> = {
  kind: 'reachTarget',
  sample: 'classroom',
  view: 'rfm',
  defaults: { targetShare: 0.2, tolerance: 0.02, answerTolerance: 1 },
  validate: (p) =>
    !share(p.targetShare) ? 'targetShare must be between 0 and 1' : !inRange(p.tolerance, 0, 0.5) ? 'tolerance must be 0..0.5' : !inRange(p.answerTolerance, 0, 50) ? 'answerTolerance must be 0..50 points' : null,
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
    amount: round(thresholdForHighShare(ctx.metrics.monetary, p.targetShare), 2),
    target: round(p.targetShare * 100, 1),
    answer: round(mHighShare(ctx).revenue * 100, 1),
  }),
};

// ---- 2 classify by hand ----
interface ClassifyByHand { customerAt: number }
function customerRow(ctx: ExerciseContext, at: number) {
  const i = pickCustomer(ctx, at);
  const m = ctx.metrics;
  return { i, id: i < 0 ? '' : m.ids[i], r: i < 0 ? 0 : m.recency[i], f: i < 0 ? 0 : m.frequency[i], mm: i < 0 ? 0 : round(m.monetary[i], 2) };
}
function thresholdText(ctx: ExerciseContext, d: Dimension): string | number {
  const t = ctx.analysis.eight.thresholds[d];
  if (t !== null) return round(t, 2);
  return `${LETTER[d]} ≥ ${ctx.settings.thresholds[d].value ?? 3}`;
}
const classifyByHand: KindDef<ClassifyByHand> = {
  kind: 'classifyByHand',
  sample: 'classroom',
  view: 'rfm',
  defaults: { customerAt: 0.37 },
  validate: (p) => (!inRange(p.customerAt, 0, 1) ? 'customerAt must be 0..1' : null),
  promptParams(ctx, p) {
    const c = customerRow(ctx, p.customerAt);
    return { customer: c.id, r: c.r, f: c.f, m: c.mm, rT: thresholdText(ctx, 'recency'), fT: thresholdText(ctx, 'frequency'), mT: thresholdText(ctx, 'monetary') };
  },
  answer: () => ({ type: 'choice', options: classChoices() }),
  expected(ctx, p) {
    const i = pickCustomer(ctx, p.customerAt);
    return i < 0 ? null : EIGHT_CLASS_KEYS[ctx.analysis.eight.labels[i]];
  },
  check(ctx, p, answer) {
    const want = classifyByHand.expected(ctx, p) as string | null;
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    if (answer === want) return ok();
    const wrong = [0, 1, 2].filter((k) => answer[k] !== want?.[k]).map((k) => 'RFM'[k]);
    return no('ex.fb.classify.wrong', { letters: wrong.join(', ') });
  },
  hintParams(ctx, p) {
    const want = classifyByHand.expected(ctx, p) as string;
    return { customer: customerRow(ctx, p.customerAt).id, answer: want ?? '', answerKey: `class.${want}` };
  },
};

// ---- 3 score by hand ----
interface ScoreByHand { dimension: Dimension; customerAt: number }
const edgesText = (ctx: ExerciseContext, d: Dimension) => ctx.analysis.scores.edges[d].map((e) => round(e, 2)).join(' | ');
const scoreCol = (ctx: ExerciseContext, d: Dimension) => (d === 'recency' ? ctx.analysis.scores.R : d === 'frequency' ? ctx.analysis.scores.F : ctx.analysis.scores.M);
const scoreByHand: KindDef<ScoreByHand> = {
  kind: 'scoreByHand',
  sample: 'classroom',
  view: 'rfm',
  defaults: { dimension: 'recency', customerAt: 0.61 },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? 'dimension must be recency, frequency or monetary' : !inRange(p.customerAt, 0, 1) ? 'customerAt must be 0..1' : null),
  promptParams(ctx, p) {
    const c = customerRow(ctx, p.customerAt);
    const value = p.dimension === 'recency' ? c.r : p.dimension === 'frequency' ? c.f : c.mm;
    return { customer: c.id, letter: LETTER[p.dimension], value, edges: edgesText(ctx, p.dimension), k: ctx.analysis.scores.k };
  },
  answer: () => ({ type: 'number', unit: 'score' }),
  expected(ctx, p) {
    const i = pickCustomer(ctx, p.customerAt);
    return i < 0 ? null : scoreCol(ctx, p.dimension).scores[i];
  },
  check(ctx, p, answer) {
    const want = scoreByHand.expected(ctx, p) as number;
    if (!isNum(answer)) return no('ex.fb.enterNumber');
    if (answer === want) return ok();
    return no(p.dimension === 'recency' ? 'ex.fb.score.recency' : 'ex.fb.score.wrong', { letter: LETTER[p.dimension] });
  },
  hintParams: (ctx, p) => ({ letter: LETTER[p.dimension], answer: (scoreByHand.expected(ctx, p) as number) ?? '', edges: edgesText(ctx, p.dimension) }),
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
const pyramidShare: KindDef<PyramidShare> = {
  kind: 'pyramidShare',
  sample: 'retail',
  view: 'pyramid',
  defaults: { cuts: [0.8, 0.5], answerTolerance: 1 },
  validate: (p) =>
    !Array.isArray(p.cuts) || (p.cuts.length !== 2 && p.cuts.length !== 3) || !p.cuts.every(share) || p.cuts.some((c, i) => i > 0 && c >= p.cuts[i - 1])
      ? 'cuts must be 2 or 3 descending percentiles between 0 and 1'
      : !inRange(p.answerTolerance, 0, 50)
        ? 'answerTolerance must be 0..50 points'
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

// ---- 5 find movers ----
interface FindMovers { months: number; from: string; to: string; pick: number }
const findMovers: KindDef<FindMovers> = {
  kind: 'findMovers',
  sample: 'retail',
  view: 'movement',
  defaults: { months: 3, from: 'HHH', to: 'LHH', pick: 3 },
  validate: (p) =>
    !inRange(p.months, 1, 36) || !Number.isInteger(p.months)
      ? 'months must be a whole number 1..36'
      : !oneOf(p.from, EIGHT_CLASS_KEYS) || !oneOf(p.to, EIGHT_CLASS_KEYS) || p.from === p.to
        ? 'from and to must be two different class keys (HHH..LLL)'
        : !inRange(p.pick, 1, 10) || !Number.isInteger(p.pick)
          ? 'pick must be 1..10'
          : null,
  promptParams(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { months: p.months, pick: Math.min(p.pick, m.total), fromKey: `class.${p.from}`, toKey: `class.${p.to}` };
  },
  answer(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { type: 'customers', candidates: m.candidates, pick: Math.min(p.pick, m.total) };
  },
  expected: (ctx, p) => moverCandidates(ctx, p.months, p.from, p.to, p.pick).movers.slice(0, p.pick),
  check(ctx, p, answer) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    if (!ctx.dataset || ctx.dataset.shape !== 'transactions') return no('ex.fb.needsTransactions');
    const need = Math.min(p.pick, m.total);
    const picked = Array.isArray(answer) ? answer : [];
    const set = new Set(m.movers);
    const right = picked.filter((id) => set.has(id)).length;
    if (picked.length !== need) return no('ex.fb.movers.count', { need, picked: picked.length });
    if (right === need) return ok();
    return no('ex.fb.movers.wrong', { right, picked: picked.length });
  },
  hintParams(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { months: p.months, fromKey: `class.${p.from}`, toKey: `class.${p.to}`, total: m.total, answer: m.movers.slice(0, p.pick).join(', ') };
  },
};

// ---- 6 match actions ----
type Empty = Record<string, never>;
// A fixed shuffle so the options never line up with the rows.
const ACTION_ORDER = [5, 2, 7, 0, 3, 6, 1, 4];
const matchActions: KindDef<Empty> = {
  kind: 'matchActions',
  sample: 'classroom',
  view: 'rfm',
  defaults: {},
  validate: () => null,
  promptParams: () => ({}),
  answer: () => ({
    type: 'mapping',
    rows: classChoices(),
    options: ACTION_ORDER.map((i) => ({ value: EIGHT_CLASS_KEYS[i], labelKey: `class.${EIGHT_CLASS_KEYS[i]}.action` })),
  }),
  expected: () => Object.fromEntries(EIGHT_CLASS_KEYS.map((k) => [k, k])),
  check(_ctx, _p, answer) {
    const a = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
    const right = EIGHT_CLASS_KEYS.filter((k) => a[k] === k).length;
    return right === 8 ? ok() : no('ex.fb.mapping.partial', { right, total: 8 });
  },
  hintParams: () => ({}),
};

// ---- 7 split a budget ----
interface SplitBudget { total: number; split: number[]; tolerance: number }
const splitBudgetKind: KindDef<SplitBudget> = {
  kind: 'splitBudget',
  sample: 'retail',
  view: 'quadrants',
  defaults: { total: 100000, split: [...RESOURCE_SPLIT], tolerance: 0.01 },
  validate: (p) =>
    !isNum(p.total) || p.total <= 0
      ? 'total must be a positive number'
      : !Array.isArray(p.split) || p.split.length !== 4 || !p.split.every((s) => inRange(s, 0, 1)) || Math.abs(p.split.reduce((a, b) => a + b, 0) - 1) > 1e-6
        ? 'split must be four shares adding up to 1'
        : !inRange(p.tolerance, 0, 0.5)
          ? 'tolerance must be 0..0.5'
          : null,
  promptParams: (_c, p) => ({ total: p.total, split: p.split.map((s) => round(s * 100, 1)).join(' / ') }),
  answer: () => ({ type: 'numbers', fields: VALUE_POTENTIAL_KEYS.map((k) => ({ value: k, labelKey: `quadrant.${k}`, unit: 'money' as const })) }),
  expected(ctx, p) {
    const q = ctx.analysis.valuePotential;
    if (!q) return null;
    const b = splitBudget(p.total, q.counts, p.split);
    return Object.fromEntries(VALUE_POTENTIAL_KEYS.map((k, i) => [k, round(b[i].perCustomer, 2)]));
  },
  check(ctx, p, answer) {
    const q = ctx.analysis.valuePotential;
    if (!q) return no('ex.fb.needsPotential');
    const b = splitBudget(p.total, q.counts, p.split);
    const a = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
    const wrong = VALUE_POTENTIAL_KEYS.filter((k, i) => {
      const v = a[k];
      return !isNum(v) || Math.abs(v - b[i].perCustomer) > p.tolerance * Math.max(1e-9, Math.abs(b[i].perCustomer)) + 0.005;
    });
    return wrong.length === 0 ? ok() : no('ex.fb.budget.partial', { right: 4 - wrong.length, total: 4 });
  },
  hintParams(ctx, p) {
    const q = ctx.analysis.valuePotential;
    const b = q ? splitBudget(p.total, q.counts, p.split) : [];
    return {
      total: p.total,
      answer: b.map((x) => round(x.perCustomer, 2)).join(' / '),
      counts: q ? q.counts.join(' / ') : '',
    };
  },
};

// ---- 8 read a chart ----
function bestRevenuePerCustomer(ctx: ExerciseContext): string | null {
  const { counts, revenue } = ctx.analysis.eight;
  let best = -1;
  let value = -Infinity;
  counts.forEach((c, i) => {
    if (c > 0 && revenue[i] / c > value) {
      value = revenue[i] / c;
      best = i;
    }
  });
  return best < 0 ? null : EIGHT_CLASS_KEYS[best];
}
const readChart: KindDef<Empty> = {
  kind: 'readChart',
  sample: 'classroom',
  view: 'rfm',
  defaults: {},
  validate: () => null,
  promptParams: () => ({}),
  answer: () => ({ type: 'choice', options: classChoices() }),
  expected: (ctx) => bestRevenuePerCustomer(ctx),
  check(ctx, _p, answer) {
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    return answer === bestRevenuePerCustomer(ctx) ? ok() : no('ex.fb.readChart.wrong');
  },
  hintParams: (ctx) => ({ answerKey: `class.${bestRevenuePerCustomer(ctx)}` }),
};

// ---- 9 edit rules ----
function othersCount(ctx: ExerciseContext): number {
  const s = ctx.analysis.segments;
  return s.counts[s.rules.length] ?? 0;
}
function championsNow(ctx: ExerciseContext): number | null {
  const s = ctx.analysis.segments;
  const i = s.rules.findIndex((r) => r.key === 'champions');
  return i < 0 ? null : s.counts[i];
}
const editRules: KindDef<Empty> = {
  kind: 'editRules',
  sample: 'classroom',
  view: 'rfm',
  defaults: {},
  validate: () => null,
  promptParams: (ctx) => ({ others: othersCount(ctx), champions: defaultChampions(ctx) }),
  answer: () => ({ type: 'state' }),
  expected: () => null,
  check(ctx) {
    const champions = championsNow(ctx);
    const want = defaultChampions(ctx);
    if (champions !== want) return no('ex.fb.rules.champions', { now: champions ?? 0, want });
    const others = othersCount(ctx);
    return others === 0 ? ok() : no('ex.fb.rules.others', { others });
  },
  hintParams: () => ({ others: OTHERS_KEY }),
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
const predictDirection: KindDef<PredictDirection> = {
  kind: 'predictDirection',
  sample: 'classroom',
  view: 'rfm',
  defaults: { dimension: 'recency' },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? 'dimension must be recency, frequency or monetary' : null),
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

// ---- 11 explain an empty bin ----
interface ExplainEmptyBin { dimension: Dimension }
function emptyBin(ctx: ExerciseContext, d: Dimension): { score: number; reason: 'ties' | 'gap' } | null {
  const col = scoreCol(ctx, d);
  const s = col.emptyScores[0];
  if (s === undefined) return null;
  const e = ctx.analysis.scores.edges[d];
  // F/M score s holds (e[s-2], e[s-1]]; R score s holds [e[k-s-1], e[k-s]) mirrored: both empty when the two edges are equal.
  const k = e.length + 1;
  const lo = d === 'recency' ? k - s - 1 : s - 2;
  const hi = lo + 1;
  const tied = lo >= 0 && hi < e.length && e[lo] === e[hi];
  return { score: s, reason: tied ? 'ties' : 'gap' };
}
const explainEmptyBin: KindDef<ExplainEmptyBin> = {
  kind: 'explainEmptyBin',
  sample: 'retail',
  view: 'rfm',
  defaults: { dimension: 'frequency' },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? 'dimension must be recency, frequency or monetary' : null),
  promptParams: (ctx, p) => ({ letter: LETTER[p.dimension], score: emptyBin(ctx, p.dimension)?.score ?? '—' }),
  answer: () => ({
    type: 'choice',
    options: ['returns', 'ties', 'bug', 'gap'].map((v) => ({ value: v, labelKey: `ex.choice.emptyBin.${v}` })),
  }),
  expected: (ctx, p) => emptyBin(ctx, p.dimension)?.reason ?? null,
  check(ctx, p, answer) {
    const e = emptyBin(ctx, p.dimension);
    if (!e) return no('ex.fb.emptyBin.none', { letter: LETTER[p.dimension] });
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    return answer === e.reason ? ok() : no('ex.fb.emptyBin.wrong');
  },
  hintParams: (ctx, p) => ({ letter: LETTER[p.dimension], edges: edgesText(ctx, p.dimension), answerKey: `ex.choice.emptyBin.${emptyBin(ctx, p.dimension)?.reason ?? 'ties'}` }),
};

// ---- 12 lifecycle ----
interface LifecycleChurn { churnDays: number }
const lifecycleChurn: KindDef<LifecycleChurn> = {
  kind: 'lifecycleChurn',
  sample: 'classroom',
  view: 'quadrants',
  defaults: { churnDays: 180 },
  validate: (p) => (!Number.isInteger(p.churnDays) || !inRange(p.churnDays, 1, 3650) ? 'churnDays must be a whole number 1..3650' : null),
  promptParams: (_c, p) => ({ days: p.churnDays }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (ctx) => ctx.analysis.lifecycle.counts[3],
  check(ctx, p, answer) {
    if (ctx.settings.lifecycle.churnDays !== p.churnDays) return no('ex.fb.lifecycle.state', { days: p.churnDays, now: ctx.settings.lifecycle.churnDays });
    return numberCheck(answer, ctx.analysis.lifecycle.counts[3], 0);
  },
  hintParams: (ctx, p) => ({ days: p.churnDays, answer: ctx.analysis.lifecycle.counts[3] }),
};

// ---- 13 Pareto ----
interface Pareto { revenueShare: number; tolerance: number }
const pareto: KindDef<Pareto> = {
  kind: 'pareto',
  sample: 'retail',
  view: 'pyramid',
  defaults: { revenueShare: 0.8, tolerance: 2 },
  validate: (p) => (!share(p.revenueShare) ? 'revenueShare must be between 0 and 1' : !inRange(p.tolerance, 0, 50) ? 'tolerance must be 0..50 points' : null),
  promptParams: (_c, p) => ({ revenue: round(p.revenueShare * 100, 1), tol: p.tolerance }),
  answer: () => ({ type: 'number', unit: 'percent' }),
  expected: (ctx, p) => round(smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, 2),
  check: (ctx, p, answer) => (noData(ctx) ? no('ex.fb.noData') : numberCheck(answer, smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, p.tolerance)),
  hintParams: (ctx, p) => ({ revenue: round(p.revenueShare * 100, 1), answer: round(smallestShareForRevenue(sortedMonetary(ctx), p.revenueShare) * 100, 1) }),
};

// ---- 14 connect lenses ----
interface ConnectLenses { boundary: number }
function connectState(ctx: ExerciseContext, p: ConnectLenses): { met: boolean; line: number; boundary: number } | null {
  const q = ctx.analysis.valuePotential;
  const b = ctx.analysis.pyramid.boundaries[p.boundary];
  if (!q || b === undefined) return null;
  const line = q.thresholds.x;
  return { met: Math.abs(line - b) <= Math.max(0.01, Math.abs(b) * 1e-4), line, boundary: b };
}
const connectLenses: KindDef<ConnectLenses> = {
  kind: 'connectLenses',
  sample: 'retail',
  view: 'quadrants',
  defaults: { boundary: 0 },
  validate: (p) => (!Number.isInteger(p.boundary) || !inRange(p.boundary, 0, 2) ? 'boundary must be 0, 1 or 2' : null),
  promptParams: (ctx, p) => ({ tierKey: `tier.${ctx.analysis.pyramid.tiers[p.boundary]?.tier ?? 'high'}` }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (ctx) => ctx.analysis.valuePotential?.counts[0] ?? null,
  check(ctx, p, answer) {
    const s = connectState(ctx, p);
    if (!s) return no('ex.fb.needsPotential');
    if (!s.met) return no('ex.fb.connect.state', { line: round(s.line, 2), boundary: round(s.boundary, 2) });
    return numberCheck(answer, ctx.analysis.valuePotential!.counts[0], 0);
  },
  hintParams: (ctx, p) => ({ boundary: round(ctx.analysis.pyramid.boundaries[p.boundary] ?? 0, 2), answer: ctx.analysis.valuePotential?.counts[0] ?? 0 }),
};

// ---- 15 over time ----
interface OverTime { months: number }
const overTime: KindDef<OverTime> = {
  kind: 'overTime',
  sample: 'retail',
  view: 'data',
  defaults: { months: 3 },
  validate: (p) => (!Number.isInteger(p.months) || !inRange(p.months, 1, 36) ? 'months must be a whole number 1..36' : null),
  promptParams: (_c, p) => ({ months: p.months }),
  answer: () => ({
    type: 'numbers',
    fields: [
      { value: 'then', labelKey: 'ex.field.then', unit: 'count' },
      { value: 'change', labelKey: 'ex.field.change', unit: 'count' },
    ],
  }),
  expected(ctx, p) {
    const t = importantValueThenNow(ctx, p.months);
    return t ? { then: t.then, change: t.now - t.then } : null;
  },
  check(ctx, p, answer) {
    const t = importantValueThenNow(ctx, p.months);
    if (!t) return no('ex.fb.needsTransactions');
    const a = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
    if (a.then !== t.then) return no('ex.fb.overTime.then', { months: p.months });
    if (a.change !== t.now - t.then) return no('ex.fb.overTime.change');
    return ok();
  },
  hintParams(ctx, p) {
    const t = importantValueThenNow(ctx, p.months);
    return { months: p.months, then: t?.then ?? 0, now: t?.now ?? 0, change: t ? t.now - t.then : 0 };
  },
};

// ---- 16 real files ----
interface RealFiles { encoding: string }
function mappingComplete(ctx: ExerciseContext): boolean {
  const m = ctx.report?.mapping;
  if (!m) return false;
  const has = (r: keyof typeof m) => m[r] !== undefined && m[r]! >= 0;
  return has('customer') && has('date') && (has('amount') || (has('quantity') && has('price')));
}
const realFiles: KindDef<RealFiles> = {
  kind: 'realFiles',
  sample: 'retail-zh',
  view: 'data',
  defaults: { encoding: 'gb18030' },
  validate: (p) => (!oneOf(p.encoding, ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'] as const) ? 'encoding must be a supported encoding' : null),
  promptParams: (_c, p) => ({ encoding: p.encoding.toUpperCase(), file: SAMPLE_FILE['retail-zh'] }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (ctx) => ctx.metrics.n,
  check(ctx, p, answer) {
    if (!ctx.report || ctx.report.encoding !== p.encoding) return no('ex.fb.realFiles.encoding', { encoding: p.encoding.toUpperCase() });
    if (!mappingComplete(ctx)) return no('ex.fb.realFiles.mapping');
    return numberCheck(answer, ctx.metrics.n, 0);
  },
  hintParams: (ctx, p) => ({ encoding: p.encoding.toUpperCase(), answer: ctx.metrics.n }),
};

/** Every kind by its key. */
export const KINDS: Record<ExerciseKind, KindDef<any>> = {
  reachTarget,
  classifyByHand,
  scoreByHand,
  pyramidShare,
  findMovers,
  matchActions,
  splitBudget: splitBudgetKind,
  readChart,
  editRules,
  predictDirection,
  explainEmptyBin,
  lifecycleChurn,
  pareto,
  connectLenses,
  overTime,
  realFiles,
};

export const EXERCISE_KINDS = Object.keys(KINDS) as ExerciseKind[];
