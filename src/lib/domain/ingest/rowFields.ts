/**
 * What the two CSV row readers share (CsvReader over text, ByteCsvReader over UTF-8 bytes):
 * the current row's field boundaries in reusable typed arrays, the physical line numbers,
 * and the quote problems found so far. Each reader keeps its own `next()`: the hot loop reads
 * characters in one and bytes in the other, and a shared loop would pay for the difference
 * on every character.
 */

/** A quoted cell that ran past its line: opened on `line`, took in lines `first`..`last`. */
export interface QuoteSwallow {
  line: number;
  first: number;
  last: number;
}

export abstract class RowFields {
  /** Physical line (1-based) where the current row starts, and the next one. */
  rowLine = 0;
  protected nextLine = 1;
  /** Fields of the current row. */
  count = 0;
  /** Per field: where it starts and ends in the input (quotes excluded). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Per field: 0 plain, 1 quoted (unescape ""), 2 irregular (string kept in `odd`). */
  kinds = new Uint8Array(64);
  protected odd: string[] = [];
  /** First line with a quote problem, or 0. */
  quoteErrorLine = 0;
  /**
   * The first quote that went wrong across line breaks: it opened on `line` and read lines
   * `first`..`last` into its cell (an unclosed quote swallowing the rows after it), or null.
   */
  quoteSwallow: QuoteSwallow | null = null;

  /** Text of field i of the current row ('' when the row has fewer fields). */
  abstract field(i: number): string;

  /** True when field i is empty or only spaces (String.prototype.trim's white space). */
  abstract fieldBlank(i: number): boolean;

  protected grow(): void {
    const n = this.count * 2;
    const s = new Int32Array(n); s.set(this.starts); this.starts = s;
    const e = new Int32Array(n); e.set(this.ends); this.ends = e;
    const k = new Uint8Array(n); k.set(this.kinds); this.kinds = k;
  }

  protected push(start: number, end: number, kind: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.kinds[this.count] = kind;
    this.count++;
  }

  /** Line breaks inside a quoted field move the following rows down. */
  protected noteSwallow(openLine: number, lastLine: number): void {
    if (!this.quoteSwallow && lastLine > openLine) this.quoteSwallow = { line: openLine, first: openLine + 1, last: lastLine };
  }

  /** True when every field of the row is blank (an empty line, or ",,,"). */
  rowBlank(): boolean {
    for (let i = 0; i < this.count; i++) if (!this.fieldBlank(i)) return false;
    return true;
  }

  /** All fields of the current row. */
  row(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.field(i);
    return out;
  }
}
