/** Special functions against closed forms worked by hand and scipy.special (1.10.1). */
import { describe, expect, it } from 'vitest';
import { gammaln, hyp2f1 } from './special';

describe('hyp2f1', () => {
  it.each([
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    [1, 1, 2, 0.75, -Math.log(0.25) / 0.75],
    [1, 1, 2, 0.999, -Math.log(0.001) / 0.999],
    // a polynomial: 2F1(-2, 1.5; 3; 0.6) = 1 - 0.6 + 0.1125
    [-2, 1.5, 3, 0.6, 0.5125],
    // scipy.special.hyp2f1
    [0.5, 1.5, 2.0, 0.3, 1.1396613687192052],
    [2.243, 4.426, 3.219, 0.48, 7.9108535069006285],
    [1.7, 0.3, 2.5, 0.9, 1.4280216208683174],
    [0.2, -0.2, 1.8, 0.99, 0.9713260851727533],
    [30.24, 32.4, 32.2, 0.5, 1447612400.603691],
  ])('2F1(%f, %f; %f; %f) = %f', (a, b, c, z, want) => {
    expect(hyp2f1(a, b, c, z) / want - 1).toBeCloseTo(0, 12);
  });

  it('is NaN outside [0, 1) instead of a wrong number', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, -0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 0, 0.5)).toBeNaN();
  });
});

describe('gammaln', () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [5, Math.log(24)],
    [3.7, 1.428072326665388],
    [150.25, 601.2615040324997],
    [1e5, 1051287.7089736569],
  ])('ln Γ(%f) = %f', (x, want) => expect(gammaln(x) / want - 1).toBeCloseTo(0, 13));
});
