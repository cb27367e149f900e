import { describe, expect, it } from 'vitest';
import { afterCheck, afterHint, exerciseStatusKey, nextHintLevel, storedAnswer, type ExerciseRecord } from './exerciseProgress';

const rec = (o: Partial<ExerciseRecord> = {}): ExerciseRecord => ({ attempts: 0, hints: 0, solved: false, withHelp: false, ...o });

describe('a Check', () => {
  it.each([
    // [record before, correct, expected patch (without lastAnswer)]
    ['new, wrong', rec(), false, { attempts: 1, solved: false, withHelp: false }],
    ['new, right', rec(), true, { attempts: 1, solved: true, withHelp: false }],
    ['2 hints, right: own work', rec({ attempts: 2, hints: 2 }), true, { attempts: 3, solved: true, withHelp: false }],
    ['solution seen, then right: with help', rec({ attempts: 1, hints: 3 }), true, { attempts: 2, solved: true, withHelp: true }],
    ['solved alone, then wrong: stays solved alone', rec({ attempts: 1, solved: true }), false, { attempts: 2, solved: true, withHelp: false }],
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
  it('remembers the highest level seen', () => {
    expect(afterHint(rec({ hints: 2 }), 1)).toEqual({ hints: 2 });
    expect(afterHint(rec({ hints: 1 }), 2)).toEqual({ hints: 2 });
  });
  it('the solution settles an unsolved exercise as solved with help, not a solved one', () => {
    expect(afterHint(rec({ hints: 2 }), 3)).toEqual({ hints: 3, solved: true, withHelp: true });
    expect(afterHint(rec({ solved: true }), 3)).toEqual({ hints: 3 });
  });
});

describe('status', () => {
  it.each([
    [null, ''],
    [rec(), 'ex.ui.status.new'],
    [rec({ attempts: 2 }), 'ex.ui.status.attempted'],
    [rec({ attempts: 1, solved: true }), 'ex.ui.status.solved'],
    [rec({ hints: 3, solved: true, withHelp: true }), 'ex.ui.status.solvedWithHelp'],
  ] as const)('%o -> %s', (r, key) => {
    expect(exerciseStatusKey(r)).toBe(key);
  });
});
