/**
 * The capped link decoder reads what lz-string writes, agrees with lz-string's own decoder
 * on arbitrary payloads, and stops a link that would expand past the ceiling (a "zip bomb":
 * a few thousand characters that spell millions).
 */
import fc from 'fast-check';
import * as lzModule from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../models/analysis';
import { MAX_RULE_TEXT, MAX_SEGMENT_RULES } from '../../models/settingsSchema';
import { bombPayload } from './fixtures';
import { inflateLinkPayload } from './inflate';
import { compactScenario, decodeScenarioHash, MAX_LINK_TEXT_CHARS } from './link';
import { MAX_NOTE, MAX_STEPS, MAX_TITLE, type Scenario, type ScenarioStep } from './types';
import { validateScenario } from './validate';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`.
const lz = (lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

const triangle = (n: number) => (n * (n + 1)) / 2;

describe('inflateLinkPayload', () => {
  it('reads back every text lz-string writes (any UTF-16, repeats, long runs)', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, unit: 'binary' }),
      fc.string({ minLength: 1, unit: fc.constantFrom('a', 'b', '"', '\n') }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 500 })).map(([s, n]) => s.repeat(n)),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(inflateLinkPayload(lz.compressToEncodedURIComponent(s), Infinity)).toEqual({ ok: true, text: s });
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with lz-string on arbitrary payloads: the same text, or no text where lz-string has none', () => {
    const payload = fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom(...ALPHABET, ' ', '%', '=') });
    fc.assert(
      fc.property(payload, (p) => {
        const ours = inflateLinkPayload(p, Infinity);
        let theirs: string | null;
        try {
          theirs = lz.decompressFromEncodedURIComponent(p);
        } catch {
          theirs = null; // lz-string throws on some payloads whose first code names no entry
        }
        if (ours.ok) expect(ours.text).toBe(theirs);
        // lz-string gives null or "" for a broken payload. It does give a text when the first
        // code is 3 (the payload's first two bits are 1), an entry that does not exist yet: it
        // reads on past it, we call it corrupt.
        else if (theirs) expect(ALPHABET.indexOf(p[0] === ' ' ? '+' : p[0])).toBeGreaterThanOrEqual(48);
      }),
      { numRuns: 2000 },
    );
  });

  it('a space stands for the + it replaced in transit', () => {
    const payload = lz.compressToEncodedURIComponent('{"v":1,"s":[{"w":"rfm","n":"~~~~~~~~~~~~~~~~~"}]}');
    expect(payload).toContain('+');
    expect(inflateLinkPayload(payload.replace(/\+/g, ' '), Infinity)).toEqual({ ok: true, text: '{"v":1,"s":[{"w":"rfm","n":"~~~~~~~~~~~~~~~~~"}]}' });
  });

  it('empty, truncated and ill-coded payloads are corrupt', () => {
    const good = lz.compressToEncodedURIComponent('{"v":1,"t":"a scenario title","s":[]}');
    expect(inflateLinkPayload('', 100)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateLinkPayload(good.slice(0, good.length >> 1), 100)).toEqual({ ok: false, reason: 'corrupt' });
    // First code 2 (end) before any text: bits 0,1 of the first character's top two bits read "01" = 2.
    expect(inflateLinkPayload('Q', 100)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('the hand-built bomb is what lz-string reads too (at a size it can afford)', () => {
    expect(lz.decompressFromEncodedURIComponent(bombPayload('a', 99))).toBe('a'.repeat(triangle(100)));
    expect(inflateLinkPayload(bombPayload('a', 99), Infinity)).toEqual({ ok: true, text: 'a'.repeat(triangle(100)) });
  });

  it('stops a bomb at the ceiling: 4,000 link characters that spell 12.5 million', () => {
    const bomb = bombPayload('a', 4999);
    expect(bomb.length).toBeLessThan(10_000);
    expect(inflateLinkPayload(bomb, 1_000_000)).toEqual({ ok: false, reason: 'tooBig' });
    // The ceiling counts exactly: the whole text fits at its own length, not one below it.
    const small = bombPayload('x', 99);
    expect(inflateLinkPayload(small, triangle(100))).toEqual({ ok: true, text: 'x'.repeat(triangle(100)) });
    expect(inflateLinkPayload(small, triangle(100) - 1)).toEqual({ ok: false, reason: 'tooBig' });
  });
});

describe('decodeScenarioHash and the ceiling', () => {
  it('refuses a bomb link with the size message, naming the ceiling (160,000 characters that spell 1.8 billion)', () => {
    const bomb = '#s=' + bombPayload('{', 60_000);
    expect(triangle(60_001)).toBeGreaterThan(1.8e9);
    expect(bomb.length).toBeLessThan(170_000);
    expect(decodeScenarioHash(bomb)).toEqual({
      ok: false,
      error: { key: 'trainer.link.invalid', params: { reason: { key: 'link.tooBig', params: { max: MAX_LINK_TEXT_CHARS } } } },
    });
  });

  it('the largest valid scenario (every text at its limit, escapes doubling each character) is below the ceiling', () => {
    // `"` and line breaks are written with a backslash: two characters of JSON per character.
    const text = (n: number, salt: number) => Array.from({ length: n }, (_, j) => ((j + salt) % 2 ? '"' : '\n')).join('');
    const rules = Array.from({ length: MAX_SEGMENT_RULES }, (_, i) => ({
      key: `${i}`.padEnd(MAX_RULE_TEXT, '"'),
      label: text(MAX_RULE_TEXT, i),
      R: { min: 1, max: 5 },
      F: { min: 1, max: 5 },
      M: { min: 1, max: 5 },
    }));
    const step = (i: number): ScenarioStep => ({
      view: 'rfm',
      settings: { ...defaultLensSettings(5), segmentRules: rules } as ScenarioStep['settings'],
      analysisDay: 19_000 + i,
      monetaryMode: 'average',
      rfmMode: 'segments',
      hidden: [],
      note: text(MAX_NOTE, i),
    });
    const largest: Scenario = { title: text(MAX_TITLE, 0), dataset: { kind: 'sample', id: 'retail' }, steps: Array.from({ length: MAX_STEPS }, (_, i) => step(i)) };
    expect(validateScenario(largest)).toBeNull();
    const json = JSON.stringify(compactScenario(largest));
    expect(json.length).toBeGreaterThan(0.6 * MAX_LINK_TEXT_CHARS);
    expect(json.length).toBeLessThanOrEqual(MAX_LINK_TEXT_CHARS);
  });
});
