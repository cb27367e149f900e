/**
 * A trainer's scenario: a dataset and a sequence of prepared steps (view, every lens setting,
 * analysis date, which controls the class sees, a note for the trainer). Plain data only:
 * it travels as a link (compact, defaults stripped) or as a versioned file.
 */
import type { LensSettings } from '../../models/analysis';
import type { MonetaryMode } from '../../models/metrics';
import type { DayNumber } from '../../types';
import type { ViewKey } from '../../views';

/** Controls a step can hide from the class; each maps to a class on <html> (`hide-…`). */
export const HIDEABLE = ['methods', 'ruleEditor', 'budget', 'hints'] as const;
export type Hideable = (typeof HIDEABLE)[number];

/** Every view a step can open (typed against ViewKey so a new view is not forgotten). */
const VIEW_SET: Record<ViewKey, true> = {
  data: true,
  rfm: true,
  pyramid: true,
  quadrants: true,
  movement: true,
  customers: true,
  model: true,
  learn: true,
  trainer: true,
};
export const SCENARIO_VIEWS = Object.keys(VIEW_SET) as ViewKey[];

/** Only a bundled sample can travel in a link; "current" means the trainer's own loaded data. */
export type ScenarioDataset = { kind: 'sample'; id: string } | { kind: 'current'; name: string | null };

export interface ScenarioStep {
  view: ViewKey;
  settings: LensSettings;
  /** null: the default (the day after the latest transaction). */
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  rfmMode: 'eight' | 'segments';
  /** Controls hidden in this step, in HIDEABLE order. */
  hidden: Hideable[];
  note: string;
}

export interface Scenario {
  title: string;
  dataset: ScenarioDataset;
  steps: ScenarioStep[];
}

/** Longest accepted note and title: a link must stay a usable length. */
export const MAX_NOTE = 2000;
export const MAX_TITLE = 200;
export const MAX_STEPS = 100;
