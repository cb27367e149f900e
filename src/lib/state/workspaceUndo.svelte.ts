/**
 * Undo and redo of the workspace's settings (not saved: a reload starts a fresh history).
 * The workspace says how to read and write what one step restores and whether a drag is
 * open; the whole of a drag (every lens dragged at once) is one step.
 */
import { History } from './settingsHistory';
import type { SettingsEntry } from './workspaceState';

export interface UndoTarget {
  /** The settings of now, as one step would restore them. */
  read(): SettingsEntry;
  write(entry: SettingsEntry): void;
  /** Whether a drag or a run of key presses is open (read untracked). */
  dragging(): boolean;
}

export class WorkspaceUndo {
  #history = new History<SettingsEntry>(100);
  /** Whether the drag under way has recorded its one undo step. */
  #dragRecorded = false;
  canUndo = $state(false);
  canRedo = $state(false);
  readonly #target: UndoTarget;

  constructor(target: UndoTarget) {
    this.#target = target;
  }

  /**
   * Before a change: one undo step, or none when this drag already made its step. A discrete
   * change (reset, a mode) made while a drag or a run of key presses is still open is a step
   * of its own, and what the drag does after it is one more: merged into the drag, Undo would
   * skip back over the reset to before the drag.
   */
  record(discrete = false) {
    const dragging = this.#target.dragging();
    if (dragging && !discrete) {
      if (this.#dragRecorded) return;
      this.#dragRecorded = true;
    } else if (dragging) this.#dragRecorded = false;
    this.#history.record(this.#target.read());
    this.#sync();
  }

  /** Several settings at once as one step (reset to course defaults), even during a drag; nothing when none changes. */
  change(next: Partial<SettingsEntry>) {
    const now = this.#target.read();
    const merged = { ...now, ...next };
    if ((Object.keys(now) as (keyof SettingsEntry)[]).every((k) => merged[k] === now[k])) return;
    this.record(true);
    this.#target.write(merged);
  }

  // A drag still open after an undo or redo records its next change as a new step, so the
  // redo list is dropped as for any other change.
  undo() {
    const e = this.#history.undo(this.#target.read());
    if (e) this.#target.write(e);
    this.#dragRecorded = false;
    this.#sync();
  }

  redo() {
    const e = this.#history.redo(this.#target.read());
    if (e) this.#target.write(e);
    this.#dragRecorded = false;
    this.#sync();
  }

  /** A new drag begins (no lens was being dragged): its first change is a step. */
  dragStarted() {
    this.#dragRecorded = false;
  }

  /** Other data or another workspace: earlier settings were for something else. */
  clear() {
    this.#history.clear();
    this.#sync();
  }

  #sync() {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
  }
}
