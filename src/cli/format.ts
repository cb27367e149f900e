import { EIGHT_CLASS_KEYS } from '../lib/domain/models/eightClasses';
import type { Summary } from '../lib/domain/summary';

const CLASS_NAMES: Record<string, string> = {
  HHH: 'Important value',
  HLH: 'Important to develop',
  LHH: 'Important to retain',
  LLH: 'Important to win back',
  HHL: 'Ordinary value',
  HLL: 'Ordinary to develop',
  LHL: 'Ordinary to retain',
  LLL: 'Ordinary to win back',
};

const num = (x: number | null, digits = 2) => (x === null ? '-' : Number.isInteger(x) ? String(x) : x.toFixed(digits));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The plain-text report a trainer reads before a workshop. */
export function formatSummary(file: string, s: Summary): string {
  const out: string[] = [];
  const r = s.report;
  out.push(`File: ${file}`);
  out.push(`Encoding ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}; rows read ${r.rowsRead}, used ${r.rowsUsed}.`);
  for (const skip of r.skipped) out.push(`  skipped ${skip.count} row(s): ${skip.reason} (first lines ${skip.lines.join(', ')})`);
  out.push(
    `Rules: frequency = ${r.frequencyRule === 'distinct-orders' ? 'distinct order ids among purchases' : r.frequencyRule === 'purchase-rows' ? 'number of purchase rows' : 'given'}; ` +
      `${r.cancelledOrderRows} cancellation row(s) (order id starting with C), ${r.returnRows} return row(s) (other negative amounts) and ${r.zeroAmountRows} zero row(s) are not purchases; cancellations and returns reduce M.`,
  );
  if (r.dateOrder && r.dateOrder !== 'ymd') out.push(`Dates read as ${r.dateOrder}${r.dateOrderCertain ? '' : ' (assumed: the data could not tell; override with --date-order)'}.`);
  out.push('');
  out.push(`Analysis date: ${s.analysisDate ?? '(customer table: recency given in days)'}; customers classified: ${s.customers}.`);
  if (s.excluded.customersWithoutPurchase) out.push(`  ${s.excluded.customersWithoutPurchase} customer(s) have no purchase before the analysis date and are left out.`);
  if (s.excluded.rowsAfterAnalysisDate) out.push(`  ${s.excluded.rowsAfterAnalysisDate} row(s) dated on or after the analysis date are ignored.`);
  out.push('');
  out.push('Score edges (numpy linear quantiles) and customers per score 1..k:');
  for (const [label, d, key] of [['R', 'recency', 'R'], ['F', 'frequency', 'F'], ['M', 'monetary', 'M']] as const) {
    const empty = s.emptyBins[key].length ? `  EMPTY score(s): ${s.emptyBins[key].join(', ')}` : '';
    out.push(`  ${label}: edges [${s.edges[d].map((e) => num(e)).join(', ')}]  counts [${s.scoreCounts[key].join(', ')}]${empty}`);
  }
  out.push('');
  const t = s.eightClasses.thresholds;
  out.push(`Eight classes (thresholds: R <= ${num(t.recency)} days, F >= ${num(t.frequency)}, M >= ${num(t.monetary)}):`);
  for (const key of EIGHT_CLASS_KEYS) {
    const n = s.eightClasses.counts[key];
    out.push(`  ${key}  ${CLASS_NAMES[key].padEnd(24)} ${String(n).padStart(8)}  ${pct(s.customers ? n / s.customers : 0).padStart(8)}`);
  }
  out.push('');
  out.push('Named segments (default rules, first match wins):');
  for (const [name, n] of Object.entries(s.segments)) out.push(`  ${name.padEnd(20)} ${String(n).padStart(8)}`);
  out.push('');
  out.push('Value pyramid (monetary):');
  for (const tier of s.pyramid)
    out.push(`  ${tier.tier.padEnd(8)} from ${num(tier.minValue).padStart(10)}  ${String(tier.customers).padStart(8)} customers  ${pct(tier.revenueShare).padStart(8)} of revenue`);
  return out.join('\n');
}
