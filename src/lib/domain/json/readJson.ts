/**
 * The first steps every JSON file reader shares (workspace, exercise pack, scenario): drop a
 * byte-order mark, refuse an empty file, parse, and locate a syntax error by line and column
 * (browsers word JSON.parse errors differently and Safari gives no position). Each reader
 * then checks its own envelope and maps these outcomes to its own message keys. A picked
 * file comes through `readJsonFile` (readJsonFile.ts), which first refuses one too large.
 */
import type { TooLargeParams } from '../fileSize';
import { msg, type MessageRef } from '../messages';
import { findJsonSyntaxError } from './jsonError';

export type JsonRead =
  | { ok: true; json: unknown }
  | { ok: false; problem: 'empty' }
  /** The file is over its kind's ceiling (fileLimits.ts); it was not read. */
  | { ok: false; problem: 'tooLarge'; params: TooLargeParams }
  /** Reading the file failed (it was moved or changed after it was picked): the browser's reason. */
  | { ok: false; problem: 'unreadable'; params: { reason: string } }
  | {
      ok: false;
      problem: 'invalidJson';
      /** 1-based, null when the locator found nothing the parser refused. */
      line: number | null;
      column: number | null;
      /** Params for a reader's invalid-JSON message: line and column ('?' when unknown) and the reason (a `json.*` reference). */
      params: { line: number | string; column: number | string; reason: MessageRef };
    };

/** Parse a file's text as JSON. Never throws. */
export function readJsonText(text: string): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (e) {
    const at = findJsonSyntaxError(body);
    return {
      ok: false,
      problem: 'invalidJson',
      line: at?.line ?? null,
      column: at?.column ?? null,
      params: { line: at?.line ?? '?', column: at?.column ?? '?', reason: at?.reason ?? msg('json.parserSaid', { message: e instanceof Error ? e.message : String(e) }) },
    };
  }
}

/** A reader's input: a file's text, or what `readJsonFile` made of a picked file. */
export function readJsonInput(input: string | JsonRead): JsonRead {
  return typeof input === 'string' ? readJsonText(input) : input;
}
