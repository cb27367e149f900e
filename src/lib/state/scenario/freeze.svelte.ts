/**
 * Freeze-and-compare: remember the counts of every lens at one moment (and a snapshot of its
 * settings, so the Movement view can say who moved), then show changes against it. The
 * workspace side (snapshots, counts, the Movement view's choice) is behind a small host,
 * so the rules are tested with a fake one.
 */
import type { CompareLens } from '../../domain/models/compare';
import type { AllLensCounts } from './freezeLens';
import type { TrainerNotice } from './notices.svelte';

export interface FreezeHost {
  hasData(): boolean;
  /** Every lens's classes and counts now (lenses the data cannot show are left out). */
  counts(): AllLensCounts;
  /** Keep a snapshot of the current settings (and compare with it); returns its id. */
  takeSnapshot(): string;
  /** Remove the snapshot and stop comparing with it. */
  dropSnapshot(id: string): void;
  /** Reactive: read inside `frozen`, so loading other data (which clears snapshots) ends the freeze. */
  hasSnapshot(id: string): boolean;
  /** Open the Movement view comparing the snapshot with now, on `lens`. */
  showMovement(lens: CompareLens, snapshotId: string): void;
}

export interface FrozenMoment {
  snapshotId: string;
  counts: AllLensCounts;
}

export class Freeze {
  readonly #host: FreezeHost;
  readonly #notify: (notice: TrainerNotice) => void;
  #moment = $state.raw<FrozenMoment | null>(null);

  /** The freeze in force; over when its snapshot went away (another dataset was loaded). */
  frozen = $derived.by(() => {
    const m = this.#moment;
    return m !== null && this.#host.hasSnapshot(m.snapshotId) ? m : null;
  });

  constructor(host: FreezeHost, notify: (notice: TrainerNotice) => void) {
    this.#host = host;
    this.#notify = notify;
  }

  /** Freeze the current labelling, replacing an earlier freeze. */
  freezeNow() {
    if (!this.#host.hasData()) {
      this.#notify({ key: 'trainer.freeze.noData' });
      return;
    }
    this.unfreeze();
    const snapshotId = this.#host.takeSnapshot();
    this.#moment = { snapshotId, counts: structuredClone(this.#host.counts()) };
  }

  /** The freeze's snapshot is removed too: it was a moment's comparison, not a saved one. */
  unfreeze() {
    const m = this.#moment;
    if (!m) return;
    this.#moment = null;
    this.#host.dropSnapshot(m.snapshotId);
  }

  /** "Who moved?": the Movement view on the lens the overlay shows, against the freeze. */
  whoMoved(lens: CompareLens) {
    const m = this.frozen;
    if (m) this.#host.showMovement(lens, m.snapshotId);
  }

  toggle() {
    if (this.frozen) this.unfreeze();
    else this.freezeNow();
  }
}
