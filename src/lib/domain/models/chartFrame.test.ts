import { describe, expect, it } from 'vitest';
import { centredWithin, designFrame, layoutWidth, textWidth, tickBudget, wrapText, yAxisTitle } from './chartFrame';

describe('layoutWidth', () => {
  it.each([
    // box, viewport, design, min -> width
    [340, 390, 640, 280, 340], // a phone: the box's own width
    [340.7, 390, 640, 280, 340], // whole pixels
    [200, 390, 640, 280, 280], // never below the minimum
    [800, 844, 640, 280, 640], // a box wider than the design scales the design up
    [500, 1280, 640, 280, 640], // a wide screen (a projector) keeps the design
    [0, 390, 640, 280, 640], // not measured yet
  ])('box %d on a %d screen, design %d (min %d): %d', (box, viewport, design, min, expected) => {
    expect(layoutWidth(box, viewport, design, min)).toBe(expected);
  });
});

describe('tickBudget', () => {
  it.each([
    [250, 64, 6, 3],
    [600, 64, 6, 6],
    [60, 64, 6, 2],
  ])('%d px at one per %d px, at most %d: %d', (span, spacing, max, expected) => {
    expect(tickBudget(span, spacing, max)).toBe(expected);
  });
});

describe('textWidth and wrapText', () => {
  it('counts CJK characters a full em and others 0.6 em', () => {
    expect(textWidth('abc', 10)).toBeCloseTo(18);
    expect(textWidth('高价值', 12)).toBe(36);
    expect(textWidth('R5 高', 10)).toBeCloseTo(6 + 6 + 6 + 10);
  });
  it.each([
    // 12 px: 0.6 em = 7.2 px a Latin character, 12 px a CJK one
    ['High value, low potential', 100, ['High value,', 'low potential']], // 11 and 13 characters: 79 and 94 px
    ['High value, low potential', 200, ['High value, low potential']],
    ['Incomprehensibilities', 50, ['Incomprehensibilities']], // too long a word keeps its own line
    ['高价值低潜力客户', 50, ['高价值低', '潜力客户']], // 4 characters a line
    ['高价值，低潜力', 40, ['高价值，', '低潜力']], // the comma stays with its line
    ['Important value (606)', 110, ['Important', 'value (606)']], // balanced
    ['低价值（中价值）高潜力', 117, ['低价值（中价', '值）高潜力']], // balanced: not ten characters and one
    ['a b c d e', 40, ['a b c', 'd e']], // five 7.2 px letters fit; balanced to 3 + 2, not 5 + 0
  ])('%s in %d px', (text, max, lines) => {
    expect(wrapText(text, max, 12)).toEqual(lines);
  });
});

describe('designFrame', () => {
  const design = { width: 640, height: 320 };
  it.each([
    ['a wide screen keeps the design, in the presentation type', 900, 1280, { width: 640, height: 320, text: 16 }],
    ['a box not measured yet counts as the design', 0, 390, { width: 640, height: 320, text: 16 }],
    ['a tablet box wider than the design keeps it', 700, 820, { width: 640, height: 320, text: 16 }],
    // 340 × 0.7 = 238.
    ['a phone: the box width, 0.7 as high, 12 px type', 340, 390, { width: 340, height: 238, text: 12 }],
    // 280 (the minimum) × 0.7 = 196, raised to 220.
    ['a very narrow box: the minimum width, at least 220 high', 200, 320, { width: 280, height: 220, text: 12 }],
  ])('%s', (_, box, viewport, frame) => {
    expect(designFrame(box, viewport, design, 280)).toEqual(frame);
  });
});

describe('yAxisTitle', () => {
  it.each([
    // 32 characters at 12 px = 230.4 px > 152 + 24: two lines, broken at the space; the margin is
    // 1.5 × 12 + 1.2 × 12 + 12 + "10,000" (6 × 0.6 × 12 = 43.2) = 87.6 -> 88.
    ['Repeat transactions (cumulative)', ['0', '5,000', '10,000'], 152, 12, ['Repeat transactions', '(cumulative)'], 88],
    // One line fits in 232 + 32: 1.5 × 16 + 12 + "10" (19.2) = 55.2 -> 56.
    ['Customers', ['0', '10'], 232, 16, ['Customers'], 56],
    // Chinese: 8 full-width characters at 16 px = 128 px, one line; "10,000" at 16 px = 57.6: 24 + 12 + 57.6 -> 94.
    ['重复交易（累计）', ['0', '10,000'], 232, 16, ['重复交易（累计）'], 94],
  ])('%s at %d px high, %d px type', (title, ticks, height, size, lines, left) => {
    expect(yAxisTitle(title, ticks, height, size)).toEqual({ lines, left });
  });
});

describe('centredWithin', () => {
  it.each([
    // "abcdefghij" at 10 px is 60 px wide (half 30).
    ['room on both sides: stays at the centre', 170, 340, 170],
    ['near the right edge: pulled in to end 4 px inside', 320, 340, 306],
    ['near the left edge: pushed to start 4 px inside', 10, 340, 34],
    ['wider than the chart: the chart centre', 10, 60, 30],
  ])('%s', (_, centre, width, expected) => {
    expect(centredWithin('abcdefghij', 10, centre, width)).toBe(expected);
  });
});
