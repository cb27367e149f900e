/**
 * Turning the ingest's stable keys (errors, warnings, delimiters) into message references
 * the view translates. Pure: no locale state here, so it is easy to test.
 */
import type { MessageRef } from '../../i18n';
import { knows as hasMessage } from './text';
import type { LoaderError } from '../../state/loader.svelte';

type Params = Record<string, string | number>;

/**
 * The main sentence of a load error. ingest.ts has the general texts; data.ts adds the
 * keys it lacks, and wins when the ingest text would print a line or column that is unknown.
 */
export function errorMessage(error: LoaderError, extra: Params = {}): MessageRef {
  const params: Params = { ...(error.params ?? {}), ...extra, file: error.fileName };
  if (error.line !== null) params.line = error.line;
  if (error.column !== null) params.column = error.column;
  const own = `data.error.${error.key}`;
  const ingest = `ingest.error.${error.key}`;
  if (hasMessage(ingest)) {
    const needsPlace = error.line === null || error.column === null;
    if (!(needsPlace && hasMessage(own))) return { key: ingest, params };
  }
  if (hasMessage(own)) return { key: own, params };
  return { key: 'data.error.unknown', params };
}

/** "File: x.csv, line 12, column 3 (order_date)". */
export function errorPlace(error: LoaderError, headers: readonly string[] = []): MessageRef {
  const file = error.fileName;
  if (error.line === null) return { key: 'data.error.where.file', params: { file } };
  if (error.column === null) return { key: 'data.error.where.line', params: { file, line: error.line } };
  const header = headers[error.column - 1];
  return header
    ? { key: 'data.error.where.lineColumnHeader', params: { file, line: error.line, column: error.column, header } }
    : { key: 'data.error.where.lineColumn', params: { file, line: error.line, column: error.column } };
}

/** A remark of the cleaning report. */
export function warningMessage(warning: { key: string; params?: Params }): MessageRef {
  return { key: `data.warning.${warning.key}`, params: warning.params };
}

/** The delimiter as a named character. */
export function delimiterMessage(delimiter: string): MessageRef {
  switch (delimiter) {
    case ',':
      return { key: 'ingest.delimiter.comma' };
    case ';':
      return { key: 'ingest.delimiter.semicolon' };
    case '\t':
      return { key: 'ingest.delimiter.tab' };
    case '|':
      return { key: 'ingest.delimiter.pipe' };
    default:
      return { key: 'ingest.delimiter.other', params: { char: delimiter } };
  }
}
