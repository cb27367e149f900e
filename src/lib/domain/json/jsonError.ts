/**
 * Locate the first JSON syntax error (offset, line, column and the reason as a message
 * reference, `json.*` in the 'common' area). Browsers word JSON.parse errors differently and
 * Safari gives no position, so we scan ourselves.
 */
import { msg, type MessageRef } from '../messages';

export interface JsonSyntaxError {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  reason: MessageRef;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: MessageRef,
  ) {}
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error of `text` as JSON, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  /** What stands at `i`: the end of the file or a character (quoted as JSON, so "\n" shows). */
  const found = (): MessageRef => (i >= n ? msg('json.found.end') : msg('json.found.char', { char: JSON.stringify(text[i]) }));
  const stop = (reason: MessageRef): never => {
    throw new Stop(i, reason);
  };
  const ws = () => {
    while (i < n) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else break;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const str = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) stop(msg('json.unterminatedString'));
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop(msg('json.badUnicodeEscape'));
          i += 6;
        } else stop(msg('json.badEscape'));
      } else if (c.charCodeAt(0) < 0x20) stop(msg('json.controlInString'));
      else i++;
    }
  };

  const value = (depth: number): void => {
    if (depth > 5000) stop(msg('json.tooDeep'));
    ws();
    if (i >= n) stop(msg('json.unexpected', { found: found() }));
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') stop(msg('json.expectedName', { found: found() }));
        str();
        ws();
        if (text[i] !== ':') stop(msg('json.expectedColon', { found: found() }));
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        stop(msg('json.expectedCommaBrace', { found: found() }));
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        stop(msg('json.expectedCommaBracket', { found: found() }));
      }
    }
    if (c === '"') return str();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) stop(msg('json.invalidNumber'));
      i += m![0].length;
      return;
    }
    stop(msg('json.unexpected', { found: found() }));
  };

  try {
    value(0);
    ws();
    if (i < n) stop(msg('json.trailingText', { char: JSON.stringify(text[i]) }));
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, ...lineColumn(text, e.offset), reason: e.reason };
    throw e;
  }
}
