/**
 * Writes the sample data under samples/ (see samples/README.md).
 * The generation itself is pure and lives in samples/generator/generate.ts.
 * Usage: npm run samples
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSamples } from './generator/generate.ts';

const outDir = dirname(fileURLToPath(import.meta.url));
mkdirSync(outDir, { recursive: true });
const { files, stats } = buildSamples();
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(outDir, name), bytes);
  console.log(`${name.padEnd(40)} ${String(bytes.length).padStart(9)} bytes`);
}
const r = stats.retail;
console.log(`retail: ${r.rows} rows, ${r.orders} orders, ${r.customers} customers, ${r.cancellations} cancellations, top 20 % = ${(r.top20Share * 100).toFixed(1)} % of revenue, ${r.singleOrderCustomers} with one order`);
for (const p of r.personas) console.log(`  ${p.persona.padEnd(10)} ${String(p.customers).padStart(5)} customers ${String(p.orders).padStart(6)} orders ${(p.revenueShare * 100).toFixed(1).padStart(5)} % revenue`);
console.log(`customer table: ${stats.table.rows} rows, need types ${JSON.stringify(stats.table.needTypes)}, cadence ${JSON.stringify(stats.table.cadences)}`);
const c = stats.classroom;
console.log(`classroom: ${c.rows} rows, ${c.customers} customers, means ${JSON.stringify(c.means)}, classes ${JSON.stringify(c.classes)}`);
