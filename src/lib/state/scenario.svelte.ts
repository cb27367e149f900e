/**
 * The trainer's scenario state, wired to the live app by `createScenario`. Each part has one job and its own
 * file under ./scenario/ (tested there with fakes); this module only connects them to the
 * workspace, loader, session and Movement view:
 *   draft        the scenario being built (kept in localStorage)
 *   player       which step is on screen; putting one there
 *   presentation presentation mode, the note card, the shortcut help
 *   freeze       freeze-and-compare
 *   notices      what a link, a file or the freeze has to tell the user
 *   opener       opening a scenario from a `#s=` link or a file
 */
import { locale } from '../i18n/locale.svelte';
import { nextWorkspaceName } from '../persist/workspaces';
import { sampleById, SAMPLES } from '../samples';
import type { ScenarioDataset, ScenarioStep } from '../domain/teaching/scenario';
import { stepState } from '../domain/teaching/scenario/steps';
import type { MovementChoices } from './movement.svelte';
import type { Loader } from './loader.svelte';
import type { Session } from './session.svelte';
import type { Workspace } from './workspace.svelte';
import { defaultWorkspaceState, type WorkspaceState } from './workspaceState';
import { ScenarioDraft, type DraftStorage } from './scenario/draft.svelte';
import { Freeze } from './scenario/freeze.svelte';
import { ScenarioImport } from './scenario/import';
import { ScenarioNotices } from './scenario/notices.svelte';
import { StepPlayer } from './scenario/player.svelte';
import { Presentation } from './scenario/presentation.svelte';
import { useClassroom } from './context';
import { liveLensCounts } from './scenario/liveLensCounts';

export { HIDE_CLASS } from './scenario/presentation.svelte';
export type { TrainerNotice } from './scenario/notices.svelte';

function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // storage disabled: reading `localStorage` itself throws
  }
}

export interface ScenarioDeps {
  workspace: Workspace;
  loader: Loader;
  session: Session;
  movement: MovementChoices;
}

export type Scenario = ReturnType<typeof createScenario>;

export function createScenario({ workspace, loader, session, movement }: ScenarioDeps) {
  /** The workspace's data as a scenario dataset: a sample when it is one. */
  function workspaceDataset(): ScenarioDataset | null {
    if (!workspace.datasetName) return null;
    const sample = SAMPLES.find((s) => s.fileName === workspace.datasetName);
    return sample ? { kind: 'sample', id: sample.id } : { kind: 'current', name: workspace.datasetName };
  }

  /** Load the scenario's sample unless it is already the workspace's data. */
  async function ensureDataset(d: ScenarioDataset): Promise<boolean> {
    if (d.kind !== 'sample') return true;
    const sample = sampleById(d.id);
    if (!sample) return false;
    if (workspace.dataset && workspace.datasetName === sample.fileName) return true;
    await loader.loadSample(sample.id);
    if (loader.phase === 'error' || workspace.datasetName !== sample.fileName) {
      notices.notify({ key: 'trainer.link.loadFailed' });
      return false;
    }
    return true;
  }

  /** A step on screen: its data first, then its settings (a whole validated state, replaced at once). */
  async function show(step: ScenarioStep) {
    await ensureDataset(draft.scenario.dataset);
    const s = stepState(step);
    workspace.analysisDay = s.analysisDay;
    workspace.monetaryMode = s.monetaryMode;
    workspace.settings = s.settings;
    workspace.rfmMode = s.rfmMode;
    workspace.view = s.view;
  }

  /** A link opens in a new workspace named after the scenario, starting at its first step. */
  async function openWorkspace(title: string, first: ScenarioStep | undefined): Promise<string | null> {
    const names = session.list.map((w) => w.name);
    const name = names.includes(title) ? nextWorkspaceName(names, title) : title;
    const state: WorkspaceState = { ...defaultWorkspaceState(name), ...(first ? stepState(first) : {}) };
    const before = session.activeId;
    await session.createWorkspace(name, state);
    return session.activeId === before && before !== null ? null : name;
  }

  const notices = new ScenarioNotices();

  const draft = new ScenarioDraft({
    storage: browserStorage(),
    live: { state: () => workspace.toState(), dataset: workspaceDataset },
    onEdit: (edit) => player.follow(edit),
  });

  const player = new StepPlayer({ steps: () => draft.steps, show });

  const presentation = new Presentation();

  const freeze = new Freeze(
    {
      hasData: () => workspace.hasData,
      counts: () => liveLensCounts(workspace),
      takeSnapshot() {
        const time = new Date().toLocaleTimeString(locale.tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        const snap = workspace.takeSnapshot(locale.t('trainer.freeze.snapshotName', { time }));
        movement.mode = 'snapshot';
        movement.snapshotId = snap.id;
        return snap.id;
      },
      dropSnapshot(id) {
        workspace.snapshots = workspace.snapshots.filter((s) => s.id !== id);
        if (movement.snapshotId === id) movement.snapshotId = null;
      },
      hasSnapshot: (id) => workspace.snapshots.some((s) => s.id === id),
      showMovement(lens, id) {
        movement.mode = 'snapshot';
        movement.snapshotId = id;
        movement.lens = lens;
        movement.cellFrom = movement.cellTo = null;
        workspace.view = 'movement';
      },
    },
    notices.notify,
  );

  const opener = new ScenarioImport({
    draft,
    player,
    freeze,
    notices,
    openWorkspace,
    ensureDataset,
    clearHash() {
      if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
    },
  });

  return { notices, draft, player, presentation, freeze, opener };
}

/** This classroom's scenario, created when the trainer's code first asks for it. */
export const useScenario = (): Scenario =>
  useClassroom().part('scenario', (c) => createScenario({ workspace: c.workspace, loader: c.loader, session: c.session, movement: c.movement }));
