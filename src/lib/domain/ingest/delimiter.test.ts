import { describe, expect, it } from 'vitest';
import { detectDelimiter, normaliseDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  const cases: [string, string, string][] = [
    ['comma', 'id,date,amount\n1,2024-01-05,12.5\n2,2024-01-06,3\n', ','],
    ['semicolon with decimal commas', 'id;date;amount\n1;05.01.2024;1.234,50\n2;06.01.2024;3,5\n', ';'],
    ['tab with thousands commas', 'id\tdate\tamount\n1\t2024-01-05\t1,234.50\n2\t2024-01-06\t3\n', '\t'],
    ['pipe', 'id|date|amount\n1|2024-01-05|12\n', '|'],
    ['quoted commas in a semicolon file', 'id;name;amount\n1;"Smith, J";3\n2;"Lee, K, Jr";4\n', ';'],
    ['quoted newline', 'id,note,amount\n1,"a\nb;c;d",3\n2,x,4\n', ','],
    ['CRLF', 'id;amount\r\n1;2\r\n', ';'],
    ['one column', 'id\n1\n2\n', ','],
    ['Chinese header, tab', '客户ID\t日期\t金额\nA\t2024/1/5\t¥1,234.50\n', '\t'],
  ];
  it.each(cases)('%s', (_n, text, want) => expect(detectDelimiter(text)).toBe(want));
  it('names', () => {
    expect(normaliseDelimiter('tab')).toBe('\t');
    expect(normaliseDelimiter('\\t')).toBe('\t');
    expect(normaliseDelimiter(';')).toBe(';');
  });
});
