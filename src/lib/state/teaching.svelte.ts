/**
 * Which lesson step or exercise is open beside the live charts. The lesson and exercise
 * modules own their content and progress; this is only the shared "what is active".
 */
import type { Workspace } from './workspace.svelte';
import type { TeachingContext } from '../domain/teaching/context';
import type { FigureKey } from '../domain/teaching/figures';

/** Which figures a teaching part (the lesson runner, the exercise runner) hides right now. */
export type Concealer = () => readonly FigureKey[];

export type ActiveTeaching = { kind: 'lesson'; id: string; step: number } | { kind: 'exercise'; id: string } | null;

export class Teaching {
  constructor(private readonly workspace: Workspace) {}

  active = $state<ActiveTeaching>(null);

  /** The live state as a plain TeachingContext (derived, recomputed only when read and changed). */
  context = $derived.by((): TeachingContext => ({
    view: this.workspace.view,
    rfmMode: this.workspace.rfmMode,
    datasetName: this.workspace.datasetName,
    shape: this.workspace.dataset?.shape ?? null,
    analysisDay: this.workspace.effectiveAnalysisDay,
    defaultAnalysisDay: this.workspace.defaultAnalysisDay,
    // Settings are immutable (replaced whole on every change), so no copy per change.
    settings: this.workspace.settings,
    monetaryMode: this.workspace.monetaryMode,
    metrics: this.workspace.metrics,
    sorted: this.workspace.sorted,
    analysis: {
      scores: this.workspace.scores,
      eight: this.workspace.eight,
      segments: this.workspace.segments,
      pyramid: this.workspace.pyramid,
      valuePotential: this.workspace.valuePotential,
      currentFuture: this.workspace.currentFuture,
      lifecycle: this.workspace.lifecycle,
    },
    selectedCustomer: this.workspace.selectedCustomer,
    snapshots: this.workspace.snapshots.length,
    // The model (made by the first view that shows it), only when its fit is for the data and settings of now.
    future: this.workspace.futureEstimate?.current ? this.workspace.futureEstimate.result : null,
  }));

  /**
   * The figures hidden on the analysis views while a prediction is open. The lesson and
   * exercise runners load lazily, so each registers its own rule here by name.
   */
  private concealers = $state.raw<Record<string, Concealer>>({});
  concealed = $derived(new Set<FigureKey>(Object.values(this.concealers).flatMap((c) => c())));

  setConcealer(name: string, concealer: Concealer | null) {
    const next = { ...this.concealers };
    if (concealer) next[name] = concealer;
    else delete next[name];
    this.concealers = next;
  }

  isConcealed = (figure: FigureKey): boolean => this.concealed.has(figure);

  /**
   * The open lesson a workspace's progress record says was interrupted (a reload, a switch
   * back), as stored: the lesson runner checks it and takes the learner's state from it.
   */
  resumed = $state.raw<unknown>(null);

  /** Reopen the lesson a stored record names, or close the lesson of another workspace. */
  resume(saved: unknown) {
    const s = saved as { id?: unknown; step?: unknown } | null | undefined;
    if (s && typeof s === 'object' && typeof s.id === 'string' && Number.isInteger(s.step)) {
      this.resumed = saved;
      this.active = { kind: 'lesson', id: s.id, step: s.step as number };
    } else if (this.active?.kind === 'lesson') {
      this.active = null;
    }
  }

  close() {
    this.active = null;
  }
}

