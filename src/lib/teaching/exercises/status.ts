/** An exercise's progress as one status label. */
import type { ExerciseProgress } from '../../state/progress.svelte';

export function statusKey(p: ExerciseProgress): string {
  if (p.solved) return p.withHelp ? 'ex.ui.status.solvedWithHelp' : 'ex.ui.status.solved';
  return p.attempts > 0 ? 'ex.ui.status.attempted' : 'ex.ui.status.new';
}
