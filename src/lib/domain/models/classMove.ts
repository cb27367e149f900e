/**
 * Why a customer moved between two of the eight classes, and what to do now. A class key is
 * R, F, M in that order, each H or L (COURSE.md's table); a move is explained by the
 * dimensions that went from High to Low (or back), and the action that follows is the one
 * of the class the customer is in NOW: the target class, never the one they left.
 */
export type Letter = 'R' | 'F' | 'M';
const LETTERS: readonly Letter[] = ['R', 'F', 'M'];

export interface ClassMove {
  /** Dimensions that fell from High to Low. */
  fell: Letter[];
  /** Dimensions that rose from Low to High. */
  rose: Letter[];
  /** Message key of the action to take now (the target class's). */
  actionKey: string;
}

export function classMove(fromKey: string, toKey: string): ClassMove {
  const fell: Letter[] = [];
  const rose: Letter[] = [];
  LETTERS.forEach((d, i) => {
    if (fromKey[i] === 'H' && toKey[i] === 'L') fell.push(d);
    if (fromKey[i] === 'L' && toKey[i] === 'H') rose.push(d);
  });
  return { fell, rose, actionKey: `class.${toKey}.action` };
}
