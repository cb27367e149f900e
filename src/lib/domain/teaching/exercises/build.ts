/** From an ExerciseSpec (data) to an Exercise (pure functions over the live context). */
import { msg, type MessageRef as Problem } from '../../messages';
import { KINDS } from './kinds';
import type { AnswerValue, Exercise, ExerciseContext, ExerciseSpec, MessageRef, Params } from './types';

/**
 * Own properties only: with `in`, a pack's parameter named `constructor`, `toString` or
 * `__proto__` (an own key after JSON.parse) would pass as known, inherited from Object.
 */
const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The spec's parameters over the kind's defaults (unknown keys are dropped). */
export function resolveParams(spec: ExerciseSpec): Record<string, unknown> {
  const def = KINDS[spec.kind];
  const out: Record<string, unknown> = structuredClone(def.defaults);
  for (const key of Object.keys(def.defaults)) if (spec.params && hasOwn(spec.params, key)) out[key] = structuredClone(spec.params[key]);
  return out;
}

/** null when the spec is usable, else the problem as a message reference (`ex.valid.*`, `valid.*`). */
export function specProblem(spec: ExerciseSpec): Problem | null {
  if (typeof spec.kind !== 'string' || !hasOwn(KINDS, spec.kind)) return msg('ex.valid.unknownKind', { kind: String(spec.kind) });
  if (spec.params !== undefined && (typeof spec.params !== 'object' || spec.params === null || Array.isArray(spec.params))) return msg('valid.object', { field: 'params' });
  const def = KINDS[spec.kind];
  const unknown = Object.keys(spec.params ?? {}).filter((k) => !hasOwn(def.defaults, k));
  if (unknown.length) return msg('ex.valid.unknownParam', { name: unknown[0], kind: spec.kind });
  return def.validate(resolveParams(spec));
}

const custom = (spec: ExerciseSpec, field: 'title' | 'prompt') => {
  const en = spec.texts?.en?.[field];
  const zh = spec.texts?.zh?.[field];
  return en || zh ? { ...(en ? { en } : {}), ...(zh ? { zh } : {}) } : undefined;
};

/** Build a runnable exercise; throws on an invalid spec (packs are validated before this). */
export function buildExercise(spec: ExerciseSpec): Exercise {
  const problem = specProblem(spec);
  // A programming error (packs are checked first): the key and params say what is wrong.
  if (problem) throw new Error(`exercise ${spec.id}: ${problem.key} ${JSON.stringify(problem.params ?? {})}`);
  const def = KINDS[spec.kind];
  const p = resolveParams(spec);
  const base = `ex.${spec.kind}`;
  const ref = (key: string, params?: Params, c?: MessageRef['custom']): MessageRef => ({ key, ...(params ? { params } : {}), ...(c ? { custom: c } : {}) });
  return {
    id: spec.id,
    kind: spec.kind,
    sample: spec.sample ?? def.sample,
    view: def.view,
    spec,
    title: () => ref(`${base}.title`, undefined, custom(spec, 'title')),
    prompt: (ctx: ExerciseContext) => ref(`${base}.prompt`, def.promptParams(ctx, p), custom(spec, 'prompt')),
    answer: (ctx: ExerciseContext) => def.answer(ctx, p),
    expected: (ctx: ExerciseContext) => def.expected(ctx, p),
    check(ctx: ExerciseContext, answer: AnswerValue) {
      if (ctx.metrics.n === 0) return { correct: false, feedbackKey: 'ex.fb.noData', params: {} };
      return def.check(ctx, p, answer);
    },
    hint(ctx: ExerciseContext, level: 1 | 2 | 3) {
      const key = level === 1 ? `${base}.hint1` : level === 2 ? `${base}.hint2` : `${base}.solution`;
      return ref(key, level === 1 ? def.promptParams(ctx, p) : { ...def.promptParams(ctx, p), ...def.hintParams(ctx, p) });
    },
  };
}
