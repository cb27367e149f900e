/**
 * The RFM view's writes to the workspace settings, in one place so every control and
 * handle changes settings the same way (whole sorted edge arrays, clamped rules).
 */
import { workspace } from '../../state/workspace.svelte';
import type { Dimension } from '../../domain/models/scores';
import type { ThresholdMethod } from '../../domain/models/eightClasses';
import type { SegmentRule } from '../../domain/models/segments';
import { clampRules, moveEdge } from '../../domain/models/rfmLayout';

export const DIM_LETTER: Record<Dimension, 'R' | 'F' | 'M'> = { recency: 'R', frequency: 'F', monetary: 'M' };

/** A middle score cut for k scores: 3 of 5, 3 of 4, 2 of 3. */
export const defaultScoreCut = (k: number) => Math.floor(k / 2) + 1;

export function setBins(k: number) {
  const s = workspace.settings;
  if (s.bins === k) return;
  s.bins = k;
  // Dragged edges are k-1 long: they mean nothing for another k.
  s.customEdges = {};
  if (s.segmentRules) s.segmentRules = clampRules(s.segmentRules, k);
  for (const d of ['recency', 'frequency', 'monetary'] as const) {
    const t = s.thresholds[d];
    if (t.method === 'score' && (t.value ?? 3) > k) s.thresholds[d] = { method: 'score', value: k };
  }
}

export function setEdge(dim: Dimension, i: number, value: number) {
  workspace.settings.customEdges[dim] = moveEdge(workspace.scores.edges[dim], i, value);
}

export function resetEdges(dim: Dimension) {
  const next = { ...workspace.settings.customEdges };
  delete next[dim];
  workspace.settings.customEdges = next;
}

/** Edges move both lenses (segments directly, eight classes through score cuts). */
export function beginEdgeDrag() {
  workspace.beginChange('eight');
  workspace.beginChange('segments');
}

export function endEdgeDrag() {
  workspace.endChange('eight');
  workspace.endChange('segments');
}

export function setCustomThreshold(dim: Dimension, value: number) {
  if (Number.isFinite(value)) workspace.settings.thresholds[dim] = { method: 'custom', value };
}

/** Switch method; `current` (the amount drawn now) seeds a custom amount so nothing jumps. */
export function setThresholdMethod(dim: Dimension, method: ThresholdMethod, current: number) {
  const k = workspace.scores.k;
  const old = workspace.settings.thresholds[dim];
  if (method === 'score') workspace.settings.thresholds[dim] = { method, value: old.method === 'score' ? old.value : defaultScoreCut(k) };
  else if (method === 'custom') workspace.settings.thresholds[dim] = { method, value: current };
  else workspace.settings.thresholds[dim] = { method };
}

export function setScoreCut(dim: Dimension, s: number) {
  workspace.settings.thresholds[dim] = { method: 'score', value: s };
}

export function setRules(rules: SegmentRule[] | null) {
  workspace.settings.segmentRules = rules;
}
