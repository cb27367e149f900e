/** Starting an exercise: open it in the coach, load its sample when nothing is loaded, open its view. */
import type { Teaching } from '../../state/teaching.svelte';
import type { ViewKey, Workspace } from '../../state/workspace.svelte';
import type { Loader } from '../../state/loader.svelte';
import { sampleById } from '../../samples';
import { SAMPLE_FILE, type Exercise, type ExerciseContext } from '../../domain/teaching/exercises';
import type { LensSettings } from '../../domain/models/analysis';
import type { MonetaryMode } from '../../domain/models/metrics';
import type { Dataset, DayNumber } from '../../domain/types';

/** The learner's own state before an exercise changed it, put back when the exercises are left. */
interface OwnState {
  dataset: Dataset | null;
  settings: LensSettings;
  analysisDay: DayNumber | null;
  monetaryMode: MonetaryMode;
}
import { useClassroom } from '../../state/context';

/** Members are arrow functions so components can take them out of the runner. */
export class ExerciseRunner {
  constructor(
    private readonly teaching: Teaching,
    private readonly workspace: Workspace,
    private readonly loader: Loader,
  ) {}

  // Plain fields, not $state: they only remember, nothing renders from them.
  #own: OwnState | null = null;
  #applied: string | null = null;

  /**
   * Put the workspace in the exercise's declared starting state (its target state, or the
   * defaults when reaching the target is the exercise), once per exercise and variant
   * (`key`). The learner's own settings are kept the first time, to be restored on leaving.
   */
  enter = (ex: Exercise, key: string): void => {
    if (this.#applied === key) return;
    const w = this.workspace;
    if (!this.#own || this.#own.dataset !== w.dataset) this.#own = { dataset: w.dataset, settings: w.settings, analysisDay: w.analysisDay, monetaryMode: w.monetaryMode };
    this.#applied = key;
    const start = ex.startSettings(this.exerciseContext());
    w.monetaryMode = 'sum';
    w.setAnalysisDay(null);
    w.updateSettings(() => start);
  };

  /** Leaving the exercises: the learner's own settings come back (on the same data only). */
  leave = (): void => {
    const own = this.#own;
    this.#own = null;
    this.#applied = null;
    const w = this.workspace;
    if (!own || own.dataset !== w.dataset) return;
    w.monetaryMode = own.monetaryMode;
    w.setAnalysisDay(own.analysisDay);
    w.updateSettings(() => own.settings);
  };

  /** The live state as an ExerciseContext (the teaching context plus the dataset and its report). */
  exerciseContext = (): ExerciseContext => ({ ...this.teaching.context, dataset: this.workspace.dataset, report: this.workspace.report });

  onItsSample = (ex: Exercise): boolean => this.workspace.hasData && this.workspace.datasetName === SAMPLE_FILE[ex.sample];

  sampleTitleKey = (ex: Exercise): string => sampleById(ex.sample)?.titleKey ?? ex.sample;

  /** Load the exercise's sample, then show its view. */
  loadSampleFor = async (ex: Exercise): Promise<void> => {
    await this.loader.loadSample(ex.sample);
    if (this.onItsSample(ex)) this.workspace.view = ex.view as ViewKey;
  };

  /**
   * Open `ex` in the coach. With nothing loaded its sample loads at once; with other data
   * loaded the coach asks first (loading replaces the workspace's dataset).
   */
  startExercise = async (ex: Exercise): Promise<void> => {
    this.teaching.active = { kind: 'exercise', id: ex.id };
    if (this.onItsSample(ex)) this.workspace.view = ex.view as ViewKey;
    else if (!this.workspace.hasData && !this.loader.busy) await this.loadSampleFor(ex);
  };
}

/** This classroom's exercise runner, created when exercise code first asks for it. */
export const useExercises = (): ExerciseRunner => useClassroom().part('exercises', (c) => new ExerciseRunner(c.teaching, c.workspace, c.loader));
