import { inflateSync, deflateSync, strToU8 } from 'fflate';
import { asciiToBytes, bytesToAscii } from './ascii-bytes.ts';

// Data the content script ships deflated and written in printable ASCII (ascii-bytes.ts):
// the gazetteer's lists (about 150 KB become about 95 KB) and the phone metadata (32 KB
// become 12 KB), for a few milliseconds of inflating once, on first use.

export interface PackedJson {
  /** The deflated JSON, written by `bytesToAscii`. */
  packed: string;
  /** How many deflated bytes `packed` holds. */
  bytes: number;
}

/** The bytes `packJson` deflates. */
export const jsonBytes = (value: unknown): Uint8Array => strToU8(JSON.stringify(value));

/** Build time (scripts/build-gazetteer.ts, scripts/build-phone-metadata.ts): the value
 * deflated, by fflate unless the caller gives `jsonBytes(value)` deflated by a denser
 * deflater (zopfli). */
export function packJson(
  value: unknown,
  deflated: Uint8Array = deflateSync(jsonBytes(value), { level: 9 }),
): PackedJson {
  return { packed: bytesToAscii(deflated), bytes: deflated.length };
}

/** Run time: the value back from its packed form. */
export function unpackJson<T>({ packed, bytes }: PackedJson): T {
  // The platform's TextDecoder rather than fflate's own: less code in the content script.
  return JSON.parse(new TextDecoder().decode(inflateSync(asciiToBytes(packed, bytes)))) as T;
}
