/**
 * The shapes the workspace is described by, apart from its live state class
 * (workspace.svelte.ts): what is persisted of it, what one undo step restores, a snapshot,
 * and the lens keys. Plain types and defaults, so persistence and validation can use them
 * without the state class.
 */
import type { MonetaryMode } from '../domain/models/metrics';
import { defaultLensSettings, type LensSettings } from '../domain/models/analysis';
import { DEFAULT_FUTURE_SETTING, type FutureSetting } from '../domain/models/settings';
import type { DayNumber } from '../domain/types';
import type { ViewKey } from '../viewKeys';

export type LensKey = 'eight' | 'segments' | 'pyramid' | 'valuePotential' | 'currentFuture' | 'lifecycle';

/** What one undo step restores: every setting a trainer changes on the views. */
export interface SettingsEntry {
  settings: LensSettings;
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  rfmMode: 'eight' | 'segments';
  future: FutureSetting;
}

/** A frozen labelling for comparison: another analysis date, or the settings at an earlier moment. */
export interface Snapshot {
  id: string;
  name: string;
  createdAt: string;
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  settings: LensSettings;
}

/** What is persisted of a workspace besides the dataset (small, written on every change). */
export interface WorkspaceState {
  name: string;
  datasetName: string | null;
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
  settings: LensSettings;
  view: ViewKey;
  rfmMode: 'eight' | 'segments';
  snapshots: Snapshot[];
  selectedCustomer: string | null;
  /** The future-value model's settings (absent in records from before issue 11: filled by withDefaults). */
  future: FutureSetting;
}

export function defaultWorkspaceState(name = 'Workspace 1'): WorkspaceState {
  return {
    name,
    datasetName: null,
    analysisDay: null,
    monetaryMode: 'sum',
    settings: defaultLensSettings(5),
    view: 'data',
    rfmMode: 'eight',
    snapshots: [],
    selectedCustomer: null,
    future: { ...DEFAULT_FUTURE_SETTING },
  };
}
