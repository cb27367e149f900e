/** Kinds that are met by changing the workspace itself: the segment rules and a real file's import. */
import { classifySegments, defaultSegmentRules, type SegmentRule } from '../../../models/segments';
import { SAMPLE_FILE, defaultChampions } from '../helpers';
import type { ExerciseContext, KindDef } from '../types';

const ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'] as const;
import { mustBeOneOf, no, numberCheck, ok, oneOf, type Empty } from './checks';

// ---- 9 edit rules ----
function othersCount(ctx: ExerciseContext): number {
  const s = ctx.analysis.segments;
  return s.counts[s.rules.length] ?? 0;
}
function championsNow(ctx: ExerciseContext): number | null {
  const s = ctx.analysis.segments;
  const i = s.rules.findIndex((r) => r.key === 'champions');
  return i < 0 ? null : s.counts[i];
}
/** The score combinations (R, F, M) of the customers in Others, in score order, as "R 2 · F 4 · M 1". */
function othersCombos(ctx: ExerciseContext): string[] {
  const s = ctx.analysis.segments;
  const { R, F, M } = ctx.analysis.scores;
  const seen = new Set<number>();
  for (let i = 0; i < s.labels.length; i++) if (s.labels[i] === s.rules.length) seen.add((R.scores[i] * 16 + F.scores[i]) * 16 + M.scores[i]);
  return [...seen].sort((a, b) => a - b).map((c) => `R ${c >> 8} · F ${(c >> 4) & 15} · M ${c & 15}`);
}
/**
 * The solution's example: At Risk (big spenders gone quiet) and About To Sleep (small spenders
 * gone quiet) take every F score. Both come after Champions, and each widened rule keeps its
 * meaning; widening Lost instead would call recent customers lost.
 */
export function exampleRules(k: number): SegmentRule[] {
  return defaultSegmentRules(k).map((r) => (r.key === 'atRisk' || r.key === 'aboutToSleep' ? { ...r, F: { min: 1, max: k } } : r));
}
function exampleEmptiesOthers(ctx: ExerciseContext): boolean {
  const { R, F, M, k } = ctx.analysis.scores;
  const rules = exampleRules(k);
  return classifySegments(rules, { R: R.scores, F: F.scores, M: M.scores }, ctx.metrics.monetary).counts[rules.length] === 0;
}
export const editRules: KindDef<Empty> = {
  kind: 'editRules',
  sample: 'classroom',
  view: 'rfm',
  defaults: {},
  validate: () => null,
  promptParams: (t) => ({ others: othersCount(t), champions: defaultChampions(t) }),
  answer: () => ({ type: 'state' }),
  expected: () => null,
  stateGoal: true,
  check(ctx) {
    const champions = championsNow(ctx);
    const want = defaultChampions(ctx);
    if (champions === null) return no('ex.fb.rules.championsGone', { want });
    if (champions !== want) return no('ex.fb.rules.champions', { now: champions, want });
    const others = othersCount(ctx);
    return others === 0 ? ok() : no('ex.fb.rules.others', { others });
  },
  // The target state is the default rules: the combinations left over there, and an example
  // that is only offered where it really empties Others.
  hintParams: (t) => {
    const combos = othersCombos(t);
    return {
      combos: combos.length > 6 ? `${combos.slice(0, 6).join(' / ')} / …` : combos.join(' / '),
      exampleKey: exampleEmptiesOthers(t) ? 'ex.editRules.example' : 'ex.editRules.exampleOwn',
    };
  },
};

// ---- 16 real files ----
interface RealFiles { encoding: string }
function mappingComplete(ctx: ExerciseContext): boolean {
  const m = ctx.report?.mapping;
  if (!m) return false;
  const has = (r: keyof typeof m) => m[r] !== undefined && m[r]! >= 0;
  return has('customer') && has('date') && (has('amount') || (has('quantity') && has('price')));
}
export const realFiles: KindDef<RealFiles> = {
  kind: 'realFiles',
  sample: 'retail-zh',
  view: 'data',
  defaults: { encoding: 'gb18030' },
  validate: (p) => (!oneOf(p.encoding, ENCODINGS) ? mustBeOneOf('encoding', ENCODINGS) : null),
  promptParams: (_c, p) => ({ encoding: p.encoding.toUpperCase(), file: SAMPLE_FILE['retail-zh'] }),
  answer: () => ({ type: 'stateNumber', unit: 'count' }),
  expected: (ctx) => ctx.metrics.n,
  check(ctx, p, answer) {
    if (!ctx.report || ctx.report.encoding !== p.encoding) return no('ex.fb.realFiles.encoding', { encoding: p.encoding.toUpperCase() });
    if (!mappingComplete(ctx)) return no('ex.fb.realFiles.mapping');
    return numberCheck(answer, ctx.metrics.n, 0, 'count', [
      { value: ctx.report.rowsRead, key: 'ex.fb.realFiles.rows' },
      { value: ctx.report.rowsUsed, key: 'ex.fb.realFiles.rows' },
    ]);
  },
  hintParams: (ctx, p) => ({ encoding: p.encoding.toUpperCase(), answer: ctx.metrics.n }),
};
