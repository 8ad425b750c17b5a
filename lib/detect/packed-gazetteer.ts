import { inflateSync, deflateSync, strFromU8, strToU8 } from 'fflate';
import { asciiToBytes, bytesToAscii } from './ascii-bytes.ts';

// The gazetteer's front-coded lists, deflated and written in printable ASCII
// (ascii-bytes.ts): about 150 KB of lists become about 95 KB of content script, for a few
// milliseconds of inflating once, on first use.

export type GazetteerLists = Record<string, string>;

export interface PackedGazetteer {
  /** The deflated lists, written by `bytesToAscii`. */
  packed: string;
  /** How many deflated bytes `packed` holds. */
  bytes: number;
}

/** The bytes `packGazetteer` deflates. */
export const gazetteerBytes = (lists: GazetteerLists): Uint8Array => strToU8(JSON.stringify(lists));

/** Build time (scripts/build-gazetteer.ts): the lists deflated, by fflate unless the
 * caller gives `gazetteerBytes(lists)` deflated by a denser deflater (zopfli). */
export function packGazetteer(
  lists: GazetteerLists,
  deflated: Uint8Array = deflateSync(gazetteerBytes(lists), { level: 9 }),
): PackedGazetteer {
  return { packed: bytesToAscii(deflated), bytes: deflated.length };
}

/** Run time: the lists back from their packed form. */
export function unpackGazetteer({ packed, bytes }: PackedGazetteer): GazetteerLists {
  return JSON.parse(strFromU8(inflateSync(asciiToBytes(packed, bytes)))) as GazetteerLists;
}
