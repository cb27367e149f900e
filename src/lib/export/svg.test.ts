// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { serializeSvg, svgBox, type StyleLookup } from './svg';

function svgFrom(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host.querySelector('svg')!;
}

/** A stub for getComputedStyle: values by tag name, as a browser would resolve app.css. */
const styles: Record<string, Record<string, string>> = {
  svg: {},
  rect: { fill: 'rgb(0, 114, 178)', stroke: 'none' },
  text: { fill: 'rgb(26, 26, 26)', 'font-family': 'system-ui', 'font-size': '12px', 'text-anchor': 'end' },
  path: { fill: 'none', stroke: 'rgb(230, 159, 0)', 'stroke-width': '4px', 'stroke-opacity': '0.5' },
};
const getStyle: StyleLookup = (el) => ({ getPropertyValue: (p: string) => styles[el.tagName.toLowerCase()]?.[p] ?? '' });

describe('serializeSvg', () => {
  it('inlines computed styles, drops classes, declares the namespace and the size', () => {
    const svg = svgFrom(
      '<svg viewBox="0 0 200 100" class="chart" role="img"><rect class="node" x="1" y="2" width="3" height="4"></rect><text class="label" x="5" y="6">高价值 &amp; more</text><path d="M0,0L10,10" style="stroke: red"></path></svg>',
    );
    expect(serializeSvg(svg, { getStyle })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img" width="200" height="100">' +
        '<rect x="1" y="2" width="3" height="4" style="fill:rgb(0, 114, 178);stroke:none"/>' +
        '<text x="5" y="6" style="fill:rgb(26, 26, 26);font-family:system-ui;font-size:12px;text-anchor:end">高价值 &amp; more</text>' +
        '<path d="M0,0L10,10" style="fill:none;stroke:rgb(230, 159, 0);stroke-width:4px;stroke-opacity:0.5"/>' +
        '</svg>',
    );
  });

  it('paints a background and leaves out elements marked data-export="skip"', () => {
    const svg = svgFrom('<svg width="40" height="30"><g data-export="skip"><rect></rect></g><rect x="1"></rect></svg>');
    expect(serializeSvg(svg, { getStyle, background: '#ffffff' })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30">' +
        '<rect x="0" y="0" width="40" height="30" fill="#ffffff"/>' +
        '<rect x="1" style="fill:rgb(0, 114, 178);stroke:none"/>' +
        '</svg>',
    );
    // The page's own chart is not changed.
    expect(svg.querySelector('g[data-export="skip"]')).not.toBeNull();
    expect(svg.getAttribute('xmlns')).toBeNull();
  });

  it('writes inherited values only where they change; title and desc get no style', () => {
    const byTag: Record<string, Record<string, string>> = {
      svg: { fill: 'black', opacity: '1' },
      g: { fill: 'red', opacity: '0.5' },
      text: { fill: 'red', opacity: '1' },
      title: { fill: 'red' },
    };
    const stub: StyleLookup = (el) => ({ getPropertyValue: (p: string) => byTag[el.tagName.toLowerCase()]?.[p] ?? '' });
    const svg = svgFrom('<svg viewBox="0 0 10 10"><title>T</title><g><text>a</text><title>U</title></g></svg>');
    expect(serializeSvg(svg, { getStyle: stub })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" style="fill:black" width="10" height="10">' +
        '<title>T</title><g style="fill:red;opacity:0.5"><text>a</text><title>U</title></g></svg>',
    );
  });

  it('svgBox reads the viewBox, then width/height', () => {
    expect(svgBox(svgFrom('<svg viewBox="-5 10 300 150"></svg>'))).toEqual({ x: -5, y: 10, width: 300, height: 150 });
    expect(svgBox(svgFrom('<svg width="64" height="32px"></svg>'))).toEqual({ x: 0, y: 0, width: 64, height: 32 });
  });

  it('writes the caption lines under the chart and grows the file to hold them', () => {
    const svg = svgFrom('<svg viewBox="0 0 200 100"><rect x="1"></rect></svg>');
    const out = serializeSvg(svg, { getStyle, caption: ['Value × Potential', 'Data: retail.csv · analysis date 2011-12-10'] });
    // 100 + 2 lines × 15 + 10 = 140; lines at 115 and 130, 8 in from the left.
    expect(out).toContain('viewBox="0 0 200 140"');
    expect(out).toContain('height="140"');
    expect(out).toContain('<text x="8" y="115" style="font-weight:bold">Value × Potential</text>');
    expect(out).toContain('<text x="8" y="130">Data: retail.csv · analysis date 2011-12-10</text>');
  });
});
