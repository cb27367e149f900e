/**
 * The same RFC 4180 row reader as CsvReader (csv.ts), but over the UTF-8 bytes of a file
 * instead of its decoded text, plus an interner that stores a cell without making a string
 * for it. Why: on Online Retail (45 MB, 541,909 rows) decoding the whole file took ~190 ms,
 * and making then hashing one string per needed cell ~170 ms; here a needed cell is hashed
 * from its bytes and only a distinct value (~55,000) becomes a string.
 *
 * Only used for a file already checked to be valid UTF-8 (decode.ts, utf8Direct): the
 * delimiter, quote, CR and LF are ASCII and never occur inside a multibyte sequence, so
 * field boundaries, line numbers and quote errors are those of the decoded text, and a
 * field's bytes decode to exactly the text CsvReader would slice. Checked against
 * CsvReader in bytecsv.test.ts. Positions (pos, length) are byte offsets.
 */
import { RowFields } from './rowFields';
import { Interner } from './table';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Non-fatal is fine (the bytes are valid); ignoreBOM keeps a U+FEFF that starts a cell. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of bytes [s, e) (valid UTF-8). */
export function decodeRange(b: Uint8Array, s: number, e: number): string {
  if (e - s <= 64) {
    let ascii = true;
    for (let i = s; i < e; i++) if (b[i] >= 0x80) { ascii = false; break; }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
  }
  return utf8.decode(b.subarray(s, e));
}

export class ByteCsvReader extends RowFields {
  readonly bytes: Uint8Array;
  private readonly delim: number;
  /** Offset of the next unread byte. */
  pos: number;

  /** `start`: the first byte of the text (after any BOM). */
  constructor(bytes: Uint8Array, start: number, delimiter: string) {
    super();
    // A plain Uint8Array view: Node's Buffer (what readFileSync and gunzip give) has a slow
    // JS subarray and a second element map for the hot loops.
    this.bytes = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.pos = start;
    if (delimiter.length !== 1) throw new Error(`delimiter must be one character, got ${JSON.stringify(delimiter)}`);
    const d = delimiter.charCodeAt(0);
    // A non-ASCII delimiter cannot be matched byte by byte; the caller uses CsvReader then.
    if (d >= 0x80) throw new Error('ByteCsvReader needs an ASCII delimiter');
    this.delim = d;
  }

  get length(): number {
    return this.bytes.length;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** As CsvReader.next. */
  next(): boolean {
    const t = this.bytes;
    const len = t.length;
    let p = this.pos;
    if (p >= len) return false;
    this.count = 0;
    this.rowLine = this.nextLine;
    const d = this.delim;
    for (;;) {
      if (p < len && t[p] === QUOTE) {
        let q = p + 1;
        let escaped = false;
        for (;;) {
          q = t.indexOf(QUOTE, q);
          if (q < 0) break;
          if (q + 1 < len && t[q + 1] === QUOTE) {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        const openLine = this.nextLine;
        if (q < 0) {
          if (!this.quoteErrorLine) this.quoteErrorLine = this.rowLine;
          this.countBreaks(p + 1, len);
          // A final line break ends the last line; it does not start one more.
          this.noteSwallow(openLine, this.nextLine - (len > 0 && (t[len - 1] === LF || t[len - 1] === CR) ? 1 : 0));
          this.push(p + 1, len, escaped ? 1 : 0);
          p = len;
          break;
        }
        this.countBreaks(p + 1, q);
        let e = q + 1;
        let c = e < len ? t[e] : -1;
        if (c === d || c === LF || c === CR || c === -1) {
          this.push(p + 1, q, escaped ? 1 : 0);
        } else {
          if (!this.quoteErrorLine) this.quoteErrorLine = this.rowLine;
          this.noteSwallow(openLine, this.nextLine);
          while (e < len && (c = t[e]) !== d && c !== LF && c !== CR) e++;
          const inner = decodeRange(t, p + 1, q);
          this.odd[this.count] = (escaped ? inner.replace(/""/g, '"') : inner) + decodeRange(t, q + 1, e);
          this.push(p + 1, q, 2);
          c = e < len ? t[e] : -1;
        }
        p = e;
        if (c === d) { p++; continue; }
      } else {
        let e = p;
        let c = -1;
        while (e < len) {
          c = t[e];
          if (c === d || c === LF || c === CR) break;
          e++;
        }
        // push, inlined by hand: this loop runs for every field of every row.
        const k = this.count;
        if (k === this.starts.length) this.grow();
        this.starts[k] = p;
        this.ends[k] = e;
        this.kinds[k] = 0;
        this.count = k + 1;
        p = e;
        if (e < len && c === d) { p++; continue; }
      }
      if (p < len) {
        if (t[p] === CR && p + 1 < len && t[p + 1] === LF) p += 2;
        else p += 1;
        this.nextLine++;
      }
      break;
    }
    this.pos = p;
    return true;
  }

  private countBreaks(from: number, to: number): void {
    const t = this.bytes;
    for (let i = from; i < to; i++) {
      const c = t[i];
      if (c === LF) this.nextLine++;
      else if (c === CR && !(i + 1 < to && t[i + 1] === LF)) this.nextLine++;
    }
  }

  field(i: number): string {
    if (i >= this.count) return '';
    const k = this.kinds[i];
    if (k === 0) return decodeRange(this.bytes, this.starts[i], this.ends[i]);
    if (k === 1) return decodeRange(this.bytes, this.starts[i], this.ends[i]).replace(/""/g, '"');
    return this.odd[i];
  }

  fieldBlank(i: number): boolean {
    const s = this.starts[i], e = this.ends[i];
    const k = this.kinds[i];
    if (s === e && k !== 2) return true;
    if (k === 2) return this.odd[i].trim() === '';
    const t = this.bytes;
    for (let j = s; j < e; j++) {
      const c = t[j];
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      if (c < 0x80) return false;
      // Non-ASCII white space (NBSP, U+3000...): ask the decoded text.
      return this.field(i).trim() === '';
    }
    return true;
  }

}

/**
 * An Interner (same values, same codes) fed from a ByteCsvReader: a plain cell is looked
 * up by its bytes in an open-addressing table (hash, then a byte comparison with the
 * first occurrence), so only a new distinct value is decoded into a string. Quoted cells
 * with "" and irregular ones go through the string map, which the byte table also
 * consults before it creates a value, so both routes agree on one code per text.
 */
export class ByteInterner extends Interner {
  private mask = 1023;
  /**
   * Four Int32 per slot, side by side (one cache line): code + 1 (0 = empty), hash, and
   * where the value's bytes sit in `arena`, and their length. The arena keeps a copy of
   * each distinct value's bytes, so a lookup compares with a small hot buffer instead of
   * the value's first occurrence somewhere in a 45 MB file (a cache miss per cell).
   */
  private slots = new Int32Array(1024 * 4);
  private arena = new Uint8Array(1 << 16);
  private arenaUsed = 0;
  private used = 0;
  private lastStart = -1;
  private lastLen = -1;
  private lastCode = -1;
  /** Whether `map` holds the values (only needed once a cell went the string route). */
  private mapped = false;

  /** Adds field i of the reader's current row. */
  override addField(r: ByteCsvReader, i: number): void {
    if (i >= r.count || r.kinds[i] !== 0) {
      if (!this.mapped) {
        // First cell that needs the string route: give the map the values so far.
        this.mapped = true;
        for (let k = 0; k < this.values.length; k++) this.map.set(this.values[k], k);
      }
      this.add(r.field(i));
      return;
    }
    const b = r.bytes;
    const s = r.starts[i];
    const n = r.ends[i] - s;
    // Grouped files repeat the previous cell (order lines of one invoice): compare with
    // it where it sits in the file, a few bytes back.
    if (n === this.lastLen) {
      const ls = this.lastStart;
      let j = 0;
      while (j < n && b[s + j] === b[ls + j]) j++;
      if (j === n) {
        this.codes.push(this.lastCode);
        this.lastStart = s;
        return;
      }
    }
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ b[s + j], 16777619);
    // FNV's low bits mix poorly (digit-only ids collide in the mask): finish as murmur3.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const mask = this.mask;
    const slots = this.slots;
    const arena = this.arena;
    let slot = h & mask;
    for (;;) {
      const at = slot << 2;
      const c = slots[at];
      if (c === 0) break;
      if (slots[at + 1] === h && slots[at + 3] === n) {
        const os = slots[at + 2];
        let k = 0;
        while (k < n && b[s + k] === arena[os + k]) k++;
        if (k === n) {
          this.codes.push(c - 1);
          this.lastStart = s;
          this.lastLen = n;
          this.lastCode = c - 1;
          return;
        }
      }
      slot = (slot + 1) & mask;
    }
    // New byte sequence, so a new text (UTF-8 is one-to-one), unless a quoted cell
    // already gave that text a code through the string map.
    const text = decodeRange(b, s, s + n);
    let code = this.mapped ? this.map.get(text) : undefined;
    if (code === undefined) {
      code = this.values.length;
      if (this.mapped) this.map.set(text, code);
      this.values.push(text);
    }
    if (this.arenaUsed + n > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + n));
      next.set(this.arena);
      this.arena = next;
    }
    const arenaNow = this.arena;
    for (let k = 0, o = this.arenaUsed; k < n; k++) arenaNow[o + k] = b[s + k];
    const at = slot << 2;
    slots[at] = code + 1;
    slots[at + 1] = h;
    slots[at + 2] = this.arenaUsed;
    slots[at + 3] = n;
    this.arenaUsed += n;
    this.codes.push(code);
    this.lastStart = s;
    this.lastLen = n;
    this.lastCode = code;
    if (++this.used * 2 > mask) this.rehash();
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    const old = this.slots;
    const slots = new Int32Array(size * 4);
    for (let k = 0; k < old.length; k += 4) {
      if (old[k] === 0) continue;
      let slot = old[k + 1] & mask;
      while (slots[slot << 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(k, k + 4), slot << 2);
    }
    this.mask = mask;
    this.slots = slots;
  }
}
