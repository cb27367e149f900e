import { describe, expect, it } from 'vitest';
import { freezeRows, lensesOfView, type LensCounts } from './freezeLens';

const lens = (keys: string[], counts: number[]): LensCounts => ({ classes: keys.map((key) => ({ key, messageKey: `tier.${key}` })), counts });

describe('lensesOfView', () => {
  it('follows the view on screen', () => {
    expect(lensesOfView('rfm', 'eight', 'pyramid')).toEqual(['eight']);
    expect(lensesOfView('rfm', 'segments', 'pyramid')).toEqual(['segments']);
    expect(lensesOfView('pyramid', 'eight', 'eight')).toEqual(['pyramid']);
    expect(lensesOfView('quadrants', 'eight', 'eight')).toEqual(['valuePotential', 'currentFuture', 'lifecycle']);
    expect(lensesOfView('movement', 'eight', 'lifecycle')).toEqual(['lifecycle']);
  });
  it('a view without a lens keeps the previous one, else the eight classes', () => {
    expect(lensesOfView('customers', 'eight', 'eight', 'pyramid')).toEqual(['pyramid']);
    expect(lensesOfView('data', 'eight', 'eight')).toEqual(['eight']);
    expect(lensesOfView('trainer', 'eight', 'eight', 'trainer')).toEqual(['eight']);
  });
});

describe('freezeRows', () => {
  it('differences by class key', () => {
    // Worked by hand: gold 10 → 12 (+2), silver 30 → 25 (−5), bronze 60 → 63 (+3).
    const rows = freezeRows(lens(['gold', 'silver', 'bronze'], [10, 30, 60]), lens(['gold', 'silver', 'bronze'], [12, 25, 63]));
    expect(rows.map((r) => [r.key, r.index, r.now, r.delta])).toEqual([
      ['gold', 0, 12, 2],
      ['silver', 1, 25, -5],
      ['bronze', 2, 63, 3],
    ]);
  });
  it('a class added since counts whole; one removed since shows at 0', () => {
    const rows = freezeRows(lens(['a', 'others'], [4, 6]), lens(['b', 'others'], [3, 7]));
    expect(rows.map((r) => [r.key, r.index, r.now, r.delta])).toEqual([
      ['b', 0, 3, 3],
      ['others', 1, 7, 1],
      ['a', -1, 0, -4],
    ]);
  });
  it('nothing frozen for this lens: every class counts as new', () => {
    expect(freezeRows(undefined, lens(['x'], [5])).map((r) => r.delta)).toEqual([5]);
  });
});
