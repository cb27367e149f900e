/**
 * The progress rule of an exercise: what a Check, a hint or the revealed solution does to
 * the learner's record, and the status that record shows. The coach panel only calls these.
 */
import type { AnswerValue } from './exercises/types';

/** The stored record (same shape as the progress store's ExerciseProgress). */
export interface ExerciseRecord {
  attempts: number;
  /** Hint levels seen: 0 none, 1 nudge, 2 pointer, 3 solution. */
  hints: number;
  solved: boolean;
  /** Solved with the solution shown. */
  withHelp: boolean;
  lastAnswer?: string | number | null;
}

/** The last hint level: the solution itself. */
export const SOLUTION_LEVEL = 3;

/** The hint level after asking for one more (never past the solution). */
export function nextHintLevel(level: number): number {
  return Math.min(SOLUTION_LEVEL, level + 1);
}

/** How an answer is kept: numbers and text as they are, anything else as JSON. */
export function storedAnswer(answer: AnswerValue): string | number | null {
  if (typeof answer === 'number' || typeof answer === 'string') return answer;
  return answer === null ? null : JSON.stringify(answer);
}

/**
 * One more attempt. Solved stays solved (and keeps how); a first correct answer counts as
 * with help when the solution had been shown before it.
 */
export function afterCheck(p: ExerciseRecord, correct: boolean, answer: AnswerValue): Partial<ExerciseRecord> {
  return {
    attempts: p.attempts + 1,
    solved: p.solved || correct,
    withHelp: p.solved ? p.withHelp : correct ? p.hints >= SOLUTION_LEVEL : p.withHelp,
    lastAnswer: storedAnswer(answer),
  };
}

/** A hint of `level` was seen; seeing the solution settles an unsolved exercise as solved with help. */
export function afterHint(p: ExerciseRecord, level: number): Partial<ExerciseRecord> {
  const patch: Partial<ExerciseRecord> = { hints: Math.max(p.hints, level) };
  if (level >= SOLUTION_LEVEL && !p.solved) Object.assign(patch, { solved: true, withHelp: true });
  return patch;
}

/** The status line's message key ('' without a record). */
export function exerciseStatusKey(p: ExerciseRecord | null): string {
  if (!p) return '';
  if (p.solved) return p.withHelp ? 'ex.ui.status.solvedWithHelp' : 'ex.ui.status.solved';
  return p.attempts ? 'ex.ui.status.attempted' : 'ex.ui.status.new';
}
