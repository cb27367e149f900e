/**
 * The scenario being built in the Trainer view: title, dataset, steps. Kept in localStorage
 * (it is small) so a reload does not lose a workshop's preparation. Every edit is a pure
 * function from domain/teaching/scenario/steps; edits that move the step on screen are
 * reported through `onEdit` so the player can follow them without the draft knowing it.
 */
import type { ViewKey } from '../../viewKeys';
import { encodeScenarioHash, exportScenarioFile, validateScenario, type Hideable, type Scenario, type ScenarioDataset } from '../../domain/teaching/scenario';
import {
  addStep,
  canAddStep,
  captureStep,
  deleteStep,
  moveStep,
  replaceStep,
  setStepHidden,
  setStepNote,
  setStepView,
  type StepEdit,
  type StepState,
} from '../../domain/teaching/scenario/steps';

export const DRAFT_KEY = 'ccc.trainer.scenario';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Where new steps come from: the live workspace. */
export interface LiveSource {
  /** The live state as plain data the draft may keep. */
  state(): StepState;
  /** The workspace's data as a scenario dataset, or null when nothing is loaded. */
  dataset(): ScenarioDataset | null;
}

export interface DraftOptions {
  /** null: nothing persists (tests, a browser that refuses storage). */
  storage: DraftStorage | null;
  live: LiveSource;
  onEdit?: (edit: StepEdit) => void;
}

export function emptyScenario(): Scenario {
  return { title: '', dataset: { kind: 'sample', id: 'classroom' }, steps: [] };
}

function loadDraft(storage: DraftStorage | null): Scenario {
  try {
    const text = storage?.getItem(DRAFT_KEY);
    if (text) {
      const v = JSON.parse(text) as unknown;
      if (validateScenario(v) === null) return v as Scenario;
    }
  } catch {
    // A private window or a damaged draft: start empty.
  }
  return emptyScenario();
}

export class ScenarioDraft {
  scenario = $state<Scenario>(emptyScenario());
  /** The last content view (not Trainer), so "add current state" from the Trainer view means that view. */
  lastView = $state<ViewKey>('rfm');

  steps = $derived(this.scenario.steps);
  full = $derived(!canAddStep(this.scenario.steps));

  readonly #storage: DraftStorage | null;
  readonly #live: LiveSource;
  readonly #onEdit: (edit: StepEdit) => void;

  constructor(options: DraftOptions) {
    this.#storage = options.storage;
    this.#live = options.live;
    this.#onEdit = options.onEdit ?? (() => {});
    this.scenario = loadDraft(this.#storage);
  }

  save() {
    try {
      this.#storage?.setItem(DRAFT_KEY, JSON.stringify($state.snapshot(this.scenario)));
    } catch {
      // Storage refused: the draft lives as long as the tab; the file export still works.
    }
  }

  setTitle(title: string) {
    this.scenario.title = title;
    this.save();
  }

  setDataset(dataset: ScenarioDataset) {
    this.scenario.dataset = dataset;
    this.save();
  }

  /** The first step also fixes the dataset: the scenario is about the data on screen. */
  addCurrentStep() {
    const steps = addStep(this.scenario.steps, captureStep(this.#live.state(), this.lastView));
    if (steps === this.scenario.steps) return;
    const dataset = this.scenario.steps.length === 0 ? this.#live.dataset() : null;
    if (dataset) this.scenario.dataset = dataset;
    this.#setSteps(steps);
  }

  replaceStep(i: number) {
    this.#setSteps(replaceStep(this.scenario.steps, i, captureStep(this.#live.state(), this.lastView)));
  }

  moveStep(i: number, delta: -1 | 1) {
    if (this.#setSteps(moveStep(this.scenario.steps, i, delta))) this.#onEdit({ kind: 'move', from: i, to: i + delta });
  }

  deleteStep(i: number) {
    if (this.#setSteps(deleteStep(this.scenario.steps, i))) this.#onEdit({ kind: 'delete', at: i });
  }

  clearSteps() {
    this.#setSteps([]);
    this.#onEdit({ kind: 'reset' });
  }

  setNote(i: number, note: string) {
    this.#setSteps(setStepNote(this.scenario.steps, i, note));
  }

  setView(i: number, view: ViewKey) {
    this.#setSteps(setStepView(this.scenario.steps, i, view));
  }

  setHidden(i: number, what: Hideable, hide: boolean) {
    this.#setSteps(setStepHidden(this.scenario.steps, i, what, hide));
  }

  /** Replace the whole draft (an opened link or file); nothing is on screen afterwards. */
  replace(scenario: Scenario) {
    this.scenario = scenario;
    this.save();
    this.#onEdit({ kind: 'reset' });
  }

  /** The shareable address of the scenario: this page with `#s=…` (and `?present` if asked). */
  /**
   * The share link: the scenario in the hash, presentation mode and the author's language in
   * the query (whoever opens it can change `lang=`; the query wins over a stored preference).
   */
  link(base: string, present: boolean, lang?: string): string {
    const url = new URL(base);
    url.hash = '';
    const query = [present ? 'present' : '', lang ? `lang=${encodeURIComponent(lang)}` : ''].filter(Boolean).join('&');
    url.search = query ? `?${query}` : '';
    return url.toString().replace(/#$/, '') + '#' + encodeScenarioHash($state.snapshot(this.scenario) as Scenario);
  }

  fileText(): string {
    return exportScenarioFile($state.snapshot(this.scenario) as Scenario);
  }

  /** Keep and save a changed list; false when the edit did not apply (the same array came back). */
  #setSteps(steps: Scenario['steps']): boolean {
    if (steps === this.scenario.steps) return false;
    this.scenario.steps = steps;
    this.save();
    return true;
  }
}
