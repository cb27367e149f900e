// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import type { AxisThreshold } from '../../domain/models/quadrants';
import AxisMethod from './AxisMethod.svelte';

afterEach(cleanup);

function field(current: number) {
  locale.set('en', false);
  const seen: AxisThreshold[] = [];
  render(AxisMethod, { id: 'vp-y', axis: 'Potential', setting: { method: 'mean' }, current, defaultMethod: 'mean', onchange: (n: AxisThreshold) => seen.push(n) });
  return { seen, input: screen.getByRole('textbox') as HTMLInputElement };
}

describe('AxisMethod', () => {
  it('shows the line formatted, never a raw 0.477932', () => {
    expect(field(0.477932).input.value).toBe('0.48');
    cleanup();
    expect(field(1311.375).input.value).toBe('1,311.38');
  });

  it('reads a typed value with grouping as a custom line; refused text puts the line back', async () => {
    const { seen, input } = field(0.477932);
    await fireEvent.change(input, { target: { value: '1,234.5' } });
    expect(seen).toEqual([{ method: 'custom', value: 1234.5 }]);
    await fireEvent.change(input, { target: { value: 'abc' } });
    expect(seen).toHaveLength(1);
    expect(input.value).toBe('0.48');
  });
});
