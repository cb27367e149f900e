/**
 * The step player: which step of the scenario is on screen, and putting one there. It reads
 * the steps and shows a step through what it is given, so it knows neither the draft nor the
 * workspace (the tests give it a list and a recorder).
 */
import type { Hideable, ScenarioStep } from '../../domain/teaching/scenario';
import { nextPosition, positionAfter, prevPosition, type StepEdit } from '../../domain/teaching/scenario/steps';

export interface PlayerOptions {
  steps: () => readonly ScenarioStep[];
  /** Put a step on screen (load its data, apply its settings); gets a plain copy. */
  show: (step: ScenarioStep) => Promise<void>;
}

export class StepPlayer {
  readonly #options: PlayerOptions;
  /** Index of the step on screen, or null when not playing. */
  position = $state<number | null>(null);
  /** A step is being put on screen (its sample may be loading): the controls wait. */
  busy = $state(false);

  count = $derived.by(() => this.#options.steps().length);
  current = $derived.by(() => (this.position !== null ? (this.#options.steps()[this.position] ?? null) : null));
  hidden = $derived<Hideable[]>(this.current?.hidden ?? []);
  atFirst = $derived(this.position === 0);
  atLast = $derived(this.position !== null && this.position === this.count - 1);

  constructor(options: PlayerOptions) {
    this.#options = options;
  }

  /** Put step `i` on screen; ignored while another is on its way. */
  async goTo(i: number) {
    const step = this.#options.steps()[i];
    if (!step || this.busy) return;
    this.busy = true;
    try {
      await this.#options.show($state.snapshot(step) as ScenarioStep);
      this.position = i;
    } finally {
      this.busy = false;
    }
  }

  /** Past the last step "next" stays, without putting the step on screen again (that would undo the class's changes). */
  next(): Promise<void> {
    return this.#move(nextPosition(this.position, this.count));
  }

  prev(): Promise<void> {
    return this.#move(prevPosition(this.position, this.count));
  }

  async #move(i: number | null) {
    if (i !== this.position) await this.#goToIndex(i);
  }

  /** Undo whatever the class changed in this step. */
  reset(): Promise<void> {
    return this.#goToIndex(this.position);
  }

  stop() {
    this.position = null;
  }

  /** Keep the same step on screen when the list is edited under it. */
  follow(edit: StepEdit) {
    this.position = positionAfter(this.position, edit);
  }

  async #goToIndex(i: number | null) {
    if (i !== null) await this.goTo(i);
  }
}
