import { describe, expect, it } from 'vitest';
import { filterPositions, idColumn, pageSlice, searchText, sortedPositions } from './tableModel';

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
