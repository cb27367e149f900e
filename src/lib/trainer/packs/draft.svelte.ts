/**
 * The pack being composed. The pack (title and exercises) is kept in localStorage like the
 * scenario draft, so a reload keeps the work; the open form (the exercise being edited) is
 * in memory only.
 */
import type { ExerciseKind, ExerciseSpec } from '../../domain/teaching/exercises';
import { editorFor, editorFromSpec, moveItem, readDraft, TITLE_LIMIT, type DraftPack, type EditorState } from './compose';

const DRAFT_KEY = 'ccc.trainer.pack';

function load(): DraftPack {
  try {
    return readDraft(typeof localStorage !== 'undefined' ? localStorage.getItem(DRAFT_KEY) : null);
  } catch {
    return { title: '', exercises: [] };
  }
}

export class PackDraft {
  private readonly initial = load();
  title = $state(this.initial.title);
  exercises = $state<ExerciseSpec[]>(this.initial.exercises);
  /** The form. */
  editor = $state<EditorState>(editorFor('reachTarget'));
  /** Id of the exercise the form edits, or null when it composes a new one. */
  editingId = $state<string | null>(null);

  save() {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(this.snapshot()));
    } catch {
      // Storage refused (private window, quota): the draft lives as long as the tab; export still works.
    }
  }

  /** The pack as plain data (title trimmed, as a pack file stores it). */
  snapshot(): DraftPack {
    return { title: this.title.trim(), exercises: $state.snapshot(this.exercises) as ExerciseSpec[] };
  }

  setTitle(title: string) {
    this.title = title.slice(0, TITLE_LIMIT);
    this.save();
  }

  newExercise(kind: ExerciseKind = this.editor.kind) {
    this.editor = editorFor(kind);
    this.editingId = null;
  }

  add(spec: ExerciseSpec) {
    this.exercises = [...this.exercises, spec];
    this.save();
    // A fresh form of the same kind: composing several of one kind is common.
    this.newExercise(spec.kind);
  }

  /** Save the form over the exercise it edits. */
  replace(spec: ExerciseSpec) {
    this.exercises = this.exercises.map((s) => (s.id === spec.id ? spec : s));
    this.save();
    this.newExercise(spec.kind);
  }

  edit(id: string) {
    const spec = this.exercises.find((s) => s.id === id);
    if (!spec) return;
    this.editor = editorFromSpec($state.snapshot(spec) as ExerciseSpec);
    this.editingId = id;
  }

  move(i: number, delta: number) {
    this.exercises = moveItem(this.exercises, i, delta);
    this.save();
  }

  remove(id: string) {
    this.exercises = this.exercises.filter((s) => s.id !== id);
    if (this.editingId === id) this.newExercise();
    this.save();
  }

  /** Replace the whole pack (an imported file). */
  load(pack: DraftPack) {
    this.title = pack.title;
    this.exercises = pack.exercises;
    this.newExercise();
    this.save();
  }
}

export const packDraft = new PackDraft();
