/**
 * The full check of a scenario (after a link or file is decoded). Messages are English and
 * name the field, e.g. "steps[2].settings.bins must be 3, 4 or 5".
 */
import { analysisDayProblem, lensSettingsProblem } from '../../models/settingsSchema';
import { isPlainObject } from './compact';
import { HIDEABLE, MAX_NOTE, MAX_STEPS, MAX_TITLE, SCENARIO_VIEWS } from './types';

/**
 * LensSettings, checked by the one settings schema (the same rules as a stored workspace and
 * its snapshots), its messages naming the step: "steps[2].settings.bins must be 3, 4 or 5".
 */
export function validateLensSettings(s: unknown, at = 'settings'): string | null {
  return lensSettingsProblem(s, at);
}

export function validateStep(v: unknown, at: string): string | null {
  if (!isPlainObject(v)) return `${at} is not an object`;
  if (!SCENARIO_VIEWS.includes(v.view as never)) return `${at}.view is unknown`;
  const day = analysisDayProblem(v.analysisDay, `${at}.analysisDay`);
  if (day) return day;
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
