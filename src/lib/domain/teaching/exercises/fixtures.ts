/** Test helper: the bundled samples ingested and turned into exercise contexts (node only). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestBytes } from '../../ingest/ingest';
import { defaultLensSettings, type LensSettings } from '../../models/analysis';
import type { Dataset, IngestReport } from '../../types';
import { contextFor, SAMPLE_FILE } from './helpers';
import type { ExerciseContext, SampleKey } from './types';

const loaded = new Map<SampleKey, { dataset: Dataset; report: IngestReport }>();

export async function loadSampleData(root: string, key: SampleKey) {
  const hit = loaded.get(key);
  if (hit) return hit;
  const bytes = new Uint8Array(readFileSync(resolve(root, 'samples', SAMPLE_FILE[key])));
  const out = await ingestBytes(bytes, { fileName: SAMPLE_FILE[key] });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  const value = { dataset: out.dataset, report: out.report };
  loaded.set(key, value);
  return value;
}

export async function sampleContext(root: string, key: SampleKey, edit?: (s: LensSettings) => void): Promise<ExerciseContext> {
  const { dataset, report } = await loadSampleData(root, key);
  const settings = defaultLensSettings(5);
  edit?.(settings);
  return contextFor(dataset, report, settings, { datasetName: SAMPLE_FILE[key] });
}
