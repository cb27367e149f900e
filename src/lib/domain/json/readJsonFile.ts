/**
 * The one way a picked JSON file (workspace, scenario, exercise pack) is read: its size is
 * checked against its kind's ceiling before a byte is read, then it is read and parsed as
 * JSON (`readJsonText`: empty file, syntax error with line and column). The readers
 * (parseWorkspaceFile, parseScenarioFile, parsePack) take the result and word every outcome
 * in their own messages, so a too-large or unreadable file is refused like any other bad
 * file: with the file's name, nothing changed. Loaded with the import dialogs, not on the first page.
 */
import { tooLarge } from '../fileSize';
import { JSON_FILE_LIMITS, type JsonFileKind } from './fileLimits';
import { readJsonText, type JsonRead } from './readJson';

/** What is used of a File (a test can hand a stand-in of any size). */
export interface PickedFile {
  readonly size: number;
  text(): Promise<string>;
}

export async function readJsonFile(file: PickedFile, kind: JsonFileKind): Promise<JsonRead> {
  const over = tooLarge(file.size, JSON_FILE_LIMITS[kind]);
  if (over) return { ok: false, problem: 'tooLarge', params: over };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, problem: 'unreadable', params: { reason: e instanceof Error ? e.message : String(e) } };
  }
  return readJsonText(text);
}
