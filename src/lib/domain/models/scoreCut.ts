import type { ThresholdSetting } from './eightClasses';

/**
 * The middle score cut for k scores (3 of 5, 3 of 4, 2 of 3): "High" then means the upper
 * half of the scores. Used wherever a score cut has not been chosen yet.
 */
export function defaultScoreCut(k: number): number {
  return Math.floor(k / 2) + 1;
}

/** The score cut a threshold setting stands for: its own value, else the default for k. */
export function scoreCutOf(setting: ThresholdSetting, k: number): number {
  return setting.method === 'score' && setting.value !== undefined ? setting.value : defaultScoreCut(k);
}
