/**
 * The live classroom's state: the loaded dataset, every setting, and every lens derived
 * from them. Derivations are staged so a threshold drag only re-labels: metrics and
 * sorted columns depend on the dataset and the analysis date alone, scores on the bins
 * and edges, and each lens on its own settings.
 */
import { computeMetrics, defaultAnalysisDay, type MonetaryMode } from '../domain/models/metrics';
import {
  classifyEightResolved,
  classifyQuadrantResolved,
  computePyramid,
  computeScores,
  computeSegments,
  defaultLensSettings,
  resolveDimension,
  sortMetrics,
  type LensSettings,
} from '../domain/models/analysis';
import { quadrants, resolveAxis } from '../domain/models/quadrants';
import { lifecycleStages } from '../domain/models/lifecycle';
import { nextAnalysisDay, type FutureSetting } from '../domain/models/settings';
import { paretoCurve } from '../domain/models/pyramid';
import type { CustomerMetrics, Dataset, DayNumber, IngestReport } from '../domain/types';
import type { ViewKey } from '../viewKeys';
import { LensDrag } from './lensDrag.svelte';
import { WorkspaceFuture, type FutureEstimate } from './workspaceFuture.svelte';
import type { LensKey, SettingsEntry, Snapshot, WorkspaceState } from './workspaceState';
import { WorkspaceUndo } from './workspaceUndo.svelte';

export { VIEWS, type ViewKey } from '../viewKeys';
export { defaultWorkspaceState, type LensKey, type SettingsEntry, type Snapshot, type WorkspaceState } from './workspaceState';
export type { FutureEstimate, FutureSource } from './workspaceFuture.svelte';

const EMPTY_METRICS: CustomerMetrics = {
  n: 0,
  index: new Int32Array(0),
  ids: [],
  recency: new Float64Array(0),
  frequency: new Float64Array(0),
  monetary: new Float64Array(0),
  tenure: null,
  potential: null,
  futureValue: null,
  analysisDay: null,
  customersWithoutPurchase: 0,
  rowsAfterAnalysisDate: 0,
  totalMonetary: 0,
};

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
  readonly #future = new WorkspaceFuture({
    dataset: () => this.dataset,
    metrics: () => this.metrics,
    sorted: () => this.sorted,
    axis: () => this.#futureY,
    commit: (future) => this.changeSettings({ future }),
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

  defaultAnalysisDay = $derived(this.dataset ? defaultAnalysisDay(this.dataset) : null);
  effectiveAnalysisDay = $derived(this.analysisDay ?? this.defaultAnalysisDay);

  metrics = $derived.by(() =>
    this.dataset
      ? computeMetrics(this.dataset, { analysisDay: this.effectiveAnalysisDay ?? undefined, monetaryMode: this.monetaryMode })
      : EMPTY_METRICS,
  );
  sorted = $derived(sortMetrics(this.metrics));
  hasData = $derived(this.metrics.n > 0);

  // Each part of the settings on its own. Settings are replaced whole, but a part that kept
  // its identity stops the change here, so dragging M does not redo scores or the pyramid.
  #bins = $derived(this.settings.bins);
  #customEdges = $derived(this.settings.customEdges);
  #thresholds = $derived(this.settings.thresholds);
  #segmentRules = $derived(this.settings.segmentRules);
  #pyramidSetting = $derived(this.settings.pyramid);
  #valuePotentialSetting = $derived(this.settings.valuePotential);
  #currentFutureSetting = $derived(this.settings.currentFuture);
  #lifecycleSetting = $derived(this.settings.lifecycle);

  scores = $derived(computeScores(this.metrics, this.sorted, this.#bins, this.#customEdges));
  // Each threshold resolved on its own (a mean is a pass over every customer): the setting of
  // one dimension keeps its identity while another is dragged, so dragging M stops at R and F.
  #recencySetting = $derived(this.#thresholds.recency);
  #frequencySetting = $derived(this.#thresholds.frequency);
  #monetarySetting = $derived(this.#thresholds.monetary);
  #recencyThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'recency', this.#recencySetting));
  #frequencyThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'frequency', this.#frequencySetting));
  #monetaryThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'monetary', this.#monetarySetting));
  eight = $derived(
    classifyEightResolved(
      this.metrics,
      this.scores,
      this.#thresholds,
      { recency: this.#recencyThreshold, frequency: this.#frequencyThreshold, monetary: this.#monetaryThreshold },
      this.#drag.labelsInto('eight', this.metrics.n),
    ),
  );
  segments = $derived(computeSegments(this.metrics, this.scores, this.#segmentRules));
  /** Depends on the data only, so a boundary drag does not redo it. */
  pareto = $derived(paretoCurve(this.sorted.monetary));
  pyramid = $derived(computePyramid(this.metrics, this.sorted, this.#pyramidSetting, this.pareto, this.#drag.labelsInto('pyramid', this.metrics.n)));
  // Each line of a quadrant resolved on its own, as the RFM thresholds are.
  #valueX = $derived(this.#valuePotentialSetting.x);
  #potentialY = $derived(this.#valuePotentialSetting.y);
  #currentX = $derived(this.#currentFutureSetting.x);
  #futureY = $derived(this.#currentFutureSetting.y);
  #valueXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#valueX, this.sorted.monetary));
  #potentialYThreshold = $derived(this.metrics.potential ? resolveAxis(this.metrics.potential, this.#potentialY, this.sorted.potential ?? undefined) : 0);
  #currentXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#currentX, this.sorted.monetary));
  valuePotential = $derived(
    classifyQuadrantResolved(this.metrics, 'potential', this.#valueXThreshold, this.#potentialYThreshold, this.#drag.labelsInto('valuePotential', this.metrics.n)),
  );
  currentFuture = $derived(
    this.futureValues
      ? quadrants(this.metrics.monetary, this.futureValues, this.metrics.monetary, this.#currentXThreshold, this.#future.threshold, this.#drag.labelsInto('currentFuture', this.metrics.n))
      : null,
  );

  lifecycle = $derived(lifecycleStages(this.metrics.recency, this.metrics.frequency, this.metrics.monetary, this.metrics.tenure, this.#lifecycleSetting));

  /** Position in the metrics arrays of each customer id, for the customer card and search. */
  positionOf = $derived.by(() => {
    const map = new Map<string, number>();
    this.metrics.ids.forEach((id, i) => map.set(id, i));
    return map;
  });

  countsOf(lens: LensKey): number[] {
    switch (lens) {
      case 'eight':
        return this.eight.counts;
      case 'segments':
        return this.segments.counts;
      case 'pyramid':
        return this.pyramid.tiers.map((t) => t.customers);
      case 'valuePotential':
        return this.valuePotential?.counts ?? [];
      case 'currentFuture':
        return this.currentFuture?.counts ?? [];
      case 'lifecycle':
        return this.lifecycle.counts;
    }
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

