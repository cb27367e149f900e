// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import { newClassroom, renderIn } from '../testClassroom';
import BudgetCalculator from './BudgetCalculator.svelte';

afterEach(cleanup);

// 8, 12, 11 and 9 customers per quadrant; the course's split is 30 / 25 / 20 / 25 %.
function calculator(lang: 'en' | 'zh') {
  locale.set(lang, false);
  renderIn(newClassroom(), BudgetCalculator, { counts: [8, 12, 11, 9] });
  const input = screen.getByTestId('budget-total') as HTMLInputElement;
  const cells = (column: number) =>
    Array.from(screen.getByTestId('budget-table').querySelectorAll('tbody tr'), (tr) => tr.children[column].textContent);
  return { input, cells };
}

describe('BudgetCalculator', () => {
  it.each(['en', 'zh'] as const)('%s: the total is grouped like every other figure and read back from grouped text', async (lang) => {
    const { input, cells } = calculator(lang);
    expect(input.value).toBe('100,000');
    // 30 % of 100,000 over 8 customers; 20 % over 11.
    expect(cells(3)).toEqual(['30,000.00', '25,000.00', '20,000.00', '25,000.00']);
    expect(cells(4)).toEqual(['3,750.00', '2,083.33', '1,818.18', '2,777.78']);

    await fireEvent.change(input, { target: { value: '250,000' } });
    expect(input.value).toBe('250,000');
    expect(cells(3)).toEqual(['75,000.00', '62,500.00', '50,000.00', '62,500.00']);

    // A negative or unreadable total is refused: the field shows the total in force again.
    for (const text of ['-5', 'abc']) {
      await fireEvent.change(input, { target: { value: text } });
      expect(input.value).toBe('250,000');
    }
    expect(cells(3)[0]).toBe('75,000.00');
  });
});
