/**
 * The trainer's scenario: the draft being built (kept in localStorage, it is small), the
 * player (which step is on screen), presentation mode, the visible-controls classes on
 * <html>, freeze-and-compare, and opening a scenario from a link or a file.
 */
import { locale } from '../i18n/locale.svelte';
import { nextWorkspaceName } from '../persist/workspaces';
import { sampleById, SAMPLES } from '../samples';
import {
  decodeScenarioHash,
  encodeScenarioHash,
  exportScenarioFile,
  hasScenarioHash,
  HIDEABLE,
  parseScenarioFile,
  validateScenario,
  type Hideable,
  type LinkError,
  type Scenario,
  type ScenarioFileError,
  type ScenarioStep,
} from '../domain/teaching/scenario';
import { movement } from '../views/movement/movementState.svelte';
import { loader } from './loader.svelte';
import { session } from './session.svelte';
import { defaultWorkspaceState, workspace, type ViewKey, type WorkspaceState } from './workspace.svelte';

const DRAFT_KEY = 'ccc.trainer.scenario';

/** The class on <html> that hides each control (present.css targets them). */
export const HIDE_CLASS: Record<Hideable, string> = {
  methods: 'hide-method-selectors',
  ruleEditor: 'hide-rule-editor',
  budget: 'hide-budget',
  hints: 'hide-hints',
};

export type TrainerNotice = { key: string; params?: Record<string, string | number> };

function emptyScenario(): Scenario {
  return { title: '', dataset: { kind: 'sample', id: 'classroom' }, steps: [] };
}

function loadDraft(): Scenario {
  try {
    const text = typeof localStorage !== 'undefined' ? localStorage.getItem(DRAFT_KEY) : null;
    if (text) {
      const v = JSON.parse(text) as unknown;
      if (validateScenario(v) === null) return v as Scenario;
    }
  } catch {
    // A private window or a damaged draft: start empty.
  }
  return emptyScenario();
}

/** The parts of a workspace state a step sets. */
export function stepState(step: ScenarioStep): Pick<WorkspaceState, 'view' | 'settings' | 'analysisDay' | 'monetaryMode' | 'rfmMode'> {
  return {
    view: step.view,
    settings: structuredClone(step.settings),
    analysisDay: step.analysisDay,
    monetaryMode: step.monetaryMode,
    rfmMode: step.rfmMode,
  };
}

export class ScenarioState {
  scenario = $state<Scenario>(loadDraft());
  /** Index of the step on screen, or null when not playing. */
  position = $state<number | null>(null);
  present = $state(false);
  showNote = $state(true);
  helpOpen = $state(false);
  busy = $state(false);
  /** The last content view (not Trainer), so "add current state" from the Trainer view means that view. */
  lastView = $state<ViewKey>('rfm');
  freeze = $state.raw<{ snapshotId: string; counts: number[] } | null>(null);
  linkError = $state.raw<LinkError | null>(null);
  fileError = $state.raw<ScenarioFileError | null>(null);
  notice = $state.raw<TrainerNotice | null>(null);

  steps = $derived(this.scenario.steps);
  current = $derived(this.position !== null ? (this.scenario.steps[this.position] ?? null) : null);
  hidden = $derived<Hideable[]>(this.current?.hidden ?? []);
  /** Freeze is over when its snapshot went away (another dataset was loaded). */
  frozen = $derived(this.freeze !== null && workspace.snapshots.some((s) => s.id === this.freeze!.snapshotId) ? this.freeze : null);

  save() {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify($state.snapshot(this.scenario)));
    } catch {
      // Storage refused: the draft lives as long as the tab; the file export still works.
    }
  }

  setTitle(title: string) {
    this.scenario.title = title;
    this.save();
  }

  setDataset(value: string) {
    this.scenario.dataset = value === '' ? { kind: 'current', name: workspace.datasetName } : { kind: 'sample', id: value };
    this.save();
  }

  /** The dataset of the workspace as a scenario dataset: a sample when it is one. */
  private currentDataset(): Scenario['dataset'] {
    const sample = SAMPLES.find((s) => s.fileName === workspace.datasetName);
    return sample ? { kind: 'sample', id: sample.id } : { kind: 'current', name: workspace.datasetName };
  }

  captureStep(note = ''): ScenarioStep {
    const st = workspace.toState();
    return {
      view: st.view === 'trainer' ? this.lastView : st.view,
      settings: st.settings,
      analysisDay: st.analysisDay,
      monetaryMode: st.monetaryMode,
      rfmMode: st.rfmMode,
      hidden: [],
      note,
    };
  }

  addCurrentStep() {
    if (this.scenario.steps.length === 0 && workspace.datasetName) this.scenario.dataset = this.currentDataset();
    this.scenario.steps.push(this.captureStep());
    this.save();
  }

  replaceStep(i: number) {
    const old = this.scenario.steps[i];
    if (!old) return;
    this.scenario.steps[i] = { ...this.captureStep(old.note), hidden: [...old.hidden] };
    this.save();
  }

  moveStep(i: number, delta: -1 | 1) {
    const j = i + delta;
    const steps = this.scenario.steps;
    if (j < 0 || j >= steps.length) return;
    const moved = [...steps];
    [moved[i], moved[j]] = [moved[j], moved[i]];
    this.scenario.steps = moved;
    if (this.position === i) this.position = j;
    else if (this.position === j) this.position = i;
    this.save();
  }

  deleteStep(i: number) {
    this.scenario.steps = this.scenario.steps.filter((_, k) => k !== i);
    if (this.position !== null) {
      if (this.position === i) this.position = null;
      else if (this.position > i) this.position--;
    }
    this.save();
  }

  clearSteps() {
    this.scenario.steps = [];
    this.position = null;
    this.save();
  }

  setNote(i: number, note: string) {
    const step = this.scenario.steps[i];
    if (!step) return;
    step.note = note;
    this.save();
  }

  setView(i: number, view: ViewKey) {
    const step = this.scenario.steps[i];
    if (!step) return;
    step.view = view;
    this.save();
  }

  setHidden(i: number, what: Hideable, hide: boolean) {
    const step = this.scenario.steps[i];
    if (!step) return;
    const set = new Set(step.hidden);
    if (hide) set.add(what);
    else set.delete(what);
    step.hidden = HIDEABLE.filter((h) => set.has(h));
    this.save();
  }

  /** Load the scenario's sample unless it is already the workspace's data. */
  private async ensureDataset(): Promise<boolean> {
    const d = this.scenario.dataset;
    if (d.kind !== 'sample') return true;
    const sample = sampleById(d.id);
    if (!sample) return false;
    if (workspace.dataset && workspace.datasetName === sample.fileName) return true;
    await loader.loadSample(sample.id);
    if (loader.phase === 'error' || workspace.datasetName !== sample.fileName) {
      this.notice = { key: 'trainer.link.loadFailed' };
      return false;
    }
    return true;
  }

  private apply(step: ScenarioStep) {
    const s = stepState(step);
    workspace.analysisDay = s.analysisDay;
    workspace.monetaryMode = s.monetaryMode;
    workspace.settings = s.settings;
    workspace.rfmMode = s.rfmMode;
    workspace.view = s.view;
  }

  /** Put step `i` on screen (loading the sample first when needed). */
  async goTo(i: number) {
    const step = this.scenario.steps[i];
    if (!step || this.busy) return;
    this.busy = true;
    try {
      await this.ensureDataset();
      this.apply($state.snapshot(step) as ScenarioStep);
      this.position = i;
    } finally {
      this.busy = false;
    }
  }

  next() {
    const n = this.scenario.steps.length;
    if (n === 0) return;
    void this.goTo(this.position === null ? 0 : Math.min(this.position + 1, n - 1));
  }

  prev() {
    if (this.scenario.steps.length === 0) return;
    void this.goTo(this.position === null ? 0 : Math.max(this.position - 1, 0));
  }

  /** Undo whatever the class changed in this step. */
  reset() {
    if (this.position !== null) void this.goTo(this.position);
  }

  stop() {
    this.position = null;
  }

  /** Freeze the current labelling: the Movement view compares with it, the overlay shows deltas. */
  freezeNow() {
    if (!workspace.hasData) {
      this.notice = { key: 'trainer.freeze.noData' };
      return;
    }
    this.unfreeze();
    const time = new Date().toLocaleTimeString(locale.tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const snap = workspace.takeSnapshot(locale.t('trainer.freeze.snapshotName', { time }));
    movement.mode = 'snapshot';
    movement.snapshotId = snap.id;
    this.freeze = { snapshotId: snap.id, counts: [...workspace.eight.counts] };
  }

  /** The freeze's snapshot is removed too: it was a moment's comparison, not a saved one. */
  unfreeze() {
    const f = this.freeze;
    if (!f) return;
    this.freeze = null;
    workspace.snapshots = workspace.snapshots.filter((s) => s.id !== f.snapshotId);
    if (movement.snapshotId === f.snapshotId) movement.snapshotId = null;
  }

  toggleFreeze() {
    if (this.frozen) this.unfreeze();
    else this.freezeNow();
  }

  /** The shareable address of the scenario: this page with `#s=…` (and `?present` if asked). */
  link(base: string, present: boolean): string {
    const url = new URL(base);
    url.hash = '';
    url.search = present ? '?present' : '';
    return url.toString().replace(/#$/, '') + '#' + encodeScenarioHash($state.snapshot(this.scenario) as Scenario);
  }

  fileText(): string {
    return exportScenarioFile($state.snapshot(this.scenario) as Scenario);
  }

  /** Replace the draft with a file's scenario; a bad file leaves everything as it was. */
  importFile(text: string, fileName: string): boolean {
    const parsed = parseScenarioFile(text, fileName);
    if (!parsed.ok) {
      this.fileError = parsed.error;
      return false;
    }
    this.fileError = null;
    this.unfreeze();
    this.position = null;
    this.scenario = parsed.scenario;
    this.save();
    this.notice = { key: 'trainer.file.imported', params: { title: parsed.scenario.title || locale.t('trainer.scenario.untitled'), file: fileName } };
    return true;
  }

  /**
   * Open the scenario of a `#s=` link in a NEW workspace (the user's own stays as it was),
   * load its sample, put step 1 on screen, then clear the hash so a reload does not repeat it.
   */
  async openFromHash(hash: string): Promise<boolean> {
    if (!hasScenarioHash(hash)) return false;
    const decoded = decodeScenarioHash(hash);
    if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
    if (!decoded.ok) {
      this.linkError = decoded.error;
      return true;
    }
    this.linkError = null;
    const sc = decoded.scenario;
    const names = session.list.map((w) => w.name);
    const base = sc.title || locale.t('trainer.scenario.untitled');
    const name = names.includes(base) ? nextWorkspaceName(names, base) : base;
    const first = sc.steps[0];
    const state: WorkspaceState = { ...defaultWorkspaceState(name), ...(first ? stepState(first) : {}) };
    const before = session.activeId;
    await session.createWorkspace(name, state);
    if (session.activeId === before && before !== null) return true; // not created: the session said why
    this.unfreeze();
    this.position = null;
    this.scenario = sc;
    this.save();
    if (first) await this.goTo(0);
    else await this.ensureDataset();
    this.notice =
      sc.dataset.kind === 'current'
        ? { key: 'trainer.link.ownData' }
        : { key: 'trainer.link.opened', params: { title: base, name } };
    return true;
  }
}

export const scenario = new ScenarioState();
