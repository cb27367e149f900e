/**
 * A reload during a presentation comes back to the same step and note: presentation mode,
 * the step on screen and the note switch are kept for the tab (sessionStorage), and read
 * once at start. The step's settings are not re-applied: the workspace itself is saved.
 */
export interface PresentingState {
  present: boolean;
  position: number | null;
  showNote: boolean;
}

const KEY = 'ccc.presenting';

export interface ResumeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function savePresenting(storage: ResumeStorage | null, s: PresentingState) {
  try {
    if (!s.present && s.position === null) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage full or disabled: a reload then starts over, as before
  }
}

/** What to resume, or null; a position beyond the scenario's steps is dropped. */
export function readPresenting(storage: ResumeStorage | null, stepCount: number): PresentingState | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<PresentingState>;
    const position = Number.isInteger(v.position) && (v.position as number) >= 0 && (v.position as number) < stepCount ? (v.position as number) : null;
    return { present: v.present === true, position, showNote: v.showNote !== false };
  } catch {
    return null;
  }
}
