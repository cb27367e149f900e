/**
 * The engine against an independent plain-Python implementation of COURSE.md
 * (tests/reference/rfm_reference.py) on the shared public datasets, count for count, at
 * several analysis dates and bin counts. Skips when ../shared is absent (a fresh clone); with
 * ../shared present it needs a python3 with numpy (.ci/run installs Debian's python3-numpy) and
 * fails, rather than skips, when there is none.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../src/lib/domain/days';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { summarize } from '../../src/lib/domain/summary';
import type { IngestResult } from '../../src/lib/domain/types';
import { hasShared, repoRoot, sharedFile } from './paths';

/** Debian's interpreter first (python3-numpy installs there; a pyenv python3 on PATH may lack numpy). */
const PYTHON_CANDIDATES = ['/usr/bin/python3', 'python3'];
const python = PYTHON_CANDIDATES.find((cmd) => spawnSync(cmd, ['-c', 'import numpy']).status === 0) ?? null;
if (!hasShared) console.warn('reference agreement skipped: ../shared/datasets not found');

interface Case {
  file: string;
  cols: string[];
  runs: { asOf?: string; bins: number }[];
}

const CASES: Case[] = [
  {
    file: 'cdnow/cdnow_master.csv',
    cols: ['--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value'],
    runs: [{ bins: 5 }, { asOf: '1998-01-01', bins: 4 }, { asOf: '1997-07-01', bins: 3 }],
  },
  {
    file: 'cdnow/cdnow_sample.csv',
    cols: ['--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value'],
    runs: [{ bins: 5 }, { asOf: '1997-10-01', bins: 5 }],
  },
  {
    file: 'online-retail/online-retail.csv.gz',
    cols: ['--customer', 'CustomerID', '--date', 'InvoiceDate', '--qty', 'Quantity', '--price', 'UnitPrice', '--order', 'InvoiceNo'],
    runs: [{ bins: 5 }, { asOf: '2011-09-01', bins: 4 }],
  },
  {
    file: 'rfm-package/rfm_data_orders.csv',
    cols: ['--customer', 'customer_id', '--date', 'order_date', '--amount', 'revenue'],
    runs: [{ bins: 5 }, { asOf: '2006-01-01', bins: 3 }],
  },
];

const ingested = new Map<string, IngestResult>();
async function ingestShared(file: string): Promise<IngestResult> {
  const cached = ingested.get(file);
  if (cached) return cached;
  let bytes: Uint8Array = readFileSync(sharedFile(file));
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const outcome = await ingestBytes(bytes, { fileName: file });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  ingested.set(file, outcome);
  return outcome;
}

/**
 * The reference's summaries (its JSON as parsed, read field by field below) for every run of a
 * case, from one python process that reads the file once (the retail file takes python seconds
 * to parse), started on first use and shared by the case's tests; it runs while the engine
 * ingests the same file.
 */
const references = new Map<Case, Promise<any[]>>();
function referenceRuns(c: Case, python: string): Promise<any[]> {
  let pending = references.get(c);
  if (!pending) {
    const runs = c.runs.map((r) => `${r.asOf ?? ''}:${r.bins}`).join(',');
    const args = [resolve(repoRoot, 'tests/reference/rfm_reference.py'), sharedFile(c.file), ...c.cols, '--runs', runs];
    pending = promisify(execFile)(python, args, { maxBuffer: 1 << 26 }).then(({ stdout }) => JSON.parse(stdout));
    references.set(c, pending);
  }
  return pending;
}

describe.skipIf(!hasShared)('engine agrees with the independent Python reference', () => {
  it('has a python3 with numpy to run the reference', () => {
    if (!python)
      throw new Error(
        `none of ${PYTHON_CANDIDATES.join(', ')} can import numpy: install it (apt-get install python3-numpy, as .ci/run does) to check the engine against tests/reference/rfm_reference.py`,
      );
  });
  for (const c of CASES) {
    c.runs.forEach((run, r) => {
      it(`${c.file} as of ${run.asOf ?? 'default'}, k = ${run.bins}`, async () => {
        if (!python) throw new Error('no python3 with numpy (see the first test)');
        const pending = referenceRuns(c, python);
        const { dataset, report } = await ingestShared(c.file);
        const reference = (await pending)[r];
        const ours = summarize(dataset, report, { analysisDay: run.asOf ? isoToDay(run.asOf)! : undefined, bins: run.bins });
        expect(ours.customers).toBe(reference.customers);
        expect(ours.analysisDate).toBe(reference.analysisDate);
        for (const d of ['recency', 'frequency', 'monetary'] as const) {
          expect(ours.edges[d].length).toBe(reference.edges[d].length);
          ours.edges[d].forEach((e, i) => expect(e).toBeCloseTo(reference.edges[d][i], 9));
        }
        expect(ours.scoreCounts).toEqual(reference.scoreCounts);
        for (const d of ['recency', 'frequency', 'monetary'] as const)
          expect(ours.eightClasses.thresholds[d]).toBeCloseTo(reference.eightClasses.thresholds[d], 9);
        const refCounts = { HHH: 0, HLH: 0, LHH: 0, LLH: 0, HHL: 0, HLL: 0, LHL: 0, LLL: 0, ...reference.eightClasses.counts };
        expect(ours.eightClasses.counts).toEqual(refCounts);
        if (run.bins === 5) expect(ours.segments).toEqual(reference.segments);
        expect(ours.pyramid.map((t) => t.customers)).toEqual(reference.pyramid.map((t: { customers: number }) => t.customers));
      });
    });
  }
});
