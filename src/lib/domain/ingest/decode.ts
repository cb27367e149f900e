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
