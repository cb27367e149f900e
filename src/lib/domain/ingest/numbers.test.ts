import { describe, expect, it } from 'vitest';
import { decideDecimal, parseNumber } from './numbers';

describe('parseNumber', () => {
  const dot: [string, number | null][] = [
    ['1234.5', 1234.5], ['1,234.50', 1234.5], ['¥1,234.50', 1234.5], ['￥1,234.50', 1234.5], ['$12.00', 12],
    ['€12.50', 12.5], ['12.50 €', 12.5], ['1,234.50元', 1234.5], ['RMB 100', 100], ['(12.00)', -12], ['($12.00)', -12],
    ['-12', -12], ['-$12', -12], ['$-12', -12], ['+3', 3], ['−7', -7], ['1,234,567.891', 1234567.891], ['1 234.5', 1234.5],
    ['0', 0], ['-0', 0], ['.5', 0.5], ['12.', 12], ['1.5e3', 1500], ['  42  ', 42], ['1,234', 1234], ['', null], ['   ', null],
  ];
  it.each(dot)('%j with decimal point -> %j', (raw, want) => expect(parseNumber(raw, '.')).toBe(want));

  const comma: [string, number | null][] = [
    ['1 234,50', 1234.5], ['1\u00a0234,50', 1234.5], ['1\u202f234,50', 1234.5], ['1.234,50', 1234.5], ['1,5', 1.5],
    ['€1.234,50', 1234.5], ['(1.234,50)', -1234.5], ['1234', 1234], ['-12,5', -12.5], ['', null],
  ];
  it.each(comma)('%j with decimal comma -> %j', (raw, want) => expect(parseNumber(raw, ',')).toBe(want));

  const junk = ['abc', '12abc', '1,2,3', '12-', '--1', '1.2.3', '$', '-', '1,5', '12 34', 'N/A', '(', '1e5x'];
  it.each(junk)('%j is bad (NaN), not missing', (raw) => expect(parseNumber(raw, '.')).toBeNaN());
  it('12.5 in a decimal-comma column is bad', () => expect(parseNumber('12.5', ',')).toBeNaN());
});

describe('decideDecimal (column-level)', () => {
  const cases: [string[], ',' | '.', boolean][] = [
    [['1.5', '2', '3.25'], '.', true],
    [['1,5', '2', '3,25'], ',', true],
    [['1.234,50', '12'], ',', true],
    [['1,234.50', '12'], '.', true],
    [['1,234', '5,678'], '.', false], // only ambiguous values: thousands
    [['1,234', '5,5'], ',', true], // 5,5 settles the column: 1,234 is 1.234
    [['1.234', '0.5'], '.', true],
    [['1.234.567', '12'], ',', true],
    [['1,234,567', '12'], '.', true],
    [['0,125'], ',', true],
    [['1 234,50', '7'], ',', true],
    [['10', '20'], '.', false],
  ];
  it.each(cases)('%j -> %s (certain %s)', (values, want, certain) => {
    const d = decideDecimal(values);
    expect(d.decimal).toBe(want);
    expect(d.certain).toBe(certain);
  });
  it('the decision drives parsing', () => {
    const col = ['1,234', '5,5'];
    const { decimal } = decideDecimal(col);
    expect(col.map((v) => parseNumber(v, decimal))).toEqual([1.234, 5.5]);
  });
});
