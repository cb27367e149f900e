/**
 * The full check of a stored or imported workspace (WorkspaceState). The persistence layer
 * runs it on load (a record that fails is set aside, never overwritten) and before every
 * write (what fails is never saved); a workspace file is checked by it on import.
 *
 * Settings, the snapshots' settings and the analysis day are checked by the one schema in
 * the domain (settingsSchema.ts), the same one scenario links and files go through.
 * Fields added after a record was written are filled from the defaults first (`withDefaults`,
 * exactly as the session does after loading), so old records keep loading; whatever is
 * present must be valid.
 */
import {
  analysisDayProblem,
  fields,
  futureSetting,
  isRecord,
  lensSettingsProblem,
  mustBeObject,
  oneOf,
  own,
  text,
  type Check,
} from '../domain/models/settingsSchema';
import { msg, type MessageRef } from '../domain/messages';
import { VIEWS } from '../viewKeys';
import { defaultWorkspaceState, type Snapshot, type WorkspaceState } from './workspaceState';

/** Names are typed by users: the bound only keeps a hostile record from carrying megabytes. */
const MAX_NAME = 10_000;
const MAX_SNAPSHOTS = 200;

const nullOrText: Check = (v, at) => (v === null ? null : typeof v === 'string' ? null : msg('valid.nullOrText', { field: at }));
const monetaryMode = oneOf(['sum', 'average']);

function snapshotProblem(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  return (
    fields(v, at, {
      id: text(MAX_NAME, 1),
      name: text(MAX_NAME),
      createdAt: text(MAX_NAME),
      analysisDay: analysisDayProblem,
      monetaryMode,
    }) ?? lensSettingsProblem(own(v, 'settings'), `${at}.settings`)
  );
}

/** Settings objects present but not objects are reported as such, not hidden by the merge. */
function shapeProblem(v: Record<string, unknown>): MessageRef | null {
  const settings = own(v, 'settings');
  if (settings !== undefined && !isRecord(settings)) return mustBeObject('settings');
  const snapshots = own(v, 'snapshots');
  if (snapshots === undefined) return null;
  if (!Array.isArray(snapshots)) return msg('valid.list', { field: 'snapshots' });
  if (snapshots.length > MAX_SNAPSHOTS) return msg('valid.maxEntries', { field: 'snapshots', max: MAX_SNAPSHOTS });
  for (let i = 0; i < snapshots.length; i++) {
    const s = snapshots[i];
    if (!isRecord(s)) return mustBeObject(`snapshots[${i}]`);
    const ss = own(s, 'settings');
    if (ss !== undefined && !isRecord(ss)) return mustBeObject(`snapshots[${i}].settings`);
  }
  return null;
}

/** Why `v` is not a usable workspace (a message reference naming the field), or null. */
export function validateWorkspaceState(v: unknown): MessageRef | null {
  if (!isRecord(v)) return mustBeObject('workspace');
  if (typeof own(v, 'name') !== 'string') return msg('valid.text', { field: 'name' });
  const shape = shapeProblem(v);
  if (shape) return shape;
  const w = withDefaults(v as unknown as WorkspaceState, defaultWorkspaceState()) as unknown as Record<string, unknown>;
  const p = fields(w, '', {
    name: text(MAX_NAME),
    datasetName: nullOrText,
    analysisDay: analysisDayProblem,
    monetaryMode,
    view: oneOf(VIEWS),
    rfmMode: oneOf(['eight', 'segments']),
    selectedCustomer: nullOrText,
    future: futureSetting,
  });
  if (p) return p;
  const snapshots = w.snapshots as unknown[];
  const ids = new Set<unknown>();
  for (let i = 0; i < snapshots.length; i++) {
    const s = snapshotProblem(snapshots[i], `snapshots[${i}]`);
    if (s) return s;
    // Snapshot lists are keyed by id: a repeated id would break the Movement view.
    const id = (snapshots[i] as Record<string, unknown>).id;
    if (ids.has(id)) return msg('valid.repeatedSnapshotId', { field: `snapshots[${i}].id` });
    ids.add(id);
  }
  return lensSettingsProblem(w.settings, 'settings');
}

/**
 * Fill fields added after a workspace was saved, so older records keep loading: top-level
 * fields, settings fields, and the settings fields of each snapshot.
 */
export function withDefaults(v: WorkspaceState, defaults: WorkspaceState): WorkspaceState {
  const snapshots = Array.isArray(v.snapshots)
    ? v.snapshots.map((s): Snapshot => (isRecord(s) && isRecord(s.settings) ? { ...s, settings: { ...defaults.settings, ...s.settings } } : s))
    : defaults.snapshots;
  return { ...defaults, ...v, settings: { ...defaults.settings, ...v.settings }, snapshots };
}

/**
 * What can be kept of a workspace that fails the check (a record set aside): each field, each
 * setting and each snapshot on its own is kept when the workspace stays valid with it, else
 * the default takes its place. Returns the state and the fields dropped. Settings go in
 * their own order (the number of score levels first: the edges are checked against it).
 */
export function salvageWorkspace(v: unknown, defaults: WorkspaceState = defaultWorkspaceState()): { state: WorkspaceState; dropped: string[] } {
  const dropped: string[] = [];
  if (!isRecord(v)) return { state: defaults, dropped: ['workspace'] };
  let state: WorkspaceState = { ...defaults, snapshots: [] };
  const keeps = (trial: WorkspaceState) => validateWorkspaceState(trial) === null;
  for (const field of Object.keys(defaults) as (keyof WorkspaceState)[]) {
    if (field === 'settings' || field === 'snapshots' || !Object.hasOwn(v, field)) continue;
    const trial = { ...state, [field]: v[field] } as WorkspaceState;
    if (keeps(trial)) state = trial;
    else dropped.push(field);
  }
  const settings = own(v, 'settings');
  if (settings !== undefined) {
    if (!isRecord(settings)) dropped.push('settings');
    else
      for (const part of Object.keys(defaults.settings)) {
        if (!Object.hasOwn(settings, part)) continue;
        const trial = { ...state, settings: { ...state.settings, [part]: settings[part] } } as WorkspaceState;
        if (keeps(trial)) state = trial;
        else dropped.push(`settings.${part}`);
      }
  }
  const snapshots = own(v, 'snapshots');
  if (Array.isArray(snapshots)) {
    snapshots.slice(0, MAX_SNAPSHOTS).forEach((s, i) => {
      const trial = { ...state, snapshots: [...state.snapshots, s as Snapshot] };
      if (keeps(trial)) state = trial;
      else dropped.push(`snapshots[${i}]`);
    });
  } else if (snapshots !== undefined) dropped.push('snapshots');
  return { state, dropped };
}
