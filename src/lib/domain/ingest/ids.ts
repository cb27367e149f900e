/**
 * Identifier clean-up. Ids are compared as text, after:
 *  - trimming spaces (incl. NBSP);
 *  - unwrapping Excel's text-forcing form ="00123" -> 00123;
 *  - dropping a float artifact: an integer written with a zero fraction, `17850.0`,
 *    becomes `17850` (Online Retail's CustomerID went through a float column). Only
 *    zeros after the point are dropped, so `12.5` stays `12.5` and leading zeros stay.
 * An empty result means "no id".
 */
const FLOAT_ARTIFACT = /^(-?\d+)\.0+$/;
const EXCEL_TEXT = /^="(.*)"$/s;

export function normaliseId(raw: string): string {
  let s = raw.trim();
  if (s.length === 0) return s;
  const x = EXCEL_TEXT.exec(s);
  if (x) s = x[1].trim();
  const f = FLOAT_ARTIFACT.exec(s);
  return f ? f[1] : s;
}

/** A cancellation invoice (Online Retail convention): id starts with C or c. */
export function isCancelledOrderId(id: string): boolean {
  const c = id.charCodeAt(0);
  return c === 67 || c === 99;
}
