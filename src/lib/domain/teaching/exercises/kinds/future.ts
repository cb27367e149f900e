/**
 * Kinds about the future-value model (BG/NBD): reading how likely a customer is still
 * buying from her history, and judging the model against what happened after its
 * calibration end. Both need transactions with dates; the model is fitted on the
 * exercise's own target (futureModel.ts).
 */
import { dayToIso } from '../../../days';
import type { DayNumber } from '../../../types';
import { exerciseModel, type ExerciseModel } from '../futureModel';
import { round } from '../helpers';
import type { ExerciseContext, KindDef, Params } from '../types';
import { inRange, mustBeBetween, mustBeOneOf, no, ok, oneOf, wholeIn } from './checks';

export const P_ALIVE_BANDS = ['low', 'middle', 'high'] as const;
export type PAliveBand = (typeof P_ALIVE_BANDS)[number];
/** Band edges: below 30 %, 30 % to below 70 %, 70 % or more. */
const BAND_EDGES: Record<PAliveBand, [number, number]> = { low: [0, 0.3], middle: [0.3, 0.7], high: [0.7, 1] };
/** A drawn customer sits at least this far inside her band, so rounding never makes the answer ambiguous. */
const BAND_MARGIN = 0.02;

export const bandOf = (p: number): PAliveBand => (p < 0.3 ? 'low' : p < 0.7 ? 'middle' : 'high');

// ---- 17 read P(alive) ----
interface ReadPAlive { band: PAliveBand; at: number }

interface Drawn {
  model: ExerciseModel;
  id: string;
  x: number;
  first: DayNumber;
  last: DayNumber;
  pAlive: number;
  /** Weeks between her first and last purchase, over her repeat purchases. */
  gapWeeks: number;
  /** Weeks from her last purchase to the calibration end. */
  silentWeeks: number;
}

const drawnCache = new WeakMap<ExerciseModel, Map<string, Drawn | null>>();

/**
 * The customer a variant asks about: among those who bought again at least once (without a
 * repeat the model cannot have seen her drop out), the ones whose P(alive) lies well inside
 * `band`, ordered by customer id; the one at `at` of the way through them.
 */
function drawCustomer(ctx: ExerciseContext, p: ReadPAlive): Drawn | null {
  const model = exerciseModel(ctx, 0);
  if (!model || !ctx.dataset) return null;
  let cache = drawnCache.get(model);
  if (!cache) drawnCache.set(model, (cache = new Map()));
  const key = `${p.band}|${p.at}`;
  if (cache.has(key)) return cache.get(key)!;
  const { summary: s, pAlive } = model.result;
  const ids = ctx.dataset.customerIds;
  const [lo, hi] = BAND_EDGES[p.band];
  const inside: number[] = [];
  for (let i = 0; i < s.x.length; i++) if (s.x[i] >= 1 && pAlive[i] >= lo + BAND_MARGIN && pAlive[i] < hi - BAND_MARGIN) inside.push(i);
  inside.sort((a, b) => (ids[s.customer[a]] < ids[s.customer[b]] ? -1 : 1));
  let drawn: Drawn | null = null;
  if (inside.length) {
    const i = inside[Math.min(inside.length - 1, Math.max(0, Math.floor(p.at * (inside.length - 1))))];
    const first = (model.calibrationEnd - Math.round(s.T[i] * 7)) as DayNumber;
    const last = (first + Math.round(s.tx[i] * 7)) as DayNumber;
    drawn = { model, id: ids[s.customer[i]], x: s.x[i], first, last, pAlive: pAlive[i], gapWeeks: s.tx[i] / s.x[i], silentWeeks: s.T[i] - s.tx[i] };
  }
  cache.set(key, drawn);
  return drawn;
}

const bandChoices = () => P_ALIVE_BANDS.map((b) => ({ value: b, labelKey: `ex.choice.pAlive.${b}` }));

export const readPAlive: KindDef<ReadPAlive> = {
  kind: 'readPAlive',
  sample: 'retail',
  view: 'customers',
  conceals: ['future.customer'],
  defaults: { band: 'middle', at: 0.5 },
  validate: (p) => (!oneOf(p.band, P_ALIVE_BANDS) ? mustBeOneOf('band', P_ALIVE_BANDS) : !inRange(p.at, 0, 1) ? mustBeBetween('at', 0, 1) : null),
  variants: P_ALIVE_BANDS.flatMap((band) => [0.25, 0.5, 0.75].map((at) => ({ band, at }))),
  promptParams(t, p) {
    const d = drawCustomer(t, p);
    if (!d) return { customer: '—', first: '—', last: '—', repeats: 0, end: '—' };
    return { customer: d.id, first: dayToIso(d.first), last: dayToIso(d.last), repeats: d.x, end: dayToIso(d.model.calibrationEnd) };
  },
  answer: () => ({ type: 'choice', options: bandChoices() }),
  expected: (t, p) => {
    const d = drawCustomer(t, p);
    return d ? bandOf(d.pAlive) : null;
  },
  check(_live, p, answer, t) {
    const d = drawCustomer(t, p);
    if (!d) return no('ex.fb.future.noModel');
    if (!oneOf(answer, P_ALIVE_BANDS)) return no('ex.fb.pickOne');
    const want = bandOf(d.pAlive);
    if (answer === want) return ok();
    // Known misreadings: a frequent buyer's silence taken lightly; a rare buyer's silence taken as the end.
    const rank = (b: PAliveBand) => P_ALIVE_BANDS.indexOf(b);
    const longSilence = d.silentWeeks > 2 * d.gapWeeks;
    if (rank(answer) > rank(want) && longSilence) return no('ex.fb.pAlive.silence');
    if (rank(answer) < rank(want) && d.x <= 2) return no('ex.fb.pAlive.rare');
    return no('ex.fb.pAlive.wrong');
  },
  hintParams(t, p) {
    const d = drawCustomer(t, p);
    if (!d) return { gap: '—', silent: '—', pAlive: '—', answerKey: 'ex.choice.pAlive.middle' };
    return { gap: round(d.gapWeeks, 1), silent: round(d.silentWeeks, 1), pAlive: round(d.pAlive * 100, 1), answerKey: `ex.choice.pAlive.${bandOf(d.pAlive)}` };
  },
};

// ---- 18 holdout: above or below the model ----
interface HoldoutDirection { holdoutWeeks: number }
export const HOLDOUT_WEEKS = [13, 26, 39] as const;

function holdoutFigures(t: ExerciseContext, p: HoldoutDirection): { model: ExerciseModel; expected: number; actual: number; weeks: number } | null {
  const model = exerciseModel(t, p.holdoutWeeks);
  const h = model?.result.holdout;
  if (!model || !h) return null;
  return { model, expected: h.expectedTransactions, actual: h.actualTransactions, weeks: h.weeks };
}
const directionOf = (f: { expected: number; actual: number }) => (f.actual > f.expected ? 'more' : 'less');

export const holdoutDirection: KindDef<HoldoutDirection> = {
  kind: 'holdoutDirection',
  sample: 'retail',
  view: 'model',
  conceals: ['model.holdout'],
  defaults: { holdoutWeeks: 26 },
  validate: (p) => wholeIn('holdoutWeeks', p.holdoutWeeks, 1, 104),
  variants: HOLDOUT_WEEKS.map((holdoutWeeks) => ({ holdoutWeeks })),
  promptParams(t, p): Params {
    const f = holdoutFigures(t, p);
    if (!f) return { end: '—', weeks: p.holdoutWeeks, expected: '—', customers: 0 };
    return { end: dayToIso(f.model.calibrationEnd), weeks: round(f.weeks, 1), expected: Math.round(f.expected), customers: f.model.result.summary.x.length };
  },
  answer: () => ({
    type: 'choice',
    options: [
      { value: 'more', labelKey: 'ex.choice.holdout.more' },
      { value: 'less', labelKey: 'ex.choice.holdout.less' },
    ],
  }),
  expected: (t, p) => {
    const f = holdoutFigures(t, p);
    return f ? directionOf(f) : null;
  },
  check(_live, p, answer, t) {
    const f = holdoutFigures(t, p);
    if (!f) return no('ex.fb.future.noHoldout');
    if (answer !== 'more' && answer !== 'less') return no('ex.fb.pickOne');
    // Two options: a wrong one says why the model can miss that way, not just "the other one".
    return answer === directionOf(f) ? ok() : no(answer === 'more' ? 'ex.fb.holdout.notMore' : 'ex.fb.holdout.notLess');
  },
  hintParams(t, p) {
    const f = holdoutFigures(t, p);
    if (!f) return { actual: '—', expected: '—', end: '—', answerKey: 'ex.choice.holdout.less' };
    return { actual: f.actual, expected: Math.round(f.expected), end: dayToIso(f.model.calibrationEnd), answerKey: `ex.choice.holdout.${directionOf(f)}` };
  },
};
