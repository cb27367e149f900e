/**
 * Undo/redo of settings: a bounded stack of earlier values. Pure and generic (the workspace
 * stores what a settings change can alter); a drag is one step because the workspace records
 * only the first change of a drag (see Workspace.beginChange).
 */
export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  readonly limit: number;

  constructor(limit = 100) {
    this.limit = limit;
  }

  get canUndo() {
    return this.#past.length > 0;
  }
  get canRedo() {
    return this.#future.length > 0;
  }

  /** Before a change: remember `before`; a new change drops what could be redone. */
  record(before: T) {
    this.#past.push(before);
    if (this.#past.length > this.limit) this.#past.shift();
    this.#future = [];
  }

  /** The value to go back to (and keep `current` for redo), or null when there is none. */
  undo(current: T): T | null {
    const prev = this.#past.pop();
    if (prev === undefined) return null;
    this.#future.push(current);
    return prev;
  }

  redo(current: T): T | null {
    const next = this.#future.pop();
    if (next === undefined) return null;
    this.#past.push(current);
    return next;
  }

  clear() {
    this.#past = [];
    this.#future = [];
  }
}
