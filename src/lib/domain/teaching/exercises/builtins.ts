/** The built-in exercises: one per kind, after CURRICULUM.md's table, in its order,
 * then the two about the future-value model (issue 11). */
import { buildExercise } from './build';
import type { Exercise, ExerciseSpec } from './types';

export const BUILTIN_SPECS: readonly ExerciseSpec[] = [
  { id: 'b01-reach-m-high', vary: true, kind: 'reachTarget', params: { targetShare: 0.2, tolerance: 0.02, answerTolerance: 1 } },
  { id: 'b02-classify', vary: true, kind: 'classifyByHand', params: { customerAt: 0.37 } },
  { id: 'b03-score-r', vary: true, kind: 'scoreByHand', params: { dimension: 'recency', customerAt: 0.61 } },
  { id: 'b04-pyramid-top', vary: true, kind: 'pyramidShare', params: { cuts: [0.8, 0.5] } },
  { id: 'b05-movers', vary: true, kind: 'findMovers', params: { months: 3, from: 'HHH', to: 'LHH', pick: 3 } },
  { id: 'b06-actions', vary: true, kind: 'matchActions' },
  { id: 'b07-budget', vary: true, kind: 'splitBudget', params: { total: 100000 } },
  { id: 'b08-read-chart', vary: true, kind: 'readChart' },
  { id: 'b09-others-empty', vary: true, kind: 'editRules' },
  { id: 'b10-r-direction', vary: true, kind: 'predictDirection', params: { dimension: 'recency' } },
  { id: 'b11-empty-f-bin', vary: true, kind: 'explainEmptyBin', params: { dimension: 'frequency' } },
  { id: 'b12-churn', vary: true, kind: 'lifecycleChurn', params: { churnDays: 180 } },
  { id: 'b13-pareto', vary: true, kind: 'pareto', params: { revenueShare: 0.8 } },
  { id: 'b14-connect', vary: true, kind: 'connectLenses', params: { boundary: 0 } },
  { id: 'b15-quarter', vary: true, kind: 'overTime', params: { months: 3 } },
  { id: 'b16-gb18030', vary: true, kind: 'realFiles', params: { encoding: 'gb18030' } },
  { id: 'b17-p-alive', vary: true, kind: 'readPAlive', params: { band: 'middle', at: 0.5 } },
  { id: 'b18-holdout', vary: true, kind: 'holdoutDirection', params: { holdoutWeeks: 26 } },
];

export const BUILTIN_EXERCISES: readonly Exercise[] = BUILTIN_SPECS.map((s) => buildExercise(s));

export function builtinById(id: string): Exercise | undefined {
  return BUILTIN_EXERCISES.find((e) => e.id === id);
}
