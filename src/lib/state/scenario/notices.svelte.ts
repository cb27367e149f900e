/**
 * What the trainer tools have to tell the user: a passing notice (a link opened, a file
 * imported, no data to freeze) and the errors of a link or a file, each until dismissed.
 */
import type { LinkError, ScenarioFileError } from '../../domain/teaching/scenario';

export type TrainerNotice = { key: string; params?: Record<string, string | number> };

export class ScenarioNotices {
  notice = $state.raw<TrainerNotice | null>(null);
  linkError = $state.raw<LinkError | null>(null);
  fileError = $state.raw<ScenarioFileError | null>(null);

  /** Bound, so it can be handed to the other parts as a callback. */
  notify = (notice: TrainerNotice) => {
    this.notice = notice;
  };
}
