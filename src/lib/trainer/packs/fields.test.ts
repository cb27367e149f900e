import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS, KINDS, specProblem, type ExerciseKind } from '../../domain/teaching/exercises';
import { cutsSplit, FIELDS, fieldProblem, fromDisplay, resizeList, toDisplay, type NumberRule } from './fields';
import { hasMessage } from '../../i18n/catalog';

const problemOf = (kind: ExerciseKind, params: Record<string, unknown>) => specProblem({ id: 'x', kind, params });

describe('parameter fields', () => {
  it.each(EXERCISE_KINDS)('%s: one field per default parameter, with messages', (kind) => {
    expect(FIELDS[kind].map((f) => f.name).sort()).toEqual(Object.keys(KINDS[kind].defaults).sort());
    for (const f of FIELDS[kind]) {
      expect(hasMessage(f.labelKey, 'en') && hasMessage(f.labelKey, 'zh'), f.labelKey).toBe(true);
      if (f.type === 'choice') for (const o of f.options) expect(o.label ?? hasMessage(o.labelKey!, 'zh'), String(o.value)).toBeTruthy();
    }
    expect(fieldProblem(kind, KINDS[kind].defaults)).toBeNull();
  });

  // The form's own checks (translated, in display units) must agree with the kinds' validate.
  it.each(EXERCISE_KINDS)('%s: the form accepts exactly what the kind accepts', (kind) => {
    for (const f of FIELDS[kind]) {
      const rules: [NumberRule, (v: number) => Record<string, unknown>][] = [];
      const base = structuredClone(KINDS[kind].defaults) as Record<string, unknown>;
      if (f.type === 'number') rules.push([f, (v) => ({ ...base, [f.name]: v })]);
      if (f.type === 'list') {
        const list = base[f.name] as number[];
        rules.push([f.item, (v) => ({ ...base, [f.name]: list.map((x, i) => (i === list.length - 1 ? v : x)) })]);
      }
      for (const [rule, at] of rules) {
        const values = [rule.min, rule.max, rule.min - rule.step, rule.max + rule.step, (rule.min + rule.max) / 2, rule.min + 0.5, NaN].map((d) => fromDisplay(d, rule));
        for (const v of values) {
          // The one place the form is stricter: a budget above 10^12 is a typo, not an exercise.
          if (kind === 'splitBudget' && f.name === 'total' && v > rule.max) continue;
          const params = at(v);
          expect(fieldProblem(kind, params) === null, `${kind}.${f.name} = ${v}`).toBe(problemOf(kind, params) === null);
        }
      }
    }
  });

  it('shows shares as percent without float noise', () => {
    const rule = { scale: 100 };
    expect(toDisplay(0.07, rule)).toBe(7);
    expect(fromDisplay('7', rule)).toBe(0.07);
    expect(fromDisplay('', rule)).toBeNaN();
    expect(toDisplay(NaN, rule)).toBe('');
  });

  it('explains list problems', () => {
    expect(fieldProblem('splitBudget', { ...KINDS.splitBudget.defaults, split: [0.3, 0.3, 0.2, 0.25] })).toMatchObject({ key: 'packs.invalid.sum', params: { sum: 105 } });
    expect(fieldProblem('pyramidShare', { ...KINDS.pyramidShare.defaults, cuts: [0.5, 0.8] })).toMatchObject({ key: 'packs.invalid.descending' });
    expect(fieldProblem('findMovers', { ...KINDS.findMovers.defaults, to: 'HHH' })).toMatchObject({ key: 'packs.invalid.sameClass' });
    expect(fieldProblem('lifecycleChurn', { churnDays: 10.5 })).toMatchObject({ key: 'packs.invalid.integer' });
    expect(fieldProblem('pareto', { revenueShare: 1, tolerance: 2 })).toMatchObject({ key: 'packs.invalid.between', params: { min: 0, max: 100 } });
  });

  it('describes pyramid cuts as tiers and resizes lists', () => {
    expect(cutsSplit([0.8, 0.5])).toBe('20 / 30 / 50');
    expect(cutsSplit([0.9, 0.7, 0.4])).toBe('10 / 20 / 30 / 40');
    expect(resizeList([0.8, 0.5], 3, 'descending')).toEqual([0.8, 0.5, 0.25]);
    expect(resizeList([0.8, 0.5, 0.25], 2, 'descending')).toEqual([0.8, 0.5]);
  });
});
