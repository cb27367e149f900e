// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CountAnnouncer from './CountAnnouncer.svelte';
import { countChanges } from './countChanges';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rows = (a: number, b: number) => [
  { key: 'important-value', name: 'Important value', customers: a },
  { key: 'general-value', name: 'General value', customers: b },
];

describe('count announcements', () => {
  it('a drag is one announcement once the counts rest, naming only the classes that moved', async () => {
    vi.useFakeTimers();
    const view = render(CountAnnouncer, { caption: 'Eight classes', rows: rows(606, 100), total: 706 });
    const region = view.container.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    // A drag: several intermediate counts in quick succession, none spoken.
    for (const a of [500, 400, 256]) {
      await view.rerender({ caption: 'Eight classes', rows: rows(a, 706 - a), total: 706 });
      vi.advanceTimersByTime(300);
      flushSync();
      expect(region.textContent).toBe('');
    }
    vi.advanceTimersByTime(1000);
    flushSync();
    // English catalog wording from common.ts: '{caption}: {changes}', '{name} {from} → {to}', '; '.
    expect(region.textContent).toBe('Eight classes: Important value 606 → 256; General value 100 → 450');
  });

  it('a new dataset (other total) or other classes are no movement', () => {
    const a = { keys: ['x', 'y'], counts: [1, 2], total: 3 };
    expect(countChanges(a, { keys: ['x', 'y'], counts: [2, 3], total: 5 })).toEqual([]);
    expect(countChanges(a, { keys: ['x', 'z'], counts: [2, 1], total: 3 })).toEqual([]);
    expect(countChanges(a, { keys: ['x', 'y'], counts: [2, 1], total: 3 })).toEqual([
      { index: 0, from: 1, to: 2 },
      { index: 1, from: 2, to: 1 },
    ]);
  });
});
