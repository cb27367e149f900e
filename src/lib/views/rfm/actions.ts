/**
 * The RFM view's writes to the workspace settings. Each is one pure operation from
 * domain/models/settings.ts applied through `workspace.updateSettings`, the same path the
 * Data page and the lessons use.
 */
import { workspace } from '../../state/workspace.svelte';
import type { Dimension } from '../../domain/models/scores';
import type { ThresholdMethod } from '../../domain/models/eightClasses';
import type { SegmentRule } from '../../domain/models/segments';
import {
  withBins,
  withCustomThreshold,
  withEdge,
  withQuantileEdges,
  withScoreCut,
  withSegmentRules,
  withThresholdMethod,
} from '../../domain/models/settings';

export const DIM_LETTER: Record<Dimension, 'R' | 'F' | 'M'> = { recency: 'R', frequency: 'F', monetary: 'M' };

export const setBins = (k: number) => workspace.updateSettings((s) => withBins(s, k));

export const setEdge = (dim: Dimension, i: number, value: number) =>
  workspace.updateSettings((s) => withEdge(s, dim, workspace.scores.edges[dim], i, value));

export const resetEdges = (dim: Dimension) => workspace.updateSettings((s) => withQuantileEdges(s, dim));

/** Edges move both lenses (segments directly, eight classes through score cuts). */
export function beginEdgeDrag() {
  workspace.beginChange('eight');
  workspace.beginChange('segments');
}

export function endEdgeDrag() {
  workspace.endChange('eight');
  workspace.endChange('segments');
}

export const setCustomThreshold = (dim: Dimension, value: number) => workspace.updateSettings((s) => withCustomThreshold(s, dim, value));

/** Switch method; `current` (the amount drawn now) seeds a custom amount so nothing jumps. */
export const setThresholdMethod = (dim: Dimension, method: ThresholdMethod, current: number) =>
  workspace.updateSettings((s) => withThresholdMethod(s, dim, method, current));

export const setScoreCut = (dim: Dimension, cut: number) => workspace.updateSettings((s) => withScoreCut(s, dim, cut));

export const setRules = (rules: SegmentRule[] | null) => workspace.updateSettings((s) => withSegmentRules(s, rules));
