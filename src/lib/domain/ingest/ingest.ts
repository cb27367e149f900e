/**
 * CSV bytes -> Dataset + IngestReport (or one IngestFailure). Runs unchanged in a Web
 * Worker and in Node: no DOM, no Node modules.
 *
 * Pass 1 (pass1.ts) reads rows with CsvReader (csv.ts; papaparse was too slow for 541k
 * rows, see there) in cancellable slices (chunks.ts) and stores per row only interned
 * codes of the needed cells. Pass 2 (transactions.ts or customers.ts) decides the
 * column-level formats from the distinct cell texts, parses each distinct text once,
 * then walks the rows and builds the typed arrays. previewBytes lives in preview.ts.
 */
import type { IngestOutcome, IngestReport } from '../types';
import { decodeBytes, utf8Direct } from './decode';
import { cancelled, internalError } from './failures';
import { checkText, chooseDelimiter, precheck } from './source';
import { pass1 } from './pass1';
import { buildTransactions } from './transactions';
import { buildCustomers } from './customers';
import type { IngestOptions } from './options';

export type { IngestOptions, IngestError, IngestPreview } from './options';
export { previewBytes } from './preview';

/**
 * Parses a file already in memory. Never rejects and never throws: every problem
 * becomes an IngestFailure (key 'cancelled' when the signal aborts).
 */
export async function ingestBytes(bytes: Uint8Array, opts: IngestOptions): Promise<IngestOutcome> {
  const fileName = opts.fileName || 'file';
  try {
    if (opts.signal?.aborted) return cancelled(fileName);
    const pre = precheck(bytes, fileName);
    if (pre) return pre;
    // A valid UTF-8 file is read from its bytes (see bytecsv.ts); the checks and the
    // delimiter detection only look at its start, which `prefix` holds.
    let direct = utf8Direct(bytes, opts.encoding);
    const decoded = direct
      ? { text: direct.prefix, encoding: direct.encoding, fellBackToGb18030: false }
      : decodeBytes(bytes, opts.encoding);
    const bad = checkText(decoded.text, fileName);
    if (bad) return bad;
    const delimiter = chooseDelimiter(opts.delimiter, decoded.text);
    if (direct && (delimiter.length !== 1 || delimiter.charCodeAt(0) >= 0x80)) {
      // A delimiter the byte reader cannot match: decode the whole text as before.
      direct = null;
      decoded.text = decodeBytes(bytes, opts.encoding).text;
    }
    const warnings: IngestReport['warnings'] = [];
    if (decoded.fellBackToGb18030) warnings.push({ key: 'encoding-fallback-gb18030' });

    const p1 = await pass1(direct ?? decoded.text, delimiter, opts, fileName, warnings);
    if ('ok' in p1) return p1;
    if (opts.signal?.aborted) return cancelled(fileName);
    const out = p1.det.shape === 'customers'
      ? buildCustomers(p1, fileName, decoded.encoding, delimiter)
      : buildTransactions(p1, opts, fileName, decoded.encoding, delimiter);
    opts.onProgress?.(1, p1.rowsRead);
    return out;
  } catch (e) {
    return internalError(fileName, e, true);
  }
}
