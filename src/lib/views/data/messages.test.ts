import { describe, expect, it } from 'vitest';
import { delimiterMessage, errorMessage, errorPlace, warningMessage } from './messages';
import { addMonths, addQuarters } from './quarter';
import { isoToDay, dayToIso } from '../../domain/days';
import { en as dataEn } from '../../i18n/messages/data';

const err = (key: string, line: number | null = null, column: number | null = null, params = {}) => ({
  key, fileName: 'f.csv', line, column, message: '', params,
});

describe('error messages', () => {
  it('uses the ingest text when it exists and its place is known', () => {
    expect(errorMessage(err('no-usable-rows', 2, 3)).key).toBe('ingest.error.no-usable-rows');
    expect(errorMessage(err('empty-file')).key).toBe('ingest.error.empty-file');
  });
  it('falls back to the Data view text for keys the ingest file lacks or an unknown place', () => {
    expect(errorMessage(err('missing-column', 1, null, { role: 'date' })).key).toBe('data.error.missing-column');
    expect(errorMessage(err('not-text')).key).toBe('data.error.not-text');
    expect(errorMessage(err('who-knows')).key).toBe('data.error.unknown');
  });
  it('names file, line, column and header', () => {
    expect(errorPlace(err('x', 12, 2), ['a', 'b'])).toEqual({
      key: 'data.error.where.lineColumnHeader', params: { file: 'f.csv', line: 12, column: 2, header: 'b' },
    });
    expect(errorPlace(err('x', 12)).key).toBe('data.error.where.line');
    expect(errorPlace(err('x')).key).toBe('data.error.where.file');
  });
  it('every ingest warning key has a text', () => {
    for (const key of ['encoding-fallback-gb18030', 'customer-from-name-column', 'csv-quote-error', 'csv-quote-swallowed-line', 'csv-quote-swallowed-lines', 'date-order-assumed',
      'date-order-conflict', 'amount-from-quantity-times-price', 'decimal-comma', 'missing-order-id', 'duplicate-customer-ids']) {
      expect(Object.keys(dataEn)).toContain(warningMessage({ key }).key);
    }
  });
  it('names delimiters', () => {
    expect(delimiterMessage('\t').key).toBe('ingest.delimiter.tab');
    expect(delimiterMessage('^')).toEqual({ key: 'ingest.delimiter.other', params: { char: '^' } });
  });
});

describe('quarters', () => {
  const d = (iso: string) => isoToDay(iso)!;
  it('moves by calendar quarters, clamping the day of month', () => {
    expect(dayToIso(addQuarters(d('2025-01-01'), -1))).toBe('2024-10-01');
    expect(dayToIso(addQuarters(d('2025-01-01'), 1))).toBe('2025-04-01');
    expect(dayToIso(addMonths(d('2024-05-31'), 1))).toBe('2024-06-30');
    expect(dayToIso(addQuarters(d('2024-11-30'), 1))).toBe('2025-02-28');
  });
});
