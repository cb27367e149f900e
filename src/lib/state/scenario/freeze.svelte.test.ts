/**
 * Freeze-and-compare on its own, with a fake host: snapshots are a $state list (as the
 * workspace's are), so loading other data is "the list is emptied".
 */
import { describe, expect, it } from 'vitest';
import { Freeze, type FreezeHost } from './freeze.svelte';
import type { CompareLens } from '../../domain/models/compare';
import type { AllLensCounts } from './freezeLens';
import type { TrainerNotice } from './notices.svelte';

function setup(hasData = true) {
  const live = $state({ hasData, counts: [5, 3, 0, 2, 0, 0, 4, 6], tiers: [10, 30, 60], snapshots: [] as string[] });
  const classes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, messageKey: `${prefix}.${i}` }));
  const shown: [CompareLens, string][] = [];
  let next = 0;
  const host: FreezeHost = {
    hasData: () => live.hasData,
    counts: (): AllLensCounts => ({ eight: { classes: classes('c', 8), counts: live.counts }, pyramid: { classes: classes('t', 3), counts: live.tiers } }),
    takeSnapshot: () => {
      const id = `s${++next}`;
      live.snapshots.push(id);
      return id;
    },
    dropSnapshot: (id) => {
      live.snapshots = live.snapshots.filter((s) => s !== id);
    },
    hasSnapshot: (id) => live.snapshots.includes(id),
    showMovement: (lens, id) => shown.push([lens, id]),
  };
  const told: TrainerNotice[] = [];
  const freeze = new Freeze(host, (n) => told.push(n));
  return { live, freeze, told, shown };
}

describe('Freeze', () => {
  it('without data says so and freezes nothing', () => {
    const { freeze, live, told } = setup(false);
    freeze.freezeNow();
    expect(freeze.frozen).toBeNull();
    expect(live.snapshots).toEqual([]);
    expect(told).toEqual([{ key: 'trainer.freeze.noData' }]);
  });

  it('keeps the counts of the moment and a snapshot to compare with', () => {
    const { freeze, live, told } = setup();
    freeze.freezeNow();
    expect(freeze.frozen?.snapshotId).toBe('s1');
    expect(freeze.frozen?.counts.eight?.counts).toEqual([5, 3, 0, 2, 0, 0, 4, 6]);
    expect(freeze.frozen?.counts.pyramid?.counts).toEqual([10, 30, 60]);
    expect(live.snapshots).toEqual(['s1']);
    expect(told).toEqual([]);
    // The class moves customers afterwards: the frozen counts stay those of the moment.
    live.counts[0] = 9;
    live.tiers[0] = 11;
    expect(freeze.frozen?.counts.eight?.counts[0]).toBe(5);
    expect(freeze.frozen?.counts.pyramid?.counts[0]).toBe(10);
  });

  it('freezing again replaces the old freeze and its snapshot', () => {
    const { freeze, live } = setup();
    freeze.freezeNow();
    live.counts = [1, 1, 1, 1, 1, 1, 1, 1];
    freeze.freezeNow();
    expect(live.snapshots).toEqual(['s2']);
    expect(freeze.frozen?.snapshotId).toBe('s2');
    expect(freeze.frozen?.counts.eight?.counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('unfreeze removes the snapshot; a second unfreeze does nothing', () => {
    const { freeze, live } = setup();
    live.snapshots.push('saved-by-user');
    freeze.freezeNow();
    freeze.unfreeze();
    expect(freeze.frozen).toBeNull();
    expect(live.snapshots).toEqual(['saved-by-user']);
    freeze.unfreeze();
    expect(live.snapshots).toEqual(['saved-by-user']);
  });

  it('who moved opens the Movement view on the asked lens against the freeze; nothing when not frozen', () => {
    const { freeze, shown } = setup();
    freeze.whoMoved('pyramid');
    expect(shown).toEqual([]);
    freeze.freezeNow();
    freeze.whoMoved('pyramid');
    expect(shown).toEqual([['pyramid', 's1']]);
  });

  it('toggle freezes, then unfreezes', () => {
    const { freeze, live } = setup();
    freeze.toggle();
    expect(freeze.frozen?.snapshotId).toBe('s1');
    freeze.toggle();
    expect(freeze.frozen).toBeNull();
    expect(live.snapshots).toEqual([]);
  });

  it('is over when its snapshot goes away (other data loaded); toggle then freezes anew', () => {
    const { freeze, live } = setup();
    freeze.freezeNow();
    live.snapshots = [];
    expect(freeze.frozen).toBeNull();
    freeze.toggle();
    expect(freeze.frozen?.snapshotId).toBe('s2');
    expect(live.snapshots).toEqual(['s2']);
  });
});
