/**
 * Exercise packs a trainee imported, kept in the workspace's progress record
 * (`progress.data.packs`) so they travel with it, and the one list of every exercise.
 */
import type { Progress } from '../../state/progress.svelte';
import type { JsonRead } from '../../domain/json/readJson';
import { MAX_STORED_PACKS } from '../../domain/teaching/exercises/packLimits';
import { useClassroom } from '../../state/context';
import {
  BUILTIN_SPECS,
  buildExercise,
  parsePack,
  specProblem,
  type Exercise,
  type ExerciseSpec,
  type ParsedPack,
} from '../../domain/teaching/exercises';

export interface StoredPack {
  id: string;
  title: string;
  exercises: ExerciseSpec[];
}

export interface ExerciseGroup {
  /** null for the built-in exercises. */
  pack: StoredPack | null;
  exercises: Exercise[];
}

/** Id of a pack's exercise in progress and in `teaching.active`. */
export const packExerciseId = (packId: string, specId: string) => `${packId}:${specId}`;

function readStored(value: unknown): StoredPack[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is StoredPack =>
      !!p && typeof p === 'object' && typeof p.id === 'string' && typeof p.title === 'string' && Array.isArray(p.exercises),
  );
}

export class Packs {
  constructor(private readonly progress: Progress) {}

  list = $derived.by(() => readStored(this.progress.data.packs));

  /**
   * Each exercise's seed: this workspace and the learner's variant number, so neighbours in a
   * workshop get different variants and "New variant" draws another. Without a workspace the
   * exercises keep their fixed parameters.
   */
  seedOf = (id: string): string | undefined => {
    const ws = this.progress.workspaceId;
    return ws === null ? undefined : `${ws}|${this.progress.exercise(id).variant ?? 0}`;
  };

  groups = $derived.by((): ExerciseGroup[] => [
    { pack: null, exercises: BUILTIN_SPECS.map((s) => buildExercise(s, this.seedOf(s.id))) },
    ...this.list.map((pack) => ({
      pack,
      exercises: pack.exercises
        .filter((s) => specProblem(s) === null)
        .map((s) => {
          const id = packExerciseId(pack.id, s.id);
          return buildExercise({ ...s, id }, this.seedOf(id));
        }),
    })),
  ]);

  all = $derived(this.groups.flatMap((g) => g.exercises));

  byId(id: string): Exercise | undefined {
    return this.all.find((e) => e.id === id);
  }

  /** The exercise after `id` in list order, or undefined at the end. */
  next(id: string): Exercise | undefined {
    const i = this.all.findIndex((e) => e.id === id);
    return i >= 0 ? this.all[i + 1] : undefined;
  }

  /** Parse a pack file and keep it (a pack with the same title is replaced; at most MAX_STORED_PACKS, as the stored record allows). */
  import(input: string | JsonRead, fileName: string): ParsedPack {
    const parsed = parsePack(input, fileName);
    if (!parsed.ok) return parsed;
    const kept = this.list.filter((p) => p.title !== parsed.pack.title);
    if (kept.length >= MAX_STORED_PACKS) return { ok: false, error: { key: 'ex.pack.tooMany', line: null, column: null, params: { file: fileName, max: MAX_STORED_PACKS } } };
    const id = `pack-${Date.now().toString(36)}`;
    const stored: StoredPack = { id, title: parsed.pack.title, exercises: parsed.pack.exercises };
    this.progress.data.packs = [...kept, stored];
    this.progress.save();
    return parsed;
  }

  remove(id: string) {
    this.progress.data.packs = this.list.filter((p) => p.id !== id);
    this.progress.save();
  }
}

/** This classroom's imported packs, created when exercise code first asks for them. */
export const usePacks = (): Packs => useClassroom().part('packs', (c) => new Packs(c.progress));
