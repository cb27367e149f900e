/** Deterministic synthetic customers for the re-labelling benchmarks (no file needed). */
import { mulberry32 } from '../../src/lib/domain/random';
import type { CustomerMetrics } from '../../src/lib/domain/types';

export function syntheticMetrics(n: number, seed = 1): CustomerMetrics {
  const rand = mulberry32(seed);
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  const tenure = new Float64Array(n);
  const potential = new Float64Array(n);
  const futureValue = new Float64Array(n);
  const index = new Int32Array(n);
  const ids: string[] = new Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    index[i] = i;
    ids[i] = String(100000 + i);
    recency[i] = 1 + Math.floor(rand() * 730);
    frequency[i] = 1 + Math.floor(-Math.log(1 - rand()) * 3);
    monetary[i] = Math.round(Math.exp(3 + rand() * 4 + rand() * 2) * 100) / 100;
    tenure[i] = recency[i] + Math.floor(rand() * 700);
    potential[i] = rand() * 3;
    futureValue[i] = monetary[i] * rand() * 1.5;
    total += monetary[i];
  }
  return {
    n,
    index,
    ids,
    recency,
    frequency,
    monetary,
    tenure,
    potential,
    futureValue,
    analysisDay: 20000,
    customersWithoutPurchase: 0,
    rowsAfterAnalysisDate: 0,
    totalMonetary: total,
  };
}
