/**
 * What "reset this view's settings" means for each view: the parts of the workspace state the
 * view reads and a bad stored value could make it throw on. The data, the name and the other
 * views' settings are kept. Used by the view error boundary (ViewBoundary.svelte).
 */
import { defaultLensSettings, type LensSettings } from '../domain/models/analysis';
import { BIN_VALUES } from '../domain/models/settingsSchema';
import { DEFAULT_FUTURE_SETTING, withDefaultFuture, type FutureSetting } from '../domain/models/settings';
import type { ViewKey } from '../viewKeys';
import { defaultWorkspaceState, type WorkspaceState } from './workspaceState';

type LensPart = Exclude<keyof LensSettings, 'bins'>;

const LENS_PARTS: Record<ViewKey, readonly LensPart[]> = {
  data: [],
  rfm: ['customEdges', 'thresholds', 'segmentRules'],
  pyramid: ['pyramid'],
  quadrants: ['valuePotential', 'currentFuture', 'lifecycle'],
  movement: [],
  customers: [],
  model: [],
  learn: [],
  trainer: [],
};

/** The future-value model's settings after a reset of `view`: the model check's own settings go back to the defaults; other views keep them (same object). */
export function resetViewFuture(future: FutureSetting, view: ViewKey): FutureSetting {
  return view === 'model' ? withDefaultFuture(future) : future;
}

/** The state with `view`'s settings back at their defaults (the analysis date too: every view shows it). */
export function resetViewState(state: WorkspaceState, view: ViewKey): WorkspaceState {
  const stored = state.settings?.bins;
  const bins = (BIN_VALUES as readonly unknown[]).includes(stored) ? stored : 5;
  const defaults = defaultLensSettings(bins);
  const settings = { ...defaults, ...state.settings, bins } as LensSettings;
  for (const part of LENS_PARTS[view]) (settings as unknown as Record<string, unknown>)[part] = defaults[part];
  const next: WorkspaceState = { ...state, settings, analysisDay: null };
  if (view === 'rfm') next.rfmMode = 'eight';
  if (view === 'data' || view === 'rfm') next.monetaryMode = 'sum';
  if (view === 'movement') next.snapshots = [];
  if (view === 'customers') next.selectedCustomer = null;
  next.future = state.future ? resetViewFuture(state.future, view) : { ...DEFAULT_FUTURE_SETTING };
  return next;
}

/** Every setting back at its default; the name, the data and the open view are kept. */
export function resetAllState(state: WorkspaceState): WorkspaceState {
  return { ...defaultWorkspaceState(state.name), datasetName: state.datasetName, view: state.view };
}
