/**
 * A drag (or a run of key presses) on the handles of one or more lenses: the counts each lens
 * had when it began, for the +12 / -5 badges, and the one labels array a lens re-labels into
 * for the whole drag.
 */
import { untrack } from 'svelte';
import type { LensKey } from './workspaceState';

export class LensDrag {
  /** Counts per lens when the current drag began. */
  baseline = $state.raw<Partial<Record<LensKey, number[]>>>({});
  /** The labels array each lens re-labels into during a drag of it (not reactive): see `labelsInto`. */
  #labels: Partial<Record<LensKey, Uint8Array>> = {};
  readonly #countsOf: (lens: LensKey) => number[];

  constructor(countsOf: (lens: LensKey) => number[]) {
    this.#countsOf = countsOf;
  }

  /** Whether any lens is being dragged (untracked: for the change being made, not for a derivation). */
  get open(): boolean {
    return Object.keys(untrack(() => this.baseline)).length > 0;
  }

  /**
   * Where a lens writes its labels. During a drag of that lens: into one array for the whole
   * drag, so a frame does not allocate one entry per customer (the result object is new every
   * frame, so everything that reads `.labels` through it still updates). Otherwise: a new
   * array, so a result kept from before the drag (a lesson step's baseline, the state the
   * drag began from) never changes under its holder.
   */
  labelsInto(lens: LensKey, n: number): Uint8Array | undefined {
    if (!untrack(() => this.baseline[lens])) return undefined;
    let labels = this.#labels[lens];
    if (!labels || labels.length !== n) labels = this.#labels[lens] = new Uint8Array(n);
    return labels;
  }

  /** A drag or key-repeat starts on a handle of `lens`. */
  begin(lens: LensKey) {
    delete this.#labels[lens];
    this.baseline = { ...this.baseline, [lens]: [...this.#countsOf(lens)] };
  }

  end(lens: LensKey) {
    // The drag's last result keeps its array; the next change labels into a new one.
    delete this.#labels[lens];
    const next = { ...this.baseline };
    delete next[lens];
    this.baseline = next;
  }

  /** Change in count of class `i` of `lens` since the drag began, or null when no drag. */
  deltaOf(lens: LensKey, i: number): number | null {
    const base = this.baseline[lens];
    return base ? this.#countsOf(lens)[i] - base[i] : null;
  }
}
