import { describe, expect, it } from 'vitest';
import { axisDomain, cornerNameLines, labelWidthEm, lifecycleFrame, niceStep, packColor, projectPoints, quadrantFrame, rasterize, symlogTicks } from './quadrantLayout';

describe('quadrant layout', () => {
  it('domains start at 0 for non-negative data and include negatives', () => {
    expect(axisDomain([3, 5, 9])).toEqual([0, 9]);
    expect(axisDomain([-4, 5])).toEqual([-4, 5]);
    expect(axisDomain([2, 2])).toEqual([1, 3]);
    expect(axisDomain([])).toEqual([0, 1]);
  });

  it('nice steps', () => {
    expect(niceStep(1000)).toBe(5);
    expect(niceStep(3, 200)).toBe(0.02);
    expect(niceStep(0)).toBe(1);
  });

  it('symlog ticks are decades around zero', () => {
    expect(symlogTicks([0, 5])).toEqual([0, 1, 2, 5]);
    expect(symlogTicks([0, 50000])).toEqual([0, 1, 10, 100, 1000, 10000]);
    expect(symlogTicks([-20, 20], 20)).toEqual([-20, -10, -5, -2, -1, 0, 1, 2, 5, 10, 20]);
    expect(symlogTicks([0, 1e12]).length).toBeLessThanOrEqual(8);
  });

  it('projects and rasterizes without going out of bounds', () => {
    const pos = projectPoints([0, 1, 5], [0, 1, 5], (v) => v, (v) => v);
    expect(Array.from(pos)).toEqual([0, 0, 1, 1, 5, 5]);
    const pixels = new Uint32Array(4 * 4);
    const colors = new Uint32Array([packColor('#ff0000'), packColor('#00ff00')]);
    rasterize(pixels, 4, 4, pos, 3, new Uint8Array([0, 1, 0]), colors, 1);
    expect(pixels[0]).toBe(colors[0]);
    expect(pixels[1 * 4 + 1]).toBe(colors[1]);
    expect(packColor('#ff0000')).toBe(0xff0000ff);
  });
});

describe('corner names', () => {
  it('width in em: CJK 1, Latin 0.6', () => {
    expect(labelWidthEm('低价值（中价值）高潜力')).toBe(11);
    expect(labelWidthEm('High value')).toBeCloseTo(6, 10);
  });
  it('a long name breaks after its comma; a short one stays whole', () => {
    expect(cornerNameLines('Low (or medium) value, high potential', 12)).toEqual(['Low (or medium) value,', 'high potential']);
    expect(cornerNameLines('当前价值高、未来价值高', 12)).toEqual(['当前价值高、未来价值高']);
    expect(cornerNameLines('当前价值高、未来价值高', 8)).toEqual(['当前价值高、', '未来价值高']);
    expect(cornerNameLines('High value', 12)).toEqual(['High value']);
  });
  it('without a comma, at the space nearest the middle; one word stays', () => {
    expect(cornerNameLines('aaaa bbbb cccc dddd', 6)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(cornerNameLines('aaaaaaaaaaaaaaaaaaaaaaa', 6)).toEqual(['aaaaaaaaaaaaaaaaaaaaaaa']);
  });
});

describe('quadrantFrame and lifecycleFrame', () => {
  it.each([
    // box, screen -> width, height, x ticks
    [560, 1280, 720, 600, 460, 6], // a wide screen keeps the design (scaled into its box)
    [0, 390, 844, 600, 460, 6], // not measured yet
    [342, 390, 844, 342, 308, 4], // a portrait phone: nearly square, 252 units of plot, a tick per 60
    [812, 844, 390, 812, 374, 6], // a landscape phone: no taller than the screen less 16 px
    [780, 820, 1180, 780, 598, 6], // a tablet: the design's proportions at its own width
  ])('box %d on %d × %d', (box, sw, sh, width, height, xTicks) => {
    const f = quadrantFrame(box, sw, sh);
    expect([f.width, f.height, f.xTicks]).toEqual([width, height, xTicks]);
    expect(f.cornerWidth).toBe((width - f.margin.left - f.margin.right) / 2 - 12);
    expect(f.compactCorners).toBe(width < 400); // 117 units a corner on the portrait phone
  });
  it('the lifecycle histogram keeps its design or takes a phone box', () => {
    expect(lifecycleFrame(560)).toMatchObject({ height: 170, xTicks: 6 });
    expect(lifecycleFrame(340)).toMatchObject({ height: 190, xTicks: 5 }); // 300 units of axis, a tick per 56
  });
});
