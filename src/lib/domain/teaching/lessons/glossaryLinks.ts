/**
 * Which glossary entry explains a class, segment, tier or stage, so every summary table can
 * link each name to its definition. Keys are the domain models' keys.
 */
import { GLOSSARY_IDS } from './glossary';

const EIGHT: Record<string, string> = {
  HHH: 'class-important-value',
  HLH: 'class-important-develop',
  LHH: 'class-important-retain',
  LLH: 'class-important-win-back',
  HHL: 'class-ordinary-value',
  HLL: 'class-ordinary-develop',
  LHL: 'class-ordinary-retain',
  LLL: 'class-ordinary-win-back',
};

const SEGMENTS: Record<string, string> = {
  champions: 'seg-champions',
  potentialLoyalist: 'seg-potential-loyalist',
  loyal: 'seg-loyal',
  promising: 'seg-promising',
  newCustomers: 'seg-new',
  cantLose: 'seg-cant-lose',
  atRisk: 'seg-at-risk',
  needAttention: 'seg-need-attention',
  aboutToSleep: 'seg-about-to-sleep',
  lost: 'seg-lost',
  others: 'seg-others',
};

const STAGES: Record<string, string> = {
  acquisition: 'stage-acquisition',
  growth: 'stage-growth',
  maturity: 'stage-maturity',
  churn: 'stage-churn',
};

export type GlossaryLens = 'eight' | 'segments' | 'pyramid' | 'lifecycle' | 'quadrants';

/** The glossary id for `key` in `lens`, or null when the glossary has no entry for it. */
export function glossaryIdFor(lens: GlossaryLens, key: string): string | null {
  const id =
    lens === 'eight'
      ? EIGHT[key]
      : lens === 'segments'
        ? SEGMENTS[key]
        : lens === 'pyramid'
          ? `tier-${key}`
          : lens === 'lifecycle'
            ? STAGES[key]
            : 'quadrants';
  return id && GLOSSARY_IDS.includes(id) ? id : null;
}
