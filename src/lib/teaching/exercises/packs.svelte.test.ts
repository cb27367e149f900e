/** A workspace keeps at most 100 imported packs (what its stored progress record allows). */
import { describe, expect, it, vi } from 'vitest';
import { exportPack } from '../../domain/teaching/exercises/pack';
import type { Progress } from '../../state/progress.svelte';
import { Packs } from './packs.svelte';

const text = (title: string) => exportPack({ title, exercises: [{ id: 'a', kind: 'pareto' }] });

describe('Packs.import', () => {
  it('the 101st pack is refused with the file and the cap; a pack replacing one of the same title is not', () => {
    const stored = Array.from({ length: 100 }, (_, i) => ({ id: `pack-${i}`, title: `Week ${i}`, exercises: [{ id: 'a', kind: 'pareto' }] }));
    const save = vi.fn();
    const progress = { data: { lessons: {}, exercises: {}, packs: stored }, save, workspaceId: null } as unknown as Progress;
    const packs = new Packs(progress);
    const refused = packs.import(text('Week 100'), 'week100.json');
    expect(refused).toEqual({ ok: false, error: { key: 'ex.pack.tooMany', line: null, column: null, params: { file: 'week100.json', max: 100 } } });
    expect(save).not.toHaveBeenCalled();
    expect(packs.import(text('Week 7'), 'week7.json').ok).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    const titles = (progress.data as unknown as { packs: { title: string }[] }).packs.map((p) => p.title);
    expect([titles.length, titles.filter((t) => t === 'Week 7').length, titles.at(-1)]).toEqual([100, 1, 'Week 7']);
  });
});
