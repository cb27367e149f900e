import { describe, expect, it } from 'vitest';
import { chartCaption, settingsCaption } from './caption';
import type { Workspace } from '../state/workspace.svelte';

const say = {
  t: (key: string, p: Record<string, string | number> = {}) => `${key}(${Object.entries(p).map(([k, v]) => `${k}=${v}`).join(',')})`,
  fmtNumber: (v: number) => String(Math.round(v * 100) / 100),
  fmtDate: (d: number) => `day${d}`,
};

function ws(view: string): Workspace {
  return {
    hasData: true,
    view,
    datasetName: 'retail.csv',
    metrics: { n: 3000 },
    effectiveAnalysisDay: 15000,
    settings: { bins: 5 },
    eight: { thresholds: { recency: 95.123, frequency: 4.477932, monetary: 1360 } },
    pyramid: { boundaries: [2000, 500] },
    valuePotential: { thresholds: { x: 800, y: 0.477932 } },
    currentFuture: null,
  } as unknown as Workspace;
}

describe('chartCaption', () => {
  it('title, data with date, and the view’s thresholds rounded', () => {
    expect(chartCaption('RFM', ws('rfm'), say)).toEqual([
      'RFM',
      'export.caption.data(name=retail.csv,n=3000,date=day15000)',
      'export.caption.rfm(r=95.12,f=4.48,m=1360,k=5)',
    ]);
    expect(chartCaption('P', ws('pyramid'), say)[2]).toBe('export.caption.pyramid(list=2000 / 500)');
    expect(chartCaption('Q', ws('quadrants'), say)[2]).toBe('export.caption.quadrants(vx=800,vy=0.48,cx=–,cy=–)');
  });
  it('only the title without data', () => {
    expect(chartCaption('T', null, say)).toEqual(['T']);
  });
});

describe('settingsCaption', () => {
  it('every lens’s thresholds, whatever the view', () => {
    expect(settingsCaption('Customers', ws('customers'), say)).toEqual([
      'Customers',
      'export.caption.data(name=retail.csv,n=3000,date=day15000)',
      'export.caption.rfm(r=95.12,f=4.48,m=1360,k=5)',
      'export.caption.pyramid(list=2000 / 500)',
      'export.caption.quadrants(vx=800,vy=0.48,cx=–,cy=–)',
    ]);
  });
});
