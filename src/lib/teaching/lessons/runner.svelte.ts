/**
 * Starting lessons and remembering, for the open lesson, the live state when it and each
 * step began (the baselines goals compare against) and the guesses of this session.
 *
 * A lesson starts from its own declared analysis state (lessons.ts `start`); the learner's
 * state is kept aside and given back when the lesson is left (closed, or another teaching
 * item opened), so settings never leak between lessons. The open lesson and step, and the
 * learner's state, are kept in the workspace's progress record: a reload reopens the coach
 * on the same step.
 */
import { untrack } from 'svelte';
import type { TeachingContext } from '../../domain/teaching/context';
import type { Baseline, LessonStep } from '../../domain/teaching/lessons/types';
import { concealedFigures, firstView, lessonById } from '../../domain/teaching/lessons/lessons';
import { parseOpenLesson, type AnalysisState, type OpenLesson } from '../../domain/teaching/lessons/start';
import type { Teaching } from '../../state/teaching.svelte';
import type { Progress } from '../../state/progress.svelte';
import type { MovementChoices } from '../../state/movement.svelte';
import type { Session } from '../../state/session.svelte';
import type { ViewKey, Workspace } from '../../state/workspace.svelte';
import { useClassroom } from '../../state/context';

/** The progress record's field for the open lesson (progress records keep unknown fields). */
export const OPEN_LESSON = 'openLesson';

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
  /** The learner's own state while a lesson holds the workspace (null: nothing to give back). */
  private own: OpenLesson['own'] = null;
  /** The workspace that state belongs to: after switching workspaces it is not given back (to the wrong one). */
  private ownWorkspace: string | null = null;
  /** Whether a lesson set the Movement view's earlier date (cleared again on leaving). */
  private setMovementDate = false;

  constructor(
    private readonly teaching: Teaching,
    private readonly progress: Progress,
    private readonly workspace: Workspace,
    private readonly movement?: MovementChoices,
    private readonly session?: Session,
  ) {
    this.guesses = new Guesses(progress);
    this.teaching.setConcealer('lessons', () => this.concealed);
    // Leaving the lesson (closed, or an exercise opened) gives the learner's state back; a
    // step change is written to the progress record, so a reload comes back to it.
    $effect(() => {
      const active = this.teaching.active;
      untrack(() => {
        if (this.teaching.resumed !== null) this.adopt();
        else if (active?.kind === 'lesson') this.remember(active.id, active.step);
        else this.leave();
      });
    });
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

  private snapshotState(): AnalysisState {
    return { analysisDay: this.workspace.analysisDay, monetaryMode: this.workspace.monetaryMode, settings: this.workspace.settings, future: this.workspace.future };
  }

  private applyState(s: AnalysisState) {
    this.workspace.analysisDay = s.analysisDay;
    this.workspace.monetaryMode = s.monetaryMode;
    this.workspace.settings = s.settings;
    // A lesson that does not declare model settings leaves them as they are.
    if (s.future) this.workspace.future = s.future;
  }

  /** Start (from the beginning, or where the learner left off) from the lesson's own state, and show its first view. */
  startLesson = (id: string, fromStart = false) => {
    const lesson = lessonById(id);
    if (!lesson) return;
    const p = this.progress.lesson(id);
    const step = fromStart || p.done ? 0 : Math.min(p.reached, lesson.steps.length - 1);
    // Keep the learner's own state once: switching lessons must not keep a lesson's state as theirs.
    if (!this.own && this.teaching.active?.kind !== 'lesson') {
      this.own = { datasetName: this.workspace.datasetName, state: this.snapshotState() };
      this.ownWorkspace = this.workspaceId();
    }
    this.applyState(lesson.start());
    this.forgetBaselines(id);
    this.guesses.clearLesson(id);
    this.teaching.active = { kind: 'lesson', id, step };
    const s = lesson.steps[step];
    if (s.action) this.openStepView(s);
    else this.workspace.view = firstView(lesson, step) as ViewKey;
  };

  /** Go to another step of the open lesson (its setup applied: see LessonStep.comparePredictedDates). */
  goToStep = (to: number) => {
    const a = this.teaching.active;
    if (a?.kind !== 'lesson') return;
    const lesson = lessonById(a.id);
    const step = lesson?.steps[to];
    if (lesson && step?.comparePredictedDates && this.movement) {
      // The previous step predicted the changes between the lesson's starting date and the
      // date the learner moved to: the Movement view compares exactly those two.
      const startDay = lesson.start().analysisDay ?? this.workspace.defaultAnalysisDay;
      const moved = this.workspace.effectiveAnalysisDay;
      if (startDay !== null && moved !== null && moved !== startDay) {
        const [earlier, later] = moved < startDay ? [moved, startDay] : [startDay, moved];
        this.movement.mode = 'dates';
        this.movement.lens = 'eight';
        this.movement.earlierDay = earlier;
        this.workspace.analysisDay = later === this.workspace.defaultAnalysisDay ? null : later;
        this.setMovementDate = true;
      }
    }
    this.teaching.active = { ...a, step: to };
  };

  private workspaceId(): string | null {
    return this.session?.activeId ?? null;
  }

  /** Take over the lesson a stored record reopened (teaching.resume): checked, with the learner's state kept in it. */
  private adopt() {
    // A plain copy: the record lives in the progress state, and settings put back must not be proxies.
    const open = parseOpenLesson($state.snapshot(this.teaching.resumed), (id) => lessonById(id)?.steps.length);
    this.teaching.resumed = null;
    if (!open) {
      this.own = null;
      this.teaching.active = null;
      return;
    }
    this.own = open.own;
    this.ownWorkspace = this.workspaceId();
    this.teaching.active = { kind: 'lesson', id: open.id, step: open.step };
  }

  private remember(id: string, step: number) {
    const saved = this.progress.data[OPEN_LESSON] as OpenLesson | undefined;
    if (saved?.id === id && saved.step === step && saved.own === this.own) return;
    const open: OpenLesson = { id, step, own: this.own };
    this.progress.data[OPEN_LESSON] = open;
    this.progress.save();
  }

  private leave() {
    if (this.setMovementDate && this.movement) this.movement.earlierDay = null;
    this.setMovementDate = false;
    // The learner's state belongs to the data it was set on: after loading other data, the fresh defaults stay.
    if (this.own && this.ownWorkspace === this.workspaceId() && this.own.datasetName === this.workspace.datasetName) this.applyState(this.own.state);
    this.own = null;
    this.ownWorkspace = null;
    if (this.progress.data[OPEN_LESSON] !== undefined) {
      delete this.progress.data[OPEN_LESSON];
      this.progress.save();
    }
  }
}

/** This classroom's lesson runner, created when lesson code first asks for it. */
export const useLessons = (): LessonRunner =>
  useClassroom().part('lessons', (c) => new LessonRunner(c.teaching, c.progress, c.workspace, c.movement, c.session));
