/** Kinds that are met by changing the workspace itself: the segment rules and a real file's import. */
import { OTHERS_KEY } from '../../../models/segments';
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
  hintParams: () => ({ others: OTHERS_KEY }),
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
