import type { Dimension } from '../../domain/models/scores';

/** The letter of each dimension, as the course writes classes (R, F, M). */
export const DIM_LETTER: Record<Dimension, 'R' | 'F' | 'M'> = { recency: 'R', frequency: 'F', monetary: 'M' };
