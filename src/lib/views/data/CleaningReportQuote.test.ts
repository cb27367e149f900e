// @vitest-environment jsdom
/** The cleaning report names both ends of an unclosed quote that swallowed lines, in both languages. */
import { cleanup, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import DataView from '../DataView.svelte';
import { requireClientSvelte } from '../requireClientSvelte';
import { locale } from '../../i18n/locale.svelte';
import { newClassroom, renderIn } from '../testClassroom';

const csv = [
  'customer_id,order_date,amount,note', // 1
  'A,2024-01-02,10,fine', // 2
  'B,2024-01-03,20,"12 inch pipe', // 3: the quote opens here
  'C,2024-01-04,30,plain', // 4: swallowed
  'D,2024-01-05,40,"ok"', // 5: swallowed up to its first quote
].join('\n') + '\n';

describe('cleaning report: an unclosed quote', () => {
  beforeAll(() => requireClientSvelte(DataView));
  afterEach(() => {
    cleanup();
    locale.set('en', false);
  });

  it('says where the quote opened and which lines it took in', async () => {
    const classroom = newClassroom();
    renderIn(classroom, DataView);
    await classroom.loader.loadBytes(new TextEncoder().encode(csv), 'notes.csv');
    await classroom.loader.confirmMapping();
    flushSync();
    const report = screen.getByTestId('cleaning-report');
    expect(report.textContent).toContain(
      'Line 3 opens a quote that is not closed on that line, so lines 4 to 5 were read into one of its cells and their rows are lost; check line 3.',
    );
    locale.set('zh', false);
    flushSync();
    expect(screen.getByTestId('cleaning-report').textContent).toContain(
      '第 3 行有一个引号没有在该行结束，第 4 至 5 行因此被读进了它的一个单元格，这些行的数据丢失；请检查第 3 行。',
    );
  });
});
