/**
 * Amount parsing. Values come as written by spreadsheets in several locales:
 * `1234.5`, `1,234.50`, `¥1,234.50`, `$12.00`, `1 234,50`, `1.234,50`, `(12.00)`, `-12`, `+3`.
 *
 * The decimal separator is decided per column, from all of the column's (distinct) values,
 * not per value: `1,234` alone could be 1234 or 1.234, but a column that also holds
 * `5,5` or `1.234,50` settles it. Rule (see decideDecimal):
 *  - a value with both '.' and ',' votes for whichever comes last;
 *  - a single separator followed by other than exactly 3 digits votes for that separator
 *    (`12.5`, `1,5`, `0,125`... `0,125` votes comma because a thousands group never
 *    follows a lone 0);
 *  - a repeated separator (`1,234,567`, `1.234.567`) votes for the other one;
 *  - a single separator followed by exactly 3 digits (`1,234`, `1.234`) does not vote.
 * Comma wins only with strictly more votes than dot; otherwise '.' (so a column of only
 * `1,234`-like values reads as thousands, the common case in sales exports).
 *
 * parseNumber returns null for an empty cell (missing) and NaN for junk (bad), so the
 * ingest can count the two separately.
 */

export type DecimalSeparator = '.' | ',';

/** Plain `123`, `-12.5`: the overwhelmingly common case, handled without the general path. */
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const CURRENCY_PREFIX = /^(?:[¥￥$€£₹₩]|US\$|HK\$|NT\$|RMB|CNY|USD|EUR|GBP|JPY|HKD)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:元|圆|[¥￥$€£₹₩]|RMB|CNY|USD|EUR|GBP|JPY|HKD)$/i;
/** Group separators that are never decimal marks: spaces (incl. NBSP, thin), apostrophe. */
const SPACE_GROUPS = /[ \u00a0\u2009\u202f']/g;
const EXPONENT = /^(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;

/**
 * Strips sign, parentheses and currency; returns the sign and the numeric body (digits
 * and separators), or null when the text is not shaped like a number at all.
 */
function split(raw: string): { neg: boolean; body: string } | null {
  let s = raw.trim();
  let neg = false;
  if (s.length > 2 && s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    neg = true; // accounting style: (12.00) is -12.00
    s = s.slice(1, -1).trim();
  }
  let signed = false;
  const takeSign = () => {
    const c = s[0];
    if (c === '-' || c === '\u2212' || c === '+') {
      if (signed) return false;
      signed = true;
      if (c !== '+') neg = !neg;
      s = s.slice(1).trimStart();
    }
    return true;
  };
  takeSign(); // -$12
  s = s.replace(CURRENCY_PREFIX, '');
  if (!signed && !takeSign()) return null; // $-12
  s = s.replace(CURRENCY_SUFFIX, '');
  if (s === '') return null;
  return { neg, body: s };
}

/** Digits, a decimal mark and thousands groups of exactly 3 after the first group. */
function bodyToNumber(body: string, decimal: DecimalSeparator): number {
  if (EXPONENT.test(body)) return decimal === '.' ? Number(body) : NaN;
  const group = decimal === '.' ? ',' : '.';
  const b = body.replace(SPACE_GROUPS, group);
  const d = b.indexOf(decimal);
  if (d !== b.lastIndexOf(decimal)) return NaN;
  const intPart = d < 0 ? b : b.slice(0, d);
  const frac = d < 0 ? '' : b.slice(d + 1);
  if (frac !== '' && !/^\d+$/.test(frac)) return NaN;
  let digits: string;
  if (intPart.indexOf(group) >= 0) {
    const groups = intPart.split(group);
    if (!/^\d{1,3}$/.test(groups[0])) return NaN;
    for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return NaN;
    digits = groups.join('');
  } else {
    if (intPart !== '' && !/^\d+$/.test(intPart)) return NaN;
    digits = intPart;
  }
  if (digits === '' && frac === '') return NaN;
  return Number((digits || '0') + '.' + (frac || '0'));
}

/**
 * Parses one cell. null = empty (missing), NaN = not a number (bad).
 * `decimal` is the column's decimal separator from decideDecimal.
 */
export function parseNumber(raw: string, decimal: DecimalSeparator = '.'): number | null {
  if (decimal === '.' && PLAIN.test(raw)) return Number(raw) + 0; // + 0 turns -0 into 0
  if (raw.trim() === '') return null;
  const parts = split(raw);
  if (!parts) return NaN;
  const v = bodyToNumber(parts.body, decimal);
  // `-0` would print as "-0" in reports; a negative zero is just zero.
  return parts.neg ? (v === 0 ? 0 : -v) : v;
}

export interface DecimalVotes {
  dot: number;
  comma: number;
}

/** Adds one value's vote (see the rule at the top of the file). */
export function voteDecimal(raw: string, votes: DecimalVotes): void {
  if (PLAIN.test(raw)) {
    if (raw.indexOf('.') >= 0 && !/\.\d{3}$/.test(raw)) votes.dot++;
    else if (/^[+-]?0\.\d{3}$/.test(raw)) votes.dot++;
    return;
  }
  const parts = split(raw);
  if (!parts) return;
  const b = parts.body.replace(SPACE_GROUPS, '');
  const lastDot = b.lastIndexOf('.');
  const lastComma = b.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    if (lastComma > lastDot) votes.comma++;
    else votes.dot++;
    return;
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (sep === '') return;
  const first = b.indexOf(sep);
  if (first !== b.lastIndexOf(sep)) {
    // 1,234,567 -> ',' groups -> decimal is '.'; 1.234.567 -> decimal is ','.
    if (sep === ',') votes.dot++;
    else votes.comma++;
    return;
  }
  const after = b.length - first - 1;
  const before = b.slice(0, first);
  if (after !== 3 || before === '' || /^0+$/.test(before)) {
    if (sep === ',') votes.comma++;
    else votes.dot++;
  }
}

export interface DecimalDecision {
  decimal: DecimalSeparator;
  /** False when no value voted (every value was an integer or `1,234`-like). */
  certain: boolean;
  votes: DecimalVotes;
}

export function decideDecimal(values: Iterable<string>): DecimalDecision {
  const votes: DecimalVotes = { dot: 0, comma: 0 };
  for (const v of values) voteDecimal(v, votes);
  return {
    decimal: votes.comma > votes.dot ? ',' : '.',
    certain: votes.comma + votes.dot > 0,
    votes,
  };
}
