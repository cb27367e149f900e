// @vitest-environment jsdom
/**
 * The customer card's predicted future: the model inputs x, t_x, T worked by hand from the
 * rows, P(alive) by the closed form from the fitted parameters, in both languages; a
 * customer table shows no model section.
 */
import { cleanup, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import CustomerCard from './CustomerCard.svelte';
import { requireClientSvelte } from '../requireClientSvelte';
import { locale } from '../../i18n/locale.svelte';
import type { CustomerTable, IngestReport } from '../../domain/types';
import { FutureModel } from '../../state/future.svelte';
import { directRunner } from '../../state/futureRunner';
import { futureTable } from '../../state/futureFixture';
import { newClassroom, renderIn } from '../testClassroom';

const report = { warnings: [], skipped: [] } as unknown as IngestReport;

async function cardFor(id: string) {
  const classroom = newClassroom();
  const model = classroom.part('future', (c) => new FutureModel(c.workspace, directRunner));
  classroom.workspace.setDataset(futureTable(), report, 'future.csv');
  flushSync();
  renderIn(classroom, CustomerCard, { id });
  for (let i = 0; i < 50 && model.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 0));
  flushSync();
  return model;
}

afterEach(() => {
  cleanup();
  void locale.set('en', false);
});

describe('customer card: predicted future', () => {
  beforeAll(() => requireClientSvelte(CustomerCard));

  it('shows P(alive), expected transactions and future value with x, t_x and T', async () => {
    const model = await cardFor('Q');
    expect(model.status).toBe('ready');
    // Q: first 12 Jan, repeats 2 Feb and 23 Feb 2024; calibration end 31 Dec 2024 (the last day in the data).
    expect(screen.getByTestId('card-inputs').textContent).toBe(
      'From x = 2 repeat transactions, t_x = 6 weeks (first to last transaction) and T = 50.57 weeks (first transaction to the calibration end, 31 Dec 2024).',
    );
    // P(alive) = 1 / (1 + a/(b + x - 1) ((alpha + T)/(alpha + t_x))^(r + x)), Fader, Hardie and Lee (2005), eq. 11.
    const { r, alpha, a, b } = model.result!.bgnbd.params;
    const p = 1 / (1 + (a / (b + 1)) * ((alpha + 354 / 7) / (alpha + 6)) ** (r + 2));
    expect(screen.getByTestId('card-p-alive').textContent).toBe(locale.fmtPercent(p, 1));
    const f = model.forCustomer('Q')!;
    expect(screen.getByTestId('card-expected').textContent).toBe(locale.fmtNumber(f.expectedTransactions, { maximumFractionDigits: 2 }));
    expect(screen.getByTestId('card-future-value').textContent).toBe(locale.fmtMoney(f.futureValue));
    expect(screen.getByText('Future value over the next 52 weeks')).toBeTruthy();
  });

  it('reads in Chinese', async () => {
    await locale.set('zh', false);
    await cardFor('S');
    expect(screen.getByText('未来预测（模型）')).toBeTruthy();
    expect(screen.getByText('存活概率 P(alive)')).toBeTruthy();
    // S bought once (14 Jun): x = 0, t_x = 0, T = 200 days; never repeating says nothing of leaving.
    expect(screen.getByTestId('card-inputs').textContent).toContain('x = 0 次，t_x = 0 周');
    expect(screen.getByTestId('card-inputs').textContent).toContain('T = 28.57 周');
    expect(screen.getByTestId('card-p-alive').textContent).toBe(locale.fmtPercent(1, 1));
  });

  it('has no model section for a customer table', () => {
    const classroom = newClassroom();
    const dataset: CustomerTable = { shape: 'customers', customerIds: ['a', 'b'], recency: Float64Array.of(3, 9), frequency: Float64Array.of(2, 1), monetary: Float64Array.of(50, 20) };
    classroom.workspace.setDataset(dataset, report, 'customers.csv');
    flushSync();
    renderIn(classroom, CustomerCard, { id: 'a' });
    expect(screen.queryByTestId('card-future')).toBeNull();
  });
});
