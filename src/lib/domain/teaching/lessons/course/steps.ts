/** Small pieces the lesson steps share: readout parameters and the common goal tests. */
import type { TeachingContext } from '../../context';
import type { Baseline, ReadoutParam } from '../types';

export const pct = (value: number): ReadoutParam => ({ kind: 'percent', value });
export const num = (value: number): ReadoutParam => ({ kind: 'number', value });
/** `v` within a target range (a hair of tolerance for fractions computed two ways). */
export const within = (v: number | null, r: { min: number; max: number }) => v !== null && v >= r.min - 1e-9 && v <= r.max + 1e-9;
export const hasData = (ctx: TeachingContext) => ctx.metrics.n > 0;
export const onView = (view: string) => (ctx: TeachingContext) => hasData(ctx) && ctx.view === view;
/** On the RFM view, showing the eight classes or the named segments. */
export const onRfmMode = (mode: TeachingContext['rfmMode']) => (ctx: TeachingContext) => onView('rfm')(ctx) && ctx.rfmMode === mode;
/** The state when the step began (the live state when there is no baseline). */
export const stepStart = (ctx: TeachingContext, start?: Baseline) => start?.step ?? ctx;
