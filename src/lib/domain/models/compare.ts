/**
 * Compare two labellings of the same dataset: two analysis dates (COURSE.md: re-evaluate
 * every quarter) or a saved snapshot of the settings against now. Work is staged so a UI
 * can cache each step: `sideMetrics` (one metrics pass per side, depends on the date and
 * monetary mode only), `labelSide` (one lens, cheap), `compareLabellings` (the matrix).
 */
import type { CustomerMetrics, Dataset, DayNumber } from '../types';
import {
  computeEight,
  computeQuadrant,
  computeScores,
  computeSegments,
  sortMetrics,
  type LensSettings,
  type SortedMetrics,
} from './analysis';
import { EIGHT_CLASS_KEYS } from './eightClasses';
import { LIFECYCLE_KEYS, lifecycleStages } from './lifecycle';
import { computeMetrics, type MonetaryMode } from './metrics';
import { valuePyramid } from './pyramid';
import { CURRENT_FUTURE_KEYS, quadrants, resolveAxis, VALUE_POTENTIAL_KEYS, type AxisThreshold } from './quadrants';
import { sortedCopy } from './quantile';
import { finiteOnly } from '../future/align';
import { OTHERS_KEY } from './segments';
import { transitionMatrix, type Labelling, type TransitionMatrix } from './transitions';

/** Same keys as the workspace's LensKey (kept here so the domain does not import UI state). */
export type CompareLens = 'eight' | 'segments' | 'pyramid' | 'valuePotential' | 'currentFuture' | 'lifecycle';
export const COMPARE_LENSES: readonly CompareLens[] = ['eight', 'segments', 'pyramid', 'valuePotential', 'currentFuture', 'lifecycle'];

/** One side of a comparison: a Snapshot, or the workspace's current date and settings. */
export interface CompareSide {
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  settings: LensSettings;
}

/** A class of a lens: a stable key, its message key, and a user-given name for custom segment rules. */
export interface ClassInfo {
  key: string;
  messageKey: string;
  label?: string;
}

/** One side labelled by one lens. `index` maps each labelled customer to the dataset index. */
export interface SideLabels {
  classes: ClassInfo[];
  index: Int32Array;
  labels: Uint8Array;
  counts: number[];
  revenue: number[];
}

/** The one expensive step: a pass over the transactions at the side's analysis date. */
export function sideMetrics(dataset: Dataset, side: Pick<CompareSide, 'analysisDay' | 'monetaryMode'>): CustomerMetrics {
  return computeMetrics(dataset, { analysisDay: side.analysisDay ?? undefined, monetaryMode: side.monetaryMode });
}

const classesOf = (prefix: string, keys: readonly string[]): ClassInfo[] => keys.map((key) => ({ key, messageKey: `${prefix}.${key}` }));

function tally(labels: Uint8Array, monetary: ArrayLike<number>, classes: number): { counts: number[]; revenue: number[] } {
  const counts = new Array<number>(classes).fill(0);
  const revenue = new Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) {
    counts[labels[i]]++;
    revenue[labels[i]] += monetary[i];
  }
  return { counts, revenue };
}

/**
 * The current × future quadrant on future values from elsewhere (the model's estimate), as the
 * live quadrant view labels it: NaN (no estimate) is low, and the line's mean or median is
 * over the customers that have an estimate.
 */
function futureQuadrantLabels(m: CustomerMetrics, sorted: SortedMetrics, future: Float64Array, setting: { x: AxisThreshold; y: AxisThreshold }): Uint8Array {
  const finite = finiteOnly(future);
  const yT = resolveAxis(finite, setting.y, sortedCopy(finite));
  return quadrants(m.monetary, future, m.monetary, resolveAxis(m.monetary, setting.x, sorted.monetary), yT).labels;
}

/**
 * Label one side with one lens, using the same functions as the live views. Returns null
 * when the lens needs a column the data does not have (potential, future value).
 * `future`: the current × future quadrant's future values per metrics position when they do
 * not come from the metrics (the model's estimate); absent or null, the metrics' own column.
 */
export function labelSide(
  m: CustomerMetrics,
  settings: LensSettings,
  lens: CompareLens,
  sorted: SortedMetrics = sortMetrics(m),
  future: Float64Array | null = null,
): SideLabels | null {
  let classes: ClassInfo[];
  let labels: Uint8Array;
  switch (lens) {
    case 'eight': {
      const scores = computeScores(m, sorted, settings.bins, settings.customEdges);
      labels = computeEight(m, sorted, scores, settings.thresholds).labels;
      classes = classesOf('class', EIGHT_CLASS_KEYS);
      break;
    }
    case 'segments': {
      const scores = computeScores(m, sorted, settings.bins, settings.customEdges);
      const result = computeSegments(m, scores, settings.segmentRules);
      labels = result.labels;
      classes = [
        ...result.rules.map((rule) => ({ key: rule.key, messageKey: `segment.${rule.key}`, ...(rule.label ? { label: rule.label } : {}) })),
        { key: OTHERS_KEY, messageKey: `segment.${OTHERS_KEY}` },
      ];
      break;
    }
    case 'pyramid': {
      const result = valuePyramid(m.monetary, settings.pyramid, sorted.monetary);
      labels = result.labels;
      classes = classesOf('tier', result.tiers.map((t) => t.tier));
      break;
    }
    case 'valuePotential':
      if (!m.potential) return null;
      labels = computeQuadrant(m, sorted, 'potential', settings.valuePotential)!.labels;
      classes = classesOf('quadrant', VALUE_POTENTIAL_KEYS);
      break;
    case 'currentFuture':
      if (future) labels = futureQuadrantLabels(m, sorted, future, settings.currentFuture);
      else if (!m.futureValue) return null;
      else labels = computeQuadrant(m, sorted, 'futureValue', settings.currentFuture)!.labels;
      classes = classesOf('quadrant', CURRENT_FUTURE_KEYS);
      break;
    case 'lifecycle':
      labels = lifecycleStages(m.recency, m.frequency, m.monetary, m.tenure, settings.lifecycle).labels;
      classes = classesOf('lifecycle', LIFECYCLE_KEYS);
      break;
  }
  return { classes, index: m.index, labels, ...tally(labels, m.monetary, classes.length) };
}

/**
 * The moves the course asks trainers to act on first: an important-value customer (HHH)
 * who has stopped buying recently (LHH, important to retain) or is slipping away (LLH,
 * important to win back).
 */
export const EARLY_WARNING_MOVES: readonly (readonly [string, string])[] = [
  ['HHH', 'LLH'],
  ['HHH', 'LHH'],
];

export function isEarlyWarning(lens: CompareLens, fromKey: string, toKey: string): boolean {
  return lens === 'eight' && EARLY_WARNING_MOVES.some(([a, b]) => a === fromKey && b === toKey);
}

export interface EarlyWarningCell {
  from: number;
  to: number;
  count: number;
}

export interface Comparison {
  lens: CompareLens;
  /** Classes of both sides (the "to" side's order, then classes only the "from" side had). */
  classes: ClassInfo[];
  /** Row/column index of "absent": no purchase before that side's date. Equals classes.length. */
  absent: number;
  customerCount: number;
  matrix: TransitionMatrix;
  /** Per dataset customer: class on each side, or `absent`. */
  fromOf: Uint16Array;
  toOf: Uint16Array;
  /** Per class (no absent entry). */
  fromCounts: number[];
  toCounts: number[];
  fromRevenue: number[];
  toRevenue: number[];
  /** Present on both sides: same class / another class. */
  stayed: number;
  changed: number;
  /** Absent on the "from" side only (new customers) / on the "to" side only. */
  entered: number;
  left: number;
  /** Pyramid only, both sides with the same tiers: moved to a higher (lower) tier. Tier 0 is the top. */
  promotions: number | null;
  demotions: number | null;
  /** Eight classes only: the EARLY_WARNING_MOVES cells, with their counts. */
  earlyWarnings: EarlyWarningCell[];
}

/** All classes of `to`, then those only `from` has, kept before "Others" (always last). */
function unionClasses(from: ClassInfo[], to: ClassInfo[]): ClassInfo[] {
  const union = [...to];
  const known = new Set(to.map((c) => c.key));
  for (const c of from) {
    if (known.has(c.key)) continue;
    known.add(c.key);
    const others = union.findIndex((u) => u.key === OTHERS_KEY);
    if (others >= 0) union.splice(others, 0, c);
    else union.push(c);
  }
  return union;
}

function remap(side: SideLabels, union: ClassInfo[]): Labelling & { labels: Uint16Array } {
  const position = new Map(union.map((c, i) => [c.key, i]));
  const code = side.classes.map((c) => position.get(c.key)!);
  const labels = new Uint16Array(side.labels.length);
  for (let i = 0; i < labels.length; i++) labels[i] = code[side.labels[i]];
  return { index: side.index, labels };
}

/** The transition matrix and its totals. `customerCount` = number of customers in the dataset. */
export function compareLabellings(lens: CompareLens, from: SideLabels, to: SideLabels, customerCount: number): Comparison {
  const classes = unionClasses(from.classes, to.classes);
  const absent = classes.length;
  const a = remap(from, classes);
  const b = remap(to, classes);
  const matrix = transitionMatrix(a, b, classes.length, customerCount);
  const counts = matrix.counts;
  let stayed = 0;
  let changed = 0;
  let entered = 0;
  let left = 0;
  for (let i = 0; i <= absent; i++) {
    for (let j = 0; j <= absent; j++) {
      const n = counts[i][j];
      if (i === absent) entered += j === absent ? 0 : n;
      else if (j === absent) left += n;
      else if (i === j) stayed += n;
      else changed += n;
    }
  }
  const sameTiers = lens === 'pyramid' && from.classes.length === to.classes.length && from.classes.every((c, i) => c.key === to.classes[i].key);
  let promotions: number | null = null;
  let demotions: number | null = null;
  if (sameTiers) {
    promotions = 0;
    demotions = 0;
    for (let i = 0; i < absent; i++)
      for (let j = 0; j < absent; j++) {
        if (j < i) promotions += counts[i][j];
        else if (j > i) demotions += counts[i][j];
      }
  }
  const earlyWarnings: EarlyWarningCell[] = [];
  if (lens === 'eight') {
    const at = new Map(classes.map((c, i) => [c.key, i]));
    for (const [f, t] of EARLY_WARNING_MOVES) {
      const i = at.get(f);
      const j = at.get(t);
      if (i !== undefined && j !== undefined) earlyWarnings.push({ from: i, to: j, count: counts[i][j] });
    }
  }
  const byUnion = (side: SideLabels, values: number[]) => {
    const out = new Array<number>(classes.length).fill(0);
    const position = new Map(classes.map((c, i) => [c.key, i]));
    side.classes.forEach((c, i) => (out[position.get(c.key)!] += values[i]));
    return out;
  };
  return {
    lens,
    classes,
    absent,
    customerCount,
    matrix,
    fromOf: matrix.fromOf,
    toOf: matrix.toOf,
    fromCounts: byUnion(from, from.counts),
    toCounts: byUnion(to, to.counts),
    fromRevenue: byUnion(from, from.revenue),
    toRevenue: byUnion(to, to.revenue),
    stayed,
    changed,
    entered,
    left,
    promotions,
    demotions,
    earlyWarnings,
  };
}

/**
 * Dataset indices of the customers in cell (`from`, `to`) (either may be `absent`), in
 * dataset order, at most `limit`; `total` is the cell's full count.
 */
export function moversOf(c: Comparison, from: number, to: number, limit = Infinity): { indices: number[]; total: number } {
  const total = from <= c.absent && to <= c.absent ? c.matrix.counts[from][to] : 0;
  const indices: number[] = [];
  if (from === c.absent && to === c.absent) return { indices, total: 0 };
  for (let i = 0; i < c.customerCount && indices.length < Math.min(limit, total); i++) {
    if (c.fromOf[i] === from && c.toOf[i] === to) indices.push(i);
  }
  return { indices, total };
}

/** Everything in one call (tests, CLI). The UI caches `sideMetrics` per side instead. */
export function compare(dataset: Dataset, from: CompareSide, to: CompareSide, lens: CompareLens): Comparison | null {
  const a = labelSide(sideMetrics(dataset, from), from.settings, lens);
  const b = labelSide(sideMetrics(dataset, to), to.settings, lens);
  if (!a || !b) return null;
  return compareLabellings(lens, a, b, dataset.customerIds.length);
}

/** The same calendar day `months` months earlier (clamped to the month's end), as a day number. */
export function monthsEarlier(day: DayNumber, months: number): DayNumber {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) / 86_400_000);
}
