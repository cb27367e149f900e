import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { CsvReader } from './csv';
import { ByteCsvReader, ByteInterner } from './bytecsv';
import { isUtf8, utf8Direct, decodeBytes } from './decode';
import { Interner } from './table';

const enc = new TextEncoder();

/** Everything CsvReader reports per row, from the text and from its UTF-8 bytes. */
function both(text: string, delimiter = ',') {
  const out: unknown[][] = [[], []];
  const a = new CsvReader(text, delimiter);
  const bytes = enc.encode(text);
  const b = new ByteCsvReader(bytes, 0, delimiter);
  const ia = [new Interner(), new Interner()];
  const ib = [new ByteInterner(), new ByteInterner()];
  for (const [k, r] of [[0, a], [1, b]] as const) {
    while (r.next()) {
      const blanks = Array.from({ length: r.count + 1 }, (_, i) => (i < r.count ? r.fieldBlank(i) : null));
      out[k].push([r.rowLine, r.count, r.row(), blanks, r.rowBlank(), r.field(r.count)]);
      const its = k === 0 ? ia : ib;
      its[0].addField(r as never, 0);
      its[1].addField(r as never, 1);
    }
    out[k].push(['quoteErrorLine', r.quoteErrorLine]);
    out[k].push(['quoteSwallow', r.quoteSwallow]);
  }
  for (let c = 0; c < 2; c++) {
    expect(ib[c].values).toEqual(ia[c].values);
    expect(Array.from(ib[c].codes.data.subarray(0, ib[c].codes.length))).toEqual(Array.from(ia[c].codes.data.subarray(0, ia[c].codes.length)));
  }
  expect(b.pos).toBe(bytes.length);
  return out;
}

describe('ByteCsvReader = CsvReader on the UTF-8 bytes', () => {
  const spectrum = path.dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
  const names = readdirSync(path.join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'));
  it.each(names)('csv-spectrum %s', (f) => {
    const text = readFileSync(path.join(spectrum, 'csvs', f), 'utf8');
    const [a, b] = both(text);
    expect(b).toEqual(a);
  });

  const cases = [
    'a,b\n1,2\n', 'a\n\nb', 'a,b\r1,2\r', 'a,\n', 'a"b,c\n', '"ab"c,d\n', 'x,"ab\ncd', 'h1,h2\n1,"a\nb"\n\n2,"c\r\nd\re"\n3,x',
    'a\nb\n"c"d\n', ' , \n\t,\u00a0\n\u3000,x\n', '\ufeffa,b\n\ufeff,\ufeff\n', '客户,金额\n张三,"1,5"\n张三,"1,5"\n"张三",2\n',
    '"a""b",c\n"a""b",c\na"b,c\n', 'a"b,c\n"a""b",c\n"a""b",c\na"b,c\n', 'x,1\n"x",1\nx,"1"\n', '"x"  ,y\n"x"y,"z"\n', 'é,ü\né,ü\n"é",ü\n', '😀,a\r\n😀,"b\r\nc"\r\n', ',,,\n\n,,\n',
  ];
  it.each(cases)('case %j', (text) => {
    const [a, b] = both(text);
    expect(b).toEqual(a);
    const [sa, sb] = both(text.replace(/,/g, ';'), ';');
    expect(sb).toEqual(sa);
  });

  it('random text (property)', () => {
    const unit = fc.constantFrom('a', ' ', '1', '客', ',', '"', '""', '\n', '\r', '\r\n', '\u00a0', '\ufeff', '😀', '\t', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
      const [a, b] = both(text);
      expect(b).toEqual(a);
    }), { numRuns: 2000 });
  });

  it('many distinct values (table growth) keep the same codes', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `${i % 7919},${(i * 37) % 12345}.5,"q${i % 300}"`);
    const [a, b] = both(rows.join('\n'));
    expect(b).toEqual(a);
  });
});

describe('isUtf8 = TextDecoder fatal', () => {
  const fatal = (b: Uint8Array) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
      return true;
    } catch {
      return false;
    }
  };
  const edge = [
    [], [0x41], [0x80], [0xc2, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0xa0, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0x9f, 0xbf],
    [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf],
    [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xe4, 0xb8], [0x41, 0x41, 0x41, 0x41, 0x41, 0xe4, 0xb8, 0xad],
    [0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xc3],
  ];
  it.each(edge)('%j', (...b) => expect(isUtf8(new Uint8Array(b))).toBe(fatal(new Uint8Array(b))));

  it('random bytes and text at any alignment (property)', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('a', 'ab', '客', 'é', '😀', '\ufffd'), maxLength: 30 }).map((s) => enc.encode(s)),
      fc.tuple(fc.string({ maxLength: 30 }), fc.uint8Array({ maxLength: 3 }), fc.nat(40)).map(([s, junk, at]) => {
        const e = enc.encode(s);
        const i = Math.min(at, e.length);
        return Uint8Array.from([...e.subarray(0, i), ...junk, ...e.subarray(i)]);
      }),
    );
    fc.assert(fc.property(bytes, fc.nat(5), (b, shift) => {
      // Shift inside a larger buffer so the word view starts at every alignment.
      const buf = new Uint8Array(b.length + shift);
      buf.set(b, shift);
      const view = buf.subarray(shift);
      expect(isUtf8(view)).toBe(fatal(view));
    }), { numRuns: 3000 });
  });
});

describe('utf8Direct', () => {
  it('starts where decodeBytes text starts (BOMs) and gives the same text', () => {
    for (const s of ['a,b\n1,2\n', '\ufeffa,b\n', '\ufeff\ufeffa,b\n', '\ufeff\ufeff\ufeffa\n', 'é,ü\n']) {
      const b = enc.encode(s);
      for (const override of [undefined, 'utf-8', 'utf-8-bom'] as const) {
        const d = utf8Direct(b, override)!;
        const want = decodeBytes(b, override);
        expect(d.encoding).toBe(want.encoding);
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(d.start))).toBe(want.text);
        expect(d.prefix).toBe(want.text);
      }
    }
  });
  it('declines what is not valid UTF-8', () => {
    expect(utf8Direct(Uint8Array.from([0x61, 0xd6, 0xd0, 0x0a]))).toBeNull();
    expect(utf8Direct(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toBeNull();
    expect(utf8Direct(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toBeNull();
  });
  it('a large file: the prefix is the start of the text', () => {
    const s = '\ufeff' + 'a,é\n'.repeat(400000);
    const b = enc.encode(s);
    const d = utf8Direct(b)!;
    expect(d.start).toBe(3);
    expect(d.prefix.length).toBeGreaterThanOrEqual(262144);
    expect(s.slice(1).startsWith(d.prefix)).toBe(true);
  });
});
