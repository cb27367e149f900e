/**
 * What the Movement view compares, kept at module level so it survives switching views
 * (the workspace holds only what is saved; these are choices of the moment).
 */
import type { CompareLens } from '../domain/models/compare';
import type { DayNumber } from '../domain/types';

export type CompareMode = 'dates' | 'snapshot';

/** Matrix cells are chosen by class key (stable when the lens or the data changes), this one for the absent row/column. */
export const ABSENT_KEY = '__absent__';

export class MovementChoices {
  mode = $state<CompareMode>('dates');
  /** null: one quarter before the current analysis date (COURSE.md: re-evaluate every quarter). */
  earlierDay = $state<DayNumber | null>(null);
  snapshotId = $state<string | null>(null);
  lens = $state<CompareLens>('eight');
  /** The chosen cell's row and column, as class keys; both are needed to list movers. */
  cellFrom = $state<string | null>(null);
  cellTo = $state<string | null>(null);
  onlyMovers = $state(false);
}

