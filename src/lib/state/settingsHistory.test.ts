import { describe, expect, it } from 'vitest';
import { History } from './settingsHistory';

describe('History', () => {
  it('undoes and redoes in order; a new change drops the redo', () => {
    const h = new History<number>();
    let v = 1;
    const set = (n: number) => {
      h.record(v);
      v = n;
    };
    set(2);
    set(3);
    expect([h.canUndo, h.canRedo]).toEqual([true, false]);
    v = h.undo(v)!;
    expect(v).toBe(2);
    v = h.undo(v)!;
    expect(v).toBe(1);
    expect(h.undo(v)).toBeNull();
    v = h.redo(v)!;
    expect(v).toBe(2);
    set(7);
    expect(h.canRedo).toBe(false);
    v = h.undo(v)!;
    expect(v).toBe(2);
    v = h.undo(v)!;
    expect(v).toBe(1);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const h = new History<number>(3);
    for (let i = 0; i < 5; i++) h.record(i);
    expect([h.undo(9), h.undo(9), h.undo(9), h.undo(9)]).toEqual([4, 3, 2, null]);
  });

  it('clear forgets both ways', () => {
    const h = new History<string>();
    h.record('a');
    h.undo('b');
    h.clear();
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });
});
