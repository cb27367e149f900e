/**
 * Records this build cannot use are refused, not used: a dataset whose columns are not what
 * they claim, any dataset written by a newer version, progress out of range; and a file key
 * "__proto__" cannot swap an object's prototype while decoding.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackend } from './backend';
import { APP_ID, CURRENT_VERSION, type RecordKind } from './envelope';
import { PersistStore } from './store';
import { DecodeError, fromJsonSafe } from './typed';
import { problemText, validateProgress } from './validate';
import { translate, type MessageRef } from '../i18n/catalog';

const env = (kind: RecordKind, data: unknown, version = CURRENT_VERSION) => ({ app: APP_ID, kind, version, savedAt: '2024-01-01T00:00:00.000Z', data });
const dataset = (over: Record<string, unknown> = {}) => ({
  dataset: {
    shape: 'customers',
    customerIds: ['a', 'b'],
    recency: new Float64Array([1, 2]),
    frequency: new Float64Array([3, 1]),
    monetary: new Float64Array([10.5, 4]),
    ...over,
  },
  report: null,
});

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('dataset records', () => {
  it.each([
    ['customerIds "not-an-array"', env('dataset', dataset({ customerIds: 'not-an-array' })), 'customerIds must be a list', 'customerIds 必须是列表'],
    ['a column of the wrong length', env('dataset', dataset({ monetary: new Float64Array([1]) })), 'monetary has 1 entries, expected 2', 'monetary 有 1 项，应为 2 项'],
    [
      'a newer version',
      env('dataset', dataset(), CURRENT_VERSION + 1),
      `written by a newer version (${CURRENT_VERSION + 1}, this build reads up to ${CURRENT_VERSION})`,
      `由更新版本写入（${CURRENT_VERSION + 1}，本版本最多可读 ${CURRENT_VERSION}）`,
    ],
  ])('%s is set aside with a notice, not used, and left in place', async (_what, stored, reason, zh) => {
    const backend = memoryBackend();
    await backend.set('dataset:w', stored);
    const store = new PersistStore({ backend });
    const r = await store.load('dataset:w', 'dataset');
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    expect(r.reason).toBe(reason);
    // The notice carries the reason as a message reference, so it reads in either language.
    expect(r.notice).toMatchObject({ key: 'storage.quarantined', params: { key: 'dataset:w' } });
    const ref = r.notice.params.reason as MessageRef;
    expect(translate('en', ref.key, ref.params)).toBe(reason);
    expect(translate('zh', ref.key, ref.params)).toBe(zh);
    expect(await backend.get('dataset:w')).toEqual(stored);
  });

  it('a valid current dataset still loads', async () => {
    const backend = memoryBackend();
    await backend.set('dataset:w', env('dataset', dataset()));
    const r = await new PersistStore({ backend }).load('dataset:w', 'dataset');
    expect(r.status).toBe('ok');
  });
});

describe('progress records', () => {
  const good = {
    lessons: { rfm: { reached: 2, done: false, predictions: { '1': 'HHH', '3': 42 } } },
    exercises: { pareto: { attempts: 3, hints: 3, solved: true, withHelp: true, lastAnswer: 0.2 }, other: { attempts: 0, hints: 0, solved: false, withHelp: false, lastAnswer: null } },
  };
  it.each([
    ['what the app writes', good, null],
    ['an empty record', {}, null],
    ['extra fields of older builds', { done: ['ex1'] }, null],
    ['not an object', 'abc', 'progress must be an object'],
    ['lessons "abc"', { lessons: 'abc' }, 'lessons must be an object'],
    ['a lesson null', { lessons: { rfm: null } }, 'lessons.rfm must be an object'],
    ['reached -1', { lessons: { rfm: { ...good.lessons.rfm, reached: -1 } } }, 'lessons.rfm.reached must be a whole number from 0 to 10000'],
    ['done "yes"', { lessons: { rfm: { ...good.lessons.rfm, done: 'yes' } } }, 'lessons.rfm.done must be true or false'],
    ['predictions of objects', { lessons: { rfm: { ...good.lessons.rfm, predictions: { '1': {} } } } }, 'lessons.rfm.predictions.1 must be text or a number'],
    ['hints 4', { exercises: { p: { ...good.exercises.pareto, hints: 4 } } }, 'exercises.p.hints must be a whole number from 0 to 3'],
    ['attempts NaN', { exercises: { p: { ...good.exercises.pareto, attempts: NaN } } }, 'exercises.p.attempts must be a whole number from 0 to 1000000000'],
    ['lastAnswer an object', { exercises: { p: { ...good.exercises.pareto, lastAnswer: {} } } }, 'exercises.p.lastAnswer must be text, a number or null'],
  ])('%s', (_what, value, problem) => {
    // A message reference; its English wording is what a set-aside record keeps.
    const p = validateProgress(value);
    expect(p === null ? null : problemText(p)).toBe(problem);
  });

  it('names the field as data in a message reference', () => {
    expect(validateProgress({ lessons: { rfm: { ...good.lessons.rfm, reached: -1 } } })).toEqual({
      key: 'valid.wholeIn',
      params: { field: 'lessons.rfm.reached', min: 0, max: 10000 },
    });
  });

  it('is refused before writing and set aside on load', async () => {
    const backend = memoryBackend();
    const store = new PersistStore({ backend });
    const bad = { lessons: { rfm: { reached: 'x' } } };
    const saved = await store.saveNow('progress:w', 'progress', bad);
    expect(!saved.ok && saved.notice.key).toBe('storage.saveFailed');
    expect(await backend.get('progress:w')).toBeUndefined();
    await backend.set('progress:w', env('progress', bad));
    const r = await store.load('progress:w', 'progress');
    expect(r.status === 'quarantined' && r.reason).toBe('lessons.rfm.reached must be a whole number from 0 to 10000');
  });
});

describe('fromJsonSafe', () => {
  it('refuses a "__proto__" key instead of replacing the prototype', () => {
    const parsed = JSON.parse('{"workspace":{"name":"x","__proto__":{"polluted":true}}}');
    expect(() => fromJsonSafe(parsed, '$.data')).toThrow(DecodeError);
    expect(() => fromJsonSafe(parsed, '$.data')).toThrow('$.data.workspace.__proto__');
  });
});
