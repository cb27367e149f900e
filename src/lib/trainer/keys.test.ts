// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { actionOf, takesKeys } from './keys';

describe('presentation shortcuts', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['P', 'prev'],
    ['r', 'reset'],
    ['f', 'freeze'],
    ['Escape', 'leave'],
    ['?', 'help'],
    ['x', null],
  ])('%s → %s', (key, action) => expect(actionOf(key)).toBe(action));

  it('stays out of the way of fields and sliders', () => {
    const make = (html: string) => {
      const d = document.createElement('div');
      d.innerHTML = html;
      return d.firstElementChild;
    };
    expect(takesKeys(make('<input>'))).toBe(true);
    expect(takesKeys(make('<textarea></textarea>'))).toBe(true);
    expect(takesKeys(make('<select></select>'))).toBe(true);
    expect(takesKeys(make('<g role="slider"></g>'))).toBe(true);
    expect(takesKeys(make('<button>x</button>'))).toBe(false);
    expect(takesKeys(null)).toBe(false);
  });
});
