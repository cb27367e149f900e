/** Kinds on the value/potential quadrants and the lifecycle: budgets, boundaries, churn. */
import { RESOURCE_SPLIT, splitBudget, VALUE_POTENTIAL_KEYS } from '../../../models/quadrants';
import { round } from '../helpers';
import { msg } from '../../../messages';
import type { ExerciseContext, KindDef } from '../types';
import { inRange, isNum, mustBeBetween, mustBeOneOf, mustBeWhole, no, numberCheck, ok } from './checks';

// ---- 7 split a budget ----
interface SplitBudget { total: number; split: number[]; tolerance: number }
export const splitBudgetKind: KindDef<SplitBudget> = {
  kind: 'splitBudget',
  sample: 'retail',
  view: 'quadrants',
  defaults: { total: 100000, split: [...RESOURCE_SPLIT], tolerance: 0.01 },
  validate: (p) =>
    !isNum(p.total) || p.total <= 0
      ? msg('valid.positive', { field: 'total' })
      : !Array.isArray(p.split) || p.split.length !== 4 || !p.split.every((s) => inRange(s, 0, 1)) || Math.abs(p.split.reduce((a, b) => a + b, 0) - 1) > 1e-6
        ? msg('ex.valid.split', { field: 'split' })
        : !inRange(p.tolerance, 0, 0.5)
          ? mustBeBetween('tolerance', 0, 0.5)
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

// ---- 12 lifecycle ----
interface LifecycleChurn { churnDays: number }
export const lifecycleChurn: KindDef<LifecycleChurn> = {
  kind: 'lifecycleChurn',
  sample: 'classroom',
  view: 'quadrants',
  defaults: { churnDays: 180 },
  validate: (p) => (!Number.isInteger(p.churnDays) || !inRange(p.churnDays, 1, 3650) ? mustBeWhole('churnDays', 1, 3650) : null),
  promptParams: (_c, p) => ({ days: p.churnDays }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (ctx) => ctx.analysis.lifecycle.counts[3],
  check(ctx, p, answer) {
    if (ctx.settings.lifecycle.churnDays !== p.churnDays) return no('ex.fb.lifecycle.state', { days: p.churnDays, now: ctx.settings.lifecycle.churnDays });
    return numberCheck(answer, ctx.analysis.lifecycle.counts[3], 0);
  },
  hintParams: (ctx, p) => ({ days: p.churnDays, answer: ctx.analysis.lifecycle.counts[3] }),
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
export const connectLenses: KindDef<ConnectLenses> = {
  kind: 'connectLenses',
  sample: 'retail',
  view: 'quadrants',
  defaults: { boundary: 0 },
  validate: (p) => (!Number.isInteger(p.boundary) || !inRange(p.boundary, 0, 2) ? mustBeOneOf('boundary', [0, 1, 2]) : null),
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
