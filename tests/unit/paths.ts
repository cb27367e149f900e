import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDatasets = resolve(repoRoot, '../shared/datasets');
export const hasShared = existsSync(sharedDatasets);
export const sharedFile = (rel: string) => resolve(sharedDatasets, rel);
export const sampleFile = (name: string) => resolve(repoRoot, 'samples', name);
