/**
 * The check of a stored progress record (`progress:<id>`: lessons and exercises of one
 * workspace). The persistence layer runs it on load (a bad record is set aside) and before
 * every write; a workspace file's progress goes through it on import. Same helpers and
 * message style as the settings schema: "lessons.rfm-basics.reached must be a whole number
 * from 0 to 10000".
 */
import { fields, isRecord, wholeIn, type Check } from '../models/settingsSchema';
import { SOLUTION_LEVEL } from './exerciseProgress';

const MAX_STEP = 10_000;
const MAX_ATTEMPTS = 1_000_000_000;

const bool: Check = (v, at) => (typeof v === 'boolean' ? null : `${at} must be true or false`);
/** Answers are kept as typed: text, a number (even NaN, an empty number field), or null. */
const answer: Check = (v, at) => (typeof v === 'string' || typeof v === 'number' || v === null ? null : `${at} must be text, a number or null`);

function predictions(v: unknown, at: string): string | null {
  if (!isRecord(v)) return `${at} must be an object`;
  for (const [step, guess] of Object.entries(v)) {
    if (typeof guess !== 'string' && typeof guess !== 'number') return `${at}.${step} must be text or a number`;
  }
  return null;
}

const lesson: Check = (v, at) =>
  isRecord(v) ? fields(v, at, { reached: wholeIn(0, MAX_STEP), done: bool, predictions }) : `${at} must be an object`;

const exercise: Check = (v, at) => {
  if (!isRecord(v)) return `${at} must be an object`;
  const p = fields(v, at, { attempts: wholeIn(0, MAX_ATTEMPTS), hints: wholeIn(0, SOLUTION_LEVEL), solved: bool, withHelp: bool });
  if (p) return p;
  return v.lastAnswer === undefined ? null : answer(v.lastAnswer, `${at}.lastAnswer`);
};

function recordOf(check: Check): Check {
  return (v, at) => {
    if (v === undefined) return null; // filled with {} on load
    if (!isRecord(v)) return `${at} must be an object`;
    for (const [id, item] of Object.entries(v)) {
      const p = check(item, `${at}.${id}`);
      if (p) return p;
    }
    return null;
  };
}

/** Why `v` is not a usable progress record, or null. Unknown extra fields are kept and ignored. */
export function progressProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'progress must be an object';
  return fields(v, '', { lessons: recordOf(lesson), exercises: recordOf(exercise) });
}
