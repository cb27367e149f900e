/**
 * CSV writing for spreadsheets (RFC 4180 quoting, CRLF line ends, UTF-8 BOM so Excel reads
 * Chinese text as UTF-8).
 *
 * CSV injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in
 * some programs, a leading tab or carriage return) as a formula, so a customer named
 * `=HYPERLINK(...)` could run when the file is opened. Every TEXT cell starting with one of
 * those characters is written with a leading single quote (`'=HYPERLINK(...)`), which the
 * spreadsheet shows as text. NUMBER cells are written as plain numbers and never prefixed,
 * so a monetary value of -12 stays -12 and still sums; a number cannot carry a formula.
 * A text cell that merely looks like a negative number (an id "-12") is still text and is
 * neutralised: the rule depends on the cell's type, never on its content.
 */
export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
// "#" too: a reader told that "#" starts a comment (pandas comment='#') would cut an unquoted
// cell there, and the rest of its row with it; inside quotes it is text.
const NEEDS_QUOTES = /[",#\r\n]/;

/** A text cell with a formula trigger neutralised by a leading single quote. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Numbers: integers as they are, others rounded to at most 6 decimals so float noise
 * (0.30000000000000004) does not reach the spreadsheet. Non-finite numbers are empty.
 */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return Object.is(value, -0) ? '0' : String(value);
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell);
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: comma-separated, CRLF after every row, optional BOM in front. */
export function toCsv(rows: readonly (readonly CsvCell[])[], { bom = true }: { bom?: boolean } = {}): string {
  let out = bom ? BOM : '';
  for (const row of rows) out += row.map(csvCell).join(',') + '\r\n';
  return out;
}
