/**
 * The RFM view's writes to the workspace settings (state, so the classroom can own them
 * without importing a view). Each is one pure operation from
 * domain/models/settings.ts applied through `workspace.updateSettings`, the same path the
 * Data page and the lessons use. Members are arrow functions so components can take them out.
 */
import type { Workspace } from './workspace.svelte';
import type { Dimension } from '../domain/models/scores';
import type { ThresholdMethod } from '../domain/models/eightClasses';
import type { SegmentRule } from '../domain/models/segments';
import {
  withBins,
  withCustomThreshold,
  withEdge,
  withQuantileEdges,
  withScoreCut,
  withSegmentRules,
  withThresholdMethod,
} from '../domain/models/settings';

export class RfmActions {
  constructor(private readonly workspace: Workspace) {}

  setBins = (k: number) => this.workspace.updateSettings((s) => withBins(s, k));

  setEdge = (dim: Dimension, i: number, value: number) =>
    this.workspace.updateSettings((s) => withEdge(s, dim, this.workspace.scores.edges[dim], i, value));

  resetEdges = (dim: Dimension) => this.workspace.updateSettings((s) => withQuantileEdges(s, dim));

  /** Edges move both lenses (segments directly, eight classes through score cuts). */
  beginEdgeDrag = () => {
    this.workspace.beginChange('eight');
    this.workspace.beginChange('segments');
  };

  endEdgeDrag = () => {
    this.workspace.endChange('eight');
    this.workspace.endChange('segments');
  };

  setCustomThreshold = (dim: Dimension, value: number) => this.workspace.updateSettings((s) => withCustomThreshold(s, dim, value));

  /** Switch method; `current` (the amount drawn now) seeds a custom amount so nothing jumps. */
  setThresholdMethod = (dim: Dimension, method: ThresholdMethod, current: number) =>
    this.workspace.updateSettings((s) => withThresholdMethod(s, dim, method, current));

  setScoreCut = (dim: Dimension, cut: number) => this.workspace.updateSettings((s) => withScoreCut(s, dim, cut));

  setRules = (rules: SegmentRule[] | null) => this.workspace.updateSettings((s) => withSegmentRules(s, rules));
}
