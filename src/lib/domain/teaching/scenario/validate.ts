/**
 * The full check of a scenario (after a link or file is decoded). Problems are message
 * references naming the field, e.g. `valid.oneOf` with "steps[2].settings.bins" and [3, 4, 5]
 * ("steps[2].settings.bins must be 3, 4 or 5"); scenario-only ones are `trainer.valid.*`.
 */
import { msg, type MessageRef } from '../../messages';
import { analysisDayProblem, lensSettingsProblem, mustBeObject } from '../../models/settingsSchema';
import { isPlainObject } from './compact';
import { HIDEABLE, MAX_NOTE, MAX_STEPS, MAX_TITLE, SCENARIO_VIEWS } from './types';

/**
 * LensSettings, checked by the one settings schema (the same rules as a stored workspace and
 * its snapshots), its messages naming the step: "steps[2].settings.bins must be 3, 4 or 5".
 */
export function validateLensSettings(s: unknown, at = 'settings'): MessageRef | null {
  return lensSettingsProblem(s, at);
}

const unknownValue = (field: string) => msg('valid.unknownValue', { field });

export function validateStep(v: unknown, at: string): MessageRef | null {
  if (!isPlainObject(v)) return mustBeObject(at);
  if (!SCENARIO_VIEWS.includes(v.view as never)) return unknownValue(`${at}.view`);
  const day = analysisDayProblem(v.analysisDay, `${at}.analysisDay`);
  if (day) return day;
  if (v.monetaryMode !== 'sum' && v.monetaryMode !== 'average') return unknownValue(`${at}.monetaryMode`);
  if (v.rfmMode !== 'eight' && v.rfmMode !== 'segments') return unknownValue(`${at}.rfmMode`);
  if (!Array.isArray(v.hidden) || !v.hidden.every((h) => HIDEABLE.includes(h))) return msg('trainer.valid.hidden', { field: `${at}.hidden` });
  if (typeof v.note !== 'string') return msg('valid.text', { field: `${at}.note` });
  if (v.note.length > MAX_NOTE) return msg('valid.maxChars', { field: `${at}.note`, max: MAX_NOTE });
  return validateLensSettings(v.settings, `${at}.settings`);
}

export function validateScenario(v: unknown): MessageRef | null {
  if (!isPlainObject(v)) return mustBeObject('scenario');
  if (typeof v.title !== 'string') return msg('valid.text', { field: 'title' });
  if (v.title.length > MAX_TITLE) return msg('valid.maxChars', { field: 'title', max: MAX_TITLE });
  const d = v.dataset;
  if (!isPlainObject(d)) return mustBeObject('dataset');
  if (d.kind === 'sample') {
    if (typeof d.id !== 'string' || d.id === '') return msg('trainer.valid.sampleId', { field: 'dataset.id' });
  } else if (d.kind === 'current') {
    if (d.name !== null && typeof d.name !== 'string') return msg('valid.nullOrText', { field: 'dataset.name' });
  } else return unknownValue('dataset.kind');
  if (!Array.isArray(v.steps)) return msg('valid.list', { field: 'steps' });
  if (v.steps.length > MAX_STEPS) return msg('valid.maxEntries', { field: 'steps', max: MAX_STEPS });
  for (const [i, step] of v.steps.entries()) {
    const p = validateStep(step, `steps[${i + 1}]`);
    if (p) return p;
  }
  return null;
}
