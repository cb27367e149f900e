/** Typed-array helpers: realm-safe checks and a JSON codec for workspace files. */

export const TYPED_ARRAY_NAMES = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
] as const;
export type TypedArrayName = (typeof TYPED_ARRAY_NAMES)[number];

type TypedArrayCtor = { new (buffer: ArrayBuffer): ArrayBufferView & { length: number }; BYTES_PER_ELEMENT: number };
const CTORS: Record<TypedArrayName, TypedArrayCtor> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

/** The typed-array class name of `v`, or null. Works across realms (no instanceof). */
export function typedArrayName(v: unknown): TypedArrayName | null {
  if (!ArrayBuffer.isView(v)) return null;
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  return (TYPED_ARRAY_NAMES as readonly string[]).includes(tag) ? (tag as TypedArrayName) : null;
}

export function isTypedArray(v: unknown, name: TypedArrayName): boolean {
  return typedArrayName(v) === name;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(bin);
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function swapBytes(bytes: Uint8Array, size: number): void {
  if (size === 1) return;
  for (let i = 0; i < bytes.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
}

/** Encoded form of a typed array in JSON: little-endian bytes in base64. */
export interface EncodedTypedArray {
  $typed: TypedArrayName;
  length: number;
  base64: string;
}

/** Encoded form of a non-finite number (JSON has no NaN or Infinity). */
export interface EncodedNumber {
  $number: 'NaN' | 'Infinity' | '-Infinity';
}

function encodeTyped(name: TypedArrayName, v: ArrayBufferView & { length: number }): EncodedTypedArray {
  const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
  if (!LITTLE_ENDIAN) swapBytes(bytes, CTORS[name].BYTES_PER_ELEMENT);
  return { $typed: name, length: v.length, base64: bytesToBase64(bytes) };
}

/** Replace typed arrays and non-finite numbers by JSON-safe tagged objects (deep copy). */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $number: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' } satisfies EncodedNumber;
  }
  if (value === null || typeof value !== 'object') return value;
  const name = typedArrayName(value);
  if (name) return encodeTyped(name, value as ArrayBufferView & { length: number });
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonSafe(v);
  return out;
}

export class DecodeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Inverse of toJsonSafe. Throws DecodeError with the JSON path of a malformed tag. */
export function fromJsonSafe(value: unknown, path = '$'): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => fromJsonSafe(v, `${path}[${i}]`));
  const obj = value as Record<string, unknown>;
  if ('$typed' in obj) {
    const name = obj.$typed;
    if (typeof name !== 'string' || !(TYPED_ARRAY_NAMES as readonly string[]).includes(name))
      throw new DecodeError(path, `unknown typed array ${JSON.stringify(name)}`);
    if (typeof obj.base64 !== 'string') throw new DecodeError(path, 'base64 missing');
    const ctor = CTORS[name as TypedArrayName];
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(obj.base64);
    } catch {
      throw new DecodeError(path, 'invalid base64');
    }
    if (bytes.length % ctor.BYTES_PER_ELEMENT !== 0) throw new DecodeError(path, 'byte length does not fit the type');
    const length = bytes.length / ctor.BYTES_PER_ELEMENT;
    if (typeof obj.length === 'number' && obj.length !== length)
      throw new DecodeError(path, `length ${obj.length} does not match the data (${length})`);
    if (!LITTLE_ENDIAN) swapBytes(bytes, ctor.BYTES_PER_ELEMENT);
    return new ctor(bytes.buffer as ArrayBuffer);
  }
  if ('$number' in obj && Object.keys(obj).length === 1) {
    if (obj.$number === 'NaN') return NaN;
    if (obj.$number === 'Infinity') return Infinity;
    if (obj.$number === '-Infinity') return -Infinity;
    throw new DecodeError(path, `unknown number ${JSON.stringify(obj.$number)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    // JSON.parse makes "__proto__" an own key; assigned here it would replace the prototype.
    if (k === '__proto__') throw new DecodeError(`${path}.${k}`, 'the key "__proto__" is not allowed');
    out[k] = fromJsonSafe(v, `${path}.${k}`);
  }
  return out;
}
