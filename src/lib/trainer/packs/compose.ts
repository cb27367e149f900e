/** Pure steps of composing a pack: the editor's state to a spec and back, ids, order, the draft on disk. */
import { safeFileName } from '../../export/download';
import { KINDS, resolveParams, specProblem, type ExerciseKind, type ExerciseSpec, type SampleKey } from '../../domain/teaching/exercises';

export const SAMPLE_KEYS: readonly SampleKey[] = ['classroom', 'retail', 'retail-zh', 'customer-table'];
export const TEXT_LIMIT = 2000;
export const TITLE_LIMIT = 200;
export const MAX_EXERCISES = 200;

export interface TextFields {
  title: string;
  prompt: string;
}

/** What the form edits: one exercise before it becomes a spec. */
export interface EditorState {
  kind: ExerciseKind;
  sample: SampleKey;
  params: Record<string, unknown>;
  /** Each learner's workspace draws its own variant of the kind's varying parameters (false: fixed as set). */
  vary: boolean;
  texts: { en: TextFields; zh: TextFields };
}

export interface DraftPack {
  title: string;
  exercises: ExerciseSpec[];
}

// Parameters are numbers, strings and lists of numbers: a shallow copy per value is a deep copy.
const copyParams = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));

export function editorFor(kind: ExerciseKind): EditorState {
  return {
    kind,
    sample: KINDS[kind].sample,
    params: copyParams(KINDS[kind].defaults as Record<string, unknown>),
    vary: false,
    texts: { en: { title: '', prompt: '' }, zh: { title: '', prompt: '' } },
  };
}

export function editorFromSpec(spec: ExerciseSpec): EditorState {
  const text = (loc: 'en' | 'zh'): TextFields => ({ title: spec.texts?.[loc]?.title ?? '', prompt: spec.texts?.[loc]?.prompt ?? '' });
  return { kind: spec.kind, sample: spec.sample ?? KINDS[spec.kind].sample, params: copyParams(resolveParams(spec)), vary: !!spec.vary, texts: { en: text('en'), zh: text('zh') } };
}

/**
 * The spec a pack stores. Every parameter is written out (a pack then reads the same even
 * if a kind's defaults change); empty texts are left out, the others trimmed.
 */
export function specFrom(editor: EditorState, id: string): ExerciseSpec {
  const texts: NonNullable<ExerciseSpec['texts']> = {};
  for (const loc of ['en', 'zh'] as const) {
    const title = editor.texts[loc].title.trim();
    const prompt = editor.texts[loc].prompt.trim();
    if (title || prompt) texts[loc] = { ...(title ? { title } : {}), ...(prompt ? { prompt } : {}) };
  }
  const hasParams = Object.keys(KINDS[editor.kind].defaults).length > 0;
  return {
    id,
    kind: editor.kind,
    sample: editor.sample,
    ...(hasParams ? { params: copyParams(editor.params) } : {}),
    ...(editor.vary && KINDS[editor.kind].variants?.length ? { vary: true } : {}),
    ...(Object.keys(texts).length ? { texts } : {}),
  };
}

/** A fresh id for a new exercise of `kind` ("pareto-2"), unique among `taken`. */
export function nextId(kind: ExerciseKind, taken: readonly string[]): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

/** `list` with item i moved by delta (out-of-range moves change nothing). */
export function moveItem<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** The {placeholders} of a message template, in order, once each. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))];
}

export function packFileName(title: string): string {
  return `${safeFileName(title.trim(), 'exercises')}.pack.json`;
}

const ID_RE = /^[A-Za-z0-9_.-]{1,64}$/;

/** A stored draft back (anything damaged or invalid is dropped: a draft is never an error). */
export function readDraft(text: string | null): DraftPack {
  const empty: DraftPack = { title: '', exercises: [] };
  if (!text) return empty;
  try {
    const v = JSON.parse(text) as { title?: unknown; exercises?: unknown };
    if (!v || typeof v !== 'object') return empty;
    const seen = new Set<string>();
    const exercises = (Array.isArray(v.exercises) ? v.exercises : []).filter((s: ExerciseSpec) => {
      const ok = !!s && typeof s === 'object' && typeof s.id === 'string' && ID_RE.test(s.id) && !seen.has(s.id) && specProblem(s) === null;
      if (ok) seen.add(s.id);
      return ok;
    });
    return { title: typeof v.title === 'string' ? v.title.slice(0, TITLE_LIMIT) : '', exercises: exercises.slice(0, MAX_EXERCISES) };
  } catch {
    return empty;
  }
}
