// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import QuadrantChart from './QuadrantChart.svelte';
import { quadrants, VALUE_POTENTIAL_KEYS } from '../../domain/models/quadrants';
import { QUADRANT_COLORS } from '../../components/palette';

// Four customers, one per quadrant at thresholds (x 10, y 5): codes 0, 1, 2, 3.
const xs = Float64Array.of(20, 20, 1, 1);
const ys = Float64Array.of(9, 1, 9, 1);
const ids = ['a', 'b', 'c', 'd'];

function props(result: ReturnType<typeof quadrants>) {
  return {
    idPrefix: 't',
    xs,
    ys,
    ids,
    result,
    keys: VALUE_POTENTIAL_KEYS,
    xTitle: 'Value',
    yTitle: 'Potential',
    xHandle: 'Value threshold',
    yHandle: 'Potential threshold',
    scaleMode: 'linear' as const,
    deltas: [null, null, null, null],
    onchange: () => {},
    onstart: () => {},
    onend: () => {},
  };
}

const quadrantsOf = (container: HTMLElement) => Array.from(container.querySelectorAll('path.point'), (p) => p.getAttribute('data-quadrant'));

describe('QuadrantChart marks', () => {
  afterEach(cleanup);

  it('keep their elements over a threshold drag and take each new class, also from a reused labels array', () => {
    const labels = new Uint8Array(4);
    const { container, rerender } = render(QuadrantChart, { props: props(quadrants(xs, ys, xs, 10, 5, labels)) });
    expect(quadrantsOf(container)).toEqual(['0', '1', '2', '3']);
    const marks = Array.from(container.querySelectorAll('path.point'));

    // A drag frame: the x line past everyone, labels written into the same array, a new result.
    rerender(props(quadrants(xs, ys, xs, 50, 5, labels)));
    flushSync();
    expect(quadrantsOf(container)).toEqual(['2', '3', '2', '3']);
    // The same elements (positions did not change), so their CSS transition can run.
    expect(Array.from(container.querySelectorAll('path.point'))).toEqual(marks);
    expect(marks.map((m) => m.getAttribute('fill'))).toEqual([2, 3, 2, 3].map((q) => QUADRANT_COLORS[q]));
  });

  it('leave out a customer without a value (NaN: no model estimate) and say so under the chart', () => {
    const withGap = Float64Array.of(9, 1, Number.NaN, 1);
    const { container } = render(QuadrantChart, { props: { ...props(quadrants(xs, withGap, xs, 10, 5)), ys: withGap } });
    // c (NaN) is counted low (quadrant 3 with d) but has no mark.
    expect(quadrantsOf(container)).toEqual(['0', '1', '3']);
    expect(container.querySelector('figcaption')!.textContent).toContain('Not drawn: the 1 customers without a value here (they count as low).');
  });
});
