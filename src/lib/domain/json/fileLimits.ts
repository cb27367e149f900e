/**
 * The size ceiling of each kind of JSON file a user picks, checked against `file.size`
 * before the file is read (a file is read whole, then parsed in one piece: a huge or
 * hostile one would hold the tab or crash it). Each ceiling is worked out from the caps
 * the file's schema already enforces, so every file the app itself writes fits:
 *
 * - scenario: MAX_STEPS steps, each with a MAX_NOTE note and MAX_SEGMENT_RULES rules whose
 *   key and label are MAX_RULE_TEXT long, and a MAX_TITLE title; every character of text
 *   counted at 6 bytes (JSON writes a control character or a lone surrogate as `\uXXXX`;
 *   Chinese text is 3), and 16,000 bytes per step for the rest of it (the full settings,
 *   written out with indentation: about 9,000 with 50 rules). 8.8 MB: 9 MiB.
 * - pack: MAX_PACK_EXERCISES exercises with an English and a Chinese title and prompt of
 *   MAX_PACK_TEXT characters each and a MAX_PACK_TITLE title, at 6 bytes a character, and
 *   2,000 bytes per exercise for its id, kind and parameters. 10.0 MB: 10 MiB.
 * - workspace: it carries its dataset, which came from a data file of at most
 *   MAX_DATA_FILE_BYTES, as packed binary columns (Online Retail's 48 MB CSV exports as an
 *   11.6 MB workspace file), so the same ceiling as a data file: 256 MiB.
 */
import { MAX_DATA_FILE_BYTES } from '../fileSize';
import { MAX_RULE_TEXT, MAX_SEGMENT_RULES } from '../models/settingsSchema';
import { MAX_NOTE, MAX_STEPS, MAX_TITLE } from '../teaching/scenario/types';
import { MAX_PACK_EXERCISES, MAX_PACK_TEXT, MAX_PACK_TITLE } from '../teaching/exercises/packLimits';

export type JsonFileKind = 'workspace' | 'scenario' | 'pack';

const MIB = 1024 * 1024;
/** The most bytes JSON spends on one UTF-16 unit of text: `\u0001` is six. */
const BYTES_PER_CHAR = 6;
const SCENARIO_STEP_STRUCTURE_BYTES = 16_000;
const PACK_EXERCISE_STRUCTURE_BYTES = 2_000;

/** Rounded up to whole MiB, so a limit reads as a round number ("at most 9 MB"). */
const wholeMib = (bytes: number) => Math.ceil(bytes / MIB) * MIB;

/** The largest valid scenario file, in bytes, before rounding. */
export const SCENARIO_FILE_BOUND =
  BYTES_PER_CHAR * (MAX_TITLE + MAX_STEPS * (MAX_NOTE + MAX_SEGMENT_RULES * 2 * MAX_RULE_TEXT)) + MAX_STEPS * SCENARIO_STEP_STRUCTURE_BYTES;
/** The largest valid exercise pack file, in bytes, before rounding. */
export const PACK_FILE_BOUND = BYTES_PER_CHAR * (MAX_PACK_TITLE + MAX_PACK_EXERCISES * 4 * MAX_PACK_TEXT) + MAX_PACK_EXERCISES * PACK_EXERCISE_STRUCTURE_BYTES;

export const JSON_FILE_LIMITS: Readonly<Record<JsonFileKind, number>> = {
  workspace: MAX_DATA_FILE_BYTES,
  scenario: wholeMib(SCENARIO_FILE_BOUND),
  pack: wholeMib(PACK_FILE_BOUND),
};
