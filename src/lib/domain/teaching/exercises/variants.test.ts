/**
 * Seeded variants: each workspace draws its own parameters, answers always come from the data.
 * Every variant of every varying built-in is checked against the answer worked out
 * independently (tests/reference/classroom_answers.py --variants, pinned in classroomAnswers.ts).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BUILTIN_SPECS } from './builtins';
import { buildExercise } from './build';
import { KINDS } from './kinds';
import { sampleContext } from './fixtures';
import { VALUE_POTENTIAL_KEYS } from '../../models/quadrants';
import { VARIANT_ANSWERS } from '../../../../../tests/reference/classroomAnswers';
import { HOLDOUT, PICKS } from '../../../../../tests/reference/futureAnswers';
import type { ExerciseKind, ExerciseSpec } from './types';

const root = resolve(__dirname, '../../../../..');
const LETTER = { recency: 'R', frequency: 'F', monetary: 'M' } as Record<string, string>;

/** The table's key of a variant's parameters. */
function keyOf(kind: ExerciseKind, p: Record<string, unknown>): string {
  switch (kind) {
    case 'reachTarget':
      return String(p.targetShare);
    case 'classifyByHand':
      return String(p.customerAt);
    case 'scoreByHand':
      return `${LETTER[p.dimension as string]}|${p.customerAt}`;
    case 'lifecycleChurn':
      return String(p.churnDays);
    case 'pyramidShare':
      return (p.cuts as number[]).join('|');
    case 'pareto':
      return String(p.revenueShare);
    case 'splitBudget':
      return String(p.total);
    case 'overTime':
      return String(p.months);
    case 'readPAlive':
      return `${p.band}|${p.at}`;
    case 'holdoutDirection':
      return String(p.holdoutWeeks);
    default:
      throw new Error(`no variant table for ${kind}`);
  }
}

// The future-value kinds' answers: future_answers.py (pandas + scipy).
const future = {
  readPAlive: Object.fromEntries(Object.entries(PICKS).map(([k, v]) => [k, v.pAlive < 0.3 ? 'low' : v.pAlive < 0.7 ? 'middle' : 'high'])),
  holdoutDirection: Object.fromEntries(Object.entries(HOLDOUT).filter(([k]) => ['13', '26', '39'].includes(k)).map(([k, v]) => [k, v.direction])),
};
const table = { ...VARIANT_ANSWERS.classroom, ...VARIANT_ANSWERS.retail, ...future } as Record<string, Record<string, unknown>>;
const varying = BUILTIN_SPECS.filter((s) => KINDS[s.kind].variants?.length);

describe('seeded variants', () => {
  it('every kind with variants has an independent answer for each', () => {
    for (const s of varying) {
      const keys = KINDS[s.kind].variants!.map((v) => keyOf(s.kind, { ...v }));
      expect(Object.keys(table[s.kind]).sort(), s.kind).toEqual([...keys].sort());
    }
  });

  it.each(varying.flatMap((s) => KINDS[s.kind].variants!.map((v) => [s.id, keyOf(s.kind, v as Record<string, unknown>), v] as const)))('%s variant %s', async (id, key, v) => {
    const spec = BUILTIN_SPECS.find((s) => s.id === id)!;
    const ex = buildExercise({ ...spec, params: { ...spec.params, ...(v as object) } } as ExerciseSpec);
    const ctx = await sampleContext(root, ex.sample);
    const want = table[spec.kind][key];
    const got = ex.expected(ctx);
    if (spec.kind === 'splitBudget') expect(VALUE_POTENTIAL_KEYS.map((k) => (got as Record<string, number>)[k])).toEqual(want);
    else expect(got).toEqual(want);
  });

  it('the same seed gives the same variant; two workspaces get different ones', () => {
    const draw = (seed: string) => BUILTIN_SPECS.map((s) => JSON.stringify(buildExercise(s, seed).params));
    expect(draw('workspace-a|0')).toEqual(draw('workspace-a|0'));
    expect(draw('workspace-a|0')).not.toEqual(draw('workspace-b|0'));
    // A new variant (the next number) for the same workspace is another draw too.
    expect(draw('workspace-a|0')).not.toEqual(draw('workspace-a|1'));
    // Across a workshop of twelve, each varying exercise takes more than one value.
    for (const s of varying) {
      const seen = new Set(Array.from({ length: 12 }, (_, i) => JSON.stringify(buildExercise(s, `ws-${i}|0`).params)));
      expect(seen.size, s.id).toBeGreaterThan(1);
    }
  });

  it('a spec that does not let its parameters vary keeps them under any seed', () => {
    const spec: ExerciseSpec = { id: 'fixed', kind: 'pareto', params: { revenueShare: 0.5 } };
    expect(buildExercise(spec, 'ws-1|0').params.revenueShare).toBe(0.5);
    expect(buildExercise(spec, 'ws-2|3').params.revenueShare).toBe(0.5);
  });
});
