/** From an ExerciseSpec (data) to an Exercise (pure functions over the live context). */
import { msg, type MessageRef as Problem } from '../../messages';
import { KINDS } from './kinds';
import { baseContext, baseSettings, contextAt } from './target';
import { pick, seededRandom } from './seed';
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

/**
 * Build a runnable exercise; throws on an invalid spec (packs are checked before this).
 * With a `seed` and a spec that lets its parameters vary, the kind draws its own variant
 * (another customer, target share, date...) from that seed: the same seed, the same variant.
 */
export function buildExercise(spec: ExerciseSpec, seed?: string): Exercise {
  const problem = specProblem(spec);
  // A programming error (packs are checked first): the key and params say what is wrong.
  if (problem) throw new Error(`exercise ${spec.id}: ${problem.key} ${JSON.stringify(problem.params ?? {})}`);
  const def = KINDS[spec.kind];
  const fixed = resolveParams(spec);
  const p: Record<string, unknown> = seed !== undefined && spec.vary && def.variants?.length ? { ...fixed, ...structuredClone(pick(seededRandom(`${spec.id}|${seed}`), def.variants)) } : fixed;
  const base = `ex.${spec.kind}`;
  const ref = (key: string, params?: Params, c?: MessageRef['custom']): MessageRef => ({ key, ...(params ? { params } : {}), ...(c ? { custom: c } : {}) });
  const targetSettings = (ctx: ExerciseContext) => (def.target ? def.target(baseContext(ctx), p) : baseSettings());
  const target = (ctx: ExerciseContext) => contextAt(ctx, targetSettings(ctx));
  return {
    id: spec.id,
    kind: spec.kind,
    sample: spec.sample ?? def.sample,
    view: def.view,
    spec,
    params: p,
    title: () => ref(`${base}.title`, undefined, custom(spec, 'title')),
    prompt: (ctx: ExerciseContext) => ref(`${base}.prompt`, def.promptParams(target(ctx), p), custom(spec, 'prompt')),
    answer: (ctx: ExerciseContext) => def.answer(target(ctx), p),
    expected: (ctx: ExerciseContext) => def.expected(target(ctx), p),
    check(ctx: ExerciseContext, answer: AnswerValue) {
      if (ctx.metrics.n === 0) return { correct: false, feedbackKey: 'ex.fb.noData', params: {} };
      const t = target(ctx);
      const r = def.check(ctx, p, answer, t);
      // A wrong choice rules itself out.
      if (!r.correct && typeof answer === 'string' && def.answer(t, p).type === 'choice' && !r.ruledOut) return { ...r, ruledOut: [answer] };
      return r;
    },
    hint(ctx: ExerciseContext, level: 1 | 2 | 3) {
      const key = level === 1 ? `${base}.hint1` : level === 2 ? `${base}.hint2` : `${base}.solution`;
      const t = target(ctx);
      return ref(key, level === 1 ? def.promptParams(t, p) : { ...def.promptParams(t, p), ...def.hintParams(t, p, ctx) });
    },
    targetContext: target,
    startSettings: (ctx: ExerciseContext) => (def.stateGoal ? baseSettings() : targetSettings(ctx)),
  };
}
