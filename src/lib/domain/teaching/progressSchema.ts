/**
 * The check of a stored progress record (`progress:<id>`: lessons and exercises of one
 * workspace). The persistence layer runs it on load (a bad record is set aside) and before
 * every write; a workspace file's progress goes through it on import. Same helpers and
 * message references as the settings schema: `valid.wholeIn` with the field
 * "lessons.rfm-basics.reached", 0 and 10000.
 */
import { msg, type MessageRef } from '../messages';
import { fields, isRecord, mustBeObject, text, wholeIn, type Check } from '../models/settingsSchema';
import { SOLUTION_LEVEL } from './exerciseProgress';
import { MAX_PACK_EXERCISES, MAX_PACK_TITLE, MAX_STORED_PACKS } from './exercises/packLimits';

const MAX_STEP = 10_000;
const MAX_ATTEMPTS = 1_000_000_000;

const bool: Check = (v, at) => (typeof v === 'boolean' ? null : msg('valid.bool', { field: at }));
/** Answers are kept as typed: text, a number (even NaN, an empty number field), or null. */
const answer: Check = (v, at) => (typeof v === 'string' || typeof v === 'number' || v === null ? null : msg('valid.answer', { field: at }));

function predictions(v: unknown, at: string): MessageRef | null {
  if (!isRecord(v)) return mustBeObject(at);
  for (const [step, guess] of Object.entries(v)) {
    if (typeof guess !== 'string' && typeof guess !== 'number') return msg('valid.textOrNumber', { field: `${at}.${step}` });
  }
  return null;
}

const lesson: Check = (v, at) =>
  isRecord(v) ? fields(v, at, { reached: wholeIn(0, MAX_STEP), done: bool, predictions }) : mustBeObject(at);

const exercise: Check = (v, at) => {
  if (!isRecord(v)) return mustBeObject(at);
  const p = fields(v, at, { attempts: wholeIn(0, MAX_ATTEMPTS), hints: wholeIn(0, SOLUTION_LEVEL), solved: bool, withHelp: bool });
  if (p) return p;
  if (v.revealed !== undefined && typeof v.revealed !== 'boolean') return bool(v.revealed, `${at}.revealed`);
  if (v.variant !== undefined) {
    const w = wholeIn(0, MAX_ATTEMPTS)(v.variant, `${at}.variant`);
    if (w) return w;
  }
  if (v.triesSinceHint !== undefined) {
    const w = wholeIn(0, MAX_ATTEMPTS)(v.triesSinceHint, `${at}.triesSinceHint`);
    if (w) return w;
  }
  if (v.eliminated !== undefined && (!Array.isArray(v.eliminated) || v.eliminated.length > 1000 || !v.eliminated.every((e) => typeof e === 'string')))
    return msg('valid.textList', { field: `${at}.eliminated` });
  return v.lastAnswer === undefined ? null : answer(v.lastAnswer, `${at}.lastAnswer`);
};

function recordOf(check: Check): Check {
  return (v, at) => {
    if (v === undefined) return null; // filled with {} on load
    if (!isRecord(v)) return mustBeObject(at);
    for (const [id, item] of Object.entries(v)) {
      const p = check(item, `${at}.${id}`);
      if (p) return p;
    }
    return null;
  };
}

/**
 * The trainee's imported packs (`packs`): the Learn view builds every exercise of every pack,
 * so their number is capped and each exercise must be an object (its spec is checked there,
 * with the exercise kinds, and a bad one is left out). A null exercise used to throw there.
 */
function packs(v: unknown, at: string): MessageRef | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return msg('valid.list', { field: at });
  if (v.length > MAX_STORED_PACKS) return msg('valid.maxEntries', { field: at, max: MAX_STORED_PACKS });
  for (let i = 0; i < v.length; i++) {
    const pack = v[i];
    const path = `${at}[${i}]`;
    if (!isRecord(pack)) return mustBeObject(path);
    const p = fields(pack, path, { id: text(100, 1), title: text(MAX_PACK_TITLE) });
    if (p) return p;
    const exercises = pack.exercises;
    if (!Array.isArray(exercises)) return msg('valid.list', { field: `${path}.exercises` });
    if (exercises.length > MAX_PACK_EXERCISES) return msg('valid.maxEntries', { field: `${path}.exercises`, max: MAX_PACK_EXERCISES });
    const bad = exercises.findIndex((e) => !isRecord(e));
    if (bad >= 0) return mustBeObject(`${path}.exercises[${bad}]`);
  }
  return null;
}

/** Why `v` is not a usable progress record, or null. Unknown extra fields are kept and ignored. */
export function progressProblem(v: unknown): MessageRef | null {
  if (!isRecord(v)) return mustBeObject('progress');
  return fields(v, '', { lessons: recordOf(lesson), exercises: recordOf(exercise), packs });
}
