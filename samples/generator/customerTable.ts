/**
 * Customer table: one row per customer with R, F, M already computed plus
 * potential (from interactions per month), predicted future value and need
 * type. Separate seed from the transactions.
 */
import { createRng, type Rng } from './prng.ts';
import { randomName } from './names.ts';
import { PERSONAS, type Persona } from './retail.ts';

export const TABLE_SEED = 20250102;
export const TABLE_CUSTOMERS = 1200;

export type Cadence = 'weekly' | 'monthly' | 'quarterly';
export type NeedType = 'A' | 'B' | 'C';

export interface TableRow {
  customerId: string;
  name: string;
  recencyDays: number;
  frequency: number;
  monetaryCents: number;
  potential: number;
  futureValueCents: number;
  needType: NeedType;
  /** Interactions per month in tenths (e.g. 43 = 4.3). */
  interactionsTenths: number;
  cadence: Cadence;
  persona: Persona;
}

/** [weekly, monthly, quarterly] weights per persona. */
const CADENCE_WEIGHTS: Record<Persona, [number, number, number]> = {
  champion: [60, 35, 5],
  loyal: [35, 50, 15],
  new: [30, 45, 25],
  'one-time': [5, 30, 65],
  seasonal: [10, 50, 40],
  declining: [10, 40, 50],
  lapsed: [3, 17, 80],
};

function rfmFor(rng: Rng, p: Persona): [number, number, number] {
  switch (p) {
    case 'champion': return [rng.int(1, 30), rng.int(12, 40), rng.lognormal(9000, 0.5)];
    case 'loyal': return [rng.int(1, 60), rng.int(6, 15), rng.lognormal(3000, 0.5)];
    case 'new': return [rng.int(1, 60), rng.weighted([1, 2, 3], [60, 30, 10]), rng.lognormal(300, 0.6)];
    case 'one-time': return [rng.int(61, 730), 1, rng.lognormal(130, 0.7)];
    case 'seasonal': return [rng.int(20, 200), rng.int(2, 6), rng.lognormal(1500, 0.5)];
    case 'declining': return [rng.int(61, 350), rng.int(5, 15), rng.lognormal(2500, 0.5)];
    case 'lapsed': return [rng.int(366, 730), rng.int(1, 5), rng.lognormal(400, 0.6)];
  }
}

export function generateCustomerTable(seed = TABLE_SEED): TableRow[] {
  const rng = createRng(seed);
  const personas: Persona[] = [];
  for (const p of PERSONAS) for (let i = 0; i < Math.round(p.share * TABLE_CUSTOMERS); i++) personas.push(p.persona);
  rng.shuffle(personas);
  return personas.map((persona, i) => {
    const name = randomName(rng).pinyin;
    const [recencyDays, frequency, monetary] = rfmFor(rng, persona);
    const monetaryCents = Math.max(1000, Math.round(monetary * 100));
    const cadence = rng.weighted<Cadence>(['weekly', 'monthly', 'quarterly'], CADENCE_WEIGHTS[persona]);
    // weekly: 3.5-8.0 per month, monthly: 0.8-3.4, quarterly: 0.1-0.7
    const interactionsTenths = cadence === 'weekly' ? rng.int(35, 80) : cadence === 'monthly' ? rng.int(8, 34) : rng.int(1, 7);
    // potential: weekly 8-10, monthly 4-7, quarterly 1-3, then +-1 for a quarter of customers
    let potential = cadence === 'weekly' ? 8 + Math.min(2, Math.floor((interactionsTenths - 35) / 15))
      : cadence === 'monthly' ? 4 + Math.min(3, Math.floor((interactionsTenths - 8) / 7))
      : 1 + Math.min(2, Math.floor((interactionsTenths - 1) / 3));
    if (rng.chance(0.25)) potential += rng.chance(0.5) ? 1 : -1;
    potential = Math.min(10, Math.max(1, potential));
    // Next-year value: half the two-year spend, scaled by potential, damped when lapsed, noisy.
    const activity = recencyDays > 365 ? 0.3 : recencyDays > 180 ? 0.6 : 1;
    const future = (monetaryCents / 2) * (0.3 + 0.15 * potential) * activity * rng.lognormal(1, 0.35);
    const needType = rng.weighted<NeedType>(['A', 'B', 'C'], [50, 35, 15]);
    return {
      customerId: `K${String(i + 1).padStart(5, '0')}`,
      name, recencyDays, frequency, monetaryCents, potential,
      futureValueCents: Math.round(future), needType, interactionsTenths, cadence, persona,
    };
  });
}
