import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/catalog';
import { defaultLensSettings } from '../../models/analysis';
import {
  applyDiff,
  compactScenario,
  decodeScenarioHash,
  diffFrom,
  encodeScenarioHash,
  exportScenarioFile,
  hasScenarioHash,
  parseScenarioFile,
  scenarioFileName,
  validateScenario,
  type Scenario,
  type ScenarioStep,
} from '.';

function step(over: Partial<ScenarioStep> = {}): ScenarioStep {
  return { view: 'data', settings: defaultLensSettings(5), analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight', hidden: [], note: '', ...over };
}

function changed(): ScenarioStep {
  const s = defaultLensSettings(4);
  s.thresholds.monetary = { method: 'custom', value: 123.5 };
  s.thresholds.recency = { method: 'score', value: 3 };
  s.customEdges = { frequency: [1, 2, 4] };
  s.pyramid = { tiers: 'three', mode: 'amount', cuts: [5000, 900] };
  s.valuePotential = { x: { method: 'custom', value: 10 }, y: { method: 'median' } };
  // Scores run 1..4 at k = 4: the schema refuses a rule reaching 5.
  s.segmentRules = [{ key: 'mine', label: '我的', R: { min: 3, max: 4 }, F: { min: 1, max: 4 }, M: { min: 3, max: 4 } }];
  s.lifecycle = { acquisitionDays: 60, maturityDays: 365, churnDays: 120 };
  return step({ view: 'rfm', settings: s, analysisDay: 19800, monetaryMode: 'average', rfmMode: 'segments', hidden: ['methods', 'budget'], note: 'Ask: who is HHH? 问一问' });
}

const SCENARIOS: [string, Scenario][] = [
  ['no steps', { title: '', dataset: { kind: 'sample', id: 'classroom' }, steps: [] }],
  ['one default step', { title: 'Basics', dataset: { kind: 'sample', id: 'classroom' }, steps: [step()] }],
  ['every field changed', { title: 'RFM 入门 & more', dataset: { kind: 'sample', id: 'retail' }, steps: [step({ view: 'rfm' }), changed(), step({ view: 'quadrants', note: 'x' })] }],
];

describe('scenario link', () => {
  it.each(SCENARIOS)('round-trips exactly: %s', (_name, s) => {
    const hash = encodeScenarioHash(s);
    expect(hash.startsWith('s=')).toBe(true);
    expect(hasScenarioHash('#' + hash)).toBe(true);
    expect(/^[A-Za-z0-9+\-$=_.]*$/.test(hash.slice(2))).toBe(true);
    const back = decodeScenarioHash('#' + hash);
    expect(back).toEqual({ ok: true, scenario: JSON.parse(JSON.stringify(s)) });
  });

  it('strips defaults: a default step is an empty object, defaults are not written', () => {
    const c = compactScenario({ title: '', dataset: { kind: 'sample', id: 'classroom' }, steps: [step()] });
    expect(c).toEqual({ v: 1, d: 'classroom', s: [{}] });
    const one = compactScenario({ title: 'T', dataset: { kind: 'sample', id: 'classroom' }, steps: [changed()] });
    const cs = (one.s as Record<string, unknown>[])[0].c as Record<string, unknown>;
    // Unchanged parts of the settings are not in the link.
    expect(cs.currentFuture).toBeUndefined();
    expect(cs.thresholds).toEqual({ recency: { method: 'score', value: 3 }, monetary: { method: 'custom', value: 123.5 } });
    expect(cs.bins).toBe(4);
  });

  it('a long scenario stays a usable link', () => {
    const steps = Array.from({ length: 12 }, (_, i) => step({ view: 'rfm', analysisDay: 19000 + i, note: `Step ${i}` }));
    const hash = encodeScenarioHash({ title: 'Long', dataset: { kind: 'sample', id: 'classroom' }, steps });
    expect(hash.length).toBeLessThan(600);
  });

  it('drops the data of "current" (only samples travel)', () => {
    const s: Scenario = { title: 'Own data', dataset: { kind: 'current', name: 'mine.csv' }, steps: [step({ view: 'pyramid' })] };
    const back = decodeScenarioHash(encodeScenarioHash(s));
    expect(back).toEqual({ ok: true, scenario: { ...s, dataset: { kind: 'current', name: null } } });
  });

  const lz = (json: unknown) => encodeRaw(JSON.stringify(json));
  const BAD: [string, string, string][] = [
    ['not a scenario hash', '#x=1', 'trainer.link.corrupt'],
    ['garbage', '#s=%%%not-lz', 'trainer.link.corrupt'],
    ['empty payload', '#s=', 'trainer.link.corrupt'],
    ['json but not an object', '#s=' + lz([1, 2]), 'trainer.link.corrupt'],
    ['newer version', '#s=' + lz({ v: 2, s: [] }), 'trainer.link.newerVersion'],
    ['steps not a list', '#s=' + lz({ v: 1, s: 3 }), 'trainer.link.invalid'],
    ['unknown view', '#s=' + lz({ v: 1, s: [{ w: 'nope' }] }), 'trainer.link.invalid'],
    ['bad bins', '#s=' + lz({ v: 1, s: [{ c: { bins: 9 } }] }), 'trainer.link.invalid'],
    ['bad threshold method', '#s=' + lz({ v: 1, s: [{ c: { thresholds: { monetary: { method: 'x' } } } }] }), 'trainer.link.invalid'],
    ['unknown hidden control', '#s=' + lz({ v: 1, s: [{ h: ['everything'] }] }), 'trainer.link.invalid'],
    ['non-integer day', '#s=' + lz({ v: 1, s: [{ a: 1.5 }] }), 'trainer.link.invalid'],
  ];
  it.each(BAD)('rejects %s', (_name, hash, key) => {
    const r = decodeScenarioHash(hash);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.key).toBe(key);
  });
});

import * as lzModule from 'lz-string';
const lzLib = (lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule;
function encodeRaw(text: string) {
  return lzLib.compressToEncodedURIComponent(text);
}

describe('settings diff', () => {
  const CASES: [string, unknown, unknown][] = [
    ['equal', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }],
    ['changed leaf', { a: 2, b: [1, 2] }, { a: 1, b: [1, 2] }],
    ['array replaced', { a: 1, b: [3] }, { a: 1, b: [1, 2] }],
    ['key removed from an object', { t: { method: 'mean' } }, { t: { method: 'custom', value: 3 } }],
    ['key added', { t: { method: 'custom', value: 3 } }, { t: { method: 'mean' } }],
    ['null vs object', { r: null }, { r: [{ k: 1 }] }],
    ['new nested key', { e: { recency: [1, 2] } }, { e: {} }],
  ];
  it.each(CASES)('%s restores exactly', (_n, value, base) => {
    expect(applyDiff(diffFrom(value, base), base)).toEqual(value);
  });
  it('equal is no difference', () => expect(diffFrom({ a: [1] }, { a: [1] })).toBeUndefined());
});

describe('scenario file', () => {
  const sc: Scenario = { title: 'File', dataset: { kind: 'sample', id: 'classroom' }, steps: [changed(), step({ view: 'pyramid' })] };

  it('round-trips', () => {
    const text = exportScenarioFile(sc, new Date('2024-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ app: 'ccc', kind: 'scenario', version: 1, savedAt: '2024-01-02T03:04:05.000Z' });
    expect(parseScenarioFile(text, 'a.scenario.json')).toEqual({ ok: true, scenario: JSON.parse(JSON.stringify(sc)), savedAt: '2024-01-02T03:04:05.000Z' });
    expect(parseScenarioFile('\ufeff' + text, 'a.json').ok).toBe(true);
  });

  const good = JSON.parse(exportScenarioFile(sc));
  const BAD: [string, string, string, Partial<{ line: number; column: number }>][] = [
    ['empty', '  ', 'trainer.file.empty', {}],
    ['broken JSON', '{\n  "app": "ccc",\n  "kind": oops\n}', 'trainer.file.invalidJson', { line: 3, column: 11 }],
    ['not ours', JSON.stringify({ hello: 1 }), 'trainer.file.notScenario', {}],
    ['a workspace file', JSON.stringify({ ...good, kind: 'workspace-file' }), 'trainer.file.wrongKind', {}],
    ['newer version', JSON.stringify({ ...good, version: 7 }), 'trainer.file.newerVersion', {}],
    ['bad version', JSON.stringify({ ...good, version: 'one' }), 'trainer.file.badField', {}],
    ['bad step', JSON.stringify({ ...good, scenario: { ...good.scenario, steps: [{ ...good.scenario.steps[0], view: 'x' }] } }), 'trainer.file.badField', {}],
    ['no title', JSON.stringify({ ...good, scenario: { ...good.scenario, title: 3 } }), 'trainer.file.badField', {}],
  ];
  it.each(BAD)('rejects %s with a clear error', (_n, text, key, pos) => {
    const r = parseScenarioFile(text, 'bad.scenario.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.key).toBe(key);
    expect(r.error.fileName).toBe('bad.scenario.json');
    expect(r.error.params.file).toBe('bad.scenario.json');
    if (pos.line) expect([r.error.line, r.error.column]).toEqual([pos.line, pos.column]);
  });

  it('names files safely', () => {
    expect(scenarioFileName('a/b: c')).toBe('a-b- c.scenario.json');
    expect(scenarioFileName('  ')).toBe('scenario.scenario.json');
  });

  it('validates', () => {
    expect(validateScenario(sc)).toBeNull();
    expect(validateScenario({ ...sc, dataset: { kind: 'url' } })).toEqual({ key: 'valid.unknownValue', params: { field: 'dataset.kind' } });
    const bins = validateScenario({ ...sc, steps: [{ ...sc.steps[0], settings: { ...sc.steps[0].settings, bins: 2 } }] });
    expect(bins).toEqual({ key: 'valid.oneOf', params: { field: 'steps[1].settings.bins', values: [3, 4, 5] } });
    expect(translate('en', bins!.key, bins!.params)).toBe('steps[1].settings.bins must be 3, 4 or 5');
    expect(translate('zh', bins!.key, bins!.params)).toBe('steps[1].settings.bins 必须是 3、4或5');
  });
});
