/**
 * Charts as files. The app styles its SVGs with CSS (app.css, component styles, CSS
 * variables), which a standalone .svg file or an <img> used for the PNG does not see, so the
 * computed values of the properties that change how a chart looks are written onto every
 * element as inline `style`.
 */

/** The properties that matter for the app's charts (paint, strokes, text). */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Properties that do not inherit, with their initial value (not written when equal to it). */
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };
const NOT_RENDERED = new Set(['title', 'desc', 'metadata']);

export type StyleLookup = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export interface SerializeOptions {
  /** Computed style source; default `getComputedStyle` (tests pass a stub). */
  getStyle?: StyleLookup;
  /** A background colour painted under the chart (PNG needs one); null for transparent. */
  background?: string | null;
  /**
   * Lines written under the chart (title, dataset, analysis date, thresholds), so a file
   * shown out of the app still says what it is; the first line is bold.
   */
  caption?: readonly string[];
}

const CAPTION_LINE = 15;

/** The exported file's box: the chart's, plus room for the caption lines under it. */
export function exportBox(svg: SVGSVGElement, caption: readonly string[] = []): SvgBox {
  const box = svgBox(svg);
  return caption.length ? { ...box, height: box.height + caption.length * CAPTION_LINE + 10 } : box;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart's drawing box: its viewBox, else width/height attributes, else its size on screen. */
export function svgBox(svg: SVGSVGElement): SvgBox {
  const viewBox = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0) {
    return { x: viewBox[0], y: viewBox[1], width: viewBox[2], height: viewBox[3] };
  }
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height };
  const rect = svg.getBoundingClientRect();
  return { x: 0, y: 0, width: rect.width || 300, height: rect.height || 150 };
}

/**
 * A standalone SVG document for `svg`: computed styles inlined, the SVG namespace declared
 * (by the serializer, since the element is in it), width and height set to the drawing box, elements marked `data-export="skip"` left out.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeOptions = {}): string {
  const getStyle: StyleLookup = options.getStyle ?? ((el) => getComputedStyle(el));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Same document order in both trees, so the i-th source element styles the i-th clone element.
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const resolved = new Map<Element, Map<string, string>>();
  const skipped: Element[] = [];
  sources.forEach((source, i) => {
    const copy = copies[i];
    if (source.getAttribute('data-export') === 'skip') {
      skipped.push(copy);
      return;
    }
    copy.removeAttribute('class');
    if (NOT_RENDERED.has(source.tagName.toLowerCase())) {
      copy.removeAttribute('style');
      return;
    }
    const computed = getStyle(source);
    const parent = source === svg ? undefined : resolved.get(source.parentElement!);
    const values = new Map<string, string>();
    const declarations: string[] = [];
    for (const property of INLINED_PROPERTIES) {
      const value = computed.getPropertyValue(property).trim();
      values.set(property, value);
      if (!value) continue;
      // Inherited values are written where they change, not repeated on every child.
      const redundant = property in NOT_INHERITED ? NOT_INHERITED[property] === value : parent?.get(property) === value;
      if (!redundant) declarations.push(`${property}:${value}`);
    }
    resolved.set(source, values);
    if (declarations.length) copy.setAttribute('style', declarations.join(';'));
    else copy.removeAttribute('style');
  });
  for (const el of skipped) el.remove();

  const chart = svgBox(svg);
  const caption = options.caption ?? [];
  const box = exportBox(svg, caption);
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  if (caption.length || !clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  if (caption.length) {
    const g = clone.ownerDocument.createElementNS(SVG_NS, 'g');
    g.setAttribute('style', 'font-family:sans-serif;font-size:11px;fill:#222;font-weight:normal;font-style:normal;text-anchor:start');
    g.setAttribute('data-export', 'caption');
    caption.forEach((line, i) => {
      const text = clone.ownerDocument.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(chart.x + 8));
      text.setAttribute('y', String(chart.y + chart.height + (i + 1) * CAPTION_LINE));
      if (i === 0) text.setAttribute('style', 'font-weight:bold');
      text.textContent = line;
      g.appendChild(text);
    });
    clone.appendChild(g);
  }
  if (options.background) {
    const rect = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box.x));
    rect.setAttribute('y', String(box.y));
    rect.setAttribute('width', String(box.width));
    rect.setAttribute('height', String(box.height));
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** A PNG of the chart at `scale` times its drawing size, on a white background. */
export async function svgToPng(svg: SVGSVGElement, scale = 2, background = '#ffffff', caption: readonly string[] = []): Promise<Blob> {
  const text = serializeSvg(svg, { background, caption });
  const box = exportBox(svg, caption);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(box.width * scale));
    canvas.height = Math.max(1, Math.round(box.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
