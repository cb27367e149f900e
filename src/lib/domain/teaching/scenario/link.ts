/**
 * A scenario in a URL hash: `#s=` + lz-string (URI-safe) of a compact JSON with defaults
 * stripped. Only a bundled sample can travel: a scenario on the trainer's own data keeps
 * its steps but not the data (the receiver loads their own).
 *
 * Compact form (version 1): { v: 1, t?: title, d?: sampleId, s: [step…] }, each step
 * { w?: view, c?: settings diff from defaultLensSettings(5), a?: day, m?: 'average',
 *   r?: 'segments', h?: hidden controls, n?: note } — every field at its default is left out.
 */
import * as lzModule from 'lz-string';
import { defaultLensSettings, type LensSettings } from '../../models/analysis';
import { msg, type MessageParams, type MessageRef } from '../../messages';
import { MAX_RULE_TEXT, MAX_SEGMENT_RULES } from '../../models/settingsSchema';
import { applyDiff, diffFrom, isPlainObject, normalize } from './compact';
import { inflateLinkPayload } from './inflate';
import { validateScenario } from './validate';
import { MAX_NOTE, MAX_STEPS, MAX_TITLE, type Scenario, type ScenarioStep } from './types';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`, a bundler as the namespace.
const lz = (lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule;

export const LINK_VERSION = 1;
export const LINK_PREFIX = 's=';

/** Room in one step's JSON for everything but its texts: names, numbers, the rules' ranges. */
const STEP_STRUCTURE_CHARS = 8_000;

/**
 * The most text a link may expand to before it is read as JSON. The largest valid scenario
 * stays below it: MAX_STEPS steps, each with a note of MAX_NOTE characters and MAX_SEGMENT_RULES
 * rules whose key and label are MAX_RULE_TEXT long, texts counted twice for JSON's escapes (a
 * line break is written `\n`). About 3.2 million characters: decoding that much takes a
 * fraction of a second, while a crafted link of the allowed length could spell billions.
 */
export const MAX_LINK_TEXT_CHARS =
  2 * MAX_TITLE + MAX_STEPS * (2 * (MAX_NOTE + MAX_SEGMENT_RULES * 2 * MAX_RULE_TEXT) + STEP_STRUCTURE_CHARS);

/** `trainer.link.invalid` carries the problem as a nested reference in `params.reason`. */
export interface LinkError {
  key: 'trainer.link.corrupt' | 'trainer.link.newerVersion' | 'trainer.link.invalid';
  params: MessageParams;
}
export type DecodedLink = { ok: true; scenario: Scenario } | { ok: false; error: LinkError };

const DEFAULT_STEP = { view: 'data', analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight', note: '' } as const;

function baseSettings(): LensSettings {
  return defaultLensSettings(5);
}

export function compactStep(step: ScenarioStep): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (step.view !== DEFAULT_STEP.view) out.w = step.view;
  const c = diffFrom(step.settings, baseSettings());
  if (c !== undefined) out.c = c;
  if (step.analysisDay !== null) out.a = step.analysisDay;
  if (step.monetaryMode !== DEFAULT_STEP.monetaryMode) out.m = step.monetaryMode;
  if (step.rfmMode !== DEFAULT_STEP.rfmMode) out.r = step.rfmMode;
  if (step.hidden.length) out.h = [...step.hidden];
  if (step.note !== '') out.n = step.note;
  return out;
}

export function expandStep(c: Record<string, unknown>): ScenarioStep {
  return {
    view: (c.w ?? DEFAULT_STEP.view) as ScenarioStep['view'],
    settings: applyDiff(c.c, baseSettings()) as LensSettings,
    analysisDay: (c.a ?? null) as number | null,
    monetaryMode: (c.m ?? DEFAULT_STEP.monetaryMode) as ScenarioStep['monetaryMode'],
    rfmMode: (c.r ?? DEFAULT_STEP.rfmMode) as ScenarioStep['rfmMode'],
    hidden: (c.h ?? []) as ScenarioStep['hidden'],
    note: (c.n ?? '') as string,
  };
}

/** The minimal JSON object for a scenario (what the link carries, before compression). */
export function compactScenario(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = { v: LINK_VERSION };
  if (s.title !== '') out.t = s.title;
  if (s.dataset.kind === 'sample') out.d = s.dataset.id;
  out.s = s.steps.map(compactStep);
  return normalize(out);
}

/** The hash fragment's payload (without `#`): `s=…`. */
export function encodeScenarioHash(s: Scenario): string {
  return LINK_PREFIX + lz.compressToEncodedURIComponent(JSON.stringify(compactScenario(s)));
}

/** True when a location hash (with or without `#`) carries a scenario. */
export function hasScenarioHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(LINK_PREFIX);
}

/** Decode a hash (with or without `#`) back to a checked scenario. Never throws. */
export function decodeScenarioHash(hash: string): DecodedLink {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(LINK_PREFIX)) return { ok: false, error: { key: 'trainer.link.corrupt', params: {} } };
  const inflated = inflateLinkPayload(body.slice(LINK_PREFIX.length), MAX_LINK_TEXT_CHARS);
  if (!inflated.ok) {
    return inflated.reason === 'tooBig'
      ? invalid(msg('link.tooBig', { max: MAX_LINK_TEXT_CHARS }))
      : { ok: false, error: { key: 'trainer.link.corrupt', params: {} } };
  }
  let json: unknown;
  try {
    json = JSON.parse(inflated.text);
  } catch {
    return { ok: false, error: { key: 'trainer.link.corrupt', params: {} } };
  }
  if (!isPlainObject(json) || typeof json.v !== 'number') return { ok: false, error: { key: 'trainer.link.corrupt', params: {} } };
  if (json.v > LINK_VERSION) return { ok: false, error: { key: 'trainer.link.newerVersion', params: { version: json.v, current: LINK_VERSION } } };
  if (json.v !== LINK_VERSION) return invalid(msg('trainer.valid.linkVersion', { version: json.v }));
  if (json.t !== undefined && typeof json.t !== 'string') return invalid(msg('valid.text', { field: 'title' }));
  if (json.d !== undefined && typeof json.d !== 'string') return invalid(msg('trainer.valid.sampleId', { field: 'dataset' }));
  if (!Array.isArray(json.s) || !json.s.every(isPlainObject)) return invalid(msg('valid.list', { field: 'steps' }));
  let scenario: Scenario;
  try {
    scenario = {
      title: (json.t as string | undefined) ?? '',
      dataset: json.d !== undefined ? { kind: 'sample', id: json.d as string } : { kind: 'current', name: null },
      steps: (json.s as Record<string, unknown>[]).map(expandStep),
    };
  } catch {
    // A step whose settings diff does not fit the settings at all (say, a list where an object goes).
    return invalid(msg('trainer.valid.steps'));
  }
  const problem = validateScenario(scenario);
  return problem ? invalid(problem) : { ok: true, scenario };
}

function invalid(reason: MessageRef): DecodedLink {
  return { ok: false, error: { key: 'trainer.link.invalid', params: { reason } } };
}
