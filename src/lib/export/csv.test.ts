import { describe, expect, it } from 'vitest';
import { BOM, csvCell, formatCsvNumber, neutralise, toCsv } from './csv';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 138', "'+86 138"],
    ['-12', "'-12"], // text that looks like a number is still text
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "\"'\rCR\""],
    ['a=b', 'a=b'], // only the first character matters
    ['', ''],
    ['张三', '张三'],
  ])('text %j is written as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [-12, '-12'],
    [-12.5, '-12.5'],
    [1200, '1200'],
    [0.1 + 0.2, '0.3'],
    [-0, '0'],
    [1 / 3, '0.333333'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('number %d is written as %j, never neutralised', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
    expect(formatCsvNumber(input)).toBe(expected);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['No. #7', '"No. #7"'],
    ['=1,2', '"\'=1,2"'],
    ['-"x"', '"\'-""x"""'],
  ])('quotes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('empty for null and undefined', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralise leaves safe text alone', () => {
    expect(neutralise('Zhang')).toBe('Zhang');
    expect(neutralise('=x')).toBe("'=x");
  });
});

describe('toCsv', () => {
  it('BOM, commas, CRLF after every row', () => {
    expect(
      toCsv([
        ['id', 'M'],
        ['-7', -12],
        ['a,b', 3.5],
      ]),
    ).toBe(`${BOM}id,M\r\n'-7,-12\r\n"a,b",3.5\r\n`);
  });

  it('without BOM', () => {
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
    expect(BOM).toBe('\uFEFF');
  });
});
