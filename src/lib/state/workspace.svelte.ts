/**
 * The live classroom's state: the loaded dataset, every setting, and the write paths that
 * change them. What it derives and keeps alongside lives next to it, one job a module:
 * the lenses (workspaceLenses), the future-value side (workspaceFuture), undo
 * (workspaceUndo), a drag's baseline and labels (lensDrag), the persisted shape
 * (workspaceState). The views, lessons and tests use this one object.
 */
import { defaultLensSettings, type LensSettings } from '../domain/models/analysis';
import type { MonetaryMode } from '../domain/models/metrics';
import { nextAnalysisDay, type FutureSetting } from '../domain/models/settings';
import type { Dataset, DayNumber, IngestReport } from '../domain/types';
import type { ViewKey } from '../viewKeys';
import { LensDrag } from './lensDrag.svelte';
import { WorkspaceFuture, type FutureEstimate } from './workspaceFuture.svelte';
import { WorkspaceLenses } from './workspaceLenses.svelte';
import type { LensKey, SettingsEntry, Snapshot, WorkspaceState } from './workspaceState';
import { WorkspaceUndo } from './workspaceUndo.svelte';

export { VIEWS, type ViewKey } from '../viewKeys';
export { defaultWorkspaceState, type LensKey, type SettingsEntry, type Snapshot, type WorkspaceState } from './workspaceState';
export type { FutureEstimate, FutureSource } from './workspaceFuture.svelte';

export class Workspace {
  // Large, replaced whole: never deep-proxied.
  dataset = $state.raw<Dataset | null>(null);
  report = $state.raw<IngestReport | null>(null);

  name = $state('Workspace 1');
  datasetName = $state<string | null>(null);
  /** null: the default, the day after the latest transaction. */
  analysisDay = $state<DayNumber | null>(null);
  monetaryMode = $state<MonetaryMode>('sum');
  /**
   * Immutable: replaced whole by `updateSettings` with the pure operations of
   * domain/models/settings.ts, which share every part they do not change.
   */
  settings = $state.raw<LensSettings>(defaultLensSettings(5));
  view = $state<ViewKey>('data');
  rfmMode = $state<'eight' | 'segments'>('eight');
  snapshots = $state<Snapshot[]>([]);
  selectedCustomer = $state<string | null>(null);

  // Each of these does one job for the workspace; the getters and methods below keep the
  // workspace the one object the views use.
  readonly #drag = new LensDrag((lens) => this.countsOf(lens));
  readonly #undo = new WorkspaceUndo({
    read: () => ({ settings: this.settings, analysisDay: this.analysisDay, monetaryMode: this.monetaryMode, rfmMode: this.rfmMode, future: this.future }),
    write: (e) => {
      this.settings = e.settings;
      this.analysisDay = e.analysisDay;
      this.monetaryMode = e.monetaryMode;
      this.rfmMode = e.rfmMode;
      this.future = e.future;
    },
    dragging: () => this.#drag.open,
  });
  readonly #future: WorkspaceFuture = new WorkspaceFuture({
    dataset: () => this.dataset,
    metrics: () => this.#lenses.metrics,
    sorted: () => this.#lenses.sorted,
    axis: () => this.#lenses.futureAxis,
    commit: (future) => this.changeSettings({ future }),
  });
  readonly #lenses: WorkspaceLenses = new WorkspaceLenses({
    dataset: () => this.dataset,
    analysisDay: () => this.analysisDay,
    monetaryMode: () => this.monetaryMode,
    settings: () => this.settings,
    labelsInto: (lens, n) => this.#drag.labelsInto(lens, n),
    futureValues: () => this.#future.values,
    futureThreshold: () => this.#future.threshold,
  });

  /** The future-value model's settings; immutable like `settings` (see `updateFuture`). */
  get future(): FutureSetting {
    return this.#future.setting;
  }
  set future(next: FutureSetting) {
    this.#future.setting = next;
  }
  /** Set by the future-value model when it is first made; until then the quadrant uses the projection. */
  get futureEstimate(): FutureEstimate | null {
    return this.#future.estimate;
  }
  set futureEstimate(model: FutureEstimate | null) {
    this.#future.estimate = model;
  }
  /** Where the current x future quadrant's future value comes from. */
  get futureSource() {
    return this.#future.source;
  }
  /** The current x future quadrant's y values, per metrics position. */
  get futureValues() {
    return this.#future.values;
  }
  /** Counts per lens when the current drag began, for the +12 / -5 badges. */
  get dragBaseline(): Partial<Record<LensKey, number[]>> {
    return this.#drag.baseline;
  }

  // The lenses, derived in WorkspaceLenses; read here as before.
  /** The day after the latest transaction (null without transactions). */
  get defaultAnalysisDay() {
    return this.#lenses.defaultAnalysisDay;
  }
  /** The analysis day in use: the one set, or the default. */
  get effectiveAnalysisDay() {
    return this.#lenses.effectiveAnalysisDay;
  }
  get metrics() {
    return this.#lenses.metrics;
  }
  get sorted() {
    return this.#lenses.sorted;
  }
  get hasData() {
    return this.#lenses.hasData;
  }
  get scores() {
    return this.#lenses.scores;
  }
  get eight() {
    return this.#lenses.eight;
  }
  get segments() {
    return this.#lenses.segments;
  }
  get pareto() {
    return this.#lenses.pareto;
  }
  get pyramid() {
    return this.#lenses.pyramid;
  }
  get valuePotential() {
    return this.#lenses.valuePotential;
  }
  get currentFuture() {
    return this.#lenses.currentFuture;
  }
  get lifecycle() {
    return this.#lenses.lifecycle;
  }
  /** Position in the metrics arrays of each customer id, for the customer card and search. */
  get positionOf() {
    return this.#lenses.positionOf;
  }

  countsOf(lens: LensKey): number[] {
    return this.#lenses.countsOf(lens);
  }

  /** Whether there is a settings change to undo (or redo): not saved, a reload starts a fresh history. */
  get canUndo(): boolean {
    return this.#undo.canUndo;
  }
  get canRedo(): boolean {
    return this.#undo.canRedo;
  }
  undo() {
    this.#undo.undo();
  }
  redo() {
    this.#undo.redo();
  }

  /** Several settings at once as one undo step (reset to course defaults), even during a drag. */
  changeSettings(next: Partial<SettingsEntry>) {
    this.#undo.change(next);
  }

  setMonetaryMode(mode: MonetaryMode) {
    if (mode !== this.monetaryMode) this.changeSettings({ monetaryMode: mode });
  }

  setRfmMode(mode: 'eight' | 'segments') {
    if (mode !== this.rfmMode) this.changeSettings({ rfmMode: mode });
  }

  /** Called when a drag or key-repeat starts on a handle of `lens`. */
  beginChange(lens: LensKey) {
    // The whole drag (every lens dragged at once) is one undo step.
    if (!this.#drag.open) this.#undo.dragStarted();
    this.#drag.begin(lens);
  }

  endChange(lens: LensKey) {
    this.#drag.end(lens);
  }

  /** Change in count of class `i` of `lens` since the drag began, or null when no drag. */
  deltaOf(lens: LensKey, i: number): number | null {
    return this.#drag.deltaOf(lens, i);
  }

  /** The one write path for lens settings: `change` is a pure operation from domain/models/settings.ts. */
  updateSettings(change: (s: LensSettings) => LensSettings) {
    const next = change(this.settings);
    if (next === this.settings) return;
    this.#undo.record();
    this.settings = next;
  }

  /** The one write path for the future-value model's settings (pure operations from domain/models/settings.ts). */
  updateFuture(change: (s: FutureSetting) => FutureSetting) {
    this.#future.update(change);
  }

  /** A new analysis date (null: the default); only transactions have one. */
  setAnalysisDay(day: DayNumber | null) {
    const d = this.dataset;
    if (d?.shape !== 'transactions') return;
    const next = nextAnalysisDay(this.analysisDay, day, d);
    if (next === this.analysisDay) return;
    this.#undo.record();
    this.analysisDay = next;
  }

  setDataset(dataset: Dataset, report: IngestReport, name: string) {
    this.dataset = dataset;
    this.report = report;
    this.datasetName = name;
    this.analysisDay = null;
    // Custom amounts from another dataset mean nothing here.
    this.settings = defaultLensSettings(this.settings.bins);
    this.snapshots = [];
    this.selectedCustomer = null;
    // Earlier settings were for other data.
    this.#undo.clear();
  }

  toState(): WorkspaceState {
    return {
      name: this.name,
      datasetName: this.datasetName,
      analysisDay: this.analysisDay,
      monetaryMode: this.monetaryMode,
      settings: structuredClone(this.settings),
      view: this.view,
      rfmMode: this.rfmMode,
      snapshots: $state.snapshot(this.snapshots) as Snapshot[],
      selectedCustomer: this.selectedCustomer,
      future: { ...this.future },
    };
  }

  applyState(s: WorkspaceState) {
    this.name = s.name;
    this.datasetName = s.datasetName;
    this.analysisDay = s.analysisDay;
    this.monetaryMode = s.monetaryMode;
    this.settings = s.settings;
    this.view = s.view;
    this.rfmMode = s.rfmMode;
    this.snapshots = s.snapshots;
    this.selectedCustomer = s.selectedCustomer;
    this.future = s.future;
    // Another workspace (or a restore): its own history starts here.
    this.#undo.clear();
  }

  takeSnapshot(name: string): Snapshot {
    const snap: Snapshot = {
      id: `s${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`,
      name,
      createdAt: new Date().toISOString(),
      analysisDay: this.effectiveAnalysisDay,
      monetaryMode: this.monetaryMode,
      settings: structuredClone(this.settings),
    };
    this.snapshots = [...this.snapshots, snap];
    return snap;
  }
}

