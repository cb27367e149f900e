/** An exercise's progress as one status label (the same rule as the coach's). */
import type { ExerciseProgress } from '../../state/progress.svelte';
import { exerciseStatusKey } from '../../domain/teaching/exerciseProgress';

export const statusKey = (p: ExerciseProgress): string => exerciseStatusKey(p);
