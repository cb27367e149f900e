/** Public API of the CSV ingest layer. */
export { ingestBytes, previewBytes, type IngestOptions, type IngestPreview, type IngestError } from './ingest';
export { decodeBytes, sniffEncoding } from './decode';
export { detectDelimiter } from './delimiter';
export { parseNumber, decideDecimal, type DecimalSeparator } from './numbers';
export { parseDate, inferDateOrder, daysFromCivil, dayToIso, excelSerialToDay, DEFAULT_DAY_MONTH_ORDER } from './dates';
export { detectColumns, normaliseHeader } from './columns';
export { normaliseId, isCancelledOrderId } from './ids';
