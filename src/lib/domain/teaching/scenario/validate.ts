/**
 * The full check of a scenario (after a link or file is decoded). Messages are English and
 * name the field, e.g. "steps[2].settings.bins must be 3, 4 or 5".
 */
import { isPlainObject } from './compact';
import { HIDEABLE, MAX_NOTE, MAX_STEPS, MAX_TITLE, SCENARIO_VIEWS } from './types';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkThreshold(name: string, v: unknown, methods: readonly string[]): string | null {
  if (!isPlainObject(v)) return `${name} is not an object`;
  if (!methods.includes(v.method as string)) return `${name}.method is unknown`;
  if (v.value !== undefined && !isFiniteNumber(v.value)) return `${name}.value is not a number`;
  return null;
}

function checkNumberList(name: string, v: unknown): string | null {
  if (!Array.isArray(v) || !v.every(isFiniteNumber)) return `${name} is not a list of numbers`;
  return null;
}

function checkRange(name: string, v: unknown): string | null {
  if (!isPlainObject(v) || !isFiniteNumber(v.min) || !isFiniteNumber(v.max)) return `${name} is not a score range`;
  return null;
}

/** LensSettings, checked field by field (the same rules as a stored workspace, a little stricter). */
export function validateLensSettings(s: unknown, at = 'settings'): string | null {
  if (!isPlainObject(s)) return `${at} is not an object`;
  if (![3, 4, 5].includes(s.bins as number)) return `${at}.bins must be 3, 4 or 5`;
  if (!isPlainObject(s.customEdges)) return `${at}.customEdges is not an object`;
  for (const [dim, edges] of Object.entries(s.customEdges)) {
    if (!['recency', 'frequency', 'monetary'].includes(dim)) return `${at}.customEdges.${dim} is unknown`;
    const p = checkNumberList(`${at}.customEdges.${dim}`, edges);
    if (p) return p;
  }
  if (!isPlainObject(s.thresholds)) return `${at}.thresholds is not an object`;
  for (const d of ['recency', 'frequency', 'monetary']) {
    const p = checkThreshold(`${at}.thresholds.${d}`, s.thresholds[d], ['mean', 'median', 'score', 'custom']);
    if (p) return p;
  }
  if (s.segmentRules !== null) {
    if (!Array.isArray(s.segmentRules)) return `${at}.segmentRules is not a list`;
    for (const [i, rule] of s.segmentRules.entries()) {
      const name = `${at}.segmentRules[${i}]`;
      if (!isPlainObject(rule) || typeof rule.key !== 'string') return `${name} has no key`;
      if (rule.label !== undefined && typeof rule.label !== 'string') return `${name}.label is not text`;
      const p = checkRange(`${name}.R`, rule.R) ?? checkRange(`${name}.F`, rule.F) ?? checkRange(`${name}.M`, rule.M);
      if (p) return p;
    }
  }
  const py = s.pyramid;
  if (!isPlainObject(py)) return `${at}.pyramid is not an object`;
  if (typeof py.tiers !== 'string') return `${at}.pyramid.tiers is unknown`;
  if (py.mode !== 'percentile' && py.mode !== 'amount') return `${at}.pyramid.mode is unknown`;
  const cuts = checkNumberList(`${at}.pyramid.cuts`, py.cuts);
  if (cuts) return cuts;
  for (const lens of ['valuePotential', 'currentFuture']) {
    const q = s[lens];
    if (!isPlainObject(q)) return `${at}.${lens} is not an object`;
    const p =
      checkThreshold(`${at}.${lens}.x`, q.x, ['mean', 'median', 'custom']) ?? checkThreshold(`${at}.${lens}.y`, q.y, ['mean', 'median', 'custom']);
    if (p) return p;
  }
  const lc = s.lifecycle;
  if (!isPlainObject(lc)) return `${at}.lifecycle is not an object`;
  for (const k of ['acquisitionDays', 'maturityDays', 'churnDays']) {
    if (!isFiniteNumber(lc[k])) return `${at}.lifecycle.${k} is not a number`;
  }
  return null;
}

export function validateStep(v: unknown, at: string): string | null {
  if (!isPlainObject(v)) return `${at} is not an object`;
  if (!SCENARIO_VIEWS.includes(v.view as never)) return `${at}.view is unknown`;
  if (v.analysisDay !== null && !(isFiniteNumber(v.analysisDay) && Number.isInteger(v.analysisDay))) return `${at}.analysisDay is not a day number`;
  if (v.monetaryMode !== 'sum' && v.monetaryMode !== 'average') return `${at}.monetaryMode is unknown`;
  if (v.rfmMode !== 'eight' && v.rfmMode !== 'segments') return `${at}.rfmMode is unknown`;
  if (!Array.isArray(v.hidden) || !v.hidden.every((h) => HIDEABLE.includes(h))) return `${at}.hidden lists an unknown control`;
  if (typeof v.note !== 'string') return `${at}.note is not text`;
  if (v.note.length > MAX_NOTE) return `${at}.note is longer than ${MAX_NOTE} characters`;
  return validateLensSettings(v.settings, `${at}.settings`);
}

export function validateScenario(v: unknown): string | null {
  if (!isPlainObject(v)) return 'scenario is not an object';
  if (typeof v.title !== 'string') return 'title is not text';
  if (v.title.length > MAX_TITLE) return `title is longer than ${MAX_TITLE} characters`;
  const d = v.dataset;
  if (!isPlainObject(d)) return 'dataset is not an object';
  if (d.kind === 'sample') {
    if (typeof d.id !== 'string' || d.id === '') return 'dataset.id is not a sample id';
  } else if (d.kind === 'current') {
    if (d.name !== null && typeof d.name !== 'string') return 'dataset.name is not text';
  } else return 'dataset.kind is unknown';
  if (!Array.isArray(v.steps)) return 'steps is not a list';
  if (v.steps.length > MAX_STEPS) return `more than ${MAX_STEPS} steps`;
  for (const [i, step] of v.steps.entries()) {
    const p = validateStep(step, `steps[${i + 1}]`);
    if (p) return p;
  }
  return null;
}
