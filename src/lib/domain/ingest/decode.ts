/**
 * Bytes -> text. Spreadsheet exports in the course's market come as UTF-8 (with or
 * without BOM), as GB18030/GBK (Excel "CSV" on a Chinese Windows), and sometimes as
 * UTF-16 ("Unicode text"). We pick the encoding from the bytes; the caller can override.
 * Pure: TextDecoder only (Web Worker and Node 20 with full ICU both support gb18030).
 */
import type { Encoding } from '../types';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the UTF-8 sample looked fine but the whole file was not UTF-8. */
  fellBackToGb18030: boolean;
}

/** How much of the start we check before committing to UTF-8 (a full check follows). */
const SAMPLE_BYTES = 64 * 1024;

/** Looks at BOMs and byte patterns only; does not decode the whole file. */
export function sniffEncoding(bytes: Uint8Array): Encoding {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-bom';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  const nul = utf16WithoutBom(bytes);
  if (nul) return nul;
  // stream:true keeps a multibyte sequence cut by the sample end pending instead of
  // calling it invalid, so a sample boundary never turns UTF-8 into GB18030.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * BOM-less UTF-16 (rare, but some tools write it): ASCII-heavy text then has a NUL in
 * every other byte. Requires a clear majority so binary files are not mistaken for it.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 2048) & ~1;
  if (n < 4) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

const LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gb18030: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Decodes the whole buffer. With no override, a file whose sample is valid UTF-8 is
 * still decoded with fatal:true, so a GB18030 byte later in the file (an ASCII-only
 * first 64 KB) is caught and the file is re-decoded as GB18030.
 */
export function decodeBytes(bytes: Uint8Array, override?: Encoding): Decoded {
  let encoding = override ?? sniffEncoding(bytes);
  let fellBackToGb18030 = false;
  let text: string;
  if (!override && encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      encoding = 'gb18030';
      fellBackToGb18030 = true;
      text = new TextDecoder('gb18030').decode(bytes);
    }
  } else {
    // TextDecoder strips a BOM matching its own encoding (ignoreBOM defaults to false).
    text = new TextDecoder(LABEL[encoding]).decode(bytes);
  }
  // A stray BOM (e.g. a UTF-8 BOM decoded with an override) must not stick to header 1.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, fellBackToGb18030 };
}

/**
 * Decodes only the start (for the mapping preview), never failing on a cut character:
 * the streaming decoder holds back an incomplete trailing sequence.
 */
export function decodePrefix(bytes: Uint8Array, maxBytes: number, override?: Encoding): Decoded {
  const encoding = override ?? sniffEncoding(bytes);
  const part = bytes.subarray(0, Math.min(bytes.length, maxBytes));
  let text = new TextDecoder(LABEL[encoding]).decode(part, { stream: part.length < bytes.length });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, fellBackToGb18030: false };
}

/** Recognises common binary files so the error can say what the user actually picked. */
export type BinaryKind = 'zip' | 'xls' | 'gzip' | 'pdf';

/** A known binary format by its magic number, as a stable key ('zip' includes .xlsx workbooks). */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  return null;
}

/**
 * True when decoded text is clearly not a CSV: NUL or many other control characters in
 * the first 64 K characters (GB18030 decodes nearly any bytes, so this is the check).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
  }
  return bad > n * 0.01;
}

/**
 * True when bytes[from..] are well-formed UTF-8, exactly as TextDecoder('utf-8',
 * { fatal: true }) accepts them (no overlongs, surrogates, code points above U+10FFFF or
 * cut sequences). ASCII runs are skipped four bytes at a time.
 */
export function isUtf8(b: Uint8Array, from = 0): boolean {
  const n = b.length;
  let i = from;
  // Word view over the 4-aligned part from index a0 on.
  const a0 = i + ((4 - ((b.byteOffset + i) & 3)) & 3);
  const nWords = n > a0 ? (n - a0) >> 2 : 0;
  const w = nWords > 0 ? new Uint32Array(b.buffer, b.byteOffset + a0, nWords) : new Uint32Array(0);
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      if (i >= a0 && ((i - a0) & 3) === 0) {
        let k = (i - a0) >> 2;
        while (k < nWords && (w[k] & 0x80808080) === 0) k++;
        if (a0 + (k << 2) > i) i = a0 + (k << 2);
      }
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return false;
    if (i + need >= n) return false; // cut at the end
    const c1 = b[i + 1];
    if (c1 < lo || c1 > hi) return false;
    for (let k = 2; k <= need; k++) {
      const ck = b[i + k];
      if (ck < 0x80 || ck > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/** Bytes of the file the ingest reads directly (see bytecsv.ts), with the text checks need. */
export interface Utf8Direct {
  bytes: Uint8Array;
  /** First byte of the text: after the BOMs decodeBytes would strip. */
  start: number;
  encoding: Encoding;
  /**
   * The decoded start of the text, at least 262,144 characters (or the whole text): all
   * that checkText and detectDelimiter look at (64 K and 256 K characters), so they give
   * the same answers on it as on the whole text.
   */
  prefix: string;
}

const DIRECT_PREFIX_BYTES = 1 << 20;

/**
 * When decodeBytes would give exactly the text of valid UTF-8 bytes (a UTF-8 file, with
 * or without BOM, that is well-formed), the bytes and where the text starts; else null
 * (GB18030, UTF-16, a UTF-8 file with bad bytes, or a large file whose first MiB is
 * blank): then the caller decodes as before.
 */
export function utf8Direct(bytes: Uint8Array, override?: Encoding): Utf8Direct | null {
  const encoding = override ?? sniffEncoding(bytes);
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') return null;
  // TextDecoder strips one BOM, decodeBytes a second one.
  let start = 0;
  const bomAt = (i: number) => bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf;
  if (bomAt(0)) start = bomAt(3) ? 6 : 3;
  if (!isUtf8(bytes, start)) return null;
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  let prefix: string;
  if (bytes.length - start <= DIRECT_PREFIX_BYTES) {
    prefix = dec.decode(bytes.subarray(start));
  } else {
    // 1 MiB of UTF-8 holds at least 349,525 UTF-16 code units (3 bytes per unit at most).
    prefix = dec.decode(bytes.subarray(start, start + DIRECT_PREFIX_BYTES), { stream: true });
    if (prefix.trim() === '') return null;
  }
  return { bytes, start, encoding, prefix };
}
