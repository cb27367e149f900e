/**
 * Presentation mode: the big-type projector layout, the note card and the shortcut help.
 * Flags only; TrainerToolbar puts them on <html> (a side effect of the component).
 */
import type { Hideable } from '../../domain/teaching/scenario';

/** The class on <html> that hides each control (present.css targets them). */
export const HIDE_CLASS: Record<Hideable, string> = {
  methods: 'hide-method-selectors',
  ruleEditor: 'hide-rule-editor',
  budget: 'hide-budget',
  hints: 'hide-hints',
};

export class Presentation {
  present = $state(false);
  showNote = $state(true);
  helpOpen = $state(false);
  /** The screen blacked out (a remote's "blank" button: B or period). */
  blank = $state(false);

  toggle() {
    this.present = !this.present;
    if (!this.present) this.blank = false;
  }

  toggleHelp() {
    this.helpOpen = !this.helpOpen;
  }

  /** Esc: an open help closes first, so one Esc too many does not drop out of presentation. */
  leave() {
    if (this.blank) this.blank = false;
    else if (this.helpOpen) this.helpOpen = false;
    else this.present = false;
  }
}
