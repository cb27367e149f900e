/**
 * Lesson and exercise progress, kept per workspace in IndexedDB (`progress:<id>`) through
 * the session's repository. One record for both so a progress page reads one place. Its
 * shape is checked by the persistence layer on load and before every write
 * (domain/teaching/progressSchema.ts).
 */
import type { Session } from './session.svelte';
import type { ExerciseRecord } from '../domain/teaching/exerciseProgress';

export interface LessonProgress {
  /** Highest step index reached (0-based); the lesson is done when it equals the last step. */
  reached: number;
  done: boolean;
  /** Guesses committed at predict-then-reveal steps, by step index. */
  predictions: Record<string, string | number>;
}

/** One exercise's record: the domain's rule owns the shape (old records without `revealed` still load). */
export type ExerciseProgress = ExerciseRecord;

export interface ProgressData {
  lessons: Record<string, LessonProgress>;
  exercises: Record<string, ExerciseProgress>;
  [key: string]: unknown;
}

const empty = (): ProgressData => ({ lessons: {}, exercises: {} });

export class Progress {
  constructor(private readonly session: Session) {}

  data = $state<ProgressData>(empty());
  private loadedFor: string | null = null;
  /** The workspace whose progress is loaded: the seed of its exercises' variants. */
  workspaceId = $state<string | null>(null);
  /** Called as soon as a workspace's record is in `data` (the open lesson is reopened from it). */
  onLoad: ((data: ProgressData) => void) | null = null;

  /** Load the active workspace's progress (called when the workspace changes). */
  async load(workspaceId: string | null) {
    if (!workspaceId || workspaceId === this.loadedFor) return;
    this.loadedFor = workspaceId;
    // The store checked the record (progressSchema): a bad one was set aside, never used.
    const r = await this.session.repo.loadProgress(workspaceId);
    if (r.status === 'quarantined') this.session.notices = [...this.session.notices, r.notice];
    const d = r.status === 'ok' ? (r.data as Partial<ProgressData>) : {};
    this.data = { ...empty(), ...d, lessons: { ...(d.lessons ?? {}) }, exercises: { ...(d.exercises ?? {}) } };
    this.workspaceId = workspaceId;
    this.onLoad?.(this.data);
  }

  /** Write the whole record (debounced by the store); call after changing `data` directly. */
  save() {
    const id = this.session.activeId;
    if (id && !this.session.readOnly) void this.session.repo.saveProgress(id, $state.snapshot(this.data) as ProgressData);
  }

  lesson(id: string): LessonProgress {
    return this.data.lessons[id] ?? { reached: 0, done: false, predictions: {} };
  }

  exercise(id: string): ExerciseProgress {
    return this.data.exercises[id] ?? { attempts: 0, hints: 0, solved: false, withHelp: false };
  }

  updateLesson(id: string, patch: Partial<LessonProgress>) {
    this.data.lessons[id] = { ...this.lesson(id), ...patch };
    this.save();
  }

  updateExercise(id: string, patch: Partial<ExerciseProgress>) {
    this.data.exercises[id] = { ...this.exercise(id), ...patch };
    this.save();
  }

  /** Replace an exercise's whole record (a new variant starts afresh). */
  setExercise(id: string, record: ExerciseProgress) {
    this.data.exercises[id] = record;
    this.save();
  }

  reset() {
    this.data = empty();
    this.save();
  }
}

