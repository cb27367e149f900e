/**
 * The model's per-customer figures are indexed like `summary.customer` (customers with a
 * transaction by the calibration end); the lenses are indexed like `metrics` (customers with
 * a purchase before the analysis date). This lines one up with the other.
 */

/**
 * `values` (per model customer) at each metrics position: `metricsIndex[j]` is a dataset
 * customer index, `modelCustomer[i]` the dataset customer of model row i. NaN where a
 * customer has no model row (first bought after the calibration end).
 */
export function alignToMetrics(values: Float64Array, modelCustomer: Int32Array, metricsIndex: Int32Array): Float64Array {
  let customers = 0;
  for (const c of modelCustomer) customers = Math.max(customers, c + 1);
  for (const c of metricsIndex) customers = Math.max(customers, c + 1);
  const row = new Int32Array(customers).fill(-1);
  modelCustomer.forEach((c, i) => (row[c] = i));
  const out = new Float64Array(metricsIndex.length);
  metricsIndex.forEach((c, j) => (out[j] = row[c] >= 0 ? values[row[c]] : Number.NaN));
  return out;
}

/** The finite values only (a threshold's mean or median over the customers that have one). */
export function finiteOnly(values: Float64Array): Float64Array {
  return values.filter(Number.isFinite);
}
