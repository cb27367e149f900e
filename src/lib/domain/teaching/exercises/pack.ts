/**
 * Exercise packs: a versioned JSON file of ExerciseSpecs that a trainer composes and a
 * trainee imports. Parsing never throws; every problem is one clear error with a key.
 */
import { readJsonInput, type JsonRead } from '../../json/readJson';
import { msg, type MessageParams, type MessageRef } from '../../messages';
import { EXERCISE_KINDS } from './kinds';
import { MAX_PACK_EXERCISES, MAX_PACK_TEXT, MAX_PACK_TITLE } from './packLimits';
import { specProblem } from './build';
import type { ExerciseSpec, ExerciseTexts } from './types';

export const PACK_APP = 'ccc';
export const PACK_KIND = 'exercise-pack';
export const PACK_VERSION = 1;
export const PACK_EXTENSION = '.ccc-exercises.json';

export interface ExercisePack {
  app: typeof PACK_APP;
  kind: typeof PACK_KIND;
  version: number;
  title: string;
  exercises: ExerciseSpec[];
}

export type PackErrorKey =
  | 'ex.pack.empty'
  | 'ex.pack.tooLarge'
  | 'ex.pack.unreadable'
  | 'ex.pack.invalidJson'
  | 'ex.pack.wrongApp'
  | 'ex.pack.wrongKind'
  | 'ex.pack.newerVersion'
  | 'ex.pack.badField'
  | 'ex.pack.unknownKind'
  | 'ex.pack.badParams'
  | 'ex.pack.duplicateId'
  | 'ex.pack.tooMany';

/**
 * A message key with its params (`file` always among them): the UI and tests translate it.
 * `reason` (invalidJson, badField, badParams) is a nested reference naming the field.
 */
export interface PackError {
  key: PackErrorKey;
  /** 1-based position of a JSON syntax error, else null. */
  line: number | null;
  column: number | null;
  params: MessageParams;
}

export type ParsedPack = { ok: true; pack: ExercisePack } | { ok: false; error: PackError };

function fail(key: PackErrorKey, file: string, params: MessageParams = {}, line: number | null = null, column: number | null = null): ParsedPack {
  return { ok: false, error: { key, line, column, params: { file, ...params } } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SAMPLES = ['classroom', 'retail', 'retail-zh', 'customer-table'];


function textsProblem(v: unknown, at: string): MessageRef | null {
  if (v === undefined) return null;
  if (!isObject(v)) return msg('valid.object', { field: at });
  for (const [loc, t] of Object.entries(v)) {
    if (loc !== 'en' && loc !== 'zh') return msg('ex.valid.unknownLanguage', { field: at, name: loc });
    if (!isObject(t)) return msg('valid.object', { field: `${at}.${loc}` });
    for (const [f, s] of Object.entries(t as ExerciseTexts)) {
      if (f !== 'title' && f !== 'prompt') return msg('valid.unknownField', { field: `${at}.${loc}`, name: f });
      if (typeof s !== 'string') return msg('valid.text', { field: `${at}.${loc}.${f}` });
      if (s.length > MAX_PACK_TEXT) return msg('valid.maxChars', { field: `${at}.${loc}.${f}`, max: MAX_PACK_TEXT });
    }
  }
  return null;
}

/** The pack as a file's text. */
export function exportPack(pack: Omit<ExercisePack, 'app' | 'kind' | 'version'> & Partial<ExercisePack>): string {
  const out: ExercisePack = { app: PACK_APP, kind: PACK_KIND, version: PACK_VERSION, title: pack.title, exercises: pack.exercises };
  return JSON.stringify(out, null, 2) + '\n';
}

/** Parse and check a pack file (its text, or `readJsonFile(file, 'pack')`). Never throws. */
export function parsePack(input: string | JsonRead, fileName: string): ParsedPack {
  const read = readJsonInput(input);
  if (!read.ok) {
    if (read.problem === 'empty') return fail('ex.pack.empty', fileName);
    if (read.problem === 'tooLarge') return fail('ex.pack.tooLarge', fileName, read.params);
    if (read.problem === 'unreadable') return fail('ex.pack.unreadable', fileName, read.params);
    return fail('ex.pack.invalidJson', fileName, read.params, read.line, read.column);
  }
  const json = read.json;
  if (!isObject(json)) return fail('ex.pack.wrongKind', fileName, { kind: Array.isArray(json) ? 'array' : typeof json });
  if (json.app !== PACK_APP) return fail('ex.pack.wrongApp', fileName, { app: String(json.app) });
  if (json.kind !== PACK_KIND) return fail('ex.pack.wrongKind', fileName, { kind: String(json.kind) });
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('ex.pack.badField', fileName, { field: 'version', reason: msg('valid.positiveWhole', { field: 'version' }) });
  if (version > PACK_VERSION) return fail('ex.pack.newerVersion', fileName, { version, current: PACK_VERSION });
  if (typeof json.title !== 'string' || !json.title.trim()) return fail('ex.pack.badField', fileName, { field: 'title', reason: msg('valid.notEmpty', { field: 'title' }) });
  if (json.title.length > MAX_PACK_TITLE) return fail('ex.pack.badField', fileName, { field: 'title', reason: msg('valid.maxChars', { field: 'title', max: MAX_PACK_TITLE }) });
  if (!Array.isArray(json.exercises) || json.exercises.length === 0)
    return fail('ex.pack.badField', fileName, { field: 'exercises', reason: msg('valid.nonEmptyList', { field: 'exercises' }) });
  if (json.exercises.length > MAX_PACK_EXERCISES)
    return fail('ex.pack.badField', fileName, { field: 'exercises', reason: msg('valid.maxEntries', { field: 'exercises', max: MAX_PACK_EXERCISES }) });
  const seen = new Set<string>();
  const exercises: ExerciseSpec[] = [];
  for (let i = 0; i < json.exercises.length; i++) {
    const e = json.exercises[i];
    const index = i + 1;
    const field = `exercises[${i}]`;
    if (!isObject(e)) return fail('ex.pack.badField', fileName, { field, reason: msg('valid.object', { field }) });
    if (typeof e.id !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(e.id))
      return fail('ex.pack.badField', fileName, { field: `${field}.id`, reason: msg('ex.valid.id', { field: `${field}.id` }) });
    if (seen.has(e.id)) return fail('ex.pack.duplicateId', fileName, { id: e.id });
    seen.add(e.id);
    if (typeof e.kind !== 'string' || !(EXERCISE_KINDS as string[]).includes(e.kind)) return fail('ex.pack.unknownKind', fileName, { index, kind: String(e.kind) });
    if (e.sample !== undefined && !SAMPLES.includes(e.sample as string))
      return fail('ex.pack.badField', fileName, { field: `${field}.sample`, reason: msg('valid.oneOf', { field: `${field}.sample`, values: SAMPLES }) });
    const tp = textsProblem(e.texts, `${field}.texts`);
    if (tp) return fail('ex.pack.badField', fileName, { field: `${field}.texts`, reason: tp });
    if (e.vary !== undefined && typeof e.vary !== 'boolean') return fail('ex.pack.badField', fileName, { field: `${field}.vary`, reason: msg('valid.bool', { field: `${field}.vary` }) });
    const spec: ExerciseSpec = {
      id: e.id,
      kind: e.kind as ExerciseSpec['kind'],
      ...(e.sample !== undefined ? { sample: e.sample as ExerciseSpec['sample'] } : {}),
      ...(e.params !== undefined ? { params: e.params as Record<string, unknown> } : {}),
      ...(e.texts !== undefined ? { texts: e.texts as ExerciseSpec['texts'] } : {}),
      ...(e.vary !== undefined ? { vary: e.vary as boolean } : {}),
    };
    const problem = specProblem(spec);
    if (problem) return fail('ex.pack.badParams', fileName, { index, id: e.id, reason: problem });
    exercises.push(spec);
  }
  return { ok: true, pack: { app: PACK_APP, kind: PACK_KIND, version, title: json.title.trim(), exercises } };
}
