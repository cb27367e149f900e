/**
 * Chart sizes per screen. On a phone a chart drawn for 640 units and scaled into a 340 px box
 * shows 12 px text at 6 px; instead, on narrow screens each chart is laid out at its box's own
 * width (one unit = one CSS px), with fewer ticks and wrapped labels. Wide screens keep the
 * design size and scale it, which the projector's presentation layouts rely on.
 */

/** Screens up to this wide (phones, tablets, a landscape phone) lay charts out at their box's width. */
export const NARROW_SCREEN = 1000;

/** Chart text, in the chart's own units (app.css: 12 px). */
export const CHART_TEXT = 12;

/**
 * The largest chart text, in the chart's own units: app.css sets chart text to 12 px, and to
 * 16 px in presentation mode. Margins and backdrops sized for it fit both.
 */
export const CHART_TEXT_MAX = 16;

/**
 * The width to lay a chart out at: its design width, or on a narrow screen the box's width
 * when that is smaller (never below `min`; a box not measured yet counts as the design).
 */
export function layoutWidth(box: number, viewport: number, design: number, min: number): number {
  if (!(box > 0) || viewport > NARROW_SCREEN || box >= design) return design;
  return Math.max(min, Math.floor(box));
}

/**
 * A chart designed at `design.width × design.height`: on a wide screen the design itself
 * (scaled by the page, and in the presentation type, so its margins hold CHART_TEXT_MAX); on a
 * narrow screen its box's width (see layoutWidth), 0.7 as high (at least 220), with margins for
 * CHART_TEXT.
 */
export function designFrame(box: number, viewport: number, design: { width: number; height: number }, min: number): { width: number; height: number; text: number } {
  const width = layoutWidth(box, viewport, design.width, min);
  if (width >= design.width) return { width, height: design.height, text: CHART_TEXT_MAX };
  return { width, height: Math.max(220, Math.round(width * 0.7)), text: CHART_TEXT };
}

/** How many ticks an axis `span` px long takes with one tick per `spacing` px: 2 to `max`. */
export function tickBudget(span: number, spacing: number, max: number): number {
  return Math.max(2, Math.min(max, Math.floor(span / spacing)));
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * About how wide `text` is at `size` px: CJK characters a full em, everything else 0.6 em
 * (a generous mean for the UI's sans-serif, bold included), so a label measured here fits.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * size;
}

/**
 * `text` broken into lines of at most `max` px at `size` px: at spaces, and between CJK
 * characters (never before CJK closing punctuation). A word longer than a line gets a line
 * of its own. Lines are balanced: as few as greedy filling gives, each as short as that
 * count allows, so no line is left with one character.
 */
export function wrapText(text: string, max: number, size: number): string[] {
  const greedy = wrapGreedy(text, max, size);
  if (greedy.length < 2) return greedy;
  const longest = Math.max(...greedy.map((l) => textWidth(l, size)));
  for (let width = textWidth(text, size) / greedy.length; width < longest; width += size * 0.3) {
    const lines = wrapGreedy(text, width, size);
    if (lines.length === greedy.length) return lines;
  }
  return greedy;
}

function wrapGreedy(text: string, max: number, size: number): string[] {
  const pieces = text.match(/[\u3000-\u303f\uff00-\uffef]+|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+[\u3000-\u303f\uff0c\uff1a\uff1b\uff09]*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const closing = /^[\u3000-\u303f\uff0c\uff09\uff1a\uff1b]/.test(piece);
    const candidate = line + piece;
    if (line && !closing && !/^\s+$/.test(piece) && textWidth(candidate.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * A rotated y-axis title and the left margin for it: the title wraps to the plot's height
 * (plus a little overhang) so a phone's short plot does not cut it, and the margin holds its
 * lines (1.2 em apart, the first with its baseline just inside the edge), a 12 px gap and the
 * widest tick label (which ends 6 px before the axis).
 */
export function yAxisTitle(title: string, tickLabels: string[], plotHeight: number, size: number): { lines: string[]; left: number } {
  const lines = wrapText(title, plotHeight + 2 * size, size);
  const widest = Math.max(0, ...tickLabels.map((t) => textWidth(t, size)));
  return { lines, left: Math.ceil(1.5 * size + (lines.length - 1) * 1.2 * size + 12 + widest) };
}

/** Where to centre a label of `text` meant to stand at `centre`, so it stays within 0..width (4 px inside). */
export function centredWithin(text: string, size: number, centre: number, width: number): number {
  const half = textWidth(text, size) / 2;
  if (2 * half + 8 >= width) return width / 2;
  return Math.min(width - 4 - half, Math.max(4 + half, centre));
}
