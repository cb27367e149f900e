import { describe, expect, it } from 'vitest';
import { afterCheck, afterHint, afterNewVariant, afterReveal, exerciseStatusKey, hintForced, nextHintLevel, outcomeOf, storedAnswer, type ExerciseRecord } from './exerciseProgress';

const rec = (o: Partial<ExerciseRecord> = {}): ExerciseRecord => ({ attempts: 0, hints: 0, solved: false, withHelp: false, ...o });

describe('a Check', () => {
  it.each([
    // [record before, correct, expected patch (without lastAnswer)]
    ['new, wrong', rec(), false, { attempts: 1, solved: false, withHelp: false, triesSinceHint: 1 }],
    ['new, right', rec(), true, { attempts: 1, solved: true, withHelp: false }],
    ['2 hints, right: own work', rec({ attempts: 2, hints: 2 }), true, { attempts: 3, solved: true, withHelp: false }],
    ['solution seen, then right: with help', rec({ attempts: 1, hints: 3 }), true, { attempts: 2, solved: true, withHelp: true }],
    ['solved alone, then wrong: stays solved alone', rec({ attempts: 1, solved: true }), false, { attempts: 2, solved: true, withHelp: false, triesSinceHint: 1 }],
    ['answer revealed, then right: with help', rec({ attempts: 1, revealed: true }), true, { attempts: 2, solved: true, withHelp: true }],
    ['solved with help, then right: stays with help', rec({ attempts: 1, hints: 3, solved: true, withHelp: true }), true, { attempts: 2, solved: true, withHelp: true }],
  ] as const)('%s', (_, before, correct, patch) => {
    expect(afterCheck(before, correct, 7)).toEqual({ ...patch, lastAnswer: 7 });
  });
  it('keeps numbers and text as they are, anything else as JSON', () => {
    expect(storedAnswer(12.5)).toBe(12.5);
    expect(storedAnswer('HHH')).toBe('HHH');
    expect(storedAnswer(null)).toBeNull();
    expect(storedAnswer(['a', 'b'])).toBe('["a","b"]');
    expect(storedAnswer({ R: 5 })).toBe('{"R":5}');
  });
});

describe('hints', () => {
  it('one level at a time, up to the solution', () => {
    expect([0, 1, 2, 3].map(nextHintLevel)).toEqual([1, 2, 3, 3]);
  });
  it('remembers the highest level seen and starts the tries again', () => {
    expect(afterHint(rec({ hints: 2 }), 1)).toEqual({ hints: 2, triesSinceHint: 0 });
    expect(afterHint(rec({ hints: 1, triesSinceHint: 2 }), 2)).toEqual({ hints: 2, triesSinceHint: 0 });
  });
  it('the solution marks the exercise revealed, never solved', () => {
    expect(afterHint(rec({ hints: 2 }), 3)).toEqual({ hints: 3, triesSinceHint: 0, revealed: true });
    expect(afterReveal(rec({ hints: 1 }))).toEqual({ hints: 3, revealed: true, triesSinceHint: 0 });
    expect(outcomeOf({ ...rec({ attempts: 3, solved: true }), ...afterReveal(rec()) })).toBe('revealed');
  });
  it('a choice exercise forces the next hint after two wrong tries', () => {
    expect(hintForced(rec({ triesSinceHint: 1 }), true)).toBe(false);
    expect(hintForced(rec({ triesSinceHint: 2 }), true)).toBe(true);
    expect(hintForced(rec({ triesSinceHint: 2 }), false)).toBe(false);
    expect(hintForced(rec({ triesSinceHint: 5, solved: true }), true)).toBe(false);
  });
  it('remembers what a Check ruled out, once each', () => {
    expect(afterCheck(rec({ eliminated: ['HHH'] }), false, 'LLL', ['LLL', 'HHH']).eliminated).toEqual(['HHH', 'LLL']);
  });
  it('a new variant starts a fresh record with the next variant number', () => {
    expect(afterNewVariant(rec({ attempts: 4, hints: 3, revealed: true, variant: 2 }))).toEqual(rec({ variant: 3 }));
  });
});

describe('status', () => {
  it.each([
    [null, ''],
    [rec(), 'ex.ui.status.new'],
    [rec({ attempts: 2 }), 'ex.ui.status.attempted'],
    [rec({ attempts: 1, solved: true }), 'ex.ui.status.solved'],
    [rec({ attempts: 1, hints: 2, solved: true }), 'ex.ui.status.solvedWithHints'],
    [rec({ hints: 3 }), 'ex.ui.status.revealed'],
    [rec({ attempts: 1, revealed: true }), 'ex.ui.status.revealed'],
    // A record stored before `revealed`: solved after the solution was shown.
    [rec({ hints: 3, solved: true, withHelp: true }), 'ex.ui.status.revealed'],
  ] as const)('%o -> %s', (r, key) => {
    expect(exerciseStatusKey(r)).toBe(key);
  });
});
