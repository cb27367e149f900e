/**
 * Which lesson step or exercise is open beside the live charts. The lesson and exercise
 * modules own their content and progress; this is only the shared "what is active".
 */
import { workspace } from './workspace.svelte';
import type { TeachingContext } from '../domain/teaching/context';

export type ActiveTeaching = { kind: 'lesson'; id: string; step: number } | { kind: 'exercise'; id: string } | null;

class Teaching {
  active = $state<ActiveTeaching>(null);

  /** The live state as a plain TeachingContext (derived, recomputed only when read and changed). */
  context = $derived.by((): TeachingContext => ({
    view: workspace.view,
    rfmMode: workspace.rfmMode,
    datasetName: workspace.datasetName,
    shape: workspace.dataset?.shape ?? null,
    analysisDay: workspace.effectiveAnalysisDay,
    defaultAnalysisDay: workspace.defaultAnalysisDay,
    // Settings are immutable (replaced whole on every change), so no copy per change.
    settings: workspace.settings,
    monetaryMode: workspace.monetaryMode,
    metrics: workspace.metrics,
    sorted: workspace.sorted,
    analysis: {
      scores: workspace.scores,
      eight: workspace.eight,
      segments: workspace.segments,
      pyramid: workspace.pyramid,
      valuePotential: workspace.valuePotential,
      currentFuture: workspace.currentFuture,
      lifecycle: workspace.lifecycle,
    },
    selectedCustomer: workspace.selectedCustomer,
    snapshots: workspace.snapshots.length,
  }));

  close() {
    this.active = null;
  }
}

export const teaching = new Teaching();
