// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import RfmView from '../RfmView.svelte';
import { requireClientSvelte } from '../requireClientSvelte';
import { locale } from '../../i18n/locale.svelte';
import { defaultLensSettings } from '../../domain/models/analysis';
import type { CustomerTable, IngestReport } from '../../domain/types';
import { newClassroom, renderIn } from '../testClassroom';

function load(n = 60) {
  const ids: string[] = [];
  const R = new Float64Array(n);
  const F = new Float64Array(n);
  const M = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ids.push(`C${i}`);
    R[i] = 1 + ((i * 37) % 300);
    F[i] = 1 + (i % 7);
    M[i] = 10 + ((i * 53) % 97) * 10;
  }
  const dataset: CustomerTable = { shape: 'customers', customerIds: ids, recency: R, frequency: F, monetary: M };
  workspace.setDataset(dataset, { frequencyRule: 'given', warnings: [], skipped: [] } as unknown as IngestReport, 'test');
  workspace.rfmMode = 'eight';
}

// A fresh classroom per test: nothing to reset between tests.
let classroom = newClassroom();
let { workspace } = classroom;
beforeEach(() => {
  classroom = newClassroom();
  ({ workspace } = classroom);
});

describe('RFM view', () => {
  beforeAll(() => requireClientSvelte(RfmView));
  beforeEach(() => {
    workspace.dataset = null;
    workspace.settings = defaultLensSettings(5);
  });
  afterEach(() => {
    cleanup();
    locale.set('en', false);
  });

  it('asks for data when none is loaded', () => {
    renderIn(classroom, RfmView);
    expect(screen.getByTestId('rfm-no-data')).toBeTruthy();
  });

  it('shows the eight classes, the handles and the score counts', () => {
    load();
    renderIn(classroom, RfmView);
    const table = screen.getByTestId('eight-class-table');
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    const total = [...table.querySelectorAll('td[data-count]')].reduce((s, td) => s + Number(td.getAttribute('data-count')), 0);
    expect(total).toBe(60);
    for (const name of ['Recency threshold', 'Frequency threshold', 'Monetary threshold', 'Recency score edge 2', 'Monetary score edge 4']) {
      expect(screen.getByRole('slider', { name })).toBeTruthy();
    }
    expect(screen.getByTestId('score-counts-recency').querySelectorAll('li')).toHaveLength(5);
  });

  it('sliders speak their value with its unit and meaning, in both languages', () => {
    load();
    renderIn(classroom, RfmView);
    // Mean of R = 1 + (37 i mod 300) over i < 60 is 147.5 (numpy).
    expect(screen.getByRole('slider', { name: 'Recency threshold' }).getAttribute('aria-valuetext')).toBe('147.5 days (the mean of all customers)');
    locale.set('zh', false);
    flushSync();
    const zh = screen.getByRole('slider', { name: '最近一次消费阈值' }).getAttribute('aria-valuetext')!;
    expect(zh.startsWith('147.5 天（')).toBe(true);
  });

  it('keys on a threshold set a custom amount; keys on an edge write the whole sorted edge array', async () => {
    load();
    renderIn(classroom, RfmView);
    const threshold = screen.getByRole('slider', { name: 'Monetary threshold' });
    await fireEvent.keyDown(threshold, { key: 'PageUp' });
    expect(workspace.settings.thresholds.monetary.method).toBe('custom');
    const edge = screen.getByRole('slider', { name: 'Frequency score edge 1' });
    await fireEvent.keyDown(edge, { key: 'End' });
    const edges = workspace.settings.customEdges.frequency!;
    expect(edges).toHaveLength(4);
    expect([...edges].sort((a, b) => a - b)).toEqual(edges);
    await fireEvent.click(screen.getAllByRole('button', { name: /Reset to quantiles/ })[1]);
    expect(workspace.settings.customEdges.frequency).toBeUndefined();
  });

  it('switches to named segments with an editable rule table, in Chinese too', async () => {
    load();
    renderIn(classroom, RfmView);
    await fireEvent.click(screen.getByLabelText('Named segments'));
    expect(workspace.rfmMode).toBe('segments');
    flushSync();
    expect(screen.getByTestId('segment-table')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Move Potential Loyalist up' }));
    expect(workspace.settings.segmentRules![0].key).toBe('potentialLoyalist');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset rules to defaults' }));
    expect(workspace.settings.segmentRules).toBeNull();
    locale.set('zh', false);
    flushSync();
    expect(screen.getByText('细分规则（默认），自上而下检查')).toBeTruthy();
  });
});
