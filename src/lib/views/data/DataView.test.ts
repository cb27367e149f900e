// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, beforeEach, vi } from 'vitest';
import DataView from '../DataView.svelte';
import { requireClientSvelte } from '../requireClientSvelte';
import CustomersView from '../CustomersView.svelte';
import { locale } from '../../i18n/locale.svelte';
import { newClassroom, renderIn } from '../testClassroom';

const classroomCsv = () => new Uint8Array(readFileSync(resolve(__dirname, '../../../../samples/classroom.csv')));

// A fresh classroom per test: nothing to reset between tests.
let classroom = newClassroom();
let { workspace, loader } = classroom;
beforeEach(() => {
  classroom = newClassroom();
  ({ workspace, loader } = classroom);
});

describe('Data and Customers views', () => {
  beforeAll(() => requireClientSvelte(DataView));
  afterEach(() => {
    cleanup();
    locale.set('en', false);
  });

  it('has a file input named with "CSV" in both languages', () => {
    renderIn(classroom, DataView);
    const input = screen.getByLabelText(/CSV/);
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toContain('.csv');
    locale.set('zh', false);
    flushSync();
    expect(screen.getByLabelText('选择 CSV 文件').getAttribute('type')).toBe('file');
  });

  it('shows the mapping step, then the report; a broken file shows an alert and keeps the data', async () => {
    renderIn(classroom, DataView);
    await loader.loadBytes(classroomCsv(), 'classroom.csv');
    flushSync();
    expect(screen.getByTestId('mapping-step')).toBeTruthy();
    expect(screen.getByLabelText('Role of column 4 (order_date)')).toBeTruthy();
    await loader.confirmMapping();
    flushSync();
    expect(screen.getByTestId('rows-read').textContent).toBe('197');
    expect(screen.getByTestId('current-dataset').textContent).toContain('classroom.csv');

    await loader.loadBytes(new TextEncoder().encode('customer_id,order_date,amount\n1,x,1\n'), 'bad.csv');
    await loader.confirmMapping();
    flushSync();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('bad.csv');
    expect(alert.textContent).toContain('line 2, column 2');
    expect(alert.textContent).toContain('classroom.csv');
    expect(workspace.datasetName).toBe('classroom.csv');
  });

  it('lists customers with sortable headers and explains a selected one', async () => {
    await loader.loadBytes(classroomCsv(), 'classroom.csv');
    await loader.confirmMapping();
    renderIn(classroom, CustomersView);
    const header = screen.getByRole('button', { name: 'M' }).closest('th')!;
    expect(header.getAttribute('aria-sort')).toBe('none');
    screen.getByRole('button', { name: 'M' }).click();
    flushSync();
    expect(header.getAttribute('aria-sort')).toBe('descending');
    screen.getByRole('button', { name: 'Show why customer 108 is classified this way' }).click();
    flushSync();
    const card = document.querySelector('.customer-card')!;
    expect(card.textContent).toContain('R = 1 days ≤ threshold 137.6 (mean) → recent (High)');
    expect(card.textContent).toContain('HHH');
  });

  it('picking the customer already shown brings the card back into sight, smoothly unless motion is reduced', async () => {
    await loader.loadBytes(classroomCsv(), 'classroom.csv');
    await loader.confirmMapping();
    const scrolls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    // jsdom does not scroll (it has no scrollIntoView): record what the view asks for.
    Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions | boolean) {
      if (this.classList.contains('card-slot')) scrolls.push(options);
    };
    const matchMedia = window.matchMedia;
    let reduce = false;
    window.matchMedia = ((query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' })) as typeof window.matchMedia;
    try {
      renderIn(classroom, CustomersView);
      const pick = () => screen.getByRole('button', { name: 'Show why customer 108 is classified this way' }).click();
      pick();
      await vi.waitFor(() => expect(scrolls).toHaveLength(1));
      // The same customer again (nothing in the workspace changes), now with reduced motion.
      reduce = true;
      pick();
      await vi.waitFor(() => expect(scrolls).toHaveLength(2));
      expect(workspace.selectedCustomer).toBe('108');
      expect(scrolls).toEqual([
        { block: 'nearest', behavior: 'smooth' },
        { block: 'nearest', behavior: 'auto' },
      ]);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
      window.matchMedia = matchMedia;
    }
  });
});
