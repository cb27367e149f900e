import { describe, expect, it } from 'vitest';
import { exportPack, parsePack, PACK_VERSION } from './pack';
import { BUILTIN_SPECS } from './builtins';

const good = { app: 'ccc', kind: 'exercise-pack', version: 1, title: 'Week 1', exercises: [{ id: 'a', kind: 'pareto', params: { revenueShare: 0.5 } }] };
const text = (o: unknown) => JSON.stringify(o, null, 2);

describe('exercise packs', () => {
  it('round-trips through export and parse', () => {
    const out = parsePack(exportPack({ title: 'All', exercises: [...BUILTIN_SPECS] }), 'all.json');
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.pack.exercises).toEqual(BUILTIN_SPECS);
  });

  it.each([
    ['empty', '  ', 'ex.pack.empty'],
    ['wrong app', text({ ...good, app: 'other' }), 'ex.pack.wrongApp'],
    ['wrong kind', text({ ...good, kind: 'workspace-file' }), 'ex.pack.wrongKind'],
    ['newer version', text({ ...good, version: PACK_VERSION + 1 }), 'ex.pack.newerVersion'],
    ['bad version', text({ ...good, version: 'one' }), 'ex.pack.badField'],
    ['no title', text({ ...good, title: '' }), 'ex.pack.badField'],
    ['no exercises', text({ ...good, exercises: [] }), 'ex.pack.badField'],
    ['unknown kind', text({ ...good, exercises: [{ id: 'a', kind: 'juggle' }] }), 'ex.pack.unknownKind'],
    ['bad parameter value', text({ ...good, exercises: [{ id: 'a', kind: 'pareto', params: { revenueShare: 3 } }] }), 'ex.pack.badParams'],
    ['unknown parameter', text({ ...good, exercises: [{ id: 'a', kind: 'pareto', params: { share: 3 } }] }), 'ex.pack.badParams'],
    ['duplicate id', text({ ...good, exercises: [good.exercises[0], good.exercises[0]] }), 'ex.pack.duplicateId'],
    ['bad id', text({ ...good, exercises: [{ id: 'a b', kind: 'pareto' }] }), 'ex.pack.badField'],
    ['bad texts', text({ ...good, exercises: [{ id: 'a', kind: 'pareto', texts: { fr: { title: 'x' } } }] }), 'ex.pack.badField'],
    ['bad sample', text({ ...good, exercises: [{ id: 'a', kind: 'pareto', sample: 'mine' }] }), 'ex.pack.badField'],
  ])('%s', (_name, input, key) => {
    const out = parsePack(input, 'p.json');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.key).toBe(key);
      expect(out.error.params.file).toBe('p.json');
    }
  });

  it('locates a JSON syntax error', () => {
    const out = parsePack('{\n  "app": "ccc",\n  "kind": oops\n}', 'broken.json');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.key).toBe('ex.pack.invalidJson');
      expect(out.error.line).toBe(3);
      expect(out.error.column).toBeGreaterThan(1);
      expect(out.error.params.line).toBe(3);
    }
  });

  it('names the exercise and the parameter in a parameter error', () => {
    const out = parsePack(text({ ...good, exercises: [{ id: 'q', kind: 'splitBudget', params: { split: [0.5, 0.5, 0.5, 0.5] } }] }), 'p.json');
    expect(!out.ok && out.error.params).toMatchObject({ index: 1, id: 'q' });
    expect(!out.ok && out.error.params.reason).toEqual({ key: 'ex.valid.split', params: { field: 'split' } });
  });
});
