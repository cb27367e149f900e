/** Which keys the presentation shortcuts use, and when they must stay out of the way. */

export type ShortcutAction = 'next' | 'prev' | 'reset' | 'freeze' | 'blank' | 'leave' | 'help';

export const SHORTCUTS: { action: ShortcutAction; keys: string[] }[] = [
  { action: 'next', keys: ['→', 'PageDown', 'N'] },
  { action: 'prev', keys: ['←', 'PageUp', 'P'] },
  { action: 'reset', keys: ['R'] },
  { action: 'freeze', keys: ['F'] },
  { action: 'blank', keys: ['B', '.'] },
  { action: 'leave', keys: ['Esc'] },
  { action: 'help', keys: ['?'] },
];

export function actionOf(key: string): ShortcutAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'prev';
    case 'r':
    case 'R':
      return 'reset';
    case 'f':
    case 'F':
      return 'freeze';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Escape':
      return 'leave';
    case '?':
      return 'help';
    default:
      return null;
  }
}

const TYPING_ROLES = new Set(['slider', 'spinbutton', 'textbox', 'combobox', 'listbox', 'searchbox', 'radio', 'menuitem']);

/** True when `el` takes the keys itself: a field, a list, a slider (sliders use the arrows). */
export function takesKeys(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  const role = el.getAttribute('role');
  return role !== null && TYPING_ROLES.has(role);
}

/**
 * Keys a presenter remote sends for its own buttons (next, previous, blank screen). In
 * presentation mode they belong to the step player even while a slider has focus: a remote
 * must never move a threshold. Arrow keys are not among them: they still move a focused handle.
 */
export function isClickerKey(key: string): boolean {
  return key === 'PageDown' || key === 'PageUp' || key === 'b' || key === 'B' || key === '.';
}

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date']);

/** True when `el` is where text is typed: the clicker keys are characters or caret moves there. */
export function typesText(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
}
