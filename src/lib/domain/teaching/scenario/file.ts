/**
 * Scenario files: `{ app: 'ccc', kind: 'scenario', version: 1, savedAt, scenario }`, the full
 * scenario (readable, nothing stripped). Import names the file and, for broken JSON, the line
 * and column; a wrong kind or a newer version is refused with its own message.
 */
import { readJsonInput, type JsonRead } from '../../json/readJson';
import { msg, type MessageParams } from '../../messages';
import { isPlainObject, normalize } from './compact';
import { validateScenario } from './validate';
import type { Scenario } from './types';

export const SCENARIO_APP = 'ccc';
export const SCENARIO_KIND = 'scenario';
export const SCENARIO_FILE_VERSION = 1;
export const SCENARIO_FILE_EXTENSION = '.scenario.json';

export type ScenarioFileErrorKey =
  | 'trainer.file.empty'
  | 'trainer.file.tooLarge'
  | 'trainer.file.unreadable'
  | 'trainer.file.invalidJson'
  | 'trainer.file.notScenario'
  | 'trainer.file.wrongKind'
  | 'trainer.file.newerVersion'
  | 'trainer.file.badField';

export interface ScenarioFileError {
  key: ScenarioFileErrorKey;
  fileName: string;
  /** 1-based position of a JSON syntax error, else null. */
  line: number | null;
  column: number | null;
  /** `reason` of invalidJson and badField is a nested message reference. */
  params: MessageParams;
}

export type ParsedScenarioFile = { ok: true; scenario: Scenario; savedAt: string } | { ok: false; error: ScenarioFileError };

export function exportScenarioFile(s: Scenario, savedAt: Date = new Date()): string {
  const file = { app: SCENARIO_APP, kind: SCENARIO_KIND, version: SCENARIO_FILE_VERSION, savedAt: savedAt.toISOString(), scenario: normalize(s) };
  return JSON.stringify(file, null, 1) + '\n';
}

function fail(fileName: string, key: ScenarioFileErrorKey, params: MessageParams = {}, line: number | null = null, column: number | null = null): ParsedScenarioFile {
  return { ok: false, error: { key, fileName, line, column, params: { file: fileName, ...params } } };
}

/** Parse and check a scenario file (its text, or `readJsonFile(file, 'scenario')`). Never throws. */
export function parseScenarioFile(input: string | JsonRead, fileName: string): ParsedScenarioFile {
  const read = readJsonInput(input);
  if (!read.ok) {
    if (read.problem === 'empty') return fail(fileName, 'trainer.file.empty');
    if (read.problem === 'tooLarge') return fail(fileName, 'trainer.file.tooLarge', read.params);
    if (read.problem === 'unreadable') return fail(fileName, 'trainer.file.unreadable', read.params);
    return fail(fileName, 'trainer.file.invalidJson', read.params, read.line, read.column);
  }
  const json = read.json;
  if (!isPlainObject(json) || json.app !== SCENARIO_APP) return fail(fileName, 'trainer.file.notScenario');
  if (json.kind !== SCENARIO_KIND) return fail(fileName, 'trainer.file.wrongKind', { kind: String(json.kind ?? '—') });
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(fileName, 'trainer.file.badField', { reason: msg('valid.positiveWhole', { field: 'version' }) });
  if (version > SCENARIO_FILE_VERSION) return fail(fileName, 'trainer.file.newerVersion', { version, current: SCENARIO_FILE_VERSION });
  const problem = validateScenario(json.scenario);
  if (problem) return fail(fileName, 'trainer.file.badField', { reason: problem });
  return { ok: true, scenario: json.scenario as Scenario, savedAt: typeof json.savedAt === 'string' ? json.savedAt : '' };
}

/** "Basics of RFM.scenario.json", safe on every desktop system. */
export function scenarioFileName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe || 'scenario'}${SCENARIO_FILE_EXTENSION}`;
}
