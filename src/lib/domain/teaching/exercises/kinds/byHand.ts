/** Kinds where the learner classifies or scores customers by hand and reads the classes back. */
import { EIGHT_CLASS_KEYS } from '../../../models/eightClasses';
import { scoreCutOf } from '../../../models/scoreCut';
import type { Dimension } from '../../../models/scores';
import { pickCustomer, round } from '../helpers';
import type { ExerciseContext, KindDef } from '../types';
import { classChoices, DIMS, inRange, isNum, LETTER, mustBeBetween, mustBeOneOf, no, ok, oneOf, type Empty } from './checks';

/** Places in the customer list a variant may pick, away from both ends. */
const CUSTOMER_AT = [0.12, 0.25, 0.37, 0.5, 0.63, 0.75, 0.88];

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
  return `${LETTER[d]} ≥ ${scoreCutOf(ctx.settings.thresholds[d], ctx.analysis.scores.k)}`;
}
export const classifyByHand: KindDef<ClassifyByHand> = {
  kind: 'classifyByHand',
  sample: 'classroom',
  view: 'rfm',
  defaults: { customerAt: 0.37 },
  validate: (p) => (!inRange(p.customerAt, 0, 1) ? mustBeBetween('customerAt', 0, 1) : null),
  variants: CUSTOMER_AT.map((customerAt) => ({ customerAt })),
  promptParams(ctx, p) {
    const c = customerRow(ctx, p.customerAt);
    return { customer: c.id, r: c.r, f: c.f, m: c.mm, rT: thresholdText(ctx, 'recency'), fT: thresholdText(ctx, 'frequency'), mT: thresholdText(ctx, 'monetary') };
  },
  answer: () => ({ type: 'choice', options: classChoices() }),
  expected(ctx, p) {
    const i = pickCustomer(ctx, p.customerAt);
    return i < 0 ? null : EIGHT_CLASS_KEYS[ctx.analysis.eight.labels[i]];
  },
  check(_live, p, answer, t) {
    const want = classifyByHand.expected(t, p) as string | null;
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    if (answer === want) return ok();
    // Only R read the wrong way round is a known mistake worth naming; otherwise no letter is given away.
    const wrong = [0, 1, 2].filter((k) => answer[k] !== want?.[k]);
    return no(wrong.length === 1 && wrong[0] === 0 ? 'ex.fb.classify.recency' : 'ex.fb.classify.wrong');
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
export const scoreByHand: KindDef<ScoreByHand> = {
  kind: 'scoreByHand',
  sample: 'classroom',
  view: 'rfm',
  defaults: { dimension: 'recency', customerAt: 0.61 },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? mustBeOneOf('dimension', DIMS) : !inRange(p.customerAt, 0, 1) ? mustBeBetween('customerAt', 0, 1) : null),
  variants: DIMS.flatMap((dimension) => [0.2, 0.4, 0.61, 0.8].map((customerAt) => ({ dimension, customerAt }))),
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
  check(_live, p, answer, t) {
    const want = scoreByHand.expected(t, p) as number;
    if (!isNum(answer)) return no('ex.fb.enterNumber');
    if (answer === want) return ok();
    const k = t.analysis.scores.k;
    const i = pickCustomer(t, p.customerAt);
    const v = t.metrics[p.dimension][i];
    const e = t.analysis.scores.edges[p.dimension];
    const below = e.filter((x) => v > x).length;
    const atOrBelow = e.filter((x) => v >= x).length;
    // Known mistakes: R scored the F/M way round; a value equal to an edge put in the upper bin.
    if (p.dimension === 'recency' && answer === 1 + below) return no('ex.fb.score.recency');
    if (atOrBelow !== below && answer === (p.dimension === 'recency' ? k - atOrBelow : 1 + atOrBelow)) return no('ex.fb.score.tie');
    return no('ex.fb.score.wrong');
  },
  hintParams: (ctx, p) => ({ letter: LETTER[p.dimension], answer: (scoreByHand.expected(ctx, p) as number) ?? '', edges: edgesText(ctx, p.dimension) }),
};

// ---- 6 match actions ----
// A fixed shuffle so the options never line up with the rows.
const ACTION_ORDER = [5, 2, 7, 0, 3, 6, 1, 4];
export const matchActions: KindDef<Empty> = {
  kind: 'matchActions',
  sample: 'classroom',
  view: 'rfm',
  conceals: ['eight.actions'],
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
export const readChart: KindDef<Empty> = {
  kind: 'readChart',
  sample: 'classroom',
  view: 'rfm',
  defaults: {},
  validate: () => null,
  promptParams: () => ({}),
  answer: () => ({ type: 'choice', options: classChoices() }),
  expected: (ctx) => bestRevenuePerCustomer(ctx),
  check(_live, _p, answer, t) {
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    if (answer === bestRevenuePerCustomer(t)) return ok();
    // The class with the most revenue in total is the usual misreading.
    const r = t.analysis.eight.revenue;
    const most = EIGHT_CLASS_KEYS[r.indexOf(Math.max(...r))];
    return no(answer === most ? 'ex.fb.readChart.total' : 'ex.fb.readChart.wrong');
  },
  hintParams: (ctx) => ({ answerKey: `class.${bestRevenuePerCustomer(ctx)}` }),
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
export const explainEmptyBin: KindDef<ExplainEmptyBin> = {
  kind: 'explainEmptyBin',
  sample: 'retail',
  view: 'rfm',
  conceals: ['rfm.emptyReason'],
  defaults: { dimension: 'frequency' },
  validate: (p) => (!oneOf(p.dimension, DIMS) ? mustBeOneOf('dimension', DIMS) : null),
  promptParams: (ctx, p) => ({ letter: LETTER[p.dimension], score: emptyBin(ctx, p.dimension)?.score ?? '—' }),
  answer: () => ({
    type: 'choice',
    options: ['returns', 'ties', 'bug', 'gap'].map((v) => ({ value: v, labelKey: `ex.choice.emptyBin.${v}` })),
  }),
  expected: (ctx, p) => emptyBin(ctx, p.dimension)?.reason ?? null,
  check(_live, p, answer, t) {
    const e = emptyBin(t, p.dimension);
    if (!e) return no('ex.fb.emptyBin.none', { letter: LETTER[p.dimension] });
    if (typeof answer !== 'string') return no('ex.fb.pickOne');
    return answer === e.reason ? ok() : no('ex.fb.emptyBin.wrong');
  },
  hintParams: (ctx, p) => ({ letter: LETTER[p.dimension], edges: edgesText(ctx, p.dimension), answerKey: `ex.choice.emptyBin.${emptyBin(ctx, p.dimension)?.reason ?? 'ties'}` }),
};
