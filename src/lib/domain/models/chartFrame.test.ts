import { describe, expect, it } from 'vitest';
import { layoutWidth, textWidth, tickBudget, wrapText } from './chartFrame';

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
