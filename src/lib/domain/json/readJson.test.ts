import { describe, expect, it } from 'vitest';
import { readJsonText } from './readJson';

describe('readJsonText', () => {
  it('parses, ignoring a byte-order mark', () => {
    expect(readJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, json: { a: [1, 2] } });
  });
  it('an empty or blank file is "empty", not a syntax error', () => {
    expect(readJsonText('')).toEqual({ ok: false, problem: 'empty' });
    expect(readJsonText('\uFEFF \n\t')).toEqual({ ok: false, problem: 'empty' });
  });
  it('a syntax error is located: after a trailing comma, the "}" on line 4, column 1', () => {
    // A property name was expected where the "}" stands.
    const r = readJsonText('{\n "a": 1,\n "b": 2,\n}');
    expect(r).toMatchObject({ ok: false, problem: 'invalidJson', line: 4, column: 1, params: { line: 4, column: 1 } });
  });
  it('a single-quoted name: line 1, column 2', () => {
    expect(readJsonText("{'a': 1}")).toMatchObject({ problem: 'invalidJson', line: 1, column: 2 });
  });
});
