/**
 * The full check of a stored or imported workspace (WorkspaceState). The persistence layer
 * runs it on load: a record that fails is set aside, never overwritten.
 */
import { VIEWS, type WorkspaceState } from './workspace.svelte';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

function checkThreshold(name: string, v: unknown): string | null {
  if (!isObject(v)) return `${name} is not an object`;
  if (!['mean', 'median', 'score', 'custom'].includes(v.method as string)) return `${name}.method is unknown`;
  if (v.value !== undefined && typeof v.value !== 'number') return `${name}.value is not a number`;
  return null;
}

function checkAxis(name: string, v: unknown): string | null {
  if (!isObject(v)) return `${name} is not an object`;
  if (!['mean', 'median', 'custom'].includes(v.method as string)) return `${name}.method is unknown`;
  return null;
}

export function validateWorkspaceState(v: unknown): string | null {
  if (!isObject(v)) return 'workspace is not an object';
  if (typeof v.name !== 'string') return 'name is not a string';
  if (v.datasetName !== null && typeof v.datasetName !== 'string') return 'datasetName is not a string';
  if (!isNumberOrNull(v.analysisDay)) return 'analysisDay is not a day number';
  if (v.monetaryMode !== 'sum' && v.monetaryMode !== 'average') return 'monetaryMode is unknown';
  if (!VIEWS.includes(v.view as never)) return 'view is unknown';
  if (v.rfmMode !== 'eight' && v.rfmMode !== 'segments') return 'rfmMode is unknown';
  if (!Array.isArray(v.snapshots)) return 'snapshots is not a list';
  const s = v.settings;
  if (!isObject(s)) return 'settings is not an object';
  if (![3, 4, 5].includes(s.bins as number)) return 'settings.bins must be 3, 4 or 5';
  if (!isObject(s.customEdges)) return 'settings.customEdges is not an object';
  if (!isObject(s.thresholds)) return 'settings.thresholds is not an object';
  for (const d of ['recency', 'frequency', 'monetary']) {
    const p = checkThreshold(`settings.thresholds.${d}`, (s.thresholds as Record<string, unknown>)[d]);
    if (p) return p;
  }
  if (s.segmentRules !== null && !Array.isArray(s.segmentRules)) return 'settings.segmentRules is not a list';
  if (!isObject(s.pyramid) || !Array.isArray((s.pyramid as Record<string, unknown>).cuts)) return 'settings.pyramid is not valid';
  for (const lens of ['valuePotential', 'currentFuture']) {
    const q = s[lens];
    if (!isObject(q)) return `settings.${lens} is not an object`;
    const p = checkAxis(`settings.${lens}.x`, q.x) ?? checkAxis(`settings.${lens}.y`, q.y);
    if (p) return p;
  }
  if (!isObject(s.lifecycle)) return 'settings.lifecycle is not an object';
  return null;
}

/** Fill fields added after a workspace was saved, so older records keep loading. */
export function withDefaults(v: WorkspaceState, defaults: WorkspaceState): WorkspaceState {
  return { ...defaults, ...v, settings: { ...defaults.settings, ...v.settings } };
}
