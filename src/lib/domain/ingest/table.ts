/**
 * Small growable column buffers and string interning for the first pass over the rows.
 * The first pass only stores, per row, a small integer code per needed column; each
 * distinct cell text is parsed once later (dates and amounts repeat a lot: Online Retail
 * has 541,909 rows but about 23,000 distinct InvoiceDate strings).
 */
import type { SkipEntry, SkipReason } from '../types';

export class IntColumn {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      // Geometric growth keeps appends amortised O(1).
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  /** Makes room for n values at once (one copy instead of several doublings). */
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const next = new Int32Array(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** Distinct strings of one column, with a code per row. */
export class Interner {
  readonly map = new Map<string, number>();
  readonly values: string[] = [];
  readonly codes = new IntColumn();
  private last: string | null = null;
  private lastId = -1;
  add(v: string): void {
    // Files are often grouped (order lines of one invoice share id, date, customer):
    // comparing with the previous cell is cheaper than hashing a fresh string.
    if (v === this.last) {
      this.codes.push(this.lastId);
      return;
    }
    let id = this.map.get(v);
    if (id === undefined) {
      id = this.values.length;
      this.map.set(v, id);
      this.values.push(v);
    }
    this.last = v;
    this.lastId = id;
    this.codes.push(id);
  }
  /** Adds field i of a reader's current row (ByteInterner reads it from the bytes instead). */
  addField(r: { field(i: number): string }, i: number): void {
    this.add(r.field(i));
  }
}

/** Skip counts per reason, keeping the first 20 line numbers of each. */
export class SkipLog {
  private readonly byReason = new Map<SkipReason, SkipEntry>();
  total = 0;
  add(reason: SkipReason, line: number): void {
    let e = this.byReason.get(reason);
    if (!e) {
      e = { reason, count: 0, lines: [] };
      this.byReason.set(reason, e);
    }
    e.count++;
    this.total++;
    if (e.lines.length < 20) e.lines.push(line);
  }
  /** Entries by descending count (the UI lists the biggest problem first). */
  entries(): SkipEntry[] {
    return [...this.byReason.values()].sort((a, b) => b.count - a.count);
  }
}
