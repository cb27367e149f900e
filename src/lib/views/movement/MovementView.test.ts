// @vitest-environment jsdom
import { cleanup, waitFor, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import MovementView from '../MovementView.svelte';
import ExportCustomersButton from '../../export/ExportCustomersButton.svelte';
import { requireClientSvelte } from '../requireClientSvelte';
import { withCustomThreshold } from '../../domain/models/settings';
import { locale } from '../../i18n/locale.svelte';
import { transactionTable } from '../../domain/models/testTable';
import type { IngestReport } from '../../domain/types';
import { newClassroom, renderIn } from '../testClassroom';
import { futureTable } from '../../state/futureFixture';
import { labelSide } from '../../domain/models/compare';
import { isoToDay } from '../../domain/days';

// The table of compare.test.ts: at 2024-04-01 vs 2024-07-01, B and F slip from HHH (early warning).
const rows = [
  ['A', '2024-01-10', 500], ['A', '2024-03-20', 500], ['A', '2024-05-10', 500], ['A', '2024-06-20', 500],
  ['B', '2024-01-15', 400], ['B', '2024-02-15', 400], ['B', '2024-03-25', 400],
  ['C', '2024-05-01', 20], ['C', '2024-06-30', 30],
  ['D', '2024-02-01', 30], ['D', '2024-06-01', 30],
  ['E', '2024-01-01', 10],
  ['F', '2024-03-28', 450], ['F', '2024-03-30', 450],
  ['G', '2024-06-10', 1500],
] as const;

// A fresh classroom per test: nothing to reset between tests.
let classroom = newClassroom();
let { workspace, movement } = classroom;
beforeEach(() => {
  classroom = newClassroom();
  ({ workspace, movement } = classroom);
});

describe('Movement view', () => {
  beforeAll(() => requireClientSvelte(ExportCustomersButton));
  beforeEach(() => {
    const table = transactionTable(rows.map(([customer, date, amount]) => ({ customer, date, amount })));
    workspace.setDataset(table, {} as IngestReport, 'test.csv');
    workspace.view = 'movement';
    Object.assign(movement, { mode: 'dates', earlierDay: null, lens: 'eight', cellFrom: null, cellTo: null, onlyMovers: false });
  });
  afterEach(() => {
    cleanup();
    locale.set('en', false);
  });

  it('compares with one quarter earlier: matrix, totals, early warning, movers, open a customer', async () => {
    renderIn(classroom, MovementView);
    const matrix = screen.getByTestId('transition-matrix');
    expect(within(matrix).getByText(/rows are the class at analysis date 1 Apr 2024/)).toBeTruthy();
    expect(screen.getByTestId('stayed').textContent).toBe('2');
    expect(screen.getByTestId('moved').textContent).toBe('5');
    expect(screen.getByTestId('early-warning').textContent).toContain('2 important-value customers');

    await fireEvent.click(screen.getByRole('button', { name: /^1 customers from Important value to Important to win back/ }));
    const movers = screen.getByTestId('movers');
    expect(within(movers).getAllByRole('button').map((b) => b.textContent)).toEqual(['F']);
    await fireEvent.click(within(movers).getByRole('button', { name: 'F' }));
    expect(workspace.selectedCustomer).toBe('F');
    expect(workspace.view).toBe('customers');
  });

  it('pyramid: promotions and demotions; Chinese labels', async () => {
    movement.lens = 'pyramid';
    locale.set('zh', false);
    renderIn(classroom, MovementView);
    flushSync();
    expect(screen.getByTestId('promotions').textContent).toBe('1');
    expect(screen.getByTestId('demotions').textContent).toBe('1');
    expect(screen.getByText('晋升到更高层级')).toBeTruthy();
    expect(within(screen.getByTestId('transition-matrix')).getAllByText('尚未成为客户 / 没有消费').length).toBe(1);
  });

  it('current × future value: both sides use the model estimate, the "now" side counted as on the Quadrants view', async () => {
    workspace.setDataset(futureTable(), {} as IngestReport, 't.csv');
    Object.assign(movement, { lens: 'currentFuture', earlierDay: isoToDay('2024-10-01') });
    const projection = labelSide(workspace.metrics, workspace.settings, 'currentFuture', workspace.sorted)!.counts;
    renderIn(classroom, MovementView);
    await waitFor(() => expect(screen.getByTestId('movement-future-source').textContent).toMatch(/^Future value \(model estimate\), as on the Quadrants view/), { timeout: 10_000 });
    expect(screen.getByTestId('movement-future-source').textContent).toContain('calibration end 30 Sept 2024 and 31 Dec 2024');
    expect(workspace.futureSource).toBe('model');
    const counts = [...screen.getByTestId('movement-summary').querySelectorAll('td[data-count]')].map((td) => Number(td.getAttribute('data-count')));
    expect(counts).toEqual(workspace.currentFuture!.counts);
    expect(counts).not.toEqual(projection);
  });

  it('a snapshot saved now, then a changed threshold: only F moves', async () => {
    renderIn(classroom, MovementView);
    await fireEvent.click(screen.getByLabelText('A saved snapshot with now'));
    await fireEvent.input(screen.getByLabelText('Snapshot name'), { target: { value: 'Before' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save snapshot now' }));
    expect(workspace.snapshots.map((s) => s.name)).toEqual(['Before']);
    workspace.updateSettings((s) => withCustomThreshold(s, 'monetary', 1000));
    flushSync();
    expect(screen.getByTestId('moved').textContent).toBe('1');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete snapshot "Before"' }));
    expect(workspace.snapshots).toEqual([]);
    // Its Delete button is gone: the focus is on the name field, and the status line says so.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Snapshot name')));
    expect(screen.getByText('Snapshot "Before" deleted.').getAttribute('role')).toBe('status');
  });
});

describe('ExportCustomersButton', () => {
  beforeAll(() => requireClientSvelte(ExportCustomersButton));
  it('downloads the classified customers as CSV with a BOM', async () => {
    const table = transactionTable(rows.map(([customer, date, amount]) => ({ customer, date, amount })));
    workspace.setDataset(table, {} as IngestReport, 'test.csv');
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:x');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderIn(classroom, ExportCustomersButton);
    await fireEvent.click(screen.getByRole('button', { name: 'Export customers (CSV)' }));
    expect(click).toHaveBeenCalledOnce();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer());
    // A block of # lines states the data and the thresholds; an empty line, then the table.
    expect(text.startsWith('\uFEFF# Customers\r\n# Data: test.csv · 7 customers')).toBe(true);
    const lines = text.split('\r\n');
    const header = lines.indexOf('') + 1;
    expect(lines[header].startsWith('Customer ID,Recency R (days)')).toBe(true);
    expect(lines[header + 1].startsWith('A,11,4,2000,5,5,5,HHH,Important value,Champions,High value,Growth,')).toBe(true);
    click.mockRestore();
    cleanup();
  });
});
