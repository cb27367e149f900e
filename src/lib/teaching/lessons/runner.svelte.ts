/**
 * Starting lessons and remembering, for the open lesson, the live state when it and each
 * step began (the baselines goals compare against) and the guesses of this session.
 */
import { untrack } from 'svelte';
import type { TeachingContext } from '../../domain/teaching/context';
import type { Baseline, LessonStep } from '../../domain/teaching/lessons/types';
import { firstView, lessonById } from '../../domain/teaching/lessons/lessons';
import { teaching } from '../../state/teaching.svelte';
import { progress } from '../../state/progress.svelte';
import { workspace, type ViewKey } from '../../state/workspace.svelte';

const baselines = new Map<string, TeachingContext>();

function capture(key: string): TeachingContext {
  let b = baselines.get(key);
  if (!b) {
    b = untrack(() => teaching.context);
    baselines.set(key, b);
  }
  return b;
}

/** The baselines of a lesson step, captured the first time they are asked for. */
export function baselineFor(lessonId: string, step: number): Baseline {
  return { lesson: capture(lessonId), step: capture(`${lessonId}:${step}`) };
}

export function forgetBaselines(lessonId: string) {
  for (const key of [...baselines.keys()]) if (key === lessonId || key.startsWith(`${lessonId}:`)) baselines.delete(key);
}

/** Committed guesses of this session, by `<lesson>:<step>`. */
class Guesses {
  byStep = $state<Record<string, string | number>>({});

  get(lessonId: string, step: number): string | number | undefined {
    return this.byStep[`${lessonId}:${step}`];
  }

  commit(lessonId: string, step: number, guess: string | number) {
    this.byStep[`${lessonId}:${step}`] = guess;
    const p = progress.lesson(lessonId);
    progress.updateLesson(lessonId, { predictions: { ...p.predictions, [String(step)]: guess } });
  }

  clear(lessonId: string, step: number) {
    delete this.byStep[`${lessonId}:${step}`];
  }

  clearLesson(lessonId: string) {
    for (const key of Object.keys(this.byStep)) if (key.startsWith(`${lessonId}:`)) delete this.byStep[key];
  }
}

export const guesses = new Guesses();

/** Open a step's view (and RFM mode). */
export function openStepView(step: LessonStep | undefined) {
  if (!step?.action) return;
  workspace.view = step.action.view as ViewKey;
  if (step.action.rfmMode) workspace.rfmMode = step.action.rfmMode;
}

/** Start (from the beginning, or where the learner left off) and show the lesson's first view. */
export function startLesson(id: string, fromStart = false) {
  const lesson = lessonById(id);
  if (!lesson) return;
  const p = progress.lesson(id);
  const step = fromStart || p.done ? 0 : Math.min(p.reached, lesson.steps.length - 1);
  forgetBaselines(id);
  guesses.clearLesson(id);
  teaching.active = { kind: 'lesson', id, step };
  const s = lesson.steps[step];
  if (s.action) openStepView(s);
  else workspace.view = firstView(lesson, step) as ViewKey;
}
