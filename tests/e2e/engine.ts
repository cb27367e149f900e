/** The engine run in Node on the same bytes the browser loads: the expected numbers of the e2e tests. */
import { readFileSync } from 'node:fs';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { analyze, defaultLensSettings, type LensSettings } from '../../src/lib/domain/models/analysis';
import { EIGHT_CLASS_KEYS } from '../../src/lib/domain/models/eightClasses';
import { computeMetrics } from '../../src/lib/domain/models/metrics';
import type { Dataset } from '../../src/lib/domain/types';
import { sampleFile } from '../unit/paths';

export async function loadSample(name: string): Promise<Dataset> {
  const outcome = await ingestBytes(readFileSync(sampleFile(name)), { fileName: name });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.dataset;
}

export function eightCounts(dataset: Dataset, patch: (s: LensSettings) => void = () => {}): Record<string, number> {
  const settings = defaultLensSettings(5);
  patch(settings);
  const a = analyze(computeMetrics(dataset), settings);
  return Object.fromEntries(EIGHT_CLASS_KEYS.map((k, i) => [k, a.eight.counts[i]]));
}
