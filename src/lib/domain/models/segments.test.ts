import { describe, expect, it } from 'vitest';
import { classifySegments, DEFAULT_SEGMENT_RULES, defaultSegmentRules, matchSegment } from './segments';

const key = (R: number, F: number, M: number) => {
  const i = matchSegment(DEFAULT_SEGMENT_RULES, R, F, M);
  return i === DEFAULT_SEGMENT_RULES.length ? 'others' : DEFAULT_SEGMENT_RULES[i].key;
};

describe('named segments, first match wins (COURSE.md)', () => {
  it.each([
    [5, 5, 5, 'champions'],
    [5, 5, 4, 'potentialLoyalist'],
    [3, 3, 2, 'potentialLoyalist'],
    [2, 2, 2, 'loyal'],
    [4, 1, 3, 'promising'],
    [5, 1, 1, 'newCustomers'],
    [4, 2, 2, 'loyal'],
    [4, 1, 2, 'newCustomers'],
    [1, 3, 4, 'cantLose'],
    [2, 5, 5, 'atRisk'],
    [1, 2, 4, 'atRisk'],
    [1, 5, 3, 'needAttention'],
    [3, 1, 1, 'aboutToSleep'],
    [1, 1, 1, 'lost'],
    [2, 1, 5, 'others'],
    [3, 2, 1, 'aboutToSleep'],
    [2, 5, 1, 'others'],
  ])('R%i F%i M%i -> %s', (R, F, M, expected) => {
    expect(key(R, F, M)).toBe(expected);
  });

  it('counts customers and Others', () => {
    const r = classifySegments(DEFAULT_SEGMENT_RULES, { R: [5, 1, 2], F: [5, 1, 5], M: [5, 1, 1] }, [10, 20, 30]);
    expect(r.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(r.revenue[10]).toBe(30);
  });

  it('an edited rule that widens a range changes the match', () => {
    const rules = defaultSegmentRules(5);
    rules[2] = { ...rules[2], R: { min: 2, max: 4 }, F: { min: 1, max: 5 }, M: { min: 1, max: 5 } };
    expect(matchSegment(rules, 2, 5, 1)).toBe(2);
  });

  it('rescales the default table for k = 3', () => {
    const rules = defaultSegmentRules(3);
    expect(rules[0]).toMatchObject({ key: 'champions', R: { min: 3, max: 3 } });
    expect(rules[9]).toMatchObject({ key: 'lost', R: { min: 1, max: 1 }, F: { min: 1, max: 3 } });
  });
});
