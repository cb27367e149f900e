/**
 * The one settings schema: every hostile value from issue 7/10 is refused with its field
 * named, defaults and edge values pass, and whatever the pure operations produce passes
 * (otherwise a drag would make the workspace unsaveable).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultLensSettings, type LensSettings } from './analysis';
import {
  withBins,
  withCustomThreshold,
  withEdge,
  withLifecycleDays,
  withQuadrant,
  withQuantileEdges,
  withScoreCut,
  withSegmentRules,
  withThresholdMethod,
  withPyramid,
} from './settings';
import { addRule, setRuleBound } from './rfmEdits';
import { defaultSegmentRules } from './segments';
import { analysisDayProblem, lensSettingsProblem, MAX_ANALYSIS_DAY, MIN_ANALYSIS_DAY } from './settingsSchema';
import { hasMessage, translate } from '../../i18n/catalog';
import type { MessageRef } from '../messages';

/** A problem as the English and Chinese UI show it; its key must exist in both catalogs. */
function say(problem: MessageRef | null, loc: 'en' | 'zh' = 'en'): string | null {
  if (problem === null) return null;
  expect(hasMessage(problem.key, 'en') && hasMessage(problem.key, 'zh'), problem.key).toBe(true);
  return translate(loc, problem.key, problem.params);
}

type Patch = (s: LensSettings) => unknown;
const set =
  (f: (s: Record<string, any>) => void): Patch =>
  (s) => {
    const c = structuredClone(s) as Record<string, any>;
    f(c);
    return c;
  };
const rule = (over: Record<string, unknown> = {}) => ({ key: 'r', R: { min: 1, max: 5 }, F: { min: 1, max: 5 }, M: { min: 1, max: 5 }, ...over });

// [what, change to the k = 5 defaults, the message expected, as the English catalog words it]
const HOSTILE: [string, Patch, string | RegExp][] = [
  ['not an object', () => 'abc', 'settings must be an object'],
  ['an array', () => [], 'settings must be an object'],
  ['bins 2', set((s) => (s.bins = 2)), 'settings.bins must be 3, 4 or 5'],
  ['bins "5"', set((s) => (s.bins = '5')), 'settings.bins must be 3, 4 or 5'],
  ['bins missing', set((s) => delete s.bins), 'settings.bins must be 3, 4 or 5'],
  ['customEdges "abc"', set((s) => (s.customEdges = 'abc')), 'settings.customEdges must be an object'],
  ['customEdges of an unknown dimension', set((s) => (s.customEdges = { potential: [1, 2, 3, 4] })), /settings\.customEdges has an unknown dimension "potential"/],
  ['customEdges __proto__ key', () => ({ ...defaultLensSettings(5), customEdges: JSON.parse('{"__proto__":[1,2,3,4]}') }), /settings\.customEdges has an unknown dimension "__proto__"/],
  ['customEdges of the wrong length', set((s) => (s.customEdges = { recency: [1, 2, 3] })), 'settings.customEdges.recency must be a list of 4 numbers (k − 1 for k = 5)'],
  ['customEdges with NaN', set((s) => (s.customEdges = { monetary: [1, NaN, 3, 4] })), 'settings.customEdges.monetary[1] must be a finite number'],
  ['customEdges as strings', set((s) => (s.customEdges = { monetary: ['1', '2', '3', '4'] })), 'settings.customEdges.monetary[0] must be a finite number'],
  ['customEdges descending', set((s) => (s.customEdges = { frequency: [4, 3, 2, 1] })), 'settings.customEdges.frequency must be in ascending order'],
  ['thresholds missing', set((s) => delete s.thresholds), 'settings.thresholds must be an object'],
  ['threshold method unknown', set((s) => (s.thresholds.recency = { method: 'max' })), 'settings.thresholds.recency.method must be mean, median, score or custom'],
  ['threshold missing', set((s) => delete s.thresholds.frequency), 'settings.thresholds.frequency must be an object'],
  ['NaN threshold', set((s) => (s.thresholds.monetary = { method: 'custom', value: NaN })), 'settings.thresholds.monetary.value must be a finite number'],
  ['Infinity threshold', set((s) => (s.thresholds.monetary = { method: 'custom', value: Infinity })), 'settings.thresholds.monetary.value must be a finite number'],
  ['threshold as a string', set((s) => (s.thresholds.monetary = { method: 'custom', value: '12' })), 'settings.thresholds.monetary.value must be a finite number'],
  ['score cut 6 at k = 5', set((s) => (s.thresholds.recency = { method: 'score', value: 6 })), 'settings.thresholds.recency.value must be a whole number from 1 to 5'],
  ['score cut 0', set((s) => (s.thresholds.recency = { method: 'score', value: 0 })), 'settings.thresholds.recency.value must be a whole number from 1 to 5'],
  ['score cut 2.5', set((s) => (s.thresholds.recency = { method: 'score', value: 2.5 })), 'settings.thresholds.recency.value must be a whole number from 1 to 5'],
  ['score cut 5 at k = 3', set((s) => ((s.bins = 3), (s.thresholds.frequency = { method: 'score', value: 5 }))), 'settings.thresholds.frequency.value must be a whole number from 1 to 3'],
  ['segmentRules "abc"', set((s) => (s.segmentRules = 'abc')), 'settings.segmentRules must be null or a list of rules'],
  ['segmentRules missing', set((s) => delete s.segmentRules), 'settings.segmentRules must be null or a list of rules'],
  ['segmentRules [null]', set((s) => (s.segmentRules = [null])), 'settings.segmentRules[0] must be an object'],
  ['a rule without a key', set((s) => (s.segmentRules = [rule({ key: undefined })])), 'settings.segmentRules[0].key must be text'],
  ['a rule with an empty key', set((s) => (s.segmentRules = [rule({ key: '' })])), 'settings.segmentRules[0].key must not be empty'],
  ['a rule key of 101 characters', set((s) => (s.segmentRules = [rule({ key: 'k'.repeat(101) })])), 'settings.segmentRules[0].key must be at most 100 characters'],
  ['a rule label that is a number', set((s) => (s.segmentRules = [rule({ label: 7 })])), 'settings.segmentRules[0].label must be text'],
  ['a rule without R', set((s) => (s.segmentRules = [rule({ R: undefined })])), 'settings.segmentRules[0].R must be a score range {min, max}'],
  ['a rule without F.max', set((s) => (s.segmentRules = [rule({ F: { min: 1 } })])), 'settings.segmentRules[0].F.max must be a whole number from 1 to 5'],
  ['a rule up to score 6', set((s) => (s.segmentRules = [rule({ M: { min: 1, max: 6 } })])), 'settings.segmentRules[0].M.max must be a whole number from 1 to 5'],
  ['a rule with min above max', set((s) => (s.segmentRules = [rule({ R: { min: 4, max: 2 } })])), 'settings.segmentRules[0].R.min must not be above settings.segmentRules[0].R.max'],
  ['a rule with NaN', set((s) => (s.segmentRules = [rule({ R: { min: NaN, max: 2 } })])), 'settings.segmentRules[0].R.min must be a whole number from 1 to 5'],
  ['two rules with one key', set((s) => (s.segmentRules = [rule(), rule()])), "settings.segmentRules[1].key repeats an earlier rule's key"],
  ['51 rules', set((s) => (s.segmentRules = Array.from({ length: 51 }, (_, i) => rule({ key: `r${i}` })))), 'settings.segmentRules must have at most 50 rules'],
  ['pyramid missing', set((s) => delete s.pyramid), 'settings.pyramid must be an object'],
  ['pyramid.tiers "bogus"', set((s) => (s.pyramid.tiers = 'bogus')), 'settings.pyramid.tiers must be three or four'],
  ['pyramid.mode unknown', set((s) => (s.pyramid.mode = 'share')), 'settings.pyramid.mode must be percentile or amount'],
  ['pyramid cuts as strings', set((s) => (s.pyramid.cuts = ['0.8', '0.5'])), 'settings.pyramid.cuts[0] must be a finite number'],
  ['pyramid cuts "abc"', set((s) => (s.pyramid.cuts = 'abc')), 'settings.pyramid.cuts must be a list of 2 numbers for 3 tiers'],
  ['three cuts for three tiers', set((s) => (s.pyramid.cuts = [0.9, 0.8, 0.5])), 'settings.pyramid.cuts must be a list of 2 numbers for 3 tiers'],
  ['two cuts for four tiers', set((s) => (s.pyramid.tiers = 'four')), 'settings.pyramid.cuts must be a list of 3 numbers for 4 tiers'],
  ['pyramid cuts ascending', set((s) => (s.pyramid.cuts = [0.5, 0.8])), 'settings.pyramid.cuts must be in descending order (top tier first)'],
  ['pyramid cuts equal', set((s) => (s.pyramid.cuts = [0.5, 0.5])), 'settings.pyramid.cuts must be in descending order (top tier first)'],
  ['a percentile above 1', set((s) => (s.pyramid.cuts = [80, 50])), 'settings.pyramid.cuts[0] must be a percentile from 0 to 1'],
  ['a negative amount', set((s) => ((s.pyramid.mode = 'amount'), (s.pyramid.cuts = [100, -1]))), 'settings.pyramid.cuts[1] must be an amount of at least 0'],
  ['a NaN cut', set((s) => (s.pyramid.cuts = [NaN, 0.5])), 'settings.pyramid.cuts[0] must be a finite number'],
  ['quadrant missing', set((s) => delete s.currentFuture), 'settings.currentFuture must be an object'],
  ['quadrant axis missing', set((s) => delete s.valuePotential.y), 'settings.valuePotential.y must be an object'],
  ['quadrant method score', set((s) => (s.valuePotential.x = { method: 'score', value: 3 })), 'settings.valuePotential.x.method must be median, mean or custom'],
  ['quadrant custom NaN', set((s) => (s.currentFuture.y = { method: 'custom', value: NaN })), 'settings.currentFuture.y.value must be a finite number'],
  ['lifecycle "abc"', set((s) => (s.lifecycle = 'abc')), 'settings.lifecycle must be an object'],
  ['lifecycle days negative', set((s) => (s.lifecycle.churnDays = -1)), 'settings.lifecycle.churnDays must be a whole number from 0 to 36500'],
  ['lifecycle days fractional', set((s) => (s.lifecycle.acquisitionDays = 1.5)), 'settings.lifecycle.acquisitionDays must be a whole number from 0 to 36500'],
  ['lifecycle days 1e15', set((s) => (s.lifecycle.maturityDays = 1e15)), 'settings.lifecycle.maturityDays must be a whole number from 0 to 36500'],
  ['lifecycle days missing', set((s) => delete s.lifecycle.maturityDays), 'settings.lifecycle.maturityDays must be a whole number from 0 to 36500'],
];

describe('lensSettingsProblem refuses hostile settings, naming the field', () => {
  it.each(HOSTILE)('%s', (_what, patch, message) => {
    const problem = lensSettingsProblem(patch(defaultLensSettings(5)));
    if (typeof message === 'string') expect(say(problem)).toBe(message);
    else expect(say(problem)).toMatch(message);
  });

  it('prefixes the path it is given (a scenario step, a snapshot)', () => {
    const bad = { ...defaultLensSettings(5), pyramid: { tiers: 'bogus', mode: 'percentile', cuts: [0.8, 0.5] } };
    const problem = lensSettingsProblem(bad, 'steps[2].settings');
    expect(problem).toEqual({ key: 'valid.oneOf', params: { field: 'steps[2].settings.pyramid.tiers', values: ['three', 'four'] } });
    expect(say(problem)).toBe('steps[2].settings.pyramid.tiers must be three or four');
    expect(say(problem, 'zh')).toBe('steps[2].settings.pyramid.tiers 必须是 three或four');
  });

  it('returns keys and params, the field path as data, never a sentence', () => {
    const s = defaultLensSettings(5) as unknown as Record<string, unknown>;
    expect(lensSettingsProblem({ ...s, bins: 2 })).toEqual({ key: 'valid.oneOf', params: { field: 'settings.bins', values: [3, 4, 5] } });
    expect(lensSettingsProblem({ ...s, customEdges: { recency: [1, 2, 3] } })).toEqual({
      key: 'valid.edgeCount',
      params: { field: 'settings.customEdges.recency', count: 4, k: 5 },
    });
    expect(lensSettingsProblem({ ...s, lifecycle: { acquisitionDays: 0, maturityDays: 1, churnDays: -1 } })).toEqual({
      key: 'valid.wholeIn',
      params: { field: 'settings.lifecycle.churnDays', min: 0, max: 36500 },
    });
    expect(say(lensSettingsProblem({ ...s, bins: 2 }), 'zh')).toBe('settings.bins 必须是 3、4或5');
  });
});

const VALID: [string, Patch][] = [
  ['defaults, k = 5', (s) => s],
  ['defaults, k = 3', () => defaultLensSettings(3)],
  ['defaults, k = 4', () => defaultLensSettings(4)],
  ['every default rule of k = 5', set((s) => (s.segmentRules = defaultSegmentRules(5)))],
  ['every default rule of k = 3', () => ({ ...defaultLensSettings(3), segmentRules: defaultSegmentRules(3) })],
  ['no rules at all', set((s) => (s.segmentRules = []))],
  ['50 rules', set((s) => (s.segmentRules = Array.from({ length: 50 }, (_, i) => rule({ key: `r${i}`, label: 'l'.repeat(100) }))))],
  ['a rule of one score', set((s) => (s.segmentRules = [rule({ R: { min: 5, max: 5 } })]))],
  ['edges with ties', set((s) => (s.customEdges = { recency: [1, 1, 1, 2], monetary: [-5, 0, 0.5, 1e9] }))],
  ['score cuts 1 and k', set((s) => ((s.thresholds.recency = { method: 'score', value: 1 }), (s.thresholds.monetary = { method: 'score', value: 5 })))],
  ['a score cut without a value (the middle score)', set((s) => (s.thresholds.frequency = { method: 'score' }))],
  ['a negative custom amount (returns)', set((s) => (s.thresholds.monetary = { method: 'custom', value: -12.5 }))],
  ['percentiles 1 and 0', set((s) => (s.pyramid.cuts = [1, 0]))],
  ['four tiers', set((s) => (s.pyramid = { tiers: 'four', mode: 'percentile', cuts: [0.95, 0.8, 0.5] }))],
  ['amounts down to 0', set((s) => (s.pyramid = { tiers: 'four', mode: 'amount', cuts: [1e7, 250.5, 0] }))],
  ['custom quadrant axes', set((s) => (s.currentFuture = { x: { method: 'custom', value: -3 }, y: { method: 'mean' } }))],
  ['lifecycle 0 and 36500 days', set((s) => (s.lifecycle = { acquisitionDays: 0, maturityDays: 36500, churnDays: 180 }))],
  ['an unknown extra field (a newer build)', set((s) => (s.somethingNew = { any: 'thing' }))],
];

describe('lensSettingsProblem accepts valid settings', () => {
  it.each(VALID)('%s', (_what, patch) => {
    expect(lensSettingsProblem(patch(defaultLensSettings(5)))).toBeNull();
  });
});

describe('analysisDayProblem', () => {
  it.each([null, 0, 19800, -1, MIN_ANALYSIS_DAY, MAX_ANALYSIS_DAY])('accepts %s', (d) => {
    expect(analysisDayProblem(d, 'analysisDay')).toBeNull();
  });
  it.each([1e15, -1e15, MIN_ANALYSIS_DAY - 1, MAX_ANALYSIS_DAY + 1, 19800.5, NaN, Infinity, '19800', undefined, {}])('refuses %s', (d) => {
    expect(analysisDayProblem(d, 'analysisDay')).toEqual({ key: 'valid.dayOrNull', params: { field: 'analysisDay', min: MIN_ANALYSIS_DAY, max: MAX_ANALYSIS_DAY } });
    expect(say(analysisDayProblem(d, 'analysisDay'))).toMatch(/^analysisDay must be null or a whole day number from -?\d+ to \d+$/);
  });
});

describe('whatever the settings operations produce passes the schema', () => {
  const dim = fc.constantFrom('recency' as const, 'frequency' as const, 'monetary' as const);
  const num = fc.double({ noNaN: false, min: -1e9, max: 1e9 });
  const op: fc.Arbitrary<(s: LensSettings) => LensSettings> = fc.oneof(
    fc.integer({ min: 1, max: 7 }).map((k) => (s: LensSettings) => withBins(s, k)),
    fc.tuple(dim, fc.integer({ min: 0, max: 4 }), num).map(([d, i, v]) => (s: LensSettings) => withEdge(s, d, [1, 2, 3, 4].slice(0, s.bins - 1), i, v)),
    dim.map((d) => (s: LensSettings) => withQuantileEdges(s, d)),
    fc.tuple(dim, num).map(([d, v]) => (s: LensSettings) => withCustomThreshold(s, d, v)),
    fc.tuple(dim, fc.double({ min: -10, max: 10 })).map(([d, v]) => (s: LensSettings) => withScoreCut(s, d, v)),
    fc
      .tuple(dim, fc.constantFrom('mean' as const, 'median' as const, 'score' as const, 'custom' as const), num)
      .map(([d, m, v]) => (s: LensSettings) => withThresholdMethod(s, d, m, v)),
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('R' as const, 'F' as const, 'M' as const), fc.constantFrom('min' as const, 'max' as const), fc.double({ min: -3, max: 9, noNaN: true }))
      // The rule editor passes finite numbers only (setRuleBound would write NaN).
      .map(([i, d, end, v]) => (s: LensSettings) => {
        const rules = s.segmentRules ?? defaultSegmentRules(s.bins);
        return withSegmentRules(s, setRuleBound(rules, i % rules.length, d, end, v, s.bins));
      }),
    fc.string({ maxLength: 40 }).map((name) => (s: LensSettings) => withSegmentRules(s, addRule(s.segmentRules ?? [], name, s.bins))),
    fc.constant((s: LensSettings) => withSegmentRules(s, null)),
    fc
      .tuple(fc.constantFrom('valuePotential' as const, 'currentFuture' as const), num)
      .map(([lens, v]) => (s: LensSettings) => withQuadrant(s, lens, { x: { method: 'custom', value: v }, y: { method: 'mean' } })),
    fc
      .tuple(fc.constantFrom('acquisitionDays' as const, 'maturityDays' as const, 'churnDays' as const), fc.double({ min: -10, max: 36000 }))
      .map(([key, v]) => (s: LensSettings) => withLifecycleDays(s, key, v)),
    fc.constant((s: LensSettings) => withPyramid(s, { tiers: 'four', mode: 'amount', cuts: [900, 50.25, 0] })),
  );

  it('for any sequence of operations', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4, 5), fc.array(op, { maxLength: 25 }), (k, ops) => {
        const s = ops.reduce((acc, f) => f(acc), defaultLensSettings(k));
        expect(lensSettingsProblem(s)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
