/**
 * Every lens the workspace shows, derived from its dataset and settings. Derivations are
 * staged so a threshold drag only re-labels: metrics and sorted columns depend on the dataset
 * and the analysis date alone, scores on the bins and edges, and each lens on its own
 * settings.
 */
import { computeMetrics, defaultAnalysisDay, type MonetaryMode } from '../domain/models/metrics';
import {
  classifyEightResolved,
  classifyQuadrantResolved,
  computePyramid,
  computeScores,
  computeSegments,
  resolveDimension,
  sortMetrics,
  type LensSettings,
} from '../domain/models/analysis';
import { quadrants, resolveAxis } from '../domain/models/quadrants';
import { lifecycleStages } from '../domain/models/lifecycle';
import { paretoCurve } from '../domain/models/pyramid';
import type { CustomerMetrics, Dataset, DayNumber } from '../domain/types';
import type { LensKey } from './workspaceState';

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

/** What the lenses are derived from: each its own reader, so a derivation depends only on what it reads. */
export interface LensInputs {
  dataset(): Dataset | null;
  /** null: the default, the day after the latest transaction. */
  analysisDay(): DayNumber | null;
  monetaryMode(): MonetaryMode;
  settings(): LensSettings;
  /** Where a lens writes its labels (LensDrag.labelsInto). */
  labelsInto(lens: LensKey, n: number): Uint8Array | undefined;
  /** The current x future quadrant's y values and its y line (WorkspaceFuture). */
  futureValues(): Float64Array | null;
  futureThreshold(): number;
}

export class WorkspaceLenses {
  constructor(private readonly inputs: LensInputs) {}

  defaultAnalysisDay = $derived.by(() => {
    const dataset = this.inputs.dataset();
    return dataset ? defaultAnalysisDay(dataset) : null;
  });
  effectiveAnalysisDay = $derived.by(() => this.inputs.analysisDay() ?? this.defaultAnalysisDay);

  metrics = $derived.by(() => {
    const dataset = this.inputs.dataset();
    return dataset
      ? computeMetrics(dataset, { analysisDay: this.effectiveAnalysisDay ?? undefined, monetaryMode: this.inputs.monetaryMode() })
      : EMPTY_METRICS;
  });
  sorted = $derived.by(() => sortMetrics(this.metrics));
  hasData = $derived.by(() => this.metrics.n > 0);

  // Each part of the settings on its own. Settings are replaced whole, but a part that kept
  // its identity stops the change here, so dragging M does not redo scores or the pyramid.
  #bins = $derived.by(() => this.inputs.settings().bins);
  #customEdges = $derived.by(() => this.inputs.settings().customEdges);
  #thresholds = $derived.by(() => this.inputs.settings().thresholds);
  #segmentRules = $derived.by(() => this.inputs.settings().segmentRules);
  #pyramidSetting = $derived.by(() => this.inputs.settings().pyramid);
  #valuePotentialSetting = $derived.by(() => this.inputs.settings().valuePotential);
  #currentFutureSetting = $derived.by(() => this.inputs.settings().currentFuture);
  #lifecycleSetting = $derived.by(() => this.inputs.settings().lifecycle);

  scores = $derived(computeScores(this.metrics, this.sorted, this.#bins, this.#customEdges));
  // Each threshold resolved on its own (a mean is a pass over every customer): the setting of
  // one dimension keeps its identity while another is dragged, so dragging M stops at R and F.
  #recencySetting = $derived(this.#thresholds.recency);
  #frequencySetting = $derived(this.#thresholds.frequency);
  #monetarySetting = $derived(this.#thresholds.monetary);
  #recencyThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'recency', this.#recencySetting));
  #frequencyThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'frequency', this.#frequencySetting));
  #monetaryThreshold = $derived(resolveDimension(this.metrics, this.sorted, 'monetary', this.#monetarySetting));
  eight = $derived.by(() =>
    classifyEightResolved(
      this.metrics,
      this.scores,
      this.#thresholds,
      { recency: this.#recencyThreshold, frequency: this.#frequencyThreshold, monetary: this.#monetaryThreshold },
      this.inputs.labelsInto('eight', this.metrics.n),
    ),
  );
  segments = $derived(computeSegments(this.metrics, this.scores, this.#segmentRules));
  /** Depends on the data only, so a boundary drag does not redo it. */
  pareto = $derived(paretoCurve(this.sorted.monetary));
  pyramid = $derived.by(() => computePyramid(this.metrics, this.sorted, this.#pyramidSetting, this.pareto, this.inputs.labelsInto('pyramid', this.metrics.n)));
  // Each line of a quadrant resolved on its own, as the RFM thresholds are.
  #valueX = $derived(this.#valuePotentialSetting.x);
  #potentialY = $derived(this.#valuePotentialSetting.y);
  #currentX = $derived(this.#currentFutureSetting.x);
  /** The current x future quadrant's y line setting (WorkspaceFuture resolves it on the future values). */
  futureAxis = $derived(this.#currentFutureSetting.y);
  #valueXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#valueX, this.sorted.monetary));
  #potentialYThreshold = $derived(this.metrics.potential ? resolveAxis(this.metrics.potential, this.#potentialY, this.sorted.potential ?? undefined) : 0);
  #currentXThreshold = $derived(resolveAxis(this.metrics.monetary, this.#currentX, this.sorted.monetary));
  valuePotential = $derived.by(() =>
    classifyQuadrantResolved(this.metrics, 'potential', this.#valueXThreshold, this.#potentialYThreshold, this.inputs.labelsInto('valuePotential', this.metrics.n)),
  );
  currentFuture = $derived.by(() => {
    const ys = this.inputs.futureValues();
    return ys
      ? quadrants(this.metrics.monetary, ys, this.metrics.monetary, this.#currentXThreshold, this.inputs.futureThreshold(), this.inputs.labelsInto('currentFuture', this.metrics.n))
      : null;
  });
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
}
