// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LifecycleAliveTable from './LifecycleAliveTable.svelte';
import { lifecycleByPAlive } from '../../domain/future';
import { isoToDay } from '../../domain/days';

const end = isoToDay('2024-07-02')!;
const cells = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent!.trim()));

describe('LifecycleAliveTable', () => {
  afterEach(cleanup);

  it('marks the cells where the rule and the model disagree with ⚠ and words, and hides an empty "not in the model" column', () => {
    // Table customers 0..3, all in the model: churn with P 0.9 (disagree), growth with P 0.1 (disagree), maturity 0.5, churn 0.2.
    const cross = lifecycleByPAlive([3, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0.9, 0.1, 0.5, 0.2], 4);
    const { container, getByTestId } = render(LifecycleAliveTable, { props: { cross, churnDays: 180, calibrationEnd: end } });
    expect(getByTestId('lifecycle-alive-table').querySelectorAll('thead th')).toHaveLength(5);
    expect(cells(container)).toEqual([
      ['0', '0', '0', '0'],
      ['⚠ 1 (rule and model disagree)', '0', '0', '1'],
      ['0', '1', '0', '1'],
      ['1', '0', '⚠ 1 (rule and model disagree)', '2'],
    ]);
    expect(container.querySelectorAll('.flagged')).toHaveLength(2);
    expect(container.textContent).toContain('1 customers the rule calls churned, the model thinks likely alive');
  });

  it('shows the "not in the model" column when someone is outside it', () => {
    const cross = lifecycleByPAlive([0, 3], [0, 1], [1], [0.8], 2);
    const { getByTestId } = render(LifecycleAliveTable, { props: { cross, churnDays: 180, calibrationEnd: end } });
    const heads = Array.from(getByTestId('lifecycle-alive-table').querySelectorAll('thead th'), (th) => th.textContent!.trim());
    expect(heads).toContain('Not in the model');
    expect(cells(getByTestId('lifecycle-alive-table'))[0]).toEqual(['0', '0', '0', '1', '1']);
  });
});
