/** Kinds that compare the classes at two points in time; they need transaction data. */
import { EIGHT_CLASS_KEYS } from '../../../models/eightClasses';
import { importantValueThenNow, moverCandidates } from '../helpers';
import { msg } from '../../../messages';
import type { KindDef } from '../types';
import { no, ok, oneOf, wholeIn } from './checks';

// ---- 5 find movers ----
interface FindMovers { months: number; from: string; to: string; pick: number }
export const findMovers: KindDef<FindMovers> = {
  kind: 'findMovers',
  sample: 'retail',
  view: 'movement',
  defaults: { months: 3, from: 'HHH', to: 'LHH', pick: 3 },
  validate: (p) =>
    wholeIn('months', p.months, 1, 36) ??
    (!oneOf(p.from, EIGHT_CLASS_KEYS) || !oneOf(p.to, EIGHT_CLASS_KEYS) || p.from === p.to ? msg('ex.valid.fromTo') : wholeIn('pick', p.pick, 1, 10)),
  promptParams(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { months: p.months, pick: Math.min(p.pick, m.total), fromKey: `class.${p.from}`, toKey: `class.${p.to}` };
  },
  answer(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { type: 'customers', candidates: m.candidates, pick: Math.min(p.pick, m.total) };
  },
  expected: (ctx, p) => moverCandidates(ctx, p.months, p.from, p.to, p.pick).movers.slice(0, p.pick),
  check(_live, p, answer, ctx) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    if (!ctx.dataset || ctx.dataset.shape !== 'transactions') return no('ex.fb.needsTransactions');
    const need = Math.min(p.pick, m.total);
    const picked = Array.isArray(answer) ? answer : [];
    const set = new Set(m.movers);
    const right = picked.filter((id) => set.has(id)).length;
    if (picked.length !== need) return no('ex.fb.movers.count', { need, picked: picked.length });
    if (right === need) return ok();
    return { ...no('ex.fb.movers.wrong', { right, picked: picked.length }), ruledOut: picked.filter((id) => !set.has(id)) };
  },
  hintParams(ctx, p) {
    const m = moverCandidates(ctx, p.months, p.from, p.to, p.pick);
    return { months: p.months, fromKey: `class.${p.from}`, toKey: `class.${p.to}`, total: m.total, answer: m.movers.slice(0, p.pick).join(', ') };
  },
};

// ---- 15 over time ----
interface OverTime { months: number }
export const overTime: KindDef<OverTime> = {
  kind: 'overTime',
  sample: 'retail',
  view: 'data',
  defaults: { months: 3 },
  validate: (p) => wholeIn('months', p.months, 1, 36),
  variants: [3, 6, 9, 12].map((months) => ({ months })),
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
  check(_live, p, answer, ctx) {
    const t = importantValueThenNow(ctx, p.months);
    if (!t) return no('ex.fb.needsTransactions');
    const a = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
    // Known mistakes: the number at the default date typed for "then"; the change as then − now.
    if (a.then !== t.then) return no(a.then === t.now && t.now !== t.then ? 'ex.fb.overTime.thenIsNow' : 'ex.fb.overTime.then', { months: p.months });
    if (a.change !== t.now - t.then) return no(a.change === t.then - t.now && t.now !== t.then ? 'ex.fb.overTime.sign' : 'ex.fb.overTime.change');
    return ok();
  },
  hintParams(ctx, p) {
    const t = importantValueThenNow(ctx, p.months);
    return { months: p.months, then: t?.then ?? 0, now: t?.now ?? 0, change: t ? t.now - t.then : 0 };
  },
};
