/**
 * The lines written under an exported chart: what it is, from which data and date, and the
 * thresholds of the view it came from, so a file shown outside the app explains itself.
 */
import type { Workspace } from '../state/workspace.svelte';

interface Say {
  t: (key: string, params?: Record<string, string | number>) => string;
  fmtNumber: (v: number, o?: Intl.NumberFormatOptions) => string;
  fmtDate: (day: number) => string;
}

export function chartCaption(title: string, w: Workspace | null, say: Say): string[] {
  const lines = [title];
  if (!w?.hasData) return lines;
  const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : say.fmtNumber(v, { maximumFractionDigits: 2 }));
  const day = w.effectiveAnalysisDay;
  lines.push(say.t('export.caption.data', { name: w.datasetName ?? '', n: say.fmtNumber(w.metrics.n), date: day === null ? '–' : say.fmtDate(day) }));
  switch (w.view) {
    case 'rfm': {
      const t = w.eight.thresholds;
      lines.push(say.t('export.caption.rfm', { r: num(t.recency), f: num(t.frequency), m: num(t.monetary), k: w.settings.bins }));
      break;
    }
    case 'pyramid':
      lines.push(say.t('export.caption.pyramid', { list: w.pyramid.boundaries.map(num).join(' / ') }));
      break;
    case 'quadrants': {
      const vp = w.valuePotential?.thresholds;
      const cf = w.currentFuture?.thresholds;
      lines.push(say.t('export.caption.quadrants', { vx: num(vp?.x), vy: num(vp?.y), cx: num(cf?.x), cy: num(cf?.y) }));
      break;
    }
  }
  return lines;
}
