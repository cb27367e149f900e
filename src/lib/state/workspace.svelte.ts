/**
 * The live classroom's state: the loaded dataset, every setting, and every lens derived
 * from them. Derivations are staged so a threshold drag only re-labels: metrics and
 * sorted columns depend on the dataset and the analysis date alone, scores on the bins
 * and edges, and each lens on its own settings.
 */
import { untrack } from 'svelte';
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
import { finiteOnly } from '../domain/future/align';
import { sortedCopy } from '../domain/models/quantile';
import { lifecycleStages } from '../domain/models/lifecycle';
import { DEFAULT_FUTURE_SETTING, nextAnalysisDay, type FutureSetting } from '../domain/models/settings';
import { paretoCurve } from '../domain/models/pyramid';
import type { CustomerMetrics, Dataset, DayNumber, IngestReport } from '../domain/types';
import type { FutureResult } from '../domain/future';
import { History } from './settingsHistory';

import { VIEWS, type ViewKey } from '../viewKeys';
export { VIEWS, type ViewKey };

/** Where the current x future quadrant's future value comes from (null: nowhere, the lens is off). */
export type FutureSource = 'column' | 'model' | 'projection' | null;

/** The future-value model as the workspace sees it (state/future.svelte.ts), attached once it is made. */
export interface FutureEstimate {
  valuesFor(metrics: CustomerMetrics): Float64Array | null;
  /** The last finished fit, and whether it is for the data and settings of now (the lessons read only a current one). */
  readonly result: FutureResult | null;
  readonly current: boolean;
}

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
  /** Immutable like `settings`: changed by the pure operations of domain/models/settings.ts. */
  future = $state.raw<FutureSetting>({ ...DEFAULT_FUTURE_SETTING });
  snapshots = $state<Snapshot[]>([]);
  selectedCustomer = $state<string | null>(null);
  /** Counts per lens when the current drag began, for the +12 / -5 badges. */
  dragBaseline = $state.raw<Partial<Record<LensKey, number[]>>>({});

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
      this.#labelsInto('eight', this.metrics.n),
    ),
  );
  segments = $derived(computeSegments(this.metrics, this.scores, this.#segmentRules));
  /** Depends on the data only, so a boundary drag does not redo it. */
  pareto = $derived(paretoCurve(this.sorted.monetary));
  pyramid = $derived(computePyramid(this.metrics, this.sorted, this.#pyramidSetting, this.pareto, this.#labelsInto('pyramid', this.metrics.n)));
  // Each line of a quadrant resolved on its own, as the RFM thresholds are.
  #valueX = $derived(this.#valuePotentialSetting.x);
  #potentialY = $derived(this.#valuePotentialSetting.y);
  #currentX = $derived(this.#currentFutureSetting.x);
  #futureY = $derived(this.#currentFutureSetting.y);
  #valueXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#valueX, this.sorted.monetary));
  #potentialYThreshold = $derived(this.metrics.potential ? resolveAxis(this.metrics.potential, this.#potentialY, this.sorted.potential ?? undefined) : 0);
  #currentXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#currentX, this.sorted.monetary));
  /** Set by the future-value model when it is first made; until then the quadrant uses the projection. */
  futureEstimate = $state.raw<FutureEstimate | null>(null);
  // A column wins; without one (transactions), the model's estimate once it has one.
  #modelFuture = $derived(this.dataset?.shape === 'transactions' ? (this.futureEstimate?.valuesFor(this.metrics) ?? null) : null);
  futureSource = $derived<FutureSource>(
    this.#modelFuture ? 'model' : this.metrics.futureValue === null ? null : this.dataset?.shape === 'transactions' ? 'projection' : 'column',
  );
  /** The current x future quadrant's y values, per metrics position. */
  futureValues = $derived(this.#modelFuture ?? this.metrics.futureValue);
  // Customers first seen after the model's calibration end have no estimate (NaN, low future
  // value): the line's mean or median is over the customers that have one.
  #futureAxisValues = $derived(this.#modelFuture ? finiteOnly(this.#modelFuture) : this.metrics.futureValue);
  #futureAxisSorted = $derived(this.#modelFuture ? sortedCopy(this.#futureAxisValues!) : (this.sorted.futureValue ?? undefined));
  #futureYThreshold = $derived(this.#futureAxisValues ? resolveAxis(this.#futureAxisValues, this.#futureY, this.#futureAxisSorted) : 0);
  valuePotential = $derived(
    classifyQuadrantResolved(this.metrics, 'potential', this.#valueXThreshold, this.#potentialYThreshold, this.#labelsInto('valuePotential', this.metrics.n)),
  );
  currentFuture = $derived(
    this.futureValues
      ? quadrants(this.metrics.monetary, this.futureValues, this.metrics.monetary, this.#currentXThreshold, this.#futureYThreshold, this.#labelsInto('currentFuture', this.metrics.n))
      : null,
  );

  /** The labels array each lens re-labels into during a drag of it (not reactive): see `#labelsInto`. */
  #dragLabels: Partial<Record<LensKey, Uint8Array>> = {};

  /**
   * Where a lens writes its labels. During a drag of that lens: into one array for the whole
   * drag, so a frame does not allocate one entry per customer (the result object is new every
   * frame, so everything that reads `.labels` through it still updates). Otherwise: a new
   * array, so a result kept from before the drag (a lesson step's baseline, the state the
   * drag began from) never changes under its holder.
   */
  #labelsInto(lens: LensKey, n: number): Uint8Array | undefined {
    if (!untrack(() => this.dragBaseline[lens])) return undefined;
    let labels = this.#dragLabels[lens];
    if (!labels || labels.length !== n) labels = this.#dragLabels[lens] = new Uint8Array(n);
    return labels;
  }
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

  // Undo/redo of settings changes (not saved: a reload starts a fresh history).
  #history = new History<SettingsEntry>(100);
  /** Whether the drag under way has recorded its one undo step. */
  #dragRecorded = false;
  canUndo = $state(false);
  canRedo = $state(false);

  #entry(): SettingsEntry {
    return { settings: this.settings, analysisDay: this.analysisDay, monetaryMode: this.monetaryMode, rfmMode: this.rfmMode, future: this.future };
  }

  #restore(e: SettingsEntry) {
    this.settings = e.settings;
    this.analysisDay = e.analysisDay;
    this.monetaryMode = e.monetaryMode;
    this.rfmMode = e.rfmMode;
    this.future = e.future;
  }

  #syncHistory() {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
  }

  /**
   * Before a change: one undo step, or none when this drag already made its step. A discrete
   * change (reset, a mode) made while a drag or a run of key presses is still open is a step
   * of its own, and what the drag does after it is one more: merged into the drag, Undo would
   * skip back over the reset to before the drag.
   */
  #record(discrete = false) {
    const dragging = Object.keys(untrack(() => this.dragBaseline)).length > 0;
    if (dragging && !discrete) {
      if (this.#dragRecorded) return;
      this.#dragRecorded = true;
    } else if (dragging) this.#dragRecorded = false;
    this.#history.record(this.#entry());
    this.#syncHistory();
  }

  // A drag still open after an undo or redo records its next change as a new step, so the
  // redo list is dropped as for any other change.
  undo() {
    const e = this.#history.undo(this.#entry());
    if (e) this.#restore(e);
    this.#dragRecorded = false;
    this.#syncHistory();
  }

  redo() {
    const e = this.#history.redo(this.#entry());
    if (e) this.#restore(e);
    this.#dragRecorded = false;
    this.#syncHistory();
  }

  /** Several settings at once as one undo step (reset to course defaults), even during a drag. */
  changeSettings(next: Partial<SettingsEntry>) {
    const now = this.#entry();
    const merged = { ...now, ...next };
    if ((Object.keys(now) as (keyof SettingsEntry)[]).every((k) => merged[k] === now[k])) return;
    this.#record(true);
    this.#restore(merged);
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
    if (Object.keys(this.dragBaseline).length === 0) this.#dragRecorded = false;
    delete this.#dragLabels[lens];
    this.dragBaseline = { ...this.dragBaseline, [lens]: [...this.countsOf(lens)] };
  }

  endChange(lens: LensKey) {
    // The drag's last result keeps its array; the next change labels into a new one.
    delete this.#dragLabels[lens];
    const next = { ...this.dragBaseline };
    delete next[lens];
    this.dragBaseline = next;
  }

  /** Change in count of class `i` of `lens` since the drag began, or null when no drag. */
  deltaOf(lens: LensKey, i: number): number | null {
    const base = this.dragBaseline[lens];
    return base ? this.countsOf(lens)[i] - base[i] : null;
  }

  /** The one write path for lens settings: `change` is a pure operation from domain/models/settings.ts. */
  updateSettings(change: (s: LensSettings) => LensSettings) {
    const next = change(this.settings);
    if (next === this.settings) return;
    this.#record();
    this.settings = next;
  }

  /** The one write path for the future-value model's settings (pure operations from domain/models/settings.ts). */
  updateFuture(change: (s: FutureSetting) => FutureSetting) {
    const next = change(this.future);
    if (next !== this.future) this.changeSettings({ future: next });
  }

  /** A new analysis date (null: the default); only transactions have one. */
  setAnalysisDay(day: DayNumber | null) {
    const d = this.dataset;
    if (d?.shape !== 'transactions') return;
    const next = nextAnalysisDay(this.analysisDay, day, d);
    if (next === this.analysisDay) return;
    this.#record();
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
    this.#history.clear();
    this.#syncHistory();
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
    this.#history.clear();
    this.#syncHistory();
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

