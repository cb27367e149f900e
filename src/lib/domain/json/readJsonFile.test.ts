/**
 * The one reader of picked JSON files: each kind's size ceiling (worked out by hand below from
 * the schema caps), checked before a byte is read, with the exact message each reader gives;
 * a file at the ceiling is read, one byte more is not. Big files are Files made of one 1 MiB
 * Blob repeated (no copy: a 257 MiB File costs 1 MiB). A file that cannot be read is refused
 * with the browser's reason. Broken JSON and bad field values are
 * named with file, line and column or the field, the same way through all three readers.
 */
import { describe, expect, it, vi } from 'vitest';
import { translate, type MessageParams } from '../../i18n/catalog';
import { parseWorkspaceFile } from '../../persist/file';
import { defaultLensSettings } from '../models/analysis';
import { MAX_RULE_TEXT, MAX_SEGMENT_RULES } from '../models/settingsSchema';
import { exportPack, parsePack } from '../teaching/exercises/pack';
import { MAX_PACK_EXERCISES, MAX_PACK_TEXT, MAX_PACK_TITLE } from '../teaching/exercises/packLimits';
import { exportScenarioFile, parseScenarioFile } from '../teaching/scenario/file';
import { HIDEABLE, MAX_NOTE, MAX_STEPS, MAX_TITLE, type Scenario, type ScenarioStep } from '../teaching/scenario/types';
import { megabytes } from '../fileSize';
import { JSON_FILE_LIMITS, PACK_FILE_BOUND, SCENARIO_FILE_BOUND, type JsonFileKind } from './fileLimits';
import { readJsonFile } from './readJsonFile';

const MIB = 1024 * 1024;
const ONE_MIB = new Blob([new Uint8Array(MIB)]);

/** A File of exactly `size` bytes: whole MiB as references to one Blob, then single bytes. */
function fileOfSize(size: number, name: string): File {
  const parts: BlobPart[] = Array.from({ length: Math.floor(size / MIB) }, () => ONE_MIB);
  parts.push(new Uint8Array(size % MIB));
  return new File(parts, name);
}

/** The three readers, each fed what readJsonFile made of the file. */
async function errorOf(kind: JsonFileKind, file: File): Promise<{ key: string; params: MessageParams }> {
  const read = await readJsonFile(file, kind);
  const out = kind === 'workspace' ? parseWorkspaceFile(read, file.name) : kind === 'scenario' ? parseScenarioFile(read, file.name) : parsePack(read, file.name);
  if (out.ok) throw new Error('expected a refusal');
  return { key: out.error.key, params: out.error.params };
}

describe('size ceilings, worked out from the schema caps', () => {
  it('scenario: 6 bytes × (200 + 100 × (2,000 + 50 × 2 × 100)) characters + 100 × 16,000 = 8,801,200 bytes, rounded up to 9 MiB', () => {
    expect(SCENARIO_FILE_BOUND).toBe(8_801_200);
    expect(JSON_FILE_LIMITS.scenario).toBe(9 * MIB);
  });

  it('pack: 6 bytes × (200 + 200 × 4 × 2,000) characters + 200 × 2,000 = 10,001,200 bytes, rounded up to 10 MiB', () => {
    expect(PACK_FILE_BOUND).toBe(10_001_200);
    expect(JSON_FILE_LIMITS.pack).toBe(10 * MIB);
  });

  it('workspace: the data-file ceiling, 256 MiB', () => {
    expect(JSON_FILE_LIMITS.workspace).toBe(256 * MIB);
  });

  it('sizes are told in MB rounded up to one decimal: one byte over never reads as the limit', () => {
    expect([megabytes(9 * MIB), megabytes(9 * MIB + 1), megabytes(48 * 1000 * 1000), megabytes(1024 * MIB)]).toEqual([9, 9.1, 45.8, 1024]);
  });
});

describe('the largest file the app itself writes fits its ceiling and is accepted', () => {
  // A control character is written \u0001: six bytes of JSON for one character of text.
  const worst = (n: number, tag = '') => tag + '\u0001'.repeat(n - tag.length);

  it('a scenario with every count and text at its cap', async () => {
    const rules = Array.from({ length: MAX_SEGMENT_RULES }, (_, i) => ({
      key: worst(MAX_RULE_TEXT, String(i)),
      label: worst(MAX_RULE_TEXT),
      R: { min: 1, max: 5 },
      F: { min: 1, max: 5 },
      M: { min: 1, max: 5 },
    }));
    const edges = [-1.2345678901234567e300, -1.2345678901234566e300, 1.2345678901234566e300, 1.2345678901234567e300];
    const step: ScenarioStep = {
      view: 'rfm',
      settings: { ...defaultLensSettings(5), customEdges: { recency: edges, frequency: edges, monetary: edges }, segmentRules: rules } as ScenarioStep['settings'],
      analysisDay: 19_000,
      monetaryMode: 'average',
      rfmMode: 'segments',
      hidden: [...HIDEABLE],
      note: worst(MAX_NOTE),
    };
    const largest: Scenario = { title: worst(MAX_TITLE), dataset: { kind: 'sample', id: 'retail' }, steps: Array.from({ length: MAX_STEPS }, () => step) };
    const text = exportScenarioFile(largest);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(0.8 * SCENARIO_FILE_BOUND);
    expect(bytes).toBeLessThanOrEqual(SCENARIO_FILE_BOUND);
    const read = await readJsonFile(new File([text], 'largest.scenario.json'), 'scenario');
    expect(parseScenarioFile(read, 'largest.scenario.json').ok).toBe(true);
  });

  it('a pack with every count and text at its cap', async () => {
    const texts = { title: worst(MAX_PACK_TEXT), prompt: worst(MAX_PACK_TEXT) };
    const exercises = Array.from({ length: MAX_PACK_EXERCISES }, (_, i) => ({
      id: `exercise-${i}`.padEnd(64, 'x'),
      kind: 'pareto' as const,
      sample: 'customer-table' as const,
      params: { revenueShare: 0.123456789012345, tolerance: 1.23456789012345 },
      texts: { en: texts, zh: texts },
      vary: false,
    }));
    const text = exportPack({ title: worst(MAX_PACK_TITLE, 'T'), exercises });
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(0.9 * PACK_FILE_BOUND);
    expect(bytes).toBeLessThanOrEqual(PACK_FILE_BOUND);
    const read = await readJsonFile(new File([text], 'largest.ccc-exercises.json'), 'pack');
    expect(parsePack(read, 'largest.ccc-exercises.json').ok).toBe(true);
  });
});

describe('a file over its ceiling is refused before it is read', () => {
  const cases: [JsonFileKind, string, string, number, string, string][] = [
    [
      'workspace',
      'class.ccc.json',
      'file.tooLarge',
      256,
      'The file class.ccc.json is 256.1 MB; a workspace file is at most 256 MB. Nothing was imported.',
      '文件 class.ccc.json 有 256.1 MB，工作区文件最大 256 MB。没有导入任何内容。',
    ],
    [
      'scenario',
      'scenario.json',
      'trainer.file.tooLarge',
      9,
      'scenario.json is 9.1 MB; a scenario file is at most 9 MB. The scenario was not changed.',
      'scenario.json 有 9.1 MB，场景文件最大 9 MB。场景没有改动。',
    ],
    [
      'pack',
      'week1.ccc-exercises.json',
      'ex.pack.tooLarge',
      10,
      'week1.ccc-exercises.json is 10.1 MB; an exercise pack is at most 10 MB. Nothing was imported.',
      'week1.ccc-exercises.json 有 10.1 MB，练习包最大 10 MB。没有导入任何内容。',
    ],
  ];

  for (const [kind, name, key, limitMb, en, zh] of cases) {
    it(`${kind}: one byte over ${limitMb} MiB is refused unread, with the file, its size and the ceiling`, async () => {
      const file = fileOfSize(limitMb * MIB + 1, name);
      expect(file.size).toBe(JSON_FILE_LIMITS[kind] + 1);
      const text = vi.spyOn(file, 'text');
      const error = await errorOf(kind, file);
      expect(text).not.toHaveBeenCalled();
      expect(error).toEqual({ key, params: { file: name, sizeMb: limitMb + 0.1, limitMb } });
      expect(translate('en', error.key, error.params)).toBe(en);
      expect(translate('zh', error.key, error.params)).toBe(zh);
    });

    it(`${kind}: a file of exactly ${limitMb} MiB is read (and then judged as JSON)`, async () => {
      // The workspace case reads a stand-in of that size rather than 256 MiB of zeros.
      const file =
        kind === 'workspace' ? ({ name, size: JSON_FILE_LIMITS.workspace, text: vi.fn(async () => '{"app": 1,') } as unknown as File) : fileOfSize(JSON_FILE_LIMITS[kind], name);
      const text = vi.spyOn(file, 'text');
      const error = await errorOf(kind, file);
      expect(text).toHaveBeenCalledTimes(1);
      expect(error.key).toMatch(/invalidJson$/);
    });
  }
});

describe('a file that cannot be read (moved or changed after the pick) is refused, never thrown', () => {
  const gone = (name: string) => ({ name, size: 10, text: () => Promise.reject(new DOMException('The file was changed', 'NotReadableError')) }) as unknown as File;
  const expected: [JsonFileKind, string, string][] = [
    ['workspace', 'The file w.json could not be read (The file was changed). Nothing was imported.', '无法读取文件 w.json（The file was changed）。没有导入任何内容。'],
    ['scenario', 'w.json could not be read (The file was changed). The scenario was not changed.', '无法读取 w.json（The file was changed）。场景没有改动。'],
    ['pack', 'w.json could not be read (The file was changed). Nothing was imported.', '无法读取 w.json（The file was changed）。没有导入任何内容。'],
  ];
  for (const [kind, en, zh] of expected) {
    it(kind, async () => {
      const error = await errorOf(kind, gone('w.json'));
      expect([translate('en', error.key, error.params), translate('zh', error.key, error.params)]).toEqual([en, zh]);
    });
  }
});

describe('broken JSON and bad values are named the same way through every reader', () => {
  const broken = '{\n  "app": "ccc",\n  "kind" "x"\n}\n';
  const expected: [JsonFileKind, string, string][] = [
    ['workspace', 'w.ccc.json', 'The file w.ccc.json is not valid JSON (line 3, column 10): expected ":" after the property name, found the character "\\""'],
    ['scenario', 's.scenario.json', 's.scenario.json is not valid JSON: line 3, column 10: expected ":" after the property name, found the character "\\"".'],
    ['pack', 'p.ccc-exercises.json', 'p.ccc-exercises.json is not valid JSON (line 3, column 10): expected ":" after the property name, found the character "\\""'],
  ];
  for (const [kind, name, message] of expected) {
    it(`${kind}: file, line and column`, async () => {
      const error = await errorOf(kind, new File([broken], name));
      expect(translate('en', error.key, error.params)).toBe(message);
    });
  }

  it('a bad field value names the field, in each kind', async () => {
    const workspace = JSON.stringify({ app: 'ccc', kind: 'workspace-file', version: 1, data: { workspace: { name: 'A', settings: {} }, dataset: { dataset: { shape: 'customers', customerIds: 'x' }, report: null } } });
    const scenario = JSON.stringify({ app: 'ccc', kind: 'scenario', version: 1, scenario: { title: 'S', dataset: { kind: 'sample', id: 'classroom' }, steps: Array(MAX_STEPS + 1).fill({}) } });
    const pack = JSON.stringify({ app: 'ccc', kind: 'exercise-pack', version: 1, title: 'T'.repeat(MAX_PACK_TITLE + 1), exercises: [{ id: 'a', kind: 'pareto' }] });
    const said = async (kind: JsonFileKind, text: string) => {
      const e = await errorOf(kind, new File([text], 'f.json'));
      return translate('en', e.key, e.params);
    };
    expect(await said('workspace', workspace)).toBe('The file f.json has an unusable field "data.dataset": customerIds must be a list');
    expect(await said('scenario', scenario)).toBe('f.json is not a valid scenario: steps must have at most 100 entries.');
    expect(await said('pack', pack)).toBe('f.json: title must be at most 200 characters.');
  });
});
