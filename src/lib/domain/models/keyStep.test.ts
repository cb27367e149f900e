import { describe, expect, it } from 'vitest';
import { keyStepFrom } from './quadrantLayout';

describe('quadrant threshold arrow keys', () => {
  it('log axis: two significant digits of the value, so a key and its opposite return', () => {
    // Worked by hand: 351 has magnitude 10^2, step 10^1.
    expect(keyStepFrom(351, 1, 'log', 1000, 0.01)).toBe(361);
    expect(keyStepFrom(361, -1, 'log', 1000, 0.01)).toBe(351);
    // Across a decade: down from 1,000 enters the hundreds (step 10), up from 990 returns.
    expect(keyStepFrom(1000, -1, 'log', 1000, 0.01)).toBe(990);
    expect(keyStepFrom(990, 1, 'log', 1000, 0.01)).toBe(1000);
    expect(keyStepFrom(1000, 1, 'log', 1000, 0.01)).toBe(1100);
    // Small and negative values (returns) and zero.
    expect(keyStepFrom(0.5, 1, 'log', 1000, 0.001)).toBe(0.51);
    expect(keyStepFrom(0, 1, 'log', 1000, 0.01)).toBe(0.01);
    expect(keyStepFrom(-351, 1, 'log', 1000, 0.01)).toBe(-341);
    expect(keyStepFrom(-341, -1, 'log', 1000, 0.01)).toBe(-351);
  });

  it('linear axis: the drag grid step, unsnapped, so 351 → 1,351 → 351', () => {
    expect(keyStepFrom(351, 1, 'linear', 1000, 0.01)).toBe(1351);
    expect(keyStepFrom(1351, -1, 'linear', 1000, 0.01)).toBe(351);
    expect(keyStepFrom(0.3, 1, 'linear', 0.1, 0.001)).toBe(0.4);
  });
});
