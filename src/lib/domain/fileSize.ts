/**
 * The size ceilings of files the browser reads whole, and how a size is told to the user.
 * A file over its ceiling is refused from `file.size` alone, before a byte of it is read.
 */

const MIB = 1024 * 1024;

/**
 * The largest data file (CSV) the browser loads. Measured (README, "Scale",
 * tests/bench/bigfile.ts): 229 MB of order lines (2.7 M) peak at about 600 MB in the page,
 * 2.6 times the file; past this the customer-table route (samples/sql) is the way.
 */
export const MAX_DATA_FILE_BYTES = 256 * MIB;

/**
 * A size in megabytes (MiB) for a message, rounded UP to one decimal, so a file just over
 * a limit never reads as equal to it (9 MiB + 1 byte is "9.1 MB", 1 GiB is "1024 MB").
 */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / MIB) * 10) / 10;
}

/** The params of every "too large" message: `{ sizeMb, limitMb }`. */
export type TooLargeParams = { sizeMb: number; limitMb: number };

/** The params for "this file is {sizeMb} MB; at most {limitMb} MB", or null when it fits. */
export function tooLarge(size: number, limit: number): TooLargeParams | null {
  return size > limit ? { sizeMb: megabytes(size), limitMb: megabytes(limit) } : null;
}
