/**
 * Locate the first JSON syntax error (offset, line, column and an English reason). Browsers
 * word JSON.parse errors differently and Safari gives no position, so we scan ourselves.
 */

export interface JsonSyntaxError {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
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
  const describe = () => (i >= n ? 'unexpected end of the file' : `unexpected character ${JSON.stringify(text[i])}`);
  const stop = (reason: string): never => {
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
      if (i >= n) stop('unterminated string');
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('invalid \\u escape in a string');
          i += 6;
        } else stop('invalid escape in a string');
      } else if (c.charCodeAt(0) < 0x20) stop('line break or control character inside a string');
      else i++;
    }
  };

  const value = (depth: number): void => {
    if (depth > 5000) stop('nested too deeply');
    ws();
    if (i >= n) stop('unexpected end of the file');
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
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${describe().replace('unexpected ', '')}`);
        str();
        ws();
        if (text[i] !== ':') stop(`expected ":" after the property name, found ${describe().replace('unexpected ', '')}`);
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
        stop(`expected "," or "}", found ${describe().replace('unexpected ', '')}`);
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
        stop(`expected "," or "]", found ${describe().replace('unexpected ', '')}`);
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
      if (!m) stop('invalid number');
      i += m![0].length;
      return;
    }
    stop(describe());
  };

  try {
    value(0);
    ws();
    if (i < n) stop(`unexpected text after the end of the data: ${JSON.stringify(text[i])}`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, ...lineColumn(text, e.offset), reason: e.reason };
    throw e;
  }
}
