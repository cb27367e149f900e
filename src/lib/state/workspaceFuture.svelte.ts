/**
 * The future-value side of the workspace: the model's settings (changed only by the pure
 * operations of domain/models/settings.ts, each change one undo step), the model once it is
 * made (state/future.svelte.ts attaches it), and the future values the current x future
 * quadrant uses, with its line on them.
 */
import { finiteOnly } from '../domain/future/align';
import type { FutureResult } from '../domain/future';
import type { SortedMetrics } from '../domain/models/analysis';
import { sortedCopy } from '../domain/models/quantile';
import { resolveAxis, type AxisThreshold } from '../domain/models/quadrants';
import { DEFAULT_FUTURE_SETTING, type FutureSetting } from '../domain/models/settings';
import type { CustomerMetrics, Dataset } from '../domain/types';

/** Where the current x future quadrant's future value comes from (null: nowhere, the lens is off). */
export type FutureSource = 'column' | 'model' | 'projection' | null;

/** The future-value model as the workspace sees it (state/future.svelte.ts), attached once it is made. */
export interface FutureEstimate {
  valuesFor(metrics: CustomerMetrics): Float64Array | null;
  /** The last finished fit, and whether it is for the data and settings of now (the lessons read only a current one). */
  readonly result: FutureResult | null;
  readonly current: boolean;
}

/** What the future values are read from: each its own reader, so a derivation depends only on what it reads. */
export interface FutureInputs {
  dataset(): Dataset | null;
  metrics(): CustomerMetrics;
  sorted(): SortedMetrics;
  /** The current x future quadrant's y line setting. */
  axis(): AxisThreshold;
  /** Make `next` the model's settings, as one undo step. */
  commit(next: FutureSetting): void;
}

export class WorkspaceFuture {
  /** Immutable like the lens settings: changed by the pure operations of domain/models/settings.ts. */
  setting = $state.raw<FutureSetting>({ ...DEFAULT_FUTURE_SETTING });
  /** Set by the future-value model when it is first made; until then the quadrant uses the projection. */
  estimate = $state.raw<FutureEstimate | null>(null);

  constructor(private readonly inputs: FutureInputs) {}

  // A column wins; without one (transactions), the model's estimate once it has one.
  #model = $derived.by(() => (this.inputs.dataset()?.shape === 'transactions' ? (this.estimate?.valuesFor(this.inputs.metrics()) ?? null) : null));
  source = $derived.by<FutureSource>(() =>
    this.#model ? 'model' : this.inputs.metrics().futureValue === null ? null : this.inputs.dataset()?.shape === 'transactions' ? 'projection' : 'column',
  );
  /** The current x future quadrant's y values, per metrics position. */
  values = $derived.by(() => this.#model ?? this.inputs.metrics().futureValue);
  // Customers first seen after the model's calibration end have no estimate (NaN, low future
  // value): the line's mean or median is over the customers that have one.
  #axisValues = $derived.by(() => (this.#model ? finiteOnly(this.#model) : this.inputs.metrics().futureValue));
  #axisSorted = $derived.by(() => (this.#model ? sortedCopy(this.#axisValues!) : (this.inputs.sorted().futureValue ?? undefined)));
  /** The y line of the current x future quadrant (0 without future values). */
  threshold = $derived.by(() => (this.#axisValues ? resolveAxis(this.#axisValues, this.inputs.axis(), this.#axisSorted) : 0));

  /** The one write path for the model's settings: `change` is a pure operation from domain/models/settings.ts. */
  update(change: (s: FutureSetting) => FutureSetting) {
    const next = change(this.setting);
    if (next !== this.setting) this.inputs.commit(next);
  }
}
