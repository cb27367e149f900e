/** Turning the exercises' MessageRefs into text in the current language. */
import { locale } from '../../i18n/locale.svelte';
import { interpolate } from '../../i18n/catalog';
import type { AnswerSpec, AnswerValue, MessageRef, Params } from '../../domain/teaching/exercises';

/** Params ending in "Key" are message keys; numbers are formatted for the locale. */
export function localParams(params: Params = {}): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    if (k.endsWith('Key') && typeof v === 'string') out[k] = locale.t(v);
    else if (typeof v === 'number') out[k] = locale.fmtNumber(v, { maximumFractionDigits: 2 });
    else out[k] = v;
  }
  return out;
}

export function exText(ref: MessageRef): string {
  const own = ref.custom?.[locale.current];
  const params = localParams(ref.params);
  return own ? interpolate(own, params) : locale.t(ref.key, params);
}

/** The expected answer as text (for the reveal). */
export function answerText(value: AnswerValue, spec: AnswerSpec): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return `${locale.fmtNumber(value, { maximumFractionDigits: 2 })}${spec.type === 'number' || spec.type === 'stateNumber' ? unit(spec.unit) : ''}`;
  if (typeof value === 'string') {
    if (spec.type === 'choice') {
      const o = spec.options.find((c) => c.value === value);
      return o ? locale.t(o.labelKey, localParams(o.params)) : value;
    }
    return value;
  }
  if (Array.isArray(value)) return value.join(', ');
  if (spec.type === 'mapping')
    return spec.rows
      .map((r) => `${locale.t(r.labelKey)} → ${locale.t(spec.options.find((o) => o.value === value[r.value])?.labelKey ?? '')}`)
      .join('; ');
  if (spec.type === 'numbers')
    return spec.fields.map((f) => `${locale.t(f.labelKey)}: ${locale.fmtNumber(Number(value[f.value]), { maximumFractionDigits: 2 })}`).join('; ');
  return JSON.stringify(value);
}

/** Only percentages and ratios carry a unit sign; counts, scores and amounts are plain numbers. */
export function unit(u: string): string {
  return u === 'percent' || u === 'ratio' ? ` ${locale.t(`ex.ui.unit.${u}`)}` : '';
}
