/**
 * The classified customer table as CSV: one row per customer with R, F, M, their scores and
 * the label of every lens (both quadrants when the data has their axis), in the order the
 * table on screen is sorted. A settings block comes first (lines starting with "#", then an
 * empty line), so the file says which thresholds made the labels; a program reading the
 * table skips to the first empty line, or reads with "#" as the comment mark (pandas
 * `read_csv(comment='#')`): a settings line is never quoted, since a quoted "# ..." is a cell,
 * not a comment, to such a reader. Text cells are neutralised against CSV injection (see
 * csv.ts); numbers stay numbers.
 */
import type { LocaleCode } from '../i18n/catalog';
import type { CustomerMetrics } from '../domain/types';
import { EIGHT_CLASS_KEYS } from '../domain/models/eightClasses';
import { LIFECYCLE_KEYS } from '../domain/models/lifecycle';
import { CURRENT_FUTURE_KEYS, VALUE_POTENTIAL_KEYS } from '../domain/models/quadrants';
import { OTHERS_KEY, type SegmentRule } from '../domain/models/segments';
import { BOM, toCsv, type CsvCell } from './csv';

export interface CustomerCsvInput {
  metrics: CustomerMetrics;
  /** Per dataset customer index (Dataset.customerNames); the column is left out when absent. */
  names?: readonly string[];
  scores: { R: ArrayLike<number>; F: ArrayLike<number>; M: ArrayLike<number> };
  /** Per metrics position: eight-class code, segment rule index, tier index, lifecycle stage. */
  eight: ArrayLike<number>;
  segments: { labels: ArrayLike<number>; rules: readonly SegmentRule[] };
  pyramid: { labels: ArrayLike<number>; tiers: readonly { tier: string }[] };
  lifecycle: ArrayLike<number>;
  /** Quadrant codes per position; null when the data has no potential / future value (the column is left out). */
  valuePotential: ArrayLike<number> | null;
  currentFuture: ArrayLike<number> | null;
  /** Metrics positions in the order to write them (the table's sort); default: as they are. */
  order?: ArrayLike<number>;
}

type Labels = { labels: ArrayLike<number> };
/** Every lens's result, as the workspace holds them and `analyze()` returns them. */
export interface LensResults {
  scores: { R: { scores: ArrayLike<number> }; F: { scores: ArrayLike<number> }; M: { scores: ArrayLike<number> } };
  eight: Labels;
  segments: CustomerCsvInput['segments'];
  pyramid: CustomerCsvInput['pyramid'];
  lifecycle: Labels;
  valuePotential: Labels | null;
  currentFuture: Labels | null;
}

/** The export's score and label columns, read from the lenses' results. */
export function lensColumns(a: LensResults): Omit<CustomerCsvInput, 'metrics' | 'names' | 'order'> {
  return {
    scores: { R: a.scores.R.scores, F: a.scores.F.scores, M: a.scores.M.scores },
    eight: a.eight.labels,
    segments: a.segments,
    pyramid: a.pyramid,
    lifecycle: a.lifecycle.labels,
    valuePotential: a.valuePotential?.labels ?? null,
    currentFuture: a.currentFuture?.labels ?? null,
  };
}

export interface CustomerCsvOptions {
  /** Header and class names in these languages, joined with " / " (e.g. ['zh', 'en']). */
  languages: readonly LocaleCode[];
  /** Message lookup (the app passes the catalog's `translate`). */
  t: (loc: LocaleCode, key: string) => string;
  bom?: boolean;
  /** Settings lines written before the table, each as "# line", then an empty line. */
  preamble?: readonly string[];
}

/** Header message keys, in column order (the name column only when names are given). */
export const CUSTOMER_CSV_COLUMNS = [
  'term.customerId',
  'term.customerName',
  'export.csv.recency',
  'export.csv.frequency',
  'export.csv.monetary',
  'export.csv.rScore',
  'export.csv.fScore',
  'export.csv.mScore',
  'export.csv.eightKey',
  'export.csv.eightName',
  'export.csv.segment',
  'export.csv.tier',
  'export.csv.lifecycle',
  'export.csv.valuePotential',
  'export.csv.currentFuture',
] as const;

/**
 * A settings line as a CSV comment: "# " and the text as it is, unquoted, with its line breaks
 * folded to spaces so it stays one line. Commas and quotes in it are harmless: a reader that
 * skips comments skips the whole line.
 */
export function commentLine(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}`;
}

export function customersCsv(input: CustomerCsvInput, { languages, t, bom = true, preamble = [] }: CustomerCsvOptions): string {
  const say = (key: string) => languages.map((loc) => t(loc, key)).join(' / ');
  const { metrics: m, names, valuePotential: vp, currentFuture: cf, order } = input;
  const withNames = !!names && names.some((name) => name !== undefined && name !== '');
  const columns = CUSTOMER_CSV_COLUMNS.filter(
    (c) => (withNames || c !== 'term.customerName') && (vp || c !== 'export.csv.valuePotential') && (cf || c !== 'export.csv.currentFuture'),
  );

  // Class names are looked up once per class, not once per customer.
  const eightNames = EIGHT_CLASS_KEYS.map((k) => say(`class.${k}`));
  const segmentNames = [...input.segments.rules.map((r) => r.label ?? say(`segment.${r.key}`)), say(`segment.${OTHERS_KEY}`)];
  const tierNames = input.pyramid.tiers.map((tier) => say(`tier.${tier.tier}`));
  const stageNames = LIFECYCLE_KEYS.map((k) => say(`lifecycle.${k}`));
  const vpNames = VALUE_POTENTIAL_KEYS.map((k) => say(`quadrant.${k}`));
  const cfNames = CURRENT_FUTURE_KEYS.map((k) => say(`quadrant.${k}`));

  const head = preamble.length ? preamble.map((line) => `${commentLine(line)}\r\n`).join('') + '\r\n' : '';
  const rows: CsvCell[][] = [columns.map((c) => say(c))];
  for (let k = 0; k < m.n; k++) {
    const i = order ? order[k] : k;
    const row: CsvCell[] = [m.ids[i]];
    if (withNames) row.push(names![m.index[i]] ?? '');
    const eight = input.eight[i];
    row.push(
      m.recency[i],
      m.frequency[i],
      m.monetary[i],
      input.scores.R[i],
      input.scores.F[i],
      input.scores.M[i],
      EIGHT_CLASS_KEYS[eight],
      eightNames[eight],
      segmentNames[input.segments.labels[i]],
      tierNames[input.pyramid.labels[i]],
      stageNames[input.lifecycle[i]],
    );
    if (vp) row.push(vpNames[vp[i]]);
    if (cf) row.push(cfNames[cf[i]]);
    rows.push(row);
  }
  return (bom ? BOM : '') + head + toCsv(rows, { bom: false });
}
