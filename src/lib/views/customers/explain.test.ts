import { describe, expect, it } from 'vitest';
import { scoreOf } from '../../domain/models/scores';
import { tierOf } from '../../domain/models/pyramid';
import { DEFAULT_SEGMENT_RULES, matchSegment } from '../../domain/models/segments';
import { lifecycleReason, scoreReason, segmentReason, thresholdReason, tierReason } from './explain';
import { filterPositions, idColumn, pageSlice, searchText, sortedPositions } from './tableModel';

describe('threshold reasons', () => {
  it('R is High at or below the threshold', () => {
    expect(thresholdReason('recency', 12, 45.3, { method: 'mean' }, 5)).toEqual({
      high: true,
      ref: { key: 'customers.why.recency.high', params: { value: 12, threshold: 45.3, method: 'customers.method.mean' } },
    });
    expect(thresholdReason('recency', 45.3, 45.3, { method: 'mean' }, 5).high).toBe(true);
    expect(thresholdReason('recency', 46, 45.3, { method: 'median' }, 2).high).toBe(false);
  });
  it('F and M are High at or above the threshold', () => {
    expect(thresholdReason('frequency', 4.8, 4.8, { method: 'mean' }, 3).high).toBe(true);
    expect(thresholdReason('monetary', 100, 1311.375, { method: 'custom', value: 1311.375 }, 1).ref.key).toBe('customers.why.monetary.low');
  });
  it('a score cut compares the score', () => {
    expect(thresholdReason('frequency', 1, null, { method: 'score', value: 3 }, 2)).toEqual({
      high: false,
      ref: { key: 'customers.why.scoreCut.low', params: { dim: 'F', score: 2, cut: 3 } },
    });
  });
});

describe('score reasons agree with the scoring rule', () => {
  const edges = [2, 4, 4, 9];
  for (const v of [1, 2, 3, 4, 5, 9, 10]) {
    it(`F = ${v}`, () => {
      const s = scoreOf('frequency', v, edges);
      const ref = scoreReason('frequency', v, edges, s);
      const p = ref.params!;
      if (p.lower !== undefined) expect(v).toBeGreaterThan(Number(p.lower));
      if (p.upper !== undefined) expect(v).toBeLessThanOrEqual(Number(p.upper));
      expect(p.score).toBe(s);
    });
  }
  it('R uses the same band with the score reversed', () => {
    const s = scoreOf('recency', 3, edges);
    expect(s).toBe(4);
    expect(scoreReason('recency', 3, edges, s)).toEqual({
      key: 'customers.why.score.between', params: { dim: 'R', value: 3, score: 4, lower: 2, upper: 4 },
    });
  });
});

describe('tier, segment and lifecycle reasons', () => {
  it('tiers follow tierOf', () => {
    const b = [1000, 300];
    expect(tierReason(1500, b, tierOf(1500, b), 'high').key).toBe('customers.why.tier.top');
    expect(tierReason(300, b, tierOf(300, b), 'medium').params).toMatchObject({ boundary: 300, above: 1000 });
    expect(tierReason(10, b, tierOf(10, b), 'low').key).toBe('customers.why.tier.bottom');
  });
  it('segment names the first matching rule', () => {
    const rules = [...DEFAULT_SEGMENT_RULES];
    const label = matchSegment(rules, 5, 5, 5);
    expect(segmentReason(rules, label, 5, 5, 5).params).toMatchObject({ rule: 1, segment: 'segment.champions', rRange: '5' });
    expect(segmentReason(rules, rules.length, 1, 1, 1).params).toMatchObject({ segment: 'segment.others' });
  });
  it('lifecycle says which rule applied', () => {
    const s = { acquisitionDays: 90, maturityDays: 365, churnDays: 180 };
    expect(lifecycleReason(3, 200, 2, 400, 3, s).key).toBe('customers.why.lifecycle.churn');
    expect(lifecycleReason(1, 20, 2, 200, 3, s).params).toMatchObject({ from: 90, to: 365 });
    expect(lifecycleReason(2, 20, 5, null, 3, s).key).toBe('customers.why.lifecycle.maturityNoTenure');
  });
});

describe('table model', () => {
  it('sorts numeric ids as numbers and keeps ties stable', () => {
    const col = idColumn(['10', '2', '33']);
    expect([...sortedPositions(3, col, 'ascending')]).toEqual([1, 0, 2]);
    expect(idColumn(['K1', '2']).kind).toBe('text');
    const tie = { kind: 'number' as const, values: [1, 1, 0] };
    expect([...sortedPositions(3, tie, 'descending')]).toEqual([0, 1, 2]);
  });
  it('filters by id or name and pages', () => {
    const hay = searchText(['101', '102'], ['Alice Wang', 'Ben Zhang']);
    const order = sortedPositions(2, idColumn(['101', '102']), 'ascending');
    expect([...filterPositions(order, hay, 'zhang')]).toEqual([1]);
    expect([...filterPositions(order, hay, '10')]).toEqual([0, 1]);
    expect([...pageSlice(order, 1, 1)]).toEqual([1]);
  });
  // Speed belongs to `npm run bench`; here the large sort must be right: descending, ties in index order.
  it('sorts 100,000 customers, descending with stable ties', () => {
    const n = 100_000;
    const values = new Float64Array(n).map((_, i) => (i * 7919) % 1000);
    const order = sortedPositions(n, { kind: 'number', values }, 'descending');
    expect(order.length).toBe(n);
    expect(new Set(order).size).toBe(n);
    // 7919 is prime to 1000, so each value 0..999 occurs exactly 100 times.
    expect(values[order[0]]).toBe(999);
    expect(values[order[n - 1]]).toBe(0);
    for (let j = 1; j < n; j++) {
      const a = order[j - 1];
      const b = order[j];
      if (values[a] < values[b] || (values[a] === values[b] && a > b)) throw new Error(`out of order at ${j}: ${a}, ${b}`);
    }
  });
});
