/** Test support: hostile link payloads (used by the unit tests and the hostile e2e suite). */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A bomb built by hand (lz-string itself takes a minute to compress ten million characters):
 * the character `ch`, then `codes` codes that each name the entry about to be made, i.e. the
 * previous text plus one more `ch`, so the text is 1 + 2 + … + (codes + 1) characters of `ch`.
 * Codes are written lowest bit first, as wide as the dictionary needs (one bit more at each
 * power of two), six bits per link character, highest bit first.
 */
export function bombPayload(ch: string, codes: number): string {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let i = 0; i < width; i++) bits.push((value >> i) & 1);
  };
  const width = (size: number) => size.toString(2).length;
  put(0, 2); // an 8-bit character follows
  put(ch.charCodeAt(0), 8);
  let size = 4; // three commands and the character
  for (let i = 0; i < codes; i++) put(size, width(size++));
  put(2, width(size)); // the end
  while (bits.length % 6) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += ALPHABET[bits.slice(i, i + 6).reduce((v, b) => v * 2 + b, 0)];
  return out;
}
