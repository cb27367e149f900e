/**
 * The exercise kinds. Every expected answer is computed here from the live context
 * (never a stored number), so the same exercise works on any sample and on a trainer's data.
 * The kinds live in `./kinds/` by topic; this module fixes their order, which is the order
 * `EXERCISE_KINDS` lists them in.
 */
import { classifyByHand, explainEmptyBin, matchActions, readChart, scoreByHand } from './kinds/byHand';
import { editRules, realFiles } from './kinds/filesRules';
import { findMovers, overTime } from './kinds/overTime';
import { holdoutDirection, readPAlive } from './kinds/future';
import { connectLenses, lifecycleChurn, splitBudgetKind } from './kinds/quadrants';
import { pareto, predictDirection, pyramidShare, reachTarget } from './kinds/thresholds';
import type { ExerciseKind, KindDef } from './types';

/** Every kind by its key. */
export const KINDS: Record<ExerciseKind, KindDef<any>> = {
  reachTarget,
  classifyByHand,
  scoreByHand,
  pyramidShare,
  findMovers,
  matchActions,
  splitBudget: splitBudgetKind,
  readChart,
  editRules,
  predictDirection,
  explainEmptyBin,
  lifecycleChurn,
  pareto,
  connectLenses,
  overTime,
  realFiles,
  readPAlive,
  holdoutDirection,
};

export const EXERCISE_KINDS = Object.keys(KINDS) as ExerciseKind[];
