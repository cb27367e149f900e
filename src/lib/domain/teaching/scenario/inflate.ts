/**
 * Decoding a link's payload (lz-string's URI-safe form) with a ceiling on what it may expand
 * to. lz-string's own decoder builds the whole text before anyone can look at its size, and
 * its dictionary lets a short link spell a very long text: each code may stand for the
 * previous code's text plus one character, so n codes can spell about n²/2 characters, and a
 * link of 300,000 characters could spell billions (a "zip bomb"). This decoder counts the
 * characters as it emits them and gives up as soon as the count passes the ceiling, so the
 * time and memory it takes are bounded by the ceiling, not by what the link claims.
 *
 * It reads the format lz-string 1.5 writes with `compressToEncodedURIComponent` (the tests
 * compare the two on random texts and random payloads).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const BITS_PER_CHAR = 6;
const VALUE = new Map<string, number>(Array.from(ALPHABET, (ch, i) => [ch, i]));

/** Codes 0 to 2 are commands: an 8-bit character follows, a 16-bit character follows, the end. */
const CHAR8 = 0;
const CHAR16 = 1;
const END = 2;

export type Inflated = { ok: true; text: string } | { ok: false; reason: 'corrupt' } | { ok: false; reason: 'tooBig' };

const CORRUPT: Inflated = { ok: false, reason: 'corrupt' };
const TOO_BIG: Inflated = { ok: false, reason: 'tooBig' };

/** The payload's bits: six per character, highest first; reading past the end gives zeros. */
class BitReader {
  readonly #values: Uint8Array;
  #char = 0;
  #bit = BITS_PER_CHAR - 1;

  constructor(payload: string) {
    // A character outside the alphabet reads as 0, as lz-string reads it (a link pasted with
    // a stray character decodes the same in both, or fails the same way).
    this.#values = Uint8Array.from(payload, (ch) => VALUE.get(ch) ?? 0);
  }

  /** True once every character has been read to its last bit. */
  get exhausted(): boolean {
    return this.#char >= this.#values.length;
  }

  /** A number of `count` bits, lowest bit first. */
  read(count: number): number {
    let value = 0;
    for (let i = 0, weight = 1; i < count; i++, weight *= 2) {
      const v = this.#values[this.#char] ?? 0;
      if ((v >> this.#bit) & 1) value += weight;
      if (this.#bit === 0) {
        this.#bit = BITS_PER_CHAR - 1;
        this.#char++;
      } else this.#bit--;
    }
    return value;
  }
}

/** Codes are as wide as the dictionary's size needs, one bit more at every power of two. */
const codeWidth = (dictionarySize: number) => 32 - Math.clz32(dictionarySize);

/**
 * The text of a payload, or why there is none: `corrupt` (not a payload this format can
 * produce, or cut short) or `tooBig` (it would spell more than `maxChars` characters; decoding
 * stopped there). Never throws.
 */
export function inflateLinkPayload(payload: string, maxChars: number): Inflated {
  if (payload === '') return CORRUPT;
  // A `+` that travelled through a form or a mail client may arrive as a space.
  const bits = new BitReader(payload.replace(/ /g, '+'));
  const dictionary: string[] = ['', '', ''];
  const parts: string[] = [];
  let size = 0;
  let previous: string | null = null;
  for (;;) {
    if (previous !== null && bits.exhausted) return CORRUPT;
    let code = bits.read(codeWidth(dictionary.length));
    if (code === END) return previous === null ? CORRUPT : { ok: true, text: parts.join('') };
    if (code === CHAR8 || code === CHAR16) {
      dictionary.push(String.fromCharCode(bits.read(code === CHAR8 ? 8 : 16)));
      code = dictionary.length - 1;
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code];
    // The one code that may name the entry about to be made: the previous text plus its own first character.
    else if (code === dictionary.length && previous !== null) entry = previous + previous[0];
    else return CORRUPT;
    size += entry.length;
    if (size > maxChars) return TOO_BIG;
    parts.push(entry);
    if (previous !== null) dictionary.push(previous + entry[0]);
    previous = entry;
  }
}
