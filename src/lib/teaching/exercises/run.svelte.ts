/** Starting an exercise: open it in the coach, load its sample when nothing is loaded, open its view. */
import { teaching } from '../../state/teaching.svelte';
import { workspace, type ViewKey } from '../../state/workspace.svelte';
import { loader } from '../../state/loader.svelte';
import { sampleById } from '../../samples';
import { SAMPLE_FILE, type Exercise, type ExerciseContext } from '../../domain/teaching/exercises';

/** The live state as an ExerciseContext (the teaching context plus the dataset and its report). */
export function exerciseContext(): ExerciseContext {
  return { ...teaching.context, dataset: workspace.dataset, report: workspace.report };
}

export function onItsSample(ex: Exercise): boolean {
  return workspace.hasData && workspace.datasetName === SAMPLE_FILE[ex.sample];
}

export function sampleTitleKey(ex: Exercise): string {
  return sampleById(ex.sample)?.titleKey ?? ex.sample;
}

/** Load the exercise's sample, then show its view. */
export async function loadSampleFor(ex: Exercise): Promise<void> {
  await loader.loadSample(ex.sample);
  if (onItsSample(ex)) workspace.view = ex.view as ViewKey;
}

/**
 * Open `ex` in the coach. With nothing loaded its sample loads at once; with other data
 * loaded the coach asks first (loading replaces the workspace's dataset).
 */
export async function startExercise(ex: Exercise): Promise<void> {
  teaching.active = { kind: 'exercise', id: ex.id };
  if (onItsSample(ex)) workspace.view = ex.view as ViewKey;
  else if (!workspace.hasData && !loader.busy) await loadSampleFor(ex);
}
