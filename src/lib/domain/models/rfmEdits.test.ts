import { describe, expect, it } from 'vitest';
import { addRule, clampRules, deleteRule, moveEdge, moveRule, setRuleBound } from './rfmEdits';
import { defaultSegmentRules } from './segments';

describe('edge moves', () => {
  const edges = [10, 20, 30, 40];

  it('moveEdge keeps edges sorted between neighbours', () => {
    expect(moveEdge(edges, 1, 35)).toEqual([10, 30, 30, 40]);
    expect(moveEdge(edges, 0, -5)).toEqual([-5, 20, 30, 40]);
    expect(moveEdge(edges, 3, 99)).toEqual([10, 20, 30, 99]);
    expect(edges).toEqual([10, 20, 30, 40]);
  });
});

describe('segment rule edits', () => {
  const rules = defaultSegmentRules(5);

  it('moves, bounds, adds and deletes without touching the input', () => {
    const moved = moveRule(rules, 1, -1);
    expect(moved[0].key).toBe('potentialLoyalist');
    expect(moveRule(rules, 0, -1)[0].key).toBe('champions');
    const bounded = setRuleBound(rules, 0, 'R', 'min', 2, 5);
    expect(bounded[0].R).toEqual({ min: 2, max: 5 });
    const lifted = setRuleBound(rules, 1, 'F', 'min', 9, 5);
    expect(lifted[1].F).toEqual({ min: 5, max: 5 });
    const lowered = setRuleBound(rules, 1, 'F', 'max', 0, 5);
    expect(lowered[1].F).toEqual({ min: 1, max: 1 });
    const added = addRule(rules, '  VIP ', 5);
    expect(added).toHaveLength(11);
    expect(added[10]).toMatchObject({ key: 'user1', label: 'VIP', R: { min: 1, max: 5 } });
    expect(addRule(added, 'x', 5)[11].key).toBe('user2');
    expect(deleteRule(rules, 0)[0].key).toBe('potentialLoyalist');
    expect(rules).toEqual(defaultSegmentRules(5));
  });

  it('clamps rules to a smaller k', () => {
    const c = clampRules(rules, 3);
    for (const rule of c) for (const d of ['R', 'F', 'M'] as const) {
      expect(rule[d].min).toBeGreaterThanOrEqual(1);
      expect(rule[d].max).toBeLessThanOrEqual(3);
      expect(rule[d].min).toBeLessThanOrEqual(rule[d].max);
    }
  });
});
