/**
 * Where a lesson starts and what it gives back. Every lesson declares the analysis state
 * it is written for (its targets and reveals assume it); starting a lesson keeps the
 * learner's own state aside and applies the lesson's, leaving gives the learner's back, so
 * nothing one lesson or the learner set changes another lesson's answers.
 */
import { defaultLensSettings, type LensSettings } from '../../models/analysis';
import type { MonetaryMode } from '../../models/metrics';
import { analysisDayProblem, futureSetting, isRecord, isWholeIn, lensSettingsProblem, own } from '../../models/settingsSchema';
import { DEFAULT_FUTURE_SETTING, type FutureSetting } from '../../models/settings';
import type { DayNumber } from '../../types';

/**
 * The part of a workspace a lesson sets: analysis date (null: the data's default), M mode,
 * lens settings, and for a lesson about the future-value model its settings (absent: the
 * lesson leaves the model's settings as they are).
 */
export interface AnalysisState {
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  settings: LensSettings;
  future?: FutureSetting;
}

/** The course's defaults (COURSE.md): k = 5, thresholds at the mean, quantile edges, default rules, tiers and lines, the default date. */
export const courseDefaults = (): AnalysisState => ({ analysisDay: null, monetaryMode: 'sum', settings: defaultLensSettings(5) });

/** The course defaults and the model's defaults: no holdout, a year ahead, undiscounted. */
export const modelDefaults = (): AnalysisState => ({ ...courseDefaults(), future: { ...DEFAULT_FUTURE_SETTING } });

/**
 * The open lesson as kept in the workspace's progress record (field `openLesson`), so a
 * reload reopens the coach on the same step and leaving still gives the learner's state back.
 */
export interface OpenLesson {
  id: string;
  step: number;
  /** The learner's own state when the lesson started, for the data it was set on; null when there is nothing to give back. */
  own: { datasetName: string | null; state: AnalysisState } | null;
}

function stateOf(v: unknown): AnalysisState | null {
  if (!isRecord(v)) return null;
  const day = own(v, 'analysisDay');
  const mode = own(v, 'monetaryMode');
  const settings = own(v, 'settings');
  const future = own(v, 'future');
  if (analysisDayProblem(day, 'analysisDay') || (mode !== 'sum' && mode !== 'average') || lensSettingsProblem(settings)) return null;
  if (future !== undefined && futureSetting(future, 'future')) return null;
  const state: AnalysisState = { analysisDay: day as DayNumber | null, monetaryMode: mode, settings: settings as LensSettings };
  return future === undefined ? state : { ...state, future: future as FutureSetting };
}

/**
 * The open lesson read back from a stored record, checked: a known lesson, a step in range
 * (its step count means "complete"), and the learner's state only when every part is valid
 * (settings through the same schema as a stored workspace). Anything else: null or no state.
 */
export function parseOpenLesson(v: unknown, stepsOf: (id: string) => number | undefined): OpenLesson | null {
  if (!isRecord(v)) return null;
  const id = own(v, 'id');
  const steps = typeof id === 'string' ? stepsOf(id) : undefined;
  const step = own(v, 'step');
  if (steps === undefined || !isWholeIn(step, 0, steps)) return null;
  const o = own(v, 'own');
  let kept: OpenLesson['own'] = null;
  if (isRecord(o)) {
    const name = own(o, 'datasetName');
    const state = stateOf(own(o, 'state'));
    if (state && (name === null || typeof name === 'string')) kept = { datasetName: name, state };
  }
  return { id: id as string, step, own: kept };
}
