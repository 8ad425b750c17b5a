import { inflateSync, deflateSync, strFromU8, strToU8 } from 'fflate';

// The gazetteer's front-coded lists, deflated and written in base64: 160 KB of lists become
// about 120 KB of content script, for about 2 ms of inflating once, when the page is idle.

export type GazetteerLists = Record<string, string>;

/** Build time (scripts/build-gazetteer.ts): the lists as one base64 string. */
export function packGazetteer(lists: GazetteerLists): string {
  const bytes = deflateSync(strToU8(JSON.stringify(lists)), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Run time: the lists back from their packed form. */
export function unpackGazetteer(packed: string): GazetteerLists {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return JSON.parse(strFromU8(inflateSync(bytes))) as GazetteerLists;
}
