/**
 * Trainer's checking CLI: the same engine as the browser, on a file, before a workshop.
 * Exit 0 with a report; exit 1 with one line on stderr when the file cannot be used.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isoToDay } from '../lib/domain/days';
import { ingestBytes, previewBytes } from '../lib/domain/ingest/ingest';
import { summarize } from '../lib/domain/summary';
import type { ColumnMapping } from '../lib/domain/types';
import { parseArgs, resolveColumn } from './args';
import { formatSummary } from './format';

function fail(message: string): never {
  process.stderr.write(`classify: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    fail((e as Error).message);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
    if (args.file.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (e) {
    fail(`${args.file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const fileName = basename(args.file);
  const mapping: ColumnMapping = {};
  if (Object.keys(args.columns).length) {
    const preview = previewBytes(bytes, { fileName });
    for (const [role, spec] of Object.entries(args.columns)) {
      const index = resolveColumn(preview.headers, spec);
      if (index === null) fail(`${fileName}: line 1: no column "${spec}" (columns: ${preview.headers.join(', ')})`);
      mapping[role as keyof ColumnMapping] = index;
    }
  }
  const outcome = await ingestBytes(bytes, { fileName, mapping, dateOrder: args.dateOrder, shape: args.shape ?? 'auto' });
  if (!outcome.ok) fail(outcome.error.message);
  let analysisDay: number | undefined;
  if (args.asOf) {
    const day = isoToDay(args.asOf);
    if (day === null) fail(`--as-of must be a date written YYYY-MM-DD, not "${args.asOf}"`);
    analysisDay = day;
  }
  const summary = summarize(outcome.dataset, outcome.report, { analysisDay, bins: args.bins });
  if (summary.customers === 0) fail(`${fileName}: no customer has a purchase before the analysis date ${summary.analysisDate}`);
  process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(fileName, summary)}\n`);
}

main().catch((e) => fail(`unexpected error: ${(e as Error).message}`));
