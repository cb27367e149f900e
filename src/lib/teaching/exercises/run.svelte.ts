/** Starting an exercise: open it in the coach, load its sample when nothing is loaded, open its view. */
import type { Teaching } from '../../state/teaching.svelte';
import type { ViewKey, Workspace } from '../../state/workspace.svelte';
import type { Loader } from '../../state/loader.svelte';
import { sampleById } from '../../samples';
import { SAMPLE_FILE, type Exercise, type ExerciseContext } from '../../domain/teaching/exercises';
import { useClassroom } from '../../state/context';

/** Members are arrow functions so components can take them out of the runner. */
export class ExerciseRunner {
  constructor(
    private readonly teaching: Teaching,
    private readonly workspace: Workspace,
    private readonly loader: Loader,
  ) {}

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
