/**
 * The one definition of valid lens settings (LensSettings) and analysis days. Every reader of
 * settings from outside the running app (stored workspaces and their snapshots, workspace
 * files, scenario links and files) checks them here, so a value the views cannot draw
 * (`pyramid.tiers: "bogus"`, a rule without R, NaN cuts) is refused before it is used or saved
 * instead of blanking a view after every reload.
 *
 * Semantic, not only types: scores are whole numbers within 1..k for the record's own k,
 * dragged edges are k − 1 ascending numbers, pyramid cuts are strictly descending and fit
 * their mode. What the pure operations in `settings.ts` produce always passes (settingsSchema
 * test checks them).
 *
 * A check returns null or the first problem as a message reference that names the field path
 * as data, e.g. `{ key: 'valid.oneOf', params: { field: 'settings.pyramid.tiers', values:
 * ['three', 'four'] } }` ("settings.pyramid.tiers must be three or four"); the UI translates
 * it, persistence keeps an English copy. Hand-written (no schema library):
 * the workspace check runs at start-up and these few helpers cost nothing in the first paint.
 */
import { isoToDay } from '../days';
import { msg, type MessageRef } from '../messages';
import { BIN_CHOICES, MAX_DAYS_AFTER_DATA, MAX_DISCOUNT_RATE, MAX_FUTURE_WEEKS, MAX_LIFECYCLE_DAYS } from './settings';

/** Why a value is not valid at path `at`, or null. */
export type Check = (v: unknown, at: string) => MessageRef | null;

export const MAX_SEGMENT_RULES = 50;
export const MAX_RULE_TEXT = 100;
export { MAX_LIFECYCLE_DAYS };
export const BIN_VALUES = BIN_CHOICES;
export const THRESHOLD_METHODS = ['mean', 'median', 'score', 'custom'] as const;
export const AXIS_METHODS = ['median', 'mean', 'custom'] as const;
export const TIER_SETS = ['three', 'four'] as const;
export const PYRAMID_MODES = ['percentile', 'amount'] as const;
export const EDGE_DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;
const RULE_DIMS = ['R', 'F', 'M'] as const;
const LIFECYCLE_KEYS = ['acquisitionDays', 'maturityDays', 'churnDays'] as const;

/**
 * Analysis days the app can reach: the ingest reads years 1000..9999 and an analysis date may
 * lie up to MAX_DAYS_AFTER_DATA after the data, so nothing a user set is refused, while
 * 1e15 (no calendar date at all) is.
 */
export const MIN_ANALYSIS_DAY = isoToDay('1000-01-01')!;
export const MAX_ANALYSIS_DAY = isoToDay('9999-12-31')! + 1 + MAX_DAYS_AFTER_DATA;

// ---- shared helpers (also used by the other record checks) ------------------------------

/** A JSON-like object: not null, not an array or typed array, no exotic prototype. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || ArrayBuffer.isView(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** Own properties only: `constructor` or `__proto__` never come from the prototype. */
export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** The own property `key` of `o`, or undefined (never an inherited one). */
export function own(o: Record<string, unknown>, key: string): unknown {
  return hasOwn(o, key) ? o[key] : undefined;
}

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isWholeIn = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** "{field} must be an object" and the like: the common problems, keyed in the 'common' area. */
export const mustBeObject = (field: string): MessageRef => msg('valid.object', { field });

export const oneOf =
  (values: readonly (string | number)[]): Check =>
  (v, at) =>
    (values as readonly unknown[]).includes(v) ? null : msg('valid.oneOf', { field: at, values });

export const finite: Check = (v, at) => (isFiniteNumber(v) ? null : msg('valid.finite', { field: at }));

export const wholeIn =
  (lo: number, hi: number): Check =>
  (v, at) =>
    isWholeIn(v, lo, hi) ? null : msg('valid.wholeIn', { field: at, min: lo, max: hi });

export const text =
  (max: number, min = 0): Check =>
  (v, at) => {
    if (typeof v !== 'string') return msg('valid.text', { field: at });
    if (v.length < min) return msg('valid.notEmpty', { field: at });
    return v.length > max ? msg('valid.maxChars', { field: at, max }) : null;
  };

export const object: Check = (v, at) => (isRecord(v) ? null : mustBeObject(at));

/** The first problem among the fields of an object already known to be one ('' = top level). */
export function fields(o: Record<string, unknown>, at: string, checks: Record<string, Check>): MessageRef | null {
  for (const [key, check] of Object.entries(checks)) {
    const p = check(own(o, key), at ? `${at}.${key}` : key);
    if (p) return p;
  }
  return null;
}

// ---- analysis day ------------------------------------------------------------------------

/** null (the default: the day after the last transaction) or a whole day number in range. */
export const analysisDayProblem: Check = (v, at) =>
  v === null ? null : isWholeIn(v, MIN_ANALYSIS_DAY, MAX_ANALYSIS_DAY) ? null : msg('valid.dayOrNull', { field: at, min: MIN_ANALYSIS_DAY, max: MAX_ANALYSIS_DAY });

// ---- lens settings -----------------------------------------------------------------------

function edgesProblem(v: unknown, at: string, k: number): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  for (const dim of Object.keys(v)) {
    if (!(EDGE_DIMENSIONS as readonly string[]).includes(dim)) return msg('valid.unknownDimension', { field: at, name: dim, values: EDGE_DIMENSIONS });
    const edges = v[dim];
    const path = `${at}.${dim}`;
    if (!Array.isArray(edges) || edges.length !== k - 1) return msg('valid.edgeCount', { field: path, count: k - 1, k });
    for (let i = 0; i < edges.length; i++) {
      if (!isFiniteNumber(edges[i])) return msg('valid.finite', { field: `${path}[${i}]` });
      if (i > 0 && edges[i] < edges[i - 1]) return msg('valid.ascending', { field: path });
    }
  }
  return null;
}

function thresholdProblem(v: unknown, at: string, k: number): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  const method = own(v, 'method');
  const p = oneOf(THRESHOLD_METHODS)(method, `${at}.method`);
  if (p) return p;
  const value = own(v, 'value');
  if (value === undefined) return null;
  if (method === 'score') return wholeIn(1, k)(value, `${at}.value`);
  return finite(value, `${at}.value`);
}

function rangeProblem(v: unknown, at: string, k: number): MessageRef | null {
  if (!isRecord(v)) return msg('valid.scoreRange', { field: at });
  const p = fields(v, at, { min: wholeIn(1, k), max: wholeIn(1, k) });
  if (p) return p;
  return (v.min as number) > (v.max as number) ? msg('valid.minAboveMax', { field: at }) : null;
}

function rulesProblem(v: unknown, at: string, k: number): MessageRef | null {
  if (v === null) return null;
  if (!Array.isArray(v)) return msg('valid.rulesOrNull', { field: at });
  if (v.length > MAX_SEGMENT_RULES) return msg('valid.maxRules', { field: at, max: MAX_SEGMENT_RULES });
  const keys = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const rule = v[i];
    const path = `${at}[${i}]`;
    if (!isRecord(rule)) return mustBeObject(path);
    const p =
      text(MAX_RULE_TEXT, 1)(own(rule, 'key'), `${path}.key`) ??
      (own(rule, 'label') === undefined ? null : text(MAX_RULE_TEXT)(rule.label, `${path}.label`));
    if (p) return p;
    // The rule table is keyed by it: a repeated key would break the view.
    if (keys.has(rule.key as string)) return msg('valid.repeatedRuleKey', { field: `${path}.key` });
    keys.add(rule.key as string);
    for (const d of RULE_DIMS) {
      const r = rangeProblem(own(rule, d), `${path}.${d}`, k);
      if (r) return r;
    }
  }
  return null;
}

function pyramidProblem(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  const p = fields(v, at, { tiers: oneOf(TIER_SETS), mode: oneOf(PYRAMID_MODES) });
  if (p) return p;
  const n = v.tiers === 'three' ? 2 : 3;
  const cuts = own(v, 'cuts');
  const path = `${at}.cuts`;
  if (!Array.isArray(cuts) || cuts.length !== n) return msg('valid.cutCount', { field: path, count: n, tiers: n + 1 });
  for (let i = 0; i < n; i++) {
    const c = cuts[i];
    if (!isFiniteNumber(c)) return msg('valid.finite', { field: `${path}[${i}]` });
    if (v.mode === 'percentile' && (c < 0 || c > 1)) return msg('valid.percentile', { field: `${path}[${i}]` });
    if (v.mode === 'amount' && c < 0) return msg('valid.amount', { field: `${path}[${i}]` });
    if (i > 0 && !(c < cuts[i - 1])) return msg('valid.descending', { field: path });
  }
  return null;
}

function axisProblem(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  const p = oneOf(AXIS_METHODS)(own(v, 'method'), `${at}.method`);
  if (p) return p;
  return own(v, 'value') === undefined ? null : finite(v.value, `${at}.value`);
}

function quadrantProblem(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  return axisProblem(own(v, 'x'), `${at}.x`) ?? axisProblem(own(v, 'y'), `${at}.y`);
}

function lifecycleProblem(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  for (const key of LIFECYCLE_KEYS) {
    const p = wholeIn(0, MAX_LIFECYCLE_DAYS)(own(v, key), `${at}.${key}`);
    if (p) return p;
  }
  return null;
}

/**
 * Why `v` is not a valid LensSettings (the first problem, its path starting at `at`), or
 * null. Fields are checked against the record's own k (`bins`). Unknown extra fields are
 * ignored; missing ones are problems (fill defaults first where old records may lack them).
 */
export function lensSettingsProblem(v: unknown, at = 'settings'): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  const bins = own(v, 'bins');
  const b = oneOf(BIN_VALUES)(bins, `${at}.bins`);
  if (b) return b;
  const k = bins as number;
  const edges = edgesProblem(own(v, 'customEdges'), `${at}.customEdges`, k);
  if (edges) return edges;
  const thresholds = own(v, 'thresholds');
  if (!isRecord(thresholds)) return mustBeObject(`${at}.thresholds`);
  for (const d of EDGE_DIMENSIONS) {
    const p = thresholdProblem(own(thresholds, d), `${at}.thresholds.${d}`, k);
    if (p) return p;
  }
  return (
    rulesProblem(own(v, 'segmentRules'), `${at}.segmentRules`, k) ??
    pyramidProblem(own(v, 'pyramid'), `${at}.pyramid`) ??
    quadrantProblem(own(v, 'valuePotential'), `${at}.valuePotential`) ??
    quadrantProblem(own(v, 'currentFuture'), `${at}.currentFuture`) ??
    lifecycleProblem(own(v, 'lifecycle'), `${at}.lifecycle`)
  );
}

/** The settings check as a `Check`, for `fields(...)`. */
export const lensSettings: Check = (v, at) => lensSettingsProblem(v, at);

// ---- future-value model ------------------------------------------------------------------

/** Why `v` is not a valid FutureSetting (holdout 0.., horizon 1.. whole weeks; a rate within [0, 0.99]), or null. */
export const futureSetting: Check = (v, at) => {
  if (!isRecord(v)) return mustBeObject(at);
  const p = fields(v, at, { holdoutWeeks: wholeIn(0, MAX_FUTURE_WEEKS), horizonWeeks: wholeIn(1, MAX_FUTURE_WEEKS), annualDiscountRate: finite });
  if (p) return p;
  const rate = v.annualDiscountRate as number;
  return rate >= 0 && rate <= MAX_DISCOUNT_RATE ? null : msg('valid.between', { field: `${at}.annualDiscountRate`, min: 0, max: MAX_DISCOUNT_RATE });
};
