/**
 * Delimiter detection. European and some Chinese Excel exports use ';' (because ',' is
 * the decimal mark there), "Unicode text" exports use tab. We count each candidate
 * outside quotes on the first lines and keep the one that splits every line into the
 * same number (> 1) of fields. Papaparse has its own guesser, but it does not prefer
 * consistency with the header line, which matters with decimal commas.
 */

export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

const MAX_LINES = 50;
const MAX_CHARS = 256 * 1024;

/** Per-line counts of each candidate outside double quotes; blank lines are left out. */
function countPerLine(text: string): number[][] {
  const nCand = DELIMITER_CANDIDATES.length;
  const lines: number[][] = [];
  let counts = new Array<number>(nCand).fill(0);
  let inQuotes = false;
  let nonBlank = false;
  const end = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < end && lines.length < MAX_LINES; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A doubled quote inside quotes toggles twice: net effect is no change, as required.
      inQuotes = !inQuotes;
      nonBlank = true;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (nonBlank) lines.push(counts);
      counts = new Array<number>(nCand).fill(0);
      nonBlank = false;
    } else if (!inQuotes) {
      const k = DELIMITER_CANDIDATES.indexOf(ch as (typeof DELIMITER_CANDIDATES)[number]);
      if (k >= 0) counts[k]++;
      if (ch !== ' ') nonBlank = true;
    }
  }
  // The last line counts only when it is complete (we did not stop in the middle of it).
  if (nonBlank && end === text.length && lines.length < MAX_LINES) lines.push(counts);
  return lines;
}

/**
 * Returns the detected delimiter, or ',' when nothing splits the lines (a one-column
 * file). Score: the share of lines with exactly the header's count, then the count.
 */
export function detectDelimiter(text: string): string {
  const lines = countPerLine(text);
  if (lines.length === 0) return ',';
  let best = ',';
  let bestScore = -1;
  for (let k = 0; k < DELIMITER_CANDIDATES.length; k++) {
    const headerCount = lines[0][k];
    if (headerCount === 0) continue;
    let same = 0;
    for (const l of lines) if (l[k] === headerCount) same++;
    const score = (same / lines.length) * 1000 + Math.min(headerCount, 999) / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = DELIMITER_CANDIDATES[k];
    }
  }
  return best;
}

/** Accepts the names users type in a CLI or form as well as the character itself. */
export function normaliseDelimiter(d: string): string {
  const l = d.toLowerCase();
  if (l === 'tab' || l === '\\t') return '\t';
  if (l === 'comma') return ',';
  if (l === 'semicolon') return ';';
  if (l === 'pipe') return '|';
  return d;
}
