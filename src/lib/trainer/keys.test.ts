// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { actionOf, isClickerKey, takesKeys, typesText } from './keys';

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
    ['b', 'blank'],
    ['.', 'blank'],
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

  it('a presenter remote’s keys belong to the player, arrows do not; text fields keep their keys', () => {
    expect(['PageDown', 'PageUp', 'b', 'B', '.'].filter(isClickerKey)).toEqual(['PageDown', 'PageUp', 'b', 'B', '.']);
    expect(['ArrowRight', 'ArrowLeft', 'n', 'f', 'Home'].filter(isClickerKey)).toEqual([]);
    const make = (html: string) => {
      const d = document.createElement('div');
      d.innerHTML = html;
      return d.firstElementChild;
    };
    expect(typesText(make('<textarea></textarea>'))).toBe(true);
    expect(typesText(make('<input>'))).toBe(true);
    expect(typesText(make('<input type="search">'))).toBe(true);
    expect(typesText(make('<input type="checkbox">'))).toBe(false);
    expect(typesText(make('<input type="range">'))).toBe(false);
    expect(typesText(make('<g role="slider"></g>'))).toBe(false);
    expect(typesText(make('<select></select>'))).toBe(false);
  });
});
