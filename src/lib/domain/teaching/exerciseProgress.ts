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
  /** Solved after the solution was shown (kept for records stored before `revealed`). */
  withHelp: boolean;
  /** The solution or the answer was shown: the exercise then counts as revealed, never as solved. */
  revealed?: boolean;
  /** Choices or customers a Check already ruled out (shown crossed out, never offered again). */
  eliminated?: string[];
  /** Wrong tries since the last hint (a choice exercise forces the next hint after a few). */
  triesSinceHint?: number;
  /** The learner's variant number (New variant counts up); absent is 0. */
  variant?: number;
  lastAnswer?: string | number | null;
}

/** The last hint level: the solution itself. */
export const SOLUTION_LEVEL = 3;

/** Wrong tries a choice or pick exercise allows before the next hint is shown. */
export const TRIES_BEFORE_HINT = 2;

/** The hint level after asking for one more (never past the solution). */
export function nextHintLevel(level: number): number {
  return Math.min(SOLUTION_LEVEL, level + 1);
}

/** How an answer is kept: numbers and text as they are, anything else as JSON. */
export function storedAnswer(answer: AnswerValue): string | number | null {
  if (typeof answer === 'number' || typeof answer === 'string') return answer;
  return answer === null ? null : JSON.stringify(answer);
}

/** Whether the answer was shown (an old record says so with `withHelp` or the solution hint). */
export const wasRevealed = (p: ExerciseRecord): boolean => !!p.revealed || p.withHelp || p.hints >= SOLUTION_LEVEL;

/** The record's outcome: what the coach and the progress table both show. */
export type Outcome = 'new' | 'attempted' | 'solved' | 'solvedWithHints' | 'revealed';
export function outcomeOf(p: ExerciseRecord): Outcome {
  if (wasRevealed(p)) return 'revealed';
  if (p.solved) return p.hints > 0 ? 'solvedWithHints' : 'solved';
  return p.attempts > 0 ? 'attempted' : 'new';
}

/**
 * One more attempt. Solved stays solved; a first correct answer after the solution was shown
 * is marked with help (and the exercise stays revealed). A wrong try counts towards the
 * forced hint, and `ruledOut` (a wrong choice or wrong picks) is remembered.
 */
export function afterCheck(p: ExerciseRecord, correct: boolean, answer: AnswerValue, ruledOut: string[] = []): Partial<ExerciseRecord> {
  const patch: Partial<ExerciseRecord> = {
    attempts: p.attempts + 1,
    solved: p.solved || correct,
    withHelp: p.solved ? p.withHelp : correct ? wasRevealed(p) : p.withHelp,
    lastAnswer: storedAnswer(answer),
  };
  if (!correct) patch.triesSinceHint = (p.triesSinceHint ?? 0) + 1;
  if (ruledOut.length) patch.eliminated = [...new Set([...(p.eliminated ?? []), ...ruledOut])];
  return patch;
}

/** A hint of `level` was seen; seeing the solution marks the exercise revealed (not solved). */
export function afterHint(p: ExerciseRecord, level: number): Partial<ExerciseRecord> {
  const patch: Partial<ExerciseRecord> = { hints: Math.max(p.hints, level), triesSinceHint: 0 };
  if (level >= SOLUTION_LEVEL) patch.revealed = true;
  return patch;
}

/** The answer was revealed. */
export const afterReveal = (p: ExerciseRecord): Partial<ExerciseRecord> => ({ hints: Math.max(p.hints, SOLUTION_LEVEL), revealed: true, triesSinceHint: 0 });

/** A new variant: a fresh record for the new parameters, keeping nothing but the variant number. */
export const afterNewVariant = (p: ExerciseRecord): ExerciseRecord => ({ attempts: 0, hints: 0, solved: false, withHelp: false, variant: (p.variant ?? 0) + 1 });

/** Whether a Check must wait for the next hint (too many wrong tries at a choice or pick). */
export const hintForced = (p: ExerciseRecord, limited: boolean): boolean => limited && !p.solved && p.hints < SOLUTION_LEVEL && (p.triesSinceHint ?? 0) >= TRIES_BEFORE_HINT;

const STATUS: Record<Outcome, string> = {
  new: 'ex.ui.status.new',
  attempted: 'ex.ui.status.attempted',
  solved: 'ex.ui.status.solved',
  solvedWithHints: 'ex.ui.status.solvedWithHints',
  revealed: 'ex.ui.status.revealed',
};

/** The status line's message key ('' without a record). */
export function exerciseStatusKey(p: ExerciseRecord | null): string {
  return p ? STATUS[outcomeOf(p)] : '';
}
