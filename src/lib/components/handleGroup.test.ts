import { describe, expect, it } from 'vitest';
import { HandleGroup, pickByDirection, type GroupMember } from './handleGroup';

/** A handle on a horizontal axis at screen x = px, with a value. */
function member(name: string, value: number, px: number): GroupMember & { name: string } {
  return { name, value: () => value, distance: (x) => Math.abs(x - px), start() {}, drag() {}, end() {} };
}

describe('coinciding handles', () => {
  // Two F edges both at 1 (drawn at x = 100) and a third edge at 2 (x = 130).
  const group = new HandleGroup();
  const a = member('edge1', 1, 100);
  const b = member('edge2', 1, 100);
  const c = member('edge3', 2, 130);
  group.add(a);
  group.add(b);
  const removeC = group.add(c);

  it('a press picks the nearest handle, or all that are equally near', () => {
    expect(group.nearest(127, 0)).toEqual([c]);
    expect(group.nearest(104, 0)).toEqual([a, b]);
    // 1 px nearer is still "equally near": the two lines are drawn on top of each other.
    expect(group.nearest(101, 0).map((m) => (m as typeof a).name)).toEqual(['edge1', 'edge2']);
  });

  it('the drag direction decides: up takes the last of equals, down the first', () => {
    expect(pickByDirection([a, b], 1)).toBe(b);
    expect(pickByDirection([a, b], -1)).toBe(a);
    // Different values: the higher one goes up, whatever the order given.
    expect(pickByDirection([c, a], 1)).toBe(c);
    expect(pickByDirection([c, a], -1)).toBe(a);
  });

  it('a removed handle is no longer picked', () => {
    removeC();
    expect(group.nearest(130, 0)).toEqual([a, b]);
  });
});
