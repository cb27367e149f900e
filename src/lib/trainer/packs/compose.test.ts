import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS, exportPack, parsePack, specProblem } from '../../domain/teaching/exercises';
import { editorFor, editorFromSpec, moveItem, nextId, packFileName, placeholdersOf, readDraft, specFrom } from './compose';

describe('composing a pack', () => {
  it('every kind composes a valid spec at its defaults, and the pack file round-trips exactly', () => {
    const specs = EXERCISE_KINDS.map((k, i) => specFrom(editorFor(k), `e${i}`));
    for (const s of specs) expect(specProblem(s), s.kind).toBeNull();
    const out = parsePack(exportPack({ title: 'All kinds', exercises: specs }), 'all.pack.json');
    expect(out.ok && out.pack.exercises).toEqual(specs);
  });

  it('fixes the parameters by default; "vary" lets each learner draw a variant, and survives the file', () => {
    const e = editorFor('pareto');
    expect(specFrom(e, 'p1').vary).toBeUndefined();
    e.vary = true;
    const spec = specFrom(e, 'p1');
    expect(spec.vary).toBe(true);
    const out = parsePack(exportPack({ title: 'Varied', exercises: [spec] }), 'v.pack.json');
    expect(out.ok && out.pack.exercises[0].vary).toBe(true);
    expect(editorFromSpec(spec).vary).toBe(true);
    // A kind with nothing to vary never writes it.
    const m = editorFor('matchActions');
    m.vary = true;
    expect(specFrom(m, 'm1').vary).toBeUndefined();
    // A pack whose "vary" is not true or false is refused with the field named.
    const bad = parsePack(JSON.stringify({ app: 'ccc', kind: 'exercise-pack', version: 1, title: 'x', exercises: [{ ...spec, vary: 'yes' }] }), 'b.json');
    expect(!bad.ok && bad.error.params.field).toBe('exercises[0].vary');
  });

  it('keeps only non-empty texts, trimmed, and reads back into the form', () => {
    const e = editorFor('pareto');
    e.params.revenueShare = 0.6;
    e.texts.en.title = '  Sixty percent ';
    e.texts.zh.prompt = '带来 {revenue} % 收入的客户占比？';
    const spec = specFrom(e, 'p1');
    expect(spec).toEqual({
      id: 'p1',
      kind: 'pareto',
      sample: 'retail',
      params: { revenueShare: 0.6, tolerance: 2 },
      texts: { en: { title: 'Sixty percent' }, zh: { prompt: '带来 {revenue} % 收入的客户占比？' } },
    });
    const back = editorFromSpec(spec);
    expect(back.params).toEqual(spec.params);
    expect(back.texts.en).toEqual({ title: 'Sixty percent', prompt: '' });
    expect(specFrom(editorFor('readChart'), 'r')).toEqual({ id: 'r', kind: 'readChart', sample: 'classroom' });
  });

  it('the form never shares arrays with the defaults', () => {
    const e = editorFor('splitBudget');
    (e.params.split as number[])[0] = 0.9;
    expect(editorFor('splitBudget').params.split).toEqual([0.3, 0.25, 0.2, 0.25]);
  });

  it('ids, order, placeholders, file name', () => {
    expect(nextId('pareto', ['pareto-1', 'pareto-3'])).toBe('pareto-2');
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(placeholdersOf('{a} and {b} and {a}')).toEqual(['a', 'b']);
    expect(packFileName(' Week 1: thresholds ')).toBe('Week 1- thresholds.pack.json');
    expect(packFileName('第一周')).toBe('第一周.pack.json');
    expect(packFileName('  ')).toBe('exercises.pack.json');
  });

  it('a damaged draft loads as much as is valid', () => {
    expect(readDraft(null)).toEqual({ title: '', exercises: [] });
    expect(readDraft('{oops')).toEqual({ title: '', exercises: [] });
    const good = { id: 'a', kind: 'pareto' };
    const draft = readDraft(JSON.stringify({ title: 'T', exercises: [good, good, { id: 'b', kind: 'juggle' }, { id: 'c', kind: 'pareto', params: { revenueShare: 7 } }, null] }));
    expect(draft).toEqual({ title: 'T', exercises: [good] });
  });
});
