/**
 * The guided lessons: the eight of CURRICULUM.md, one per model, then lesson 9 on the
 * future-value model (issue 11), one file each under ./course/. Targets are relative to the
 * data ("about a fifth of customers", ./course/targets.ts); every answer is computed from the
 * live state by the functions in measures.ts.
 */
import type { FigureKey } from '../figures';
import { currentFutureLesson } from './course/currentFuture';
import { eightLesson } from './course/eight';
import { futureLesson } from './course/future';
import { lifecycleLesson } from './course/lifecycle';
import { pyramidLesson } from './course/pyramid';
import { reevaluateLesson } from './course/reevaluate';
import { rfmLesson } from './course/rfm';
import { segmentsLesson } from './course/segments';
import { valuePotentialLesson } from './course/valuePotential';
import type { Lesson, LessonStep } from './types';

export const LESSONS: readonly Lesson[] = [
  rfmLesson,
  eightLesson,
  segmentsLesson,
  pyramidLesson,
  valuePotentialLesson,
  currentFutureLesson,
  lifecycleLesson,
  reevaluateLesson,
  futureLesson,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The view a lesson starts on (its first step's action), for the Start button. */
export function firstView(lesson: Lesson, step = 0): string {
  for (let i = Math.min(step, lesson.steps.length - 1); i >= 0; i--) {
    const v = lesson.steps[i].action?.view;
    if (v) return v;
  }
  return 'learn';
}

/** Every message key a lesson uses (for the completeness test). */
export function lessonMessageKeys(lesson: Lesson): string[] {
  const keys = [`lesson.${lesson.id}.title`, `lesson.${lesson.id}.aim`];
  for (const s of lesson.steps) {
    keys.push(`lesson.${lesson.id}.${s.id}.goal`, `lesson.${lesson.id}.${s.id}.done`);
    if (s.predict) keys.push(`lesson.${lesson.id}.${s.id}.predict`);
    if (s.predict?.kind === 'choice') keys.push(...s.predict.choices.map((c) => c.label));
    if (s.fact) keys.push(s.fact);
  }
  return keys;
}

/**
 * The figures a lesson step hides: those its prediction names, until the guess is
 * committed (and, for a step that reveals after its goal, until the goal is met too).
 */
export function concealedFigures(step: LessonStep | undefined, committed: boolean, goalMet: boolean): readonly FigureKey[] {
  const p = step?.predict;
  if (!p?.conceals?.length) return [];
  return committed && (!p.revealAfterGoal || goalMet) ? [] : p.conceals;
}
