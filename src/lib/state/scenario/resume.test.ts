import { describe, expect, it } from 'vitest';
import { readPresenting, savePresenting, type ResumeStorage } from './resume';

function memory(): ResumeStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('resume a presentation after a reload', () => {
  it('comes back to the same step and note switch', () => {
    const s = memory();
    savePresenting(s, { present: true, position: 2, showNote: false });
    expect(readPresenting(s, 3)).toEqual({ present: true, position: 2, showNote: false });
  });
  it('a step that no longer exists is dropped; presentation mode stays', () => {
    const s = memory();
    savePresenting(s, { present: true, position: 5, showNote: true });
    expect(readPresenting(s, 3)).toEqual({ present: true, position: null, showNote: true });
  });
  it('nothing to resume when not presenting, nor from damaged or missing storage', () => {
    const s = memory();
    savePresenting(s, { present: true, position: 1, showNote: true });
    savePresenting(s, { present: false, position: null, showNote: true });
    expect(readPresenting(s, 3)).toBeNull();
    s.data.set('ccc.presenting', '{oops');
    expect(readPresenting(s, 3)).toBeNull();
    expect(readPresenting(null, 3)).toBeNull();
  });
});
