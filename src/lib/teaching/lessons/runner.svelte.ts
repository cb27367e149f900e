/**
 * Starting lessons and remembering, for the open lesson, the live state when it and each
 * step began (the baselines goals compare against) and the guesses of this session.
 */
import { untrack } from 'svelte';
import type { TeachingContext } from '../../domain/teaching/context';
import type { Baseline, LessonStep } from '../../domain/teaching/lessons/types';
import { concealedFigures, firstView, lessonById } from '../../domain/teaching/lessons/lessons';
import type { Teaching } from '../../state/teaching.svelte';
import type { Progress } from '../../state/progress.svelte';
import type { ViewKey, Workspace } from '../../state/workspace.svelte';
import { useClassroom } from '../../state/context';

/** Committed guesses of this session, by `<lesson>:<step>`. */
export class Guesses {
  byStep = $state<Record<string, string | number>>({});

  constructor(private readonly progress: Progress) {}

  get(lessonId: string, step: number): string | number | undefined {
    return this.byStep[`${lessonId}:${step}`];
  }

  commit(lessonId: string, step: number, guess: string | number) {
    this.byStep[`${lessonId}:${step}`] = guess;
    const p = this.progress.lesson(lessonId);
    this.progress.updateLesson(lessonId, { predictions: { ...p.predictions, [String(step)]: guess } });
  }

  clear(lessonId: string, step: number) {
    delete this.byStep[`${lessonId}:${step}`];
  }

  clearLesson(lessonId: string) {
    for (const key of Object.keys(this.byStep)) if (key.startsWith(`${lessonId}:`)) delete this.byStep[key];
  }
}

/** Members are arrow functions so components can take them out of the runner. */
export class LessonRunner {
  readonly guesses: Guesses;
  private readonly baselines = new Map<string, TeachingContext>();

  constructor(
    private readonly teaching: Teaching,
    private readonly progress: Progress,
    private readonly workspace: Workspace,
  ) {
    this.guesses = new Guesses(progress);
    this.teaching.setConcealer('lessons', () => this.concealed);
  }

  /** The figures the open step hides from the views until its guess is committed. */
  readonly concealed = $derived.by(() => {
    const a = this.teaching.active;
    if (a?.kind !== 'lesson') return [];
    const step = lessonById(a.id)?.steps[a.step];
    if (!step?.predict?.conceals) return [];
    const committed = this.guesses.get(a.id, a.step) !== undefined;
    const needsGoal = committed && step.predict.revealAfterGoal;
    const met = needsGoal ? step.goal(this.teaching.context, this.baselineFor(a.id, a.step)) : false;
    return concealedFigures(step, committed, met);
  });

  private capture(key: string): TeachingContext {
    let b = this.baselines.get(key);
    if (!b) {
      b = untrack(() => this.teaching.context);
      this.baselines.set(key, b);
    }
    return b;
  }

  /** The baselines of a lesson step, captured the first time they are asked for. */
  baselineFor = (lessonId: string, step: number): Baseline => ({ lesson: this.capture(lessonId), step: this.capture(`${lessonId}:${step}`) });

  forgetBaselines = (lessonId: string) => {
    for (const key of [...this.baselines.keys()]) if (key === lessonId || key.startsWith(`${lessonId}:`)) this.baselines.delete(key);
  };

  /** Open a step's view (and RFM mode). */
  openStepView = (step: LessonStep | undefined) => {
    if (!step?.action) return;
    this.workspace.view = step.action.view as ViewKey;
    if (step.action.rfmMode) this.workspace.rfmMode = step.action.rfmMode;
  };

  /** Start (from the beginning, or where the learner left off) and show the lesson's first view. */
  startLesson = (id: string, fromStart = false) => {
    const lesson = lessonById(id);
    if (!lesson) return;
    const p = this.progress.lesson(id);
    const step = fromStart || p.done ? 0 : Math.min(p.reached, lesson.steps.length - 1);
    this.forgetBaselines(id);
    this.guesses.clearLesson(id);
    this.teaching.active = { kind: 'lesson', id, step };
    const s = lesson.steps[step];
    if (s.action) this.openStepView(s);
    else this.workspace.view = firstView(lesson, step) as ViewKey;
  };
}

/** This classroom's lesson runner, created when lesson code first asks for it. */
export const useLessons = (): LessonRunner => useClassroom().part('lessons', (c) => new LessonRunner(c.teaching, c.progress, c.workspace));
