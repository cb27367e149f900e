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
  /** The opening (`<session.openings>:<workspace id>`) asked for last, and the one whose record is in `data`. */
  private loadedFor: string | null = null;
  private shown: string | null = null;
  /** The workspace whose progress is loaded: the seed of its exercises' variants. */
  workspaceId = $state<string | null>(null);
  /** Called as soon as a workspace's record is in `data` (the open lesson is reopened from it). */
  onLoad: ((data: ProgressData) => void) | null = null;

  /** The session's current opening, in the form of `loadedFor`. */
  private opening(): string | null {
    const id = this.session.activeId;
    return id && `${this.session.openings}:${id}`;
  }

  /**
   * Load a workspace's progress (called whenever a workspace opens). Each opening is read
   * afresh: the same workspace opened again (after another tab changed it) may hold newer
   * progress than `data`.
   */
  async load(workspaceId: string | null) {
    const wanted = workspaceId && `${this.session.openings}:${workspaceId}`;
    if (!wanted || wanted === this.loadedFor) return;
    this.loadedFor = wanted;
    // The store checked the record (progressSchema): a bad one was set aside, never used.
    const r = await this.session.repo.loadProgress(workspaceId);
    // Another workspace opened while this record was read: its load owns `data` now.
    if (this.loadedFor !== wanted) return;
    if (r.status === 'quarantined') this.session.notices = [...this.session.notices, r.notice];
    const d = r.status === 'ok' ? (r.data as Partial<ProgressData>) : {};
    this.data = { ...empty(), ...d, lessons: { ...(d.lessons ?? {}) }, exercises: { ...(d.exercises ?? {}) } };
    this.shown = wanted;
    this.workspaceId = workspaceId;
    this.onLoad?.(this.data);
  }

  /**
   * Write the whole record (debounced by the store); call after changing `data` directly.
   * `data` is the record of `workspaceId`. From the moment a workspace opens until its record
   * has been read, `data` still holds what was there before: writing it then would put the old
   * workspace's progress under the new one's name, bring it back for a workspace just deleted,
   * or write a stale copy over what another tab stored. So nothing is written; the change was
   * to progress the user has left, and is replaced when the new record arrives.
   */
  save() {
    const id = this.workspaceId;
    const { session } = this;
    if (id === null || this.shown === null || this.shown !== this.opening() || session.readOnly || session.outOfDate) return;
    void session.repo.saveProgress(id, $state.snapshot(this.data) as ProgressData).then((r) => session.afterSave(r));
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

