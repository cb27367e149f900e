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

type LensView = 'rfm' | 'pyramid' | 'quadrants';

const rounded = (say: Say) => (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : say.fmtNumber(v, { maximumFractionDigits: 2 });

function dataLine(w: Workspace, say: Say): string {
  const day = w.effectiveAnalysisDay;
  return say.t('export.caption.data', { name: w.datasetName ?? '', n: say.fmtNumber(w.metrics.n), date: day === null ? '–' : say.fmtDate(day) });
}

/** The thresholds a view draws, as one line. */
function lensLine(w: Workspace, view: LensView, say: Say): string {
  const num = rounded(say);
  switch (view) {
    case 'rfm': {
      const t = w.eight.thresholds;
      return say.t('export.caption.rfm', { r: num(t.recency), f: num(t.frequency), m: num(t.monetary), k: w.settings.bins });
    }
    case 'pyramid':
      return say.t('export.caption.pyramid', { list: w.pyramid.boundaries.map(num).join(' / ') });
    case 'quadrants': {
      const vp = w.valuePotential?.thresholds;
      const cf = w.currentFuture?.thresholds;
      return say.t('export.caption.quadrants', { vx: num(vp?.x), vy: num(vp?.y), cx: num(cf?.x), cy: num(cf?.y) });
    }
  }
}

export function chartCaption(title: string, w: Workspace | null, say: Say): string[] {
  const lines = [title];
  if (!w?.hasData) return lines;
  lines.push(dataLine(w, say));
  if (w.view === 'rfm' || w.view === 'pyramid' || w.view === 'quadrants') lines.push(lensLine(w, w.view, say));
  return lines;
}

/** Every lens's settings (for a file that holds every lens's labels): data, RFM, pyramid, quadrants. */
export function settingsCaption(title: string, w: Workspace, say: Say): string[] {
  if (!w.hasData) return [title];
  return [title, dataLine(w, say), lensLine(w, 'rfm', say), lensLine(w, 'pyramid', say), lensLine(w, 'quadrants', say)];
}
