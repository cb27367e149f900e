/**
 * The domain says what is wrong as message references, never as English sentences (issue 7):
 * every validator and file reader, fed hostile input, returns null or `{ key, params }` whose
 * key (and every nested reference's key) exists in both catalogs, whose params fill every
 * placeholder, and whose text params are data (field paths, names), not words for the user.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../i18n/catalog';
import type { MessageRef } from './messages';
import { findJsonSyntaxError } from './json/jsonError';
import { readJsonText } from './json/readJson';
import { defaultLensSettings } from './models/analysis';
import { analysisDayProblem, lensSettingsProblem } from './models/settingsSchema';
import { progressProblem } from './teaching/progressSchema';
import { EXERCISE_KINDS, KINDS, parsePack, specProblem } from './teaching/exercises';
import { decodeScenarioHash, exportScenarioFile, parseScenarioFile, validateScenario, validateStep } from './teaching/scenario';

/** Words of an English sentence; a field path, a kind or a quoted character has none of them. */
const SENTENCE = /\b(must|should|is not|unknown|expected|invalid|unexpected|not an?)\b/i;
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/;

const isRef = (v: unknown): v is MessageRef => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as MessageRef).key === 'string';

/** Every way a problem can be wrong, as readable lines (empty when it is a proper reference). */
function faults(problem: unknown, where = 'problem'): string[] {
  if (problem === null) return [];
  if (!isRef(problem)) return [`${where} is not a message reference: ${JSON.stringify(problem)}`];
  const out: string[] = [];
  for (const loc of ['en', 'zh'] as const) {
    if (!hasMessage(problem.key, loc)) out.push(`${where}: "${problem.key}" is missing in ${loc}`);
    // Text params are data and may themselves look like "{0}" (a hostile parameter name): check
    // the template's placeholders with each text param stood in for by plain text.
    else if (PLACEHOLDER.test(translate(loc, problem.key, plainText(problem.params)))) out.push(`${where}: "${problem.key}" leaves a placeholder in ${loc}: ${translate(loc, problem.key, problem.params)}`);
  }
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (isRef(value)) out.push(...faults(value, `${where}.${name}`));
    else if (typeof value === 'string' && SENTENCE.test(value)) out.push(`${where}.${name} is a sentence: "${value}"`);
  }
  return out;
}

function plainText(params: MessageRef['params']): MessageRef['params'] {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? 'text' : value])) as MessageRef['params'];
}

const settings = defaultLensSettings(5) as unknown as Record<string, unknown>;
const step = { view: 'rfm', settings, analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight', hidden: [], note: '' };
const scenario = { title: 'T', dataset: { kind: 'sample', id: 'classroom' }, steps: [step] };
const show = (v: unknown) => (typeof v === 'object' && v !== null ? (Object.getPrototypeOf(v) === null ? 'a null-prototype object' : JSON.stringify(v)) : String(v));
const HOSTILE_VALUES: unknown[] = ['abc', 3, null, [], [null], {}, { __proto__: null }, NaN, -1, 1e15, true];

// [what, the problem it returns]
const TABLE: [string, () => unknown][] = [
  ...HOSTILE_VALUES.map((v): [string, () => unknown] => [`settings ${show(v)}`, () => lensSettingsProblem(v)]),
  ...Object.keys(settings).flatMap((field) =>
    HOSTILE_VALUES.map((v): [string, () => unknown] => [`settings.${field} = ${show(v)}`, () => lensSettingsProblem({ ...settings, [field]: v })]),
  ),
  ['an unknown edge dimension', () => lensSettingsProblem({ ...settings, customEdges: { potential: [1, 2, 3, 4] } })],
  ['a cut count', () => lensSettingsProblem({ ...settings, pyramid: { tiers: 'four', mode: 'percentile', cuts: [0.5] } })],
  ['rules out of range', () => lensSettingsProblem({ ...settings, segmentRules: [{ key: 'r', R: { min: 4, max: 2 }, F: { min: 1, max: 5 }, M: { min: 1, max: 5 } }] })],
  ...HOSTILE_VALUES.map((v): [string, () => unknown] => [`analysis day ${show(v)}`, () => analysisDayProblem(v, 'analysisDay')]),
  ...HOSTILE_VALUES.map((v): [string, () => unknown] => [`progress ${show(v)}`, () => progressProblem(v)]),
  ['a lesson step -1', () => progressProblem({ lessons: { rfm: { reached: -1, done: false, predictions: {} } } })],
  ['an answer object', () => progressProblem({ exercises: { p: { attempts: 0, hints: 0, solved: false, withHelp: false, lastAnswer: {} } } })],
  ...HOSTILE_VALUES.map((v): [string, () => unknown] => [`scenario ${show(v)}`, () => validateScenario(v)]),
  ...Object.keys(step).flatMap((field) =>
    HOSTILE_VALUES.map((v): [string, () => unknown] => [`step.${field} = ${show(v)}`, () => validateStep({ ...step, [field]: v }, 'steps[1]')]),
  ),
  ...['title', 'dataset', 'steps'].flatMap((field) =>
    HOSTILE_VALUES.map((v): [string, () => unknown] => [`scenario.${field} = ${show(v)}`, () => validateScenario({ ...scenario, [field]: v })]),
  ),
  ['too many steps', () => validateScenario({ ...scenario, steps: Array.from({ length: 1000 }, () => step) })],
  ['an unknown exercise kind', () => specProblem({ id: 'a', kind: 'nope' } as never)],
  ['params not an object', () => specProblem({ id: 'a', kind: 'pareto', params: [] } as never)],
  ['an unknown parameter', () => specProblem({ id: 'a', kind: 'pareto', params: { nope: 1 } })],
  // Every parameter of every kind set to every hostile value.
  ...EXERCISE_KINDS.flatMap((kind) =>
    Object.keys(KINDS[kind].defaults).flatMap((param) =>
      HOSTILE_VALUES.map((v): [string, () => unknown] => [`${kind}.${param} = ${show(v)}`, () => specProblem({ id: 'a', kind, params: { [param]: v } })]),
    ),
  ),
  ...[
    '{"a": 1,}', "{'a': 1}", '"abc', '"\\x"', '"\\u12"', '"a\nb"', '[01]', '{"a" 1}', '{"a": 1 "b"', '[1 2]', '[1, 2] x', '{"a":', '-', '[[[[',
  ].map((text): [string, () => unknown] => [`JSON ${text}`, () => findJsonSyntaxError(text)?.reason ?? 'no error found']),
  ['JSON nested too deeply', () => findJsonSyntaxError('['.repeat(6000))?.reason],
  ['a reader of broken JSON', () => {
    const r = readJsonText('{"a": tru}');
    return r.ok || r.problem !== 'invalidJson' ? 'not refused' : r.params.reason;
  }],
];

const pack = (exercise: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'ccc', kind: 'exercise-pack', version: 1, title: 'T', exercises: [exercise], ...over });
const PACKS: [string, string][] = [
  ['broken JSON', '{"app": "ccc",'],
  ['version "one"', pack({ id: 'a', kind: 'pareto' }, { version: 'one' })],
  ['no title', pack({ id: 'a', kind: 'pareto' }, { title: ' ' })],
  ['no exercises', pack({ id: 'a', kind: 'pareto' }, { exercises: [] })],
  ['an exercise null', pack(null)],
  ['a bad id', pack({ id: 'a b', kind: 'pareto' })],
  ['an unknown sample', pack({ id: 'a', kind: 'pareto', sample: 'x' })],
  ['texts "abc"', pack({ id: 'a', kind: 'pareto', texts: 'abc' })],
  ['texts in French', pack({ id: 'a', kind: 'pareto', texts: { fr: { title: 'x' } } })],
  ['texts with an unknown field', pack({ id: 'a', kind: 'pareto', texts: { en: { hint: 'x' } } })],
  ['a title of 2001 characters', pack({ id: 'a', kind: 'pareto', texts: { en: { title: 'x'.repeat(2001) } } })],
  ['a bad parameter', pack({ id: 'a', kind: 'pareto', params: { revenueShare: 2 } })],
];

const scenarioFile = (over: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(exportScenarioFile(scenario as never)), ...over });
const SCENARIO_FILES: [string, string][] = [
  ['broken JSON', '{"app": "ccc" "kind"'],
  ['version 0', scenarioFile({ version: 0 })],
  ['a step with an unknown view', scenarioFile({ scenario: { ...scenario, steps: [{ ...step, view: 'x' }] } })],
];

describe('the domain returns message references, not English', () => {
  // Some generated values happen to be valid (bins 3, an empty rule list): null is fine there.
  it.each(TABLE)('%s', (_what, problem) => {
    expect(faults(problem())).toEqual([]);
  });

  it('the table is mostly refusals, so it checks what users would read', () => {
    const refused = TABLE.filter(([, problem]) => problem() !== null).length;
    expect(refused / TABLE.length).toBeGreaterThan(0.9);
  });

  it.each(PACKS)('pack: %s', (_what, text) => {
    const out = parsePack(text, 'p.json');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(faults({ key: out.error.key, params: out.error.params })).toEqual([]);
  });

  it.each(SCENARIO_FILES)('scenario file: %s', (_what, text) => {
    const out = parseScenarioFile(text, 's.scenario.json');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(faults({ key: out.error.key, params: out.error.params })).toEqual([]);
  });

  it('scenario links: a bad version, a bad step', () => {
    for (const hash of ['#s=N4XyA', '#s=' + 'x'.repeat(10)]) {
      const out = decodeScenarioHash(hash);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(faults(out.error)).toEqual([]);
    }
  });

  it('any JSON value: settings, progress, a scenario and a spec are null or a proper reference', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        for (const p of [lensSettingsProblem(v), progressProblem(v), validateScenario(v), validateStep(v, 's'), specProblem({ id: 'a', kind: 'pareto', params: v } as never)])
          expect(faults(p)).toEqual([]);
      }),
      // The first example once failed: a parameter named "{0}" is data, not a placeholder left unfilled.
      { numRuns: 300, examples: [[{ '{0}': false }]] },
    );
  });
});
