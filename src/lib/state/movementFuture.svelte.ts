/**
 * The future values the Movement view's current × future comparison labels with: the source
 * the quadrant view uses (workspace.futureSource). When that is the model's estimate, the
 * earlier side gets the model fitted as of its own analysis date (what the quadrant view showed
 * then); until that fit is ready, or when it cannot be made, both sides use the simple
 * projection, so a customer never moves only because the two sides were valued differently.
 * Made with the Movement view: the earlier side's model lives and fits only while it is open.
 */
import type { MessageRef } from '../domain/messages';
import type { CustomerMetrics, DayNumber } from '../domain/types';
import type { Classroom } from './classroom.svelte';
import { FutureModel, futureOf } from './future.svelte';
import { defaultRunner, type FutureRunner } from './futureRunner';

/** What the comparison's two sides are, as the view needs it. */
export interface MovementSides {
  /** The current × future lens on transactions (the only case with a model). */
  wanted: boolean;
  /** The earlier side's analysis date (null: the data's default) and metrics. */
  fromDay: DayNumber | null;
  fromMetrics: CustomerMetrics | null;
  /** Whether the earlier side is the workspace's own metrics. */
  sameAsNow: boolean;
}

export type MovementFutureSource =
  | { kind: 'none' }
  | { kind: 'projection' }
  | { kind: 'model'; weeks: number; fromEnd: DayNumber; toEnd: DayNumber }
  | { kind: 'fromRunning'; day: DayNumber }
  | { kind: 'fromFailed'; day: DayNumber; reason: MessageRef | null };

export interface MovementFutureValues {
  source: MovementFutureSource;
  /** Future values per metrics position for each side; null: the metrics' own column (the projection, or a customer table's column). */
  from: Float64Array | null;
  to: Float64Array | null;
}

export class MovementFuture {
  readonly #from: FutureModel;

  constructor(
    private readonly classroom: Classroom,
    private readonly sides: () => MovementSides,
    runner: FutureRunner = defaultRunner,
  ) {
    const ws = classroom.workspace;
    // The "now" side is the classroom's model, the quadrant view's; made once the lens asks for it.
    $effect(() => {
      if (this.sides().wanted) futureOf(classroom);
    });
    this.#from = new FutureModel(ws, runner, () => {
      const s = this.sides();
      return s.wanted && !s.sameAsNow ? (s.fromDay ?? ws.defaultAnalysisDay) : null;
    });
  }

  values = $derived.by((): MovementFutureValues => {
    const s = this.sides();
    const ws = this.classroom.workspace;
    const none = { from: null, to: null };
    if (!s.wanted) return { source: { kind: 'none' }, ...none };
    const now = ws.futureEstimate;
    if (ws.futureSource !== 'model' || !ws.futureValues || !now?.result) return { source: { kind: 'projection' }, ...none };
    const weeks = now.result.options.horizonWeeks;
    const toEnd = now.result.options.calibrationEnd;
    if (s.sameAsNow) return { source: { kind: 'model', weeks, fromEnd: toEnd, toEnd }, from: ws.futureValues, to: ws.futureValues };
    const f = this.#from;
    const day = s.fromDay ?? ws.defaultAnalysisDay!;
    const from = f.current && s.fromMetrics ? f.valuesFor(s.fromMetrics) : null;
    if (from) return { source: { kind: 'model', weeks, fromEnd: f.result!.options.calibrationEnd, toEnd }, from, to: ws.futureValues };
    if (f.status === 'error' || (f.status === 'ready' && f.current)) {
      return { source: { kind: 'fromFailed', day, reason: f.error ?? f.result?.warnings[0] ?? null }, ...none };
    }
    return { source: { kind: 'fromRunning', day }, ...none };
  });
}
