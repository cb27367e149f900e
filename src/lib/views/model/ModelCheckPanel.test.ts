// @vitest-environment jsdom
import { cleanup } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ModelCheckPanel from './ModelCheckPanel.svelte';
import { newClassroom, renderIn } from '../testClassroom';
import { transactionTable } from '../../domain/models/testTable';
import { isoToDay } from '../../domain/days';
import { modelSummary, type FutureResult } from '../../domain/future';

// The hand-worked table of modelCheck.test.ts: A repeats on 8, 22 and 29 January, B on 15 January (the end).
const table = transactionTable([
  { customer: 'A', date: '2024-01-01', amount: 10 },
  { customer: 'A', date: '2024-01-08', amount: 5 },
  { customer: 'A', date: '2024-01-22', amount: 0 },
  { customer: 'A', date: '2024-01-29', amount: 8 },
  { customer: 'B', date: '2024-01-03', amount: 7 },
  { customer: 'B', date: '2024-01-15', amount: 4 },
]);
const summary = modelSummary(table, isoToDay('2024-01-15')!);
// Only what the panel reads: the summary, the parameters and the holdout's length.
const result = { summary, bgnbd: { params: { r: 1, alpha: 1, a: 2, b: 1 } }, holdout: { weeks: 2 } } as unknown as FutureResult;

const actualColumn = (el: HTMLElement) => Array.from(el.querySelectorAll('[data-testid="tracking-table"] tbody tr'), (tr) => tr.children[2].textContent);

describe('ModelCheckPanel', () => {
  afterEach(cleanup);

  it('shows the holdout, and hides what happened in it while a prediction about it is open', () => {
    const classroom = newClassroom();
    const { container, getByTestId, queryByTestId } = renderIn(classroom, ModelCheckPanel, { table, result });
    expect(actualColumn(container)).toEqual(['0', '1', '2', '3', '4']);
    expect(getByTestId('repeats-summary').textContent).toContain('made 2 repeat transactions');
    // The holdout's own transactions (A on 22 and 29 January), not the cumulative totals, carry the gap.
    expect(getByTestId('tracking-summary').textContent).toMatch(/At the end of the holdout: 4 actual, .* In the holdout itself: 2 actual, \d+ predicted \(\d/);
    expect(getByTestId('repeats-table').querySelectorAll('thead th')).toHaveLength(6);

    classroom.teaching.setConcealer('test', () => ['model.holdout']);
    flushSync();
    expect(actualColumn(container)).toEqual(['0', '1', '2']);
    expect(queryByTestId('repeats-summary')).toBeNull();
    expect(getByTestId('repeats-table').querySelectorAll('thead th')).toHaveLength(4);
    expect(getByTestId('tracking-summary').textContent).not.toContain('holdout');
    // The model's side stays: the expected bars and column.
    expect(getByTestId('repeats-chart').querySelectorAll('rect[fill="url(#repeats-hatch)"]').length).toBeGreaterThanOrEqual(8);
  });
});
