/**
 * The step player on its own: a list of steps in $state (what the draft gives it) and a
 * `show` that records what it was asked to put on screen.
 */
import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../domain/models/analysis';
import type { Hideable, ScenarioStep } from '../../domain/teaching/scenario';
import { StepPlayer } from './player.svelte';

function step(note: string, hidden: Hideable[] = []): ScenarioStep {
  return { view: 'rfm', settings: defaultLensSettings(5), analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight', hidden, note };
}

function setup(notes: string[] = ['a', 'b', 'c']) {
  const list = $state({ steps: notes.map((n) => step(n)) });
  const shown: string[] = [];
  const player = new StepPlayer({
    steps: () => list.steps,
    show: async (s) => {
      shown.push(s.note);
    },
  });
  return { list, shown, player };
}

describe('StepPlayer', () => {
  it('starts with nothing on screen', () => {
    const { player } = setup();
    expect(player.position).toBeNull();
    expect(player.current).toBeNull();
    expect(player.hidden).toEqual([]);
    expect(player.count).toBe(3);
  });

  it('goTo shows the step, then marks it on screen', async () => {
    const { player, shown } = setup();
    await player.goTo(1);
    expect(shown).toEqual(['b']);
    expect(player.position).toBe(1);
    expect(player.current?.note).toBe('b');
  });

  it('ignores a step that does not exist', async () => {
    const { player, shown } = setup();
    await player.goTo(3);
    await player.goTo(-1);
    expect(shown).toEqual([]);
    expect(player.position).toBeNull();
  });

  // Keys pressed in order from nothing on screen, with the step on screen after each.
  const WALKS: [name: string, keys: ('next' | 'prev' | 'reset')[], positions: (number | null)[], shown: string][] = [
    ['next from nothing starts at step 1', ['next'], [0], 'a'],
    ['prev from nothing starts at step 1 too', ['prev'], [0], 'a'],
    // Staying does not put the step on screen again: an extra clicker press keeps the class's changes.
    ['next walks to the end and stays', ['next', 'next', 'next', 'next'], [0, 1, 2, 2], 'abc'],
    ['prev walks back and stays on step 1', ['next', 'next', 'prev', 'prev', 'prev'], [0, 1, 0, 0, 0], 'aba'],
    ['reset shows the same step again', ['next', 'next', 'reset'], [0, 1, 1], 'abb'],
    ['reset with nothing on screen does nothing', ['reset'], [null], ''],
  ];
  it.each(WALKS)('%s', async (_name, keys, positions, shownNotes) => {
    const { player, shown } = setup();
    const seen: (number | null)[] = [];
    for (const k of keys) {
      await player[k]();
      seen.push(player.position);
    }
    expect(seen).toEqual(positions);
    expect(shown.join('')).toBe(shownNotes);
  });

  it('next and prev do nothing without steps', async () => {
    const { player, shown } = setup([]);
    await player.next();
    await player.prev();
    expect(player.position).toBeNull();
    expect(shown).toEqual([]);
  });

  it('is busy while a step is on its way and ignores another request meanwhile', async () => {
    const list = $state({ steps: [step('a'), step('b')] });
    let release = () => {};
    const shown: string[] = [];
    const player = new StepPlayer({
      steps: () => list.steps,
      show: (s) => {
        shown.push(s.note);
        return new Promise<void>((r) => (release = r));
      },
    });
    const first = player.goTo(0);
    expect(player.busy).toBe(true);
    await player.goTo(1); // ignored: returns at once
    expect(shown).toEqual(['a']);
    expect(player.position).toBeNull(); // not on screen until shown
    release();
    await first;
    expect(player.busy).toBe(false);
    expect(player.position).toBe(0);
  });

  it('a failed show leaves the position as it was and the player free', async () => {
    const list = $state({ steps: [step('a')] });
    const player = new StepPlayer({ steps: () => list.steps, show: () => Promise.reject(new Error('no data')) });
    await expect(player.goTo(0)).rejects.toThrow('no data');
    expect(player.busy).toBe(false);
    expect(player.position).toBeNull();
  });

  it('hands show a plain copy, never the live step', async () => {
    const list = $state({ steps: [step('a')] });
    let got: ScenarioStep | null = null;
    const player = new StepPlayer({
      steps: () => list.steps,
      show: async (s) => {
        got = s;
      },
    });
    await player.goTo(0);
    expect(() => structuredClone(got)).not.toThrow(); // a $state proxy cannot be cloned
    got!.note = 'changed';
    expect(list.steps[0].note).toBe('a');
  });

  it('follows list edits: the same step stays on screen', async () => {
    const { player, list } = setup();
    await player.goTo(0);
    list.steps = [list.steps[1], list.steps[0], list.steps[2]];
    player.follow({ kind: 'move', from: 0, to: 1 });
    expect(player.position).toBe(1);
    expect(player.current?.note).toBe('a');
    list.steps = list.steps.filter((_, k) => k !== 1);
    player.follow({ kind: 'delete', at: 1 });
    expect(player.position).toBeNull();
  });

  it('derives the hidden controls, count and ends from the step on screen', async () => {
    const { player, list } = setup();
    list.steps[2] = step('c', ['methods', 'hints']);
    await player.goTo(0);
    expect([player.atFirst, player.atLast]).toEqual([true, false]);
    expect(player.hidden).toEqual([]);
    await player.goTo(2);
    expect([player.atFirst, player.atLast]).toEqual([false, true]);
    expect(player.hidden).toEqual(['methods', 'hints']);
    list.steps.push(step('d'));
    expect(player.count).toBe(4);
    expect(player.atLast).toBe(false);
    player.stop();
    expect(player.current).toBeNull();
    expect(player.hidden).toEqual([]);
  });
});
