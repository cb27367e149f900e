// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SliderHandle from './SliderHandle.svelte';

afterEach(cleanup);

const identity = Object.assign((v: number) => v, { invert: (px: number) => px });

function handle() {
  const calls: string[] = [];
  const props = {
    label: 'Monetary threshold',
    value: 50,
    min: 0,
    max: 100,
    step: 1,
    scale: identity,
    from: 0,
    to: 100,
    onchange: (v: number) => calls.push(`change ${v}`),
    onstart: () => calls.push('start'),
    onend: () => calls.push('end'),
  };
  const view = render(SliderHandle, props);
  return { calls, view, slider: screen.getByRole('slider', { name: 'Monetary threshold' }) };
}

// A run of key presses is one undo step until the keys rest; it must not stay open after the
// focus has gone (a click on "Reset to course defaults") or the handle has gone (a step change).
describe('SliderHandle key runs', () => {
  it('key presses are one run that ends when the focus leaves the handle', async () => {
    const { calls, slider } = handle();
    await fireEvent.keyDown(slider, { key: 'ArrowUp' });
    await fireEvent.keyDown(slider, { key: 'ArrowUp' });
    expect(calls).toEqual(['start', 'change 51', 'change 51']);
    await fireEvent.blur(slider);
    expect(calls.at(-1)).toBe('end');
    // A later press starts a new run.
    await fireEvent.keyDown(slider, { key: 'ArrowDown' });
    expect(calls.slice(-2)).toEqual(['start', 'change 49']);
  });

  it('the run ends when the handle is removed, and only once', async () => {
    vi.useFakeTimers();
    try {
      const { calls, slider, view } = handle();
      await fireEvent.keyDown(slider, { key: 'PageUp' });
      view.unmount();
      expect(calls).toEqual(['start', 'change 60', 'end']);
      vi.advanceTimersByTime(2000);
      expect(calls.filter((c) => c === 'end')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a blur without key presses ends nothing', async () => {
    const { calls, slider } = handle();
    await fireEvent.blur(slider);
    expect(calls).toEqual([]);
  });
});
