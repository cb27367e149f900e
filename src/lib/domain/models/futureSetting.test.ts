/** The future-value model's settings: pure operations, the calibration end, and the stored-record check. */
import { describe, expect, it } from 'vitest';
import { calibrationEndFor, DEFAULT_FUTURE_SETTING, withDefaultFuture, withDiscountRate, withFutureWeeks } from './settings';
import { futureSetting } from './settingsSchema';
import { isoToDay } from '../days';

describe('future settings operations', () => {
  it('whole weeks within range; the same object when nothing changes', () => {
    const s = DEFAULT_FUTURE_SETTING;
    expect(withFutureWeeks(s, 'holdoutWeeks', 12.4)).toEqual({ ...s, holdoutWeeks: 12 });
    expect(withFutureWeeks(s, 'holdoutWeeks', -3).holdoutWeeks).toBe(0);
    expect(withFutureWeeks(s, 'horizonWeeks', 0).horizonWeeks).toBe(1);
    expect(withFutureWeeks(s, 'horizonWeeks', 9999).horizonWeeks).toBe(520);
    expect(withFutureWeeks(s, 'horizonWeeks', 52)).toBe(s);
    expect(withFutureWeeks(s, 'horizonWeeks', Number.NaN)).toBe(s);
    expect(withDiscountRate(s, 0.1).annualDiscountRate).toBe(0.1);
    expect(withDiscountRate(s, 3).annualDiscountRate).toBe(0.99);
    expect(withDiscountRate(s, -1)).toBe(s);
    expect(withDiscountRate(s, Number.POSITIVE_INFINITY)).toBe(s);
  });

  it('back to the defaults: a new object when anything differs, the same one when nothing does', () => {
    const changed = { holdoutWeeks: 26, horizonWeeks: 39, annualDiscountRate: 0.1 };
    expect(withDefaultFuture(changed)).toEqual({ holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 });
    expect(withDefaultFuture({ ...DEFAULT_FUTURE_SETTING, annualDiscountRate: 0.05 })).toEqual(DEFAULT_FUTURE_SETTING);
    const atDefaults = { holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 };
    expect(withDefaultFuture(atDefaults)).toBe(atDefaults);
  });

  it('the calibration end is the last counted day, less the holdout', () => {
    // Analysis date 2025-01-01 counts up to 2024-12-31; 2 weeks back is 2024-12-17.
    expect(calibrationEndFor(isoToDay('2025-01-01')!, 0)).toBe(isoToDay('2024-12-31'));
    expect(calibrationEndFor(isoToDay('2025-01-01')!, 2)).toBe(isoToDay('2024-12-17'));
    expect(calibrationEndFor(null, 2)).toBeNull();
  });

  it('a stored setting is checked field by field', () => {
    expect(futureSetting(DEFAULT_FUTURE_SETTING, 'future')).toBeNull();
    expect(futureSetting({ ...DEFAULT_FUTURE_SETTING, horizonWeeks: 0 }, 'future')?.params?.field).toBe('future.horizonWeeks');
    expect(futureSetting({ ...DEFAULT_FUTURE_SETTING, holdoutWeeks: 1.5 }, 'future')?.params?.field).toBe('future.holdoutWeeks');
    expect(futureSetting({ ...DEFAULT_FUTURE_SETTING, annualDiscountRate: 1 }, 'future')?.key).toBe('valid.between');
    expect(futureSetting('x', 'future')?.key).toBe('valid.object');
  });
});
