/**
 * Step editing and player navigation. Steps are told apart by their note ('a', 'b', 'c'), so
 * each expectation below is the list written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../models/analysis';
import {
  addStep,
  canAddStep,
  captureStep,
  clampPosition,
  deleteStep,
  moveStep,
  nextPosition,
  positionAfter,
  prevPosition,
  replaceStep,
  setStepHidden,
  setStepNote,
  setStepView,
  stepState,
  type StepEdit,
  type StepState,
} from './steps';
import { MAX_STEPS, type Hideable, type ScenarioStep } from './types';

function step(note: string, over: Partial<ScenarioStep> = {}): ScenarioStep {
  return { view: 'rfm', settings: defaultLensSettings(5), analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight', hidden: [], note, ...over };
}
const abc = () => [step('a'), step('b'), step('c')];
const notes = (steps: ScenarioStep[]) => steps.map((s) => s.note).join('');

describe('captureStep', () => {
  const live = (view: StepState['view']): StepState => ({ view, settings: defaultLensSettings(4), analysisDay: 19000, monetaryMode: 'average', rfmMode: 'segments' });

  it('records the live state with nothing hidden and the given note', () => {
    expect(captureStep(live('pyramid'), 'rfm', 'ask')).toEqual({
      view: 'pyramid',
      settings: defaultLensSettings(4),
      analysisDay: 19000,
      monetaryMode: 'average',
      rfmMode: 'segments',
      hidden: [],
      note: 'ask',
    });
  });

  it('from the Trainer view, records the last content view instead', () => {
    expect(captureStep(live('trainer'), 'quadrants').view).toBe('quadrants');
    expect(captureStep(live('trainer'), 'quadrants').note).toBe('');
  });
});

describe('stepState', () => {
  it('gives the workspace its own copy of the settings', () => {
    const s = step('a', { view: 'movement', analysisDay: 18000, rfmMode: 'segments' });
    const st = stepState(s);
    expect(st).toEqual({ view: 'movement', settings: defaultLensSettings(5), analysisDay: 18000, monetaryMode: 'sum', rfmMode: 'segments' });
    st.settings.thresholds.monetary = { method: 'custom', value: 1 };
    expect(s.settings.thresholds.monetary).toEqual(defaultLensSettings(5).thresholds.monetary);
  });
});

describe('list edits', () => {
  type Case = [name: string, edit: (s: ScenarioStep[]) => ScenarioStep[], expected: string];
  const CASES: Case[] = [
    ['add appends', (s) => addStep(s, step('d')), 'abcd'],
    ['move the first down', (s) => moveStep(s, 0, 1), 'bac'],
    ['move the last up', (s) => moveStep(s, 2, -1), 'acb'],
    ['move the middle up', (s) => moveStep(s, 1, -1), 'bac'],
    ['move the middle down', (s) => moveStep(s, 1, 1), 'acb'],
    ['move the first up: nothing', (s) => moveStep(s, 0, -1), 'abc'],
    ['move the last down: nothing', (s) => moveStep(s, 2, 1), 'abc'],
    ['move a missing step: nothing', (s) => moveStep(s, 5, -1), 'abc'],
    ['delete the first', (s) => deleteStep(s, 0), 'bc'],
    ['delete the middle', (s) => deleteStep(s, 1), 'ac'],
    ['delete the last', (s) => deleteStep(s, 2), 'ab'],
    ['delete a missing step: nothing', (s) => deleteStep(s, 3), 'abc'],
    ['delete a negative index: nothing', (s) => deleteStep(s, -1), 'abc'],
    ['rename the middle', (s) => setStepNote(s, 1, 'x'), 'axc'],
    ['rename a missing step: nothing', (s) => setStepNote(s, 3, 'x'), 'abc'],
  ];
  it.each(CASES)('%s', (_name, edit, expected) => {
    const before = abc();
    const after = edit(before);
    expect(notes(after)).toBe(expected);
    expect(notes(before)).toBe('abc'); // the input is never changed
    if (expected === 'abc') expect(after).toBe(before); // a no-op is the same array
  });

  it('an edit keeps the other steps as they were (same objects)', () => {
    const before = abc();
    const after = setStepView(before, 1, 'pyramid');
    expect(after.map((s) => s.view)).toEqual(['rfm', 'pyramid', 'rfm']);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(before[1].view).toBe('rfm');
  });

  it('add stops at MAX_STEPS (a longer draft would fail validation)', () => {
    const full = Array.from({ length: MAX_STEPS }, (_, i) => step(String(i)));
    expect(canAddStep(full)).toBe(false);
    expect(addStep(full, step('x'))).toBe(full);
    expect(canAddStep(full.slice(1))).toBe(true);
    expect(addStep(full.slice(1), step('x'))).toHaveLength(MAX_STEPS);
  });

  it('replace takes the new state but keeps the note and hidden controls', () => {
    const before = [step('a'), step('b', { hidden: ['budget'] })];
    const captured = step('', { view: 'pyramid', analysisDay: 17000, rfmMode: 'segments' });
    const after = replaceStep(before, 1, captured);
    expect(after[1]).toEqual(step('b', { view: 'pyramid', analysisDay: 17000, rfmMode: 'segments', hidden: ['budget'] }));
    expect(after[0]).toBe(before[0]);
    expect(replaceStep(before, 2, captured)).toBe(before);
  });
});

describe('setStepHidden', () => {
  type Case = [name: string, hidden: Hideable[], what: Hideable, hide: boolean, expected: Hideable[]];
  const CASES: Case[] = [
    ['hide one', [], 'budget', true, ['budget']],
    ['hide keeps HIDEABLE order', ['hints'], 'methods', true, ['methods', 'hints']],
    ['hide twice is once', ['budget'], 'budget', true, ['budget']],
    ['show one', ['methods', 'budget'], 'methods', false, ['budget']],
    ['show what is shown', ['budget'], 'hints', false, ['budget']],
    ['order restored from any input', ['hints', 'ruleEditor', 'methods'], 'budget', true, ['methods', 'ruleEditor', 'budget', 'hints']],
  ];
  it.each(CASES)('%s', (_name, hidden, what, hide, expected) => {
    expect(setStepHidden([step('a', { hidden })], 0, what, hide)[0].hidden).toEqual(expected);
  });
});

describe('positionAfter', () => {
  type Case = [position: number | null, edit: StepEdit, expected: number | null];
  const CASES: Case[] = [
    [null, { kind: 'move', from: 0, to: 1 }, null],
    [0, { kind: 'move', from: 0, to: 1 }, 1], // the step on screen moved down
    [1, { kind: 'move', from: 0, to: 1 }, 0], // its upper neighbour moved below it
    [2, { kind: 'move', from: 0, to: 1 }, 2], // not involved
    [3, { kind: 'move', from: 3, to: 2 }, 2],
    [2, { kind: 'move', from: 3, to: 2 }, 3],
    [null, { kind: 'delete', at: 0 }, null],
    [1, { kind: 'delete', at: 1 }, null], // the step on screen is gone: stop
    [2, { kind: 'delete', at: 0 }, 1], // a step above went: one up
    [0, { kind: 'delete', at: 2 }, 0], // a step below went: stays
    [4, { kind: 'reset' }, null],
    [null, { kind: 'reset' }, null],
  ];
  it.each(CASES)('at %s after %o is %s', (position, edit, expected) => {
    expect(positionAfter(position, edit)).toBe(expected);
  });
});

describe('navigation', () => {
  type Case = [position: number | null, count: number, next: number | null, prev: number | null];
  const CASES: Case[] = [
    [null, 0, null, null], // nothing to play
    [null, 3, 0, 0], // both start at the first step
    [0, 3, 1, 0], // previous stays on the first
    [1, 3, 2, 0],
    [2, 3, 2, 1], // next stays on the last
    [0, 1, 0, 0],
    [5, 3, 2, 2], // a stale position (the list shrank) comes back into range
  ];
  it.each(CASES)('at %s of %i: next %s, previous %s', (position, count, next, prev) => {
    expect(nextPosition(position, count)).toBe(next);
    expect(prevPosition(position, count)).toBe(prev);
  });

  const CLAMP: [i: number, count: number, expected: number | null][] = [
    [0, 0, null],
    [-1, 3, 0],
    [1, 3, 1],
    [3, 3, 2],
    [1.7, 3, 1],
  ];
  it.each(CLAMP)('clamps %s into %i steps: %s', (i, count, expected) => {
    expect(clampPosition(i, count)).toBe(expected);
  });
});
