import { describe, expect, it } from 'vitest';
import { classMove } from './classMove';
import { EARLY_WARNING_MOVES } from './compare';

describe('why a customer moved, and what to do now', () => {
  it('HHH to LHH: recency fell; the action is important to retain (LHH), not important to win back', () => {
    expect(classMove('HHH', 'LHH')).toEqual({ fell: ['R'], rose: [], actionKey: 'class.LHH.action' });
  });
  it('HHH to LLH: recency and frequency fell; the action is important to win back (LLH)', () => {
    expect(classMove('HHH', 'LLH')).toEqual({ fell: ['R', 'F'], rose: [], actionKey: 'class.LLH.action' });
  });
  it('every early-warning move takes its own target class action', () => {
    for (const [from, to] of EARLY_WARNING_MOVES) expect(classMove(from, to).actionKey).toBe(`class.${to}.action`);
  });
  it('a move up names what rose', () => {
    expect(classMove('LLL', 'HLH')).toEqual({ fell: [], rose: ['R', 'M'], actionKey: 'class.HLH.action' });
  });
});
