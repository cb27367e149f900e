import { describe, expect, it } from 'vitest';
import { daysFromCivil, dayToIso, excelSerialToDay, inferDateOrder, parseDate } from './dates';
import type { DateOrder } from '../types';

const iso = (raw: string, order: DateOrder = 'mdy') => {
  const d = parseDate(raw, order);
  return d === null ? null : Number.isNaN(d) ? 'bad' : dayToIso(d);
};

describe('daysFromCivil', () => {
  it('anchors', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29) / 86400000);
  });
  it('agrees with Date.UTC over 1900..2100', () => {
    for (let day = -25567; day < 47482; day += 17) {
      const dt = new Date(day * 86400000);
      expect(daysFromCivil(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())).toBe(day);
    }
  });
});

describe('parseDate formats', () => {
  const cases: [string, DateOrder, string | null][] = [
    ['2024-01-05', 'mdy', '2024-01-05'],
    ['2024-01-05 08:26:00', 'mdy', '2024-01-05'],
    ['2024-01-05 08:26', 'mdy', '2024-01-05'],
    ['2024-01-05T08:26:00Z', 'mdy', '2024-01-05'],
    ['2024-01-05T23:26:00.123+08:00', 'mdy', '2024-01-05'],
    ['2024/1/5', 'mdy', '2024-01-05'],
    ['2024.1.5', 'mdy', '2024-01-05'],
    ['2024年1月5日', 'mdy', '2024-01-05'],
    ['2024年1月5号', 'mdy', '2024-01-05'],
    ['2024年01月05日 08:26:00', 'mdy', '2024-01-05'],
    ['2024年1月5日 8时26分', 'mdy', '2024-01-05'],
    ['20240105', 'mdy', '2024-01-05'],
    ['12/1/2010 8:26', 'mdy', '2010-12-01'],
    ['12/1/2010 8:26', 'dmy', '2010-01-12'],
    ['12-1-2010', 'mdy', '2010-12-01'],
    ['12-1-2010', 'dmy', '2010-01-12'],
    ['5.1.2024', 'dmy', '2024-01-05'],
    ['1/5/2024 8:26 PM', 'mdy', '2024-01-05'],
    ['1/5/24', 'mdy', '2024-01-05'],
    ['1/5/69', 'mdy', '2069-01-05'],
    ['1/5/70', 'mdy', '1970-01-05'],
    ['1/5/99', 'dmy', '1999-05-01'],
    ['03/02/01', 'ymd', '2003-02-01'],
    ['5-Jan-2024', 'mdy', '2024-01-05'],
    ['05 January 2024', 'mdy', '2024-01-05'],
    ['Jan 5, 2024', 'mdy', '2024-01-05'],
    ['Sept 5 2024', 'mdy', '2024-09-05'],
    ['2024-Jan-05', 'mdy', '2024-01-05'],
    ['25569', 'mdy', '1970-01-01'],
    ['45296', 'mdy', '2024-01-05'],
    ['45296.35', 'mdy', '2024-01-05'],
    ['2024-02-29', 'mdy', '2024-02-29'],
    ['', 'mdy', null],
    ['   ', 'mdy', null],
    ['2023-02-29', 'mdy', 'bad'],
    ['2024-13-01', 'mdy', 'bad'],
    ['13/1/2010', 'mdy', 'bad'],
    ['2024-01-05 junk', 'mdy', 'bad'],
    ['hello', 'mdy', 'bad'],
    ['12345', 'mdy', 'bad'], // serial outside 20000..80000
    ['Janx 5, 2024', 'mdy', 'bad'],
    ['2024-1-5-6', 'mdy', 'bad'],
  ];
  it.each(cases)('%j (%s) -> %j', (raw, order, want) => expect(iso(raw, order)).toBe(want));
});

describe('excelSerialToDay (1900 system with the fake 1900-02-29)', () => {
  const cases: [number, string | null][] = [
    [1, '1900-01-01'], [59, '1900-02-28'], [60, null], [61, '1900-03-01'], [25569, '1970-01-01'], [45296, '2024-01-05'],
  ];
  it.each(cases)('%d -> %j', (s, want) => {
    const d = excelSerialToDay(s);
    expect(Number.isNaN(d) ? null : dayToIso(d)).toBe(want);
  });
});

describe('inferDateOrder', () => {
  it('year-first only: ymd, certain', () => {
    expect(inferDateOrder(['2024-01-05', '2024年1月5日'])).toMatchObject({ order: 'ymd', certain: true, warning: null });
  });
  it('a first part > 12 proves dmy', () => {
    expect(inferDateOrder(['1/2/2010', '13/2/2010'])).toMatchObject({ order: 'dmy', certain: true, dmyEvidence: 1 });
  });
  it('a second part > 12 proves mdy', () => {
    expect(inferDateOrder(['12/1/2010 8:26', '12/13/2010 9:00'])).toMatchObject({ order: 'mdy', certain: true, mdyEvidence: 1 });
  });
  it('undecidable: assumes mdy and says so', () => {
    expect(inferDateOrder(['1/2/2010', '3/4/2010'])).toMatchObject({ order: 'mdy', certain: false, warning: 'date-order-assumed' });
  });
  it('conflicting evidence: majority, not certain, warned', () => {
    expect(inferDateOrder(['13/1/2010', '14/1/2010', '1/13/2010'])).toMatchObject({ order: 'dmy', certain: false, warning: 'date-order-conflict' });
  });
  it('an override wins and is certain', () => {
    expect(inferDateOrder(['1/13/2010'], 'dmy')).toMatchObject({ order: 'dmy', certain: true, warning: null });
  });
});
