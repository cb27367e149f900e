/** Kinds on the value/potential quadrants and the lifecycle: budgets, boundaries, churn. */
import { RESOURCE_SPLIT, splitBudget, VALUE_POTENTIAL_KEYS } from '../../../models/quadrants';
import { round } from '../helpers';
import { msg } from '../../../messages';
import type { ExerciseContext, KindDef } from '../types';
import { inRange, isNum, mustBeBetween, mustBeOneOf, no, numberCheck, ok, wholeIn } from './checks';

// ---- 7 split a budget ----
interface SplitBudget { total: number; split: number[]; tolerance: number }
const near = (v: number, want: number, tol: number) => Math.abs(v - want) <= tol * Math.max(1e-9, Math.abs(want)) + 0.005;
export const splitBudgetKind: KindDef<SplitBudget> = {
  kind: 'splitBudget',
  sample: 'retail',
  view: 'quadrants',
  conceals: ['quadrants.budget'],
  defaults: { total: 100000, split: [...RESOURCE_SPLIT], tolerance: 0.01 },
  validate: (p) =>
    !isNum(p.total) || p.total <= 0
      ? msg('valid.positive', { field: 'total' })
      : !Array.isArray(p.split) || p.split.length !== 4 || !p.split.every((s) => inRange(s, 0, 1)) || Math.abs(p.split.reduce((a, b) => a + b, 0) - 1) > 1e-6
        ? msg('ex.valid.split', { field: 'split' })
        : !inRange(p.tolerance, 0, 0.5)
          ? mustBeBetween('tolerance', 0, 0.5)
          : null,
  variants: [60000, 80000, 90000, 100000, 120000, 150000, 200000].map((total) => ({ total })),
  promptParams: (_c, p) => ({ total: p.total, split: p.split.map((s) => round(s * 100, 1)).join(' / ') }),
  answer: () => ({ type: 'numbers', fields: VALUE_POTENTIAL_KEYS.map((k) => ({ value: k, labelKey: `quadrant.${k}`, unit: 'money' as const })) }),
  expected(t, p) {
    const q = t.analysis.valuePotential;
    if (!q) return null;
    const b = splitBudget(p.total, q.counts, p.split);
    return Object.fromEntries(VALUE_POTENTIAL_KEYS.map((k, i) => [k, round(b[i].perCustomer, 2)]));
  },
  check(_live, p, answer, t) {
    const q = t.analysis.valuePotential;
    if (!q) return no('ex.fb.needsPotential');
    const b = splitBudget(p.total, q.counts, p.split);
    const a = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
    const wrong = VALUE_POTENTIAL_KEYS.filter((k, i) => {
      const v = a[k];
      return !isNum(v) || !near(v, b[i].perCustomer, p.tolerance);
    });
    if (wrong.length === 0) return ok();
    // A whole quadrant's budget typed where a per-customer amount is asked.
    const whole = wrong.some((k) => {
      const i = VALUE_POTENTIAL_KEYS.indexOf(k);
      const v = a[k];
      return isNum(v) && near(v, b[i].budget, p.tolerance);
    });
    return no(whole ? 'ex.fb.budget.whole' : 'ex.fb.budget.partial', { right: 4 - wrong.length, total: 4 });
  },
  hintParams(t, p) {
    const q = t.analysis.valuePotential;
    const b = q ? splitBudget(p.total, q.counts, p.split) : [];
    return {
      total: p.total,
      answer: b.map((x) => round(x.perCustomer, 2)).join(' / '),
      counts: q ? q.counts.join(' / ') : '',
    };
  },
};

// ---- 12 lifecycle ----
interface LifecycleChurn { churnDays: number }
export const lifecycleChurn: KindDef<LifecycleChurn> = {
  kind: 'lifecycleChurn',
  sample: 'classroom',
  view: 'quadrants',
  defaults: { churnDays: 180 },
  validate: (p) => wholeIn('churnDays', p.churnDays, 1, 3650),
  target(base, p) {
    const s = structuredClone(base.settings);
    s.lifecycle.churnDays = p.churnDays;
    return s;
  },
  stateGoal: true,
  // Lines that give different answers on the classroom sample (no one was last seen 81 to 180 days ago).
  variants: [60, 180, 240, 270].map((churnDays) => ({ churnDays })),
  promptParams: (_c, p) => ({ days: p.churnDays }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (t) => t.analysis.lifecycle.counts[3],
  check(live, p, answer) {
    if (live.settings.lifecycle.churnDays !== p.churnDays) return no('ex.fb.lifecycle.state', { days: p.churnDays });
    const churned = live.analysis.lifecycle.counts[3];
    return numberCheck(answer, churned, 0, 'count', [{ value: round((churned / Math.max(1, live.metrics.n)) * 100, 1), key: 'ex.fb.shareNotCount' }]);
  },
  hintParams: (t, p) => ({ days: p.churnDays, answer: t.analysis.lifecycle.counts[3] }),
};

// ---- 14 connect lenses ----
interface ConnectLenses { boundary: number }
/** The pyramid's boundary amount in the default state (the line the learner must set). */
const boundaryOf = (t: ExerciseContext, p: ConnectLenses) => t.analysis.pyramid.boundaries[p.boundary];
export const connectLenses: KindDef<ConnectLenses> = {
  kind: 'connectLenses',
  sample: 'retail',
  view: 'quadrants',
  defaults: { boundary: 0 },
  validate: (p) => (!Number.isInteger(p.boundary) || !inRange(p.boundary, 0, 2) ? mustBeOneOf('boundary', [0, 1, 2]) : null),
  target(base, p) {
    const s = structuredClone(base.settings);
    const b = base.analysis.pyramid.boundaries[p.boundary];
    if (b !== undefined) s.valuePotential.x = { method: 'custom', value: b };
    return s;
  },
  stateGoal: true,
  promptParams: (t, p) => ({ tierKey: `tier.${t.analysis.pyramid.tiers[p.boundary]?.tier ?? 'high'}` }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (t) => t.analysis.valuePotential?.counts[0] ?? null,
  check(live, p, answer, t) {
    const q = live.analysis.valuePotential;
    const b = boundaryOf(t, p);
    if (!q || b === undefined) return no('ex.fb.needsPotential');
    if (Math.abs(q.thresholds.x - b) > Math.max(0.01, Math.abs(b) * 1e-4)) return no(q.thresholds.x > b ? 'ex.fb.connect.above' : 'ex.fb.connect.below');
    return numberCheck(answer, q.counts[0], 0, 'count', [
      { value: q.counts[0] + q.counts[1], key: 'ex.fb.connect.allHighValue' },
      { value: q.counts[0] + q.counts[2], key: 'ex.fb.connect.allHighPotential' },
    ]);
  },
  hintParams: (t, p) => ({ boundary: round(boundaryOf(t, p) ?? 0, 2), answer: t.analysis.valuePotential?.counts[0] ?? 0 }),
};
