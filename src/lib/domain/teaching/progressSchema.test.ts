/**
 * The imported packs kept in a progress record (`packs`) are checked before the Learn view
 * builds their exercises: a null exercise threw there after every reload, and their number
 * is capped (100 packs of at most 200 exercises).
 */
import { describe, expect, it } from 'vitest';
import { progressProblem } from './progressSchema';

const pack = (exercises: unknown[] = [{ id: 'a', kind: 'pareto' }]) => ({ id: 'pack-1', title: 'Week 1', exercises });

describe('progress.packs', () => {
  it('absent, empty or well-formed: accepted', () => {
    expect([progressProblem({}), progressProblem({ packs: [] }), progressProblem({ packs: Array(100).fill(pack()) })]).toEqual([null, null, null]);
  });

  it('each problem names the field', () => {
    const cases: [unknown, unknown][] = [
      ['bogus', { key: 'valid.list', params: { field: 'packs' } }],
      [Array(101).fill(pack()), { key: 'valid.maxEntries', params: { field: 'packs', max: 100 } }],
      [[null], { key: 'valid.object', params: { field: 'packs[0]' } }],
      [[{ ...pack(), id: '' }], { key: 'valid.notEmpty', params: { field: 'packs[0].id' } }],
      [[{ ...pack(), title: 'T'.repeat(201) }], { key: 'valid.maxChars', params: { field: 'packs[0].title', max: 200 } }],
      [[pack(), { ...pack(), exercises: 'x' }], { key: 'valid.list', params: { field: 'packs[1].exercises' } }],
      [[pack(Array(201).fill({}))], { key: 'valid.maxEntries', params: { field: 'packs[0].exercises', max: 200 } }],
      [[pack([{}, null])], { key: 'valid.object', params: { field: 'packs[0].exercises[1]' } }],
    ];
    for (const [packs, problem] of cases) expect(progressProblem({ packs })).toEqual(problem);
  });
});
