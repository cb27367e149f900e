import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { binaryKind, decodeBytes, decodePrefix, looksBinary, sniffEncoding } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 by hand from char codes (TextEncoder only does UTF-8). */
function utf16(s: string, le: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (c: number) => {
    out[o++] = le ? c & 0xff : c >> 8;
    out[o++] = le ? c >> 8 : c & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}
const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));

const TEXT = '客户ID,日期,金额\nC1,2024-01-05,¥1,234.50\n';

describe('decodeBytes', () => {
  it('GB18030 from embedded bytes (iconv -t gb18030 of "客户ID,日期")', () => {
    const d = decodeBytes(hex('bfcdbba749442cc8d5c6da'));
    expect(d).toEqual({ text: '客户ID,日期', encoding: 'gb18030', fellBackToGb18030: false });
  });
  const cases: [string, Uint8Array, string][] = [
    ['utf-8', utf8(TEXT), 'utf-8'],
    ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8-bom'],
    ['utf-16le with BOM', utf16(TEXT, true), 'utf-16le'],
    ['utf-16be with BOM', utf16(TEXT, false), 'utf-16be'],
    ['utf-16le without BOM', utf16('customer,date\n1,2024-01-05\n', true, false), 'utf-16le'],
    ['gb18030', new Uint8Array(iconv.encode(TEXT, 'gb18030')), 'gb18030'],
  ];
  it.each(cases)('%s', (_name, bytes, enc) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(enc === 'utf-16le' && _name.includes('without') ? 'customer,date\n1,2024-01-05\n' : TEXT);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });
  it('a multibyte character cut by the 64 KB sample end is still UTF-8', () => {
    const s = 'a'.repeat(65535) + '客户\n';
    const b = utf8(s);
    expect(sniffEncoding(b)).toBe('utf-8');
    expect(decodeBytes(b).text).toBe(s);
  });
  it('GB18030 bytes after an ASCII-only first 64 KB: full check falls back', () => {
    const s = 'id,name\n' + '1,a\n'.repeat(20000) + '2,客户\n';
    const d = decodeBytes(new Uint8Array(iconv.encode(s, 'gb18030')));
    expect(d.encoding).toBe('gb18030');
    expect(d.fellBackToGb18030).toBe(true);
    expect(d.text).toBe(s);
  });
  it('override wins', () => {
    expect(decodeBytes(new Uint8Array(iconv.encode(TEXT, 'gb18030')), 'gb18030').text).toBe(TEXT);
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8')).toMatchObject({ text: 'a', encoding: 'utf-8' });
  });
  it('decodePrefix does not break a cut character', () => {
    const b = utf8('ab客');
    expect(decodePrefix(b, 4).text).toBe('ab');
  });
});

describe('binary files', () => {
  it('names xlsx/zip, xls, gzip, pdf', () => {
    expect(binaryKind(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(binaryKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls');
    expect(binaryKind(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(binaryKind(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('pdf');
    expect(binaryKind(utf8('a,b'))).toBeNull();
  });
  it('looksBinary', () => {
    expect(looksBinary('a,b\n1,2\n')).toBe(false);
    expect(looksBinary('a\u0000b')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003abc')).toBe(true);
  });
});
