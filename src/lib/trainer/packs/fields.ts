/**
 * The composer's parameter form, one field per default parameter of each kind. kinds.ts
 * only knows the values; the ranges, units and labels a form needs live here, and a test
 * keeps this table in step with the kinds' defaults. Shares (0..1) are shown as percent.
 */
import { EIGHT_CLASS_KEYS } from '../../domain/models/eightClasses';
import { VALUE_POTENTIAL_KEYS } from '../../domain/models/quadrants';
import type { ExerciseKind, Params } from '../../domain/teaching/exercises';

export type Unit = 'percent' | 'points' | 'days' | 'weeks' | 'months' | 'customers' | 'money' | 'times';

export interface NumberRule {
  /** In display units (after `scale`). */
  min: number;
  max: number;
  step: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
  /** 100 for a share shown as percent. */
  scale?: number;
  unit: Unit;
}

interface Base {
  name: string;
  labelKey: string;
  helpKey?: string;
}

export type NumberField = Base & NumberRule & { type: 'number' };
export interface ChoiceOption {
  value: string | number;
  labelKey?: string;
  /** A literal label (encodings are names, not words). */
  label?: string;
}
export type ChoiceField = Base & { type: 'choice'; options: ChoiceOption[] };
export type ListField = Base & {
  type: 'list';
  item: NumberRule;
  /** Allowed lengths; more than one gives a "how many" select. */
  lengths: number[];
  itemLabelKeys?: string[];
  rule?: 'descending' | 'sum100';
};
export type ParamField = NumberField | ChoiceField | ListField;

const share = (labelKey: string, helpKey?: string): NumberField => ({
  type: 'number', name: '', labelKey, helpKey, min: 0, max: 100, minExclusive: true, maxExclusive: true, step: 1, scale: 100, unit: 'percent',
});
const named = <F extends ParamField>(name: string, f: F): F => ({ ...f, name });

const DIMENSION: ChoiceField = {
  type: 'choice',
  name: 'dimension',
  labelKey: 'packs.param.dimension',
  options: (['recency', 'frequency', 'monetary'] as const).map((d) => ({ value: d, labelKey: `term.${d}` })),
};
const CUSTOMER_AT: NumberField = {
  type: 'number', name: 'customerAt', labelKey: 'packs.param.customerAt', helpKey: 'packs.param.customerAt.help', min: 0, max: 100, step: 1, scale: 100, unit: 'percent',
};
const ANSWER_TOLERANCE: NumberField = {
  type: 'number', name: 'answerTolerance', labelKey: 'packs.param.answerTolerance', min: 0, max: 50, step: 0.5, unit: 'points',
};
const MONTHS: NumberField = { type: 'number', name: 'months', labelKey: 'packs.param.months', min: 1, max: 36, step: 1, integer: true, unit: 'months' };
const classChoice = (name: string, labelKey: string): ChoiceField => ({
  type: 'choice', name, labelKey, options: EIGHT_CLASS_KEYS.map((k) => ({ value: k, labelKey: `class.${k}` })),
});

export const FIELDS: Record<ExerciseKind, ParamField[]> = {
  reachTarget: [
    named('targetShare', share('packs.param.targetShare')),
    { type: 'number', name: 'tolerance', labelKey: 'packs.param.tolerance.state', min: 0, max: 50, step: 0.5, scale: 100, unit: 'points' },
    ANSWER_TOLERANCE,
  ],
  classifyByHand: [CUSTOMER_AT],
  scoreByHand: [DIMENSION, CUSTOMER_AT],
  pyramidShare: [
    {
      type: 'list', name: 'cuts', labelKey: 'packs.param.cuts', helpKey: 'packs.param.cuts.help', lengths: [2, 3], rule: 'descending',
      item: { min: 0, max: 100, minExclusive: true, maxExclusive: true, step: 1, scale: 100, unit: 'percent' },
    },
    // The answer is a ratio (how many times the average customer), so its error is in times too.
    { ...ANSWER_TOLERANCE, max: 1, step: 0.01, unit: 'times' },
  ],
  findMovers: [
    MONTHS,
    classChoice('from', 'packs.param.from'),
    classChoice('to', 'packs.param.to'),
    { type: 'number', name: 'pick', labelKey: 'packs.param.pick', min: 1, max: 10, step: 1, integer: true, unit: 'customers' },
  ],
  matchActions: [],
  splitBudget: [
    { type: 'number', name: 'total', labelKey: 'packs.param.total', min: 0, minExclusive: true, max: 1e12, step: 1000, unit: 'money' },
    {
      type: 'list', name: 'split', labelKey: 'packs.param.split', helpKey: 'packs.param.split.help', lengths: [4], rule: 'sum100',
      itemLabelKeys: VALUE_POTENTIAL_KEYS.map((k) => `quadrant.${k}`),
      item: { min: 0, max: 100, step: 1, scale: 100, unit: 'percent' },
    },
    { type: 'number', name: 'tolerance', labelKey: 'packs.param.tolerance.relative', min: 0, max: 50, step: 0.5, scale: 100, unit: 'percent' },
  ],
  readChart: [],
  editRules: [],
  predictDirection: [DIMENSION],
  explainEmptyBin: [DIMENSION],
  lifecycleChurn: [{ type: 'number', name: 'churnDays', labelKey: 'packs.param.churnDays', min: 1, max: 3650, step: 1, integer: true, unit: 'days' }],
  pareto: [
    named('revenueShare', share('packs.param.revenueShare')),
    { type: 'number', name: 'tolerance', labelKey: 'packs.param.tolerance.points', min: 0, max: 50, step: 0.5, unit: 'points' },
  ],
  connectLenses: [
    { type: 'choice', name: 'boundary', labelKey: 'packs.param.boundary', options: [0, 1, 2].map((b) => ({ value: b, labelKey: `packs.param.boundary.${b}` })) },
  ],
  overTime: [MONTHS],
  realFiles: [
    {
      type: 'choice', name: 'encoding', labelKey: 'packs.param.encoding',
      options: ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'].map((e) => ({ value: e, label: e.toUpperCase() })),
    },
  ],
  readPAlive: [
    { type: 'choice', name: 'band', labelKey: 'packs.param.band', options: ['low', 'middle', 'high'].map((b) => ({ value: b, labelKey: `ex.choice.pAlive.${b}` })) },
    { type: 'number', name: 'at', labelKey: 'packs.param.bandAt', helpKey: 'packs.param.bandAt.help', min: 0, max: 100, step: 1, scale: 100, unit: 'percent' },
  ],
  holdoutDirection: [{ type: 'number', name: 'holdoutWeeks', labelKey: 'packs.param.holdoutWeeks', min: 1, max: 104, step: 1, integer: true, unit: 'weeks' }],
};

// Floating point: 0.07 * 100 is 7.000000000000001; nobody types more than 8 decimals.
const tidy = (v: number) => Math.round(v * 1e8) / 1e8;

/** A stored value as the form shows it. */
export function toDisplay(value: unknown, rule: { scale?: number }): number | '' {
  return typeof value === 'number' && Number.isFinite(value) ? tidy(value * (rule.scale ?? 1)) : '';
}

/** What the form holds back to a stored value (NaN for an empty or bad field: the form shows why). */
export function fromDisplay(text: string | number, rule: { scale?: number }): number {
  if (typeof text === 'string' && text.trim() === '') return NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n / (rule.scale ?? 1) : NaN;
}

/** A problem with the parameters, as a message key (params ending in "Key" are keys too). */
export interface FieldProblem {
  field: string;
  key: string;
  params: Params;
}

function numberProblem(value: unknown, rule: NumberRule, labelKey: string, field: string): FieldProblem | null {
  const v = toDisplay(value, rule);
  if (v === '') return { field, key: 'packs.invalid.number', params: { fieldKey: labelKey } };
  if (rule.integer && !Number.isInteger(v)) return { field, key: 'packs.invalid.integer', params: { fieldKey: labelKey } };
  const low = rule.minExclusive ? v <= rule.min : v < rule.min;
  const high = rule.maxExclusive ? v >= rule.max : v > rule.max;
  if (low || high) {
    const key = rule.minExclusive && rule.maxExclusive ? 'packs.invalid.between' : rule.minExclusive ? 'packs.invalid.above' : 'packs.invalid.range';
    return { field, key, params: { fieldKey: labelKey, min: rule.min, max: rule.max, unitKey: `packs.unit.${rule.unit}` } };
  }
  return null;
}

/** The first problem of the form, in the order of its fields; null when every field is fine. */
export function fieldProblem(kind: ExerciseKind, params: Record<string, unknown>): FieldProblem | null {
  for (const f of FIELDS[kind]) {
    const v = params[f.name];
    if (f.type === 'number') {
      const p = numberProblem(v, f, f.labelKey, f.name);
      if (p) return p;
    } else if (f.type === 'choice') {
      if (!f.options.some((o) => o.value === v)) return { field: f.name, key: 'packs.invalid.choice', params: { fieldKey: f.labelKey } };
    } else {
      const list = Array.isArray(v) ? v : [];
      if (!f.lengths.includes(list.length)) return { field: f.name, key: 'packs.invalid.choice', params: { fieldKey: f.labelKey } };
      for (let i = 0; i < list.length; i++) {
        const p = numberProblem(list[i], f.item, f.itemLabelKeys?.[i] ?? f.labelKey, f.name);
        if (p) return p;
      }
      if (f.rule === 'descending' && list.some((c, i) => i > 0 && c >= list[i - 1])) return { field: f.name, key: 'packs.invalid.descending', params: { fieldKey: f.labelKey } };
      if (f.rule === 'sum100') {
        const sum = list.reduce((a: number, b: number) => a + b, 0);
        if (Math.abs(sum - 1) > 1e-6) return { field: f.name, key: 'packs.invalid.sum', params: { fieldKey: f.labelKey, sum: tidy(sum * 100) } };
      }
    }
  }
  if (kind === 'findMovers' && params.from === params.to) return { field: 'to', key: 'packs.invalid.sameClass', params: {} };
  return null;
}

/** Percentile cuts (0.8, 0.5) as the tiers' shares top to bottom ("20 / 30 / 50"). */
export function cutsSplit(cuts: readonly number[]): string {
  const parts: number[] = [];
  let prev = 1;
  for (const c of cuts) {
    parts.push(tidy((prev - c) * 100));
    prev = c;
  }
  parts.push(tidy(prev * 100));
  return parts.join(' / ');
}

/** A list's new value at another length: longer repeats the gap to zero, shorter drops the tail. */
export function resizeList(list: readonly number[], length: number, rule: ListField['rule']): number[] {
  const out = list.slice(0, length);
  while (out.length < length) {
    const last = out.length ? out[out.length - 1] : 1;
    out.push(rule === 'descending' ? tidy(last / 2) : 0);
  }
  return out;
}
